import { describe, expect, it } from "vitest";
import {
  computeProgress,
  expectedPercent,
  inForce,
  periodUnderReview,
  type AgencyIn,
  type IndicatorIn,
  type ReportIn,
  type ValueIn,
} from "./progress.js";

const scheme = { startYear: 2019, endYear: 2025 };
const share: IndicatorIn = {
  id: "b",
  code: "b",
  kind: "ratio",
  baselinePercent: 20,
  baselineDate: "2020-12-31",
  targetPercent: 80,
  deadline: "2025-12-31",
};

const agency = (code: string, over: Partial<AgencyIn> = {}): AgencyIn => ({
  code,
  kind: "province",
  nameVi: code,
  nameEn: code,
  validFrom: null,
  validTo: null,
  successorCode: null,
  ...over,
});
const report = (
  agencyCode: string,
  period: number,
  n: number,
  d: number,
  status: ReportIn["status"] = "accepted",
): ReportIn => ({
  agencyCode,
  period,
  status,
  values: new Map<string, ValueIn>([["b", { numerator: n, denominator: d, achieved: null, achievedOn: null }]]),
});

describe("the period under review", () => {
  it("is the year that ended on the date, or the one before", () => {
    expect(periodUnderReview(scheme, "2024-12-31")).toBe(2024);
    expect(periodUnderReview(scheme, "2024-12-30")).toBe(2023);
    expect(periodUnderReview(scheme, "2025-01-01")).toBe(2024);
  });
  it("stays within the scheme's years", () => {
    expect(periodUnderReview(scheme, "2019-12-30")).toBeNull();
    expect(periodUnderReview(scheme, "2019-12-31")).toBe(2019);
    expect(periodUnderReview(scheme, "2030-06-01")).toBe(2025);
  });
});

describe("the straight-line path", () => {
  it("runs from the baseline to the target and stays flat outside", () => {
    expect(expectedPercent(share, "2019-06-30")).toBe(20);
    expect(expectedPercent(share, "2020-12-31")).toBe(20);
    expect(expectedPercent(share, "2025-12-31")).toBe(80);
    expect(expectedPercent(share, "2027-01-01")).toBe(80);
    // 1461 of 1826 days: 20 + 60 × 0.8001…
    expect(expectedPercent(share, "2024-12-31")).toBeCloseTo(20 + (60 * 1461) / 1826, 9);
  });
});

describe("validity", () => {
  it("includes both ends", () => {
    const a = agency("X", { validFrom: "2025-07-01", validTo: "2026-06-30" });
    expect([
      inForce(a, "2025-06-30"),
      inForce(a, "2025-07-01"),
      inForce(a, "2026-06-30"),
      inForce(a, "2026-07-01"),
    ]).toEqual([false, true, true, false]);
  });
});

describe("roll-up through successive mergers", () => {
  // A and B merged into C on 1/7/2025; C and D merged into E on 1/1/2027 (a hypothetical second round).
  const agencies = [
    agency("A", { validTo: "2025-06-30", successorCode: "C" }),
    agency("B", { validTo: "2025-06-30", successorCode: "C" }),
    agency("C", { validFrom: "2025-07-01", validTo: "2026-12-31", successorCode: "E" }),
    agency("D", { validTo: "2026-12-31", successorCode: "E" }),
    agency("E", { validFrom: "2027-01-01" }),
  ];
  const wide = { startYear: 2019, endYear: 2030 };

  it("follows the chain to the unit in force, and marks figures that miss a former unit as partial", () => {
    const p = computeProgress(
      wide,
      [share],
      agencies,
      [report("A", 2024, 10, 100), report("D", 2026, 50, 100)],
      "2027-12-31",
    );
    expect(p.agencies.map((a) => a.code)).toEqual(["E"]);
    const [v] = p.agencies[0]!.values;
    expect([v!.numerator, v!.denominator, v!.partial]).toEqual([60, 200, true]);
    expect(v!.sources).toEqual([
      { agencyCode: "A", period: 2024 },
      { agencyCode: "D", period: 2026 },
    ]);
    expect(p.agencies[0]!.formerCodes.sort()).toEqual(["A", "B", "C", "D"]);
  });

  it("does not loop on a cycle in the data", () => {
    const cyclic = [agency("X", { successorCode: "Y" }), agency("Y", { successorCode: "X" })];
    const p = computeProgress(scheme, [share], cyclic, [report("X", 2020, 1, 2)], "2020-12-31");
    expect(p.agencies.find((a) => a.code === "X")!.values[0]!.numerator).toBe(1);
  });

  it("the status of a period before a merger is the worst among the former units", () => {
    const p = computeProgress(
      wide,
      [share],
      agencies,
      [report("A", 2024, 10, 100), report("B", 2024, 10, 100, "submitted")],
      "2025-08-01",
    );
    const c = p.agencies.find((a) => a.code === "C")!;
    expect(c.periodStatus).toBe("submitted");
    expect(p.awaitingReview).toEqual(["C"]);
    expect(p.notReported).not.toContain("C");
  });
});

describe("coverage: an agency that has not reported never meets the target", () => {
  const plan: IndicatorIn = {
    id: "a",
    code: "a",
    kind: "boolean",
    baselinePercent: 0,
    baselineDate: "2018-12-31",
    targetPercent: 100,
    deadline: "2019-12-31",
  };
  const three = [agency("A"), agency("B"), agency("C")];
  const yes = (code: string, period: number): ReportIn => ({
    agencyCode: code,
    period,
    status: "accepted",
    values: new Map<string, ValueIn>([["a", { numerator: null, denominator: null, achieved: true, achievedOn: null }]]),
  });

  it("a yes/no share is over every agency expected, and is not achieved while some have not answered", () => {
    const p = computeProgress(scheme, [plan], three, [yes("A", 2019)], "2020-12-31");
    const a = p.indicators[0]!;
    expect(a.coverage).toEqual({
      expectedAgencies: 3,
      reportedAgencies: 1,
      meetingTarget: 1,
      coveragePercent: 33.3,
      meetingPercent: 33.3,
    });
    // Not "100% — 1/1": one of three agencies has said yes.
    expect(a.percent).toBe(33.3);
    expect(a.status).toBe("lagging");
    expect(a.series.map((s) => [s.period, s.percent, s.agencies, s.expectedAgencies])).toEqual([
      [2019, 33.3, 1, 3],
      [2020, 33.3, 1, 3],
    ]);
  });

  it("a share at the target among the agencies that reported is not achieved while others have not", () => {
    const p = computeProgress(
      scheme,
      [share],
      three,
      [report("A", 2024, 90, 100), report("B", 2024, 50, 100), report("C", 2024, 95, 100, "submitted")],
      "2024-12-31",
    );
    const b = p.indicators[0]!;
    expect(b.percent).toBe(70);
    // A meets 80%; B reported below it; C's report is not accepted, so C neither reported nor meets it.
    expect(b.coverage).toMatchObject({ expectedAgencies: 3, reportedAgencies: 2, meetingTarget: 1 });
    expect(b.coverage.meetingPercent).toBe(33.3);

    const high = computeProgress(
      scheme,
      [share],
      three,
      [report("A", 2024, 90, 100), report("B", 2024, 85, 100)],
      "2024-12-31",
    ).indicators[0]!;
    expect(high.percent).toBe(87.5);
    expect(high.status).not.toBe("achieved");
    expect(high.coverage).toMatchObject({ reportedAgencies: 2, meetingTarget: 2, meetingPercent: 66.7 });
  });

  it("a merged unit meets a yes/no only when every former unit said yes; it counts once, not once per former unit", () => {
    const merged = [
      agency("A", { validTo: "2025-06-30", successorCode: "C" }),
      agency("B", { validTo: "2025-06-30", successorCode: "C" }),
      agency("C", { validFrom: "2025-07-01" }),
      agency("D", { validTo: "2025-06-30", successorCode: "F" }),
      agency("E", { validTo: "2025-06-30", successorCode: "F" }),
      agency("F", { validFrom: "2025-07-01" }),
    ];
    const no: ReportIn = {
      ...yes("B", 2019),
      values: new Map([["a", { numerator: null, denominator: null, achieved: false, achievedOn: null }]]),
    };
    const p = computeProgress(
      scheme,
      [plan],
      merged,
      [yes("A", 2019), no, yes("D", 2019), yes("E", 2019)],
      "2025-12-31",
    );
    const a = p.indicators[0]!;
    // C: one yes and one no → not met; F: two yes → met, once. Two agencies expected.
    expect(a.coverage).toMatchObject({
      expectedAgencies: 2,
      reportedAgencies: 2,
      meetingTarget: 1,
      meetingPercent: 50,
    });
    expect(a.percent).toBe(50);
    expect(a.status).toBe("lagging");
  });

  it("is achieved once every agency expected has reported and the share reaches the target", () => {
    const p = computeProgress(scheme, [plan], three, [yes("A", 2019), yes("B", 2019), yes("C", 2020)], "2020-12-31");
    expect(p.indicators[0]).toMatchObject({ percent: 100, status: "achieved" });
    expect(p.indicators[0]!.coverage).toMatchObject({ coveragePercent: 100, meetingPercent: 100 });
  });
});
