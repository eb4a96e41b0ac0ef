import { describe, expect, it } from "vitest";
import { checkFigures, MAX_FIGURE, type FigureIndicator } from "./figures.js";

const plan: FigureIndicator = {
  id: "a",
  code: "a",
  kind: "boolean",
  numeratorLabelVi: "Đã ban hành kế hoạch",
  numeratorLabelEn: "Plan issued",
  denominatorLabelVi: null,
  denominatorLabelEn: null,
};
const share: FigureIndicator = {
  id: "b",
  code: "b",
  kind: "ratio",
  numeratorLabelVi: "Số đã tập huấn",
  numeratorLabelEn: "Trained",
  denominatorLabelVi: "Tổng số công chức",
  denominatorLabelEn: "Civil servants in total",
};
const cx = { period: 2019, decisionDate: "2018-10-29", requireComplete: false };
const problems = (inputs: Parameters<typeof checkFigures>[1], c = cx) =>
  checkFigures([plan, share], inputs, c).map((i) => `${i.indicatorCode}.${i.field}:${i.problem}`);

describe("possible figures", () => {
  it("pass, including a share of 100% and a draft with gaps", () => {
    expect(problems([{ indicatorId: "b", numerator: 50, denominator: 50 }])).toEqual([]);
    expect(problems([])).toEqual([]);
    expect(problems([{ indicatorId: "a", achieved: true, achievedOn: "2019-12-31" }])).toEqual([]);
  });
});

describe("impossible figures", () => {
  it("are named one by one", () => {
    expect(problems([{ indicatorId: "b", numerator: -1, denominator: 0 }])).toEqual([
      "b.numerator:negative",
      "b.denominator:zero_denominator",
    ]);
    expect(problems([{ indicatorId: "b", numerator: 1.5, denominator: MAX_FIGURE + 1 }])).toEqual([
      "b.numerator:not_integer",
      "b.denominator:too_large",
    ]);
    expect(problems([{ indicatorId: "b", numerator: 11, denominator: 10 }])).toEqual(["b.numerator:above_denominator"]);
  });

  it("include dates that cannot be: after the period, before the Decision, or with a 'no'", () => {
    expect(problems([{ indicatorId: "a", achieved: true, achievedOn: "2020-01-01" }])).toEqual([
      "a.achievedOn:date_after_period",
    ]);
    expect(problems([{ indicatorId: "a", achieved: true, achievedOn: "2018-10-28" }])).toEqual([
      "a.achievedOn:date_before_decision",
    ]);
    expect(problems([{ indicatorId: "a", achieved: false, achievedOn: "2019-05-01" }])).toEqual([
      "a.achievedOn:date_without_yes",
    ]);
  });

  it("on submission, a missing figure is a problem too", () => {
    expect(problems([{ indicatorId: "a", achieved: true }], { ...cx, requireComplete: true })).toEqual([
      "a.achievedOn:date_missing",
      "b.numerator:missing",
      "b.denominator:missing",
    ]);
  });

  it("are described in both languages with the field's label and grouped numbers", () => {
    const [i] = checkFigures([share], [{ indicatorId: "b", numerator: 12000, denominator: 9700 }], cx);
    expect(i!.messageVi).toBe("(b) «Số đã tập huấn» (12.000) không thể lớn hơn «Tổng số công chức» (9.700)");
    expect(i!.messageEn).toBe("(b) “Trained” (12,000) cannot be more than “Civil servants in total” (9,700)");
  });
});
