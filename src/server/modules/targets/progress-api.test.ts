import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { targetIndicators, targetSchemes } from "./schema.js";
import { signInAgency } from "./testing.js";

/**
 * Progress through the API on a scheme whose every figure this test sets, so each number can be checked by hand:
 * an action plan (yes/no, due 31/12/2019) and a share trained (baseline 0% on 31/12/2020, 100% by 31/12/2025, so the
 * path stands at 1461/1826 = 80.0% on 31/12/2024 and 1095/1826 = 60.0% on 31/12/2023).
 */

const SCHEME = "0a0c5321-0000-4000-8000-0000000000aa";
const PLAN = "0a0c5321-0000-4000-8000-0000000000a1";
const SHARE = "0a0c5321-0000-4000-8000-0000000000a2";

let t: TestApp;
let icd: Record<string, string>;
const agency = new Map<string, Record<string, string>>();

type Value = {
  indicatorId: string;
  numerator: number;
  denominator: number;
  percent: number;
  lagging: boolean;
  late: boolean;
  partial: boolean;
  sources: { code: string; period: number }[];
};
type Row = { code: string; periodStatus: string; latestPeriod: number | null; values: Value[]; lagging: boolean };
type Ind = {
  id: string;
  numerator: number;
  denominator: number;
  percent: number | null;
  expectedPercent: number;
  status: string;
  agenciesWithData: number;
  coverage: {
    expectedAgencies: number;
    reportedAgencies: number;
    meetingTarget: number;
    coveragePercent: number | null;
    meetingPercent: number | null;
  };
  lagging: string[];
  series: { period: number; percent: number | null; expectedPercent: number; numerator: number; denominator: number }[];
};
type Progress = {
  asOf: string;
  period: number | null;
  evaluationDate: string;
  agencyCount: { ministries: number; provinces: number };
  indicators: Ind[];
  agencies: Row[];
  notReported: string[];
  awaitingReview: string[];
  lagging: string[];
};

async function progress(asOf: string): Promise<Progress> {
  const res = await t.app.inject({ method: "GET", url: `/api/schemes/${SCHEME}/progress?asOf=${asOf}`, headers: icd });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Progress;
}
const ind = (p: Progress, id: string) => p.indicators.find((i) => i.id === id)!;
const row = (p: Progress, code: string) => p.agencies.find((a) => a.code === code);
const val = (p: Progress, code: string, id: string) => row(p, code)?.values.find((v) => v.indicatorId === id);

/** Files a report as the agency and, unless told otherwise, has the ICD accept it. */
async function file(
  code: string,
  period: number,
  plan: string | null | false,
  share: [number, number] | null,
  end: "draft" | "submitted" | "returned" | "accepted" = "accepted",
) {
  const h = agency.get(code)!;
  const values = [
    ...(plan === null ? [] : [{ indicatorId: PLAN, achieved: plan !== false, achievedOn: plan || null }]),
    ...(share ? [{ indicatorId: SHARE, numerator: share[0], denominator: share[1] }] : []),
  ];
  const res = await t.app.inject({
    method: "PUT",
    url: `/api/schemes/${SCHEME}/reports/${code}/${period}`,
    headers: h,
    payload: { version: 0, values, submit: end !== "draft" },
  });
  expect(res.statusCode, res.body).toBe(200);
  const version = (res.json() as { version: number }).version;
  if (end === "accepted" || end === "returned") {
    const r = await t.app.inject({
      method: "POST",
      url: `/api/schemes/${SCHEME}/reports/${code}/${period}/${end === "accepted" ? "accept" : "return"}`,
      headers: icd,
      payload: { version, comment: "Kiểm tra lại" },
    });
    expect(r.statusCode, r.body).toBe(200);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  const admin = await t.login("admin@demo.focal");
  // The scheme is set up directly in the module's tables: there is no API to create schemes.
  await t.ctx.db.insert(targetSchemes).values({
    id: SCHEME,
    code: "TEST",
    titleVi: "Đề án thử nghiệm",
    titleEn: "Test scheme",
    decisionNo: "1/QĐ-TEST",
    decisionDate: "2018-10-29",
    startYear: 2019,
    endYear: 2025,
  });
  const common = { schemeId: SCHEME, numeratorLabelEn: "n", denominatorLabelEn: "d" };
  await t.ctx.db.insert(targetIndicators).values([
    {
      ...common,
      id: PLAN,
      code: "a",
      position: 1,
      kind: "boolean",
      titleVi: "Kế hoạch",
      titleEn: "Plan",
      numeratorLabelVi: "Đã ban hành kế hoạch",
      denominatorLabelVi: null,
      denominatorLabelEn: null,
      baselinePercent: 0,
      baselineDate: "2018-12-31",
      targetPercent: 100,
      deadline: "2019-12-31",
    },
    {
      ...common,
      id: SHARE,
      code: "b",
      position: 2,
      kind: "ratio",
      titleVi: "Tỷ lệ",
      titleEn: "Share",
      numeratorLabelVi: "Đã tập huấn",
      denominatorLabelVi: "Tổng số",
      baselinePercent: 0,
      baselineDate: "2020-12-31",
      targetPercent: 100,
      deadline: "2025-12-31",
    },
  ]);
  for (const code of ["P-HNI", "M-MOHA", "P-HGG", "P-TQU", "P-TQU-2025", "P-DNG", "P-QNM"]) {
    agency.set(code, await signInAgency(t, admin, code));
  }
  await file("P-HNI", 2019, "2019-05-01", [10, 100]);
  await file("P-HNI", 2024, "2019-05-01", [60, 100]);
  await file("P-HNI", 2022, null, [55, 100], "draft");
  await file("P-HGG", 2019, false, [5, 100]);
  await file("P-HGG", 2024, "2020-03-01", [30, 100]);
  await file("P-TQU", 2024, "2019-06-01", [90, 100]);
  await file("M-MOHA", 2023, "2019-02-01", [300, 500]);
  await file("M-MOHA", 2024, "2019-02-01", [450, 500]);
  await file("P-DNG", 2024, "2019-04-01", [99, 100], "submitted");
  await file("P-QNM", 2024, "2019-04-01", [98, 100], "returned");
});
afterAll(async () => t?.close());

describe("progress as of 31/12/2024 (the 63-province map)", () => {
  let p: Progress;
  beforeAll(async () => {
    p = await progress("2024-12-31");
  });

  it("reviews the period 2024 over every agency in force that day", () => {
    expect([p.period, p.evaluationDate]).toEqual([2024, "2024-12-31"]);
    expect(p.agencyCount).toEqual({ ministries: 8, provinces: 63 });
  });

  it("sums the numerators and denominators of each agency's latest accepted report", () => {
    const share = ind(p, SHARE);
    // Hà Nội 60/100 (2024, not its 2019 report), Hà Giang 30/100, Tuyên Quang 90/100, Home Affairs 450/500 (2024).
    // Đà Nẵng's submitted and Quảng Nam's returned reports do not count.
    expect([share.numerator, share.denominator, share.percent]).toEqual([630, 800, 78.8]);
    expect(share.agenciesWithData).toBe(4);
    expect(share.expectedPercent).toBe(80);
    expect(share.status).toBe("lagging");
    expect(val(p, "P-DNG", SHARE)).toBeUndefined();
  });

  it("names the agencies below the straight-line path", () => {
    expect(ind(p, SHARE).lagging.sort()).toEqual(["P-HGG", "P-HNI"]);
    expect(val(p, "P-TQU", SHARE)!.lagging).toBe(false);
    expect(p.lagging.sort()).toEqual(["P-HGG", "P-HNI"]);
  });

  it("counts a yes/no indicator as 1/1 or 0/1 over every agency expected, and flags a plan issued after the deadline", () => {
    const plan = ind(p, PLAN);
    // Four of the 71 agencies in force said yes; the 67 that have not reported do not count as meeting it.
    expect([plan.numerator, plan.denominator, plan.percent, plan.status]).toEqual([4, 4, 5.6, "lagging"]);
    expect(plan.coverage).toEqual({
      expectedAgencies: 71,
      reportedAgencies: 4,
      meetingTarget: 4,
      coveragePercent: 5.6,
      meetingPercent: 5.6,
    });
    expect(val(p, "P-HGG", PLAN)).toMatchObject({ numerator: 1, late: true });
    expect(val(p, "P-HNI", PLAN)).toMatchObject({ numerator: 1, late: false });
  });

  it("lists who has not reported 2024: missing, draft and returned count; submitted awaits review", () => {
    expect(p.notReported).toContain("P-QNM");
    expect(p.notReported).toContain("P-HPG");
    expect(p.notReported).toContain("M-MOF");
    for (const c of ["P-HNI", "P-HGG", "P-TQU", "M-MOHA", "P-DNG"]) expect(p.notReported).not.toContain(c);
    expect(p.notReported).toHaveLength(8 + 63 - 5);
    expect(p.awaitingReview).toEqual(["P-DNG"]);
    expect(row(p, "P-QNM")!.periodStatus).toBe("returned");
  });
});

describe("progress as of 31/12/2023", () => {
  it("takes each agency's latest accepted report for a period ended by then", async () => {
    const p = await progress("2023-12-31");
    expect(p.period).toBe(2023);
    // Home Affairs 300/500 (2023), Hà Nội 10/100 and Hà Giang 5/100 (their 2019 reports, the latest by then).
    const share = ind(p, SHARE);
    expect([share.numerator, share.denominator, share.percent, share.expectedPercent]).toEqual([315, 700, 45, 60]);
    expect(row(p, "P-HNI")).toMatchObject({ periodStatus: "missing", latestPeriod: 2019 });
    expect(p.notReported).toContain("P-HNI");
    expect(p.notReported).not.toContain("M-MOHA");
    // Hà Giang had no plan in 2019: 0/1 then; its 2024 "yes" is not visible yet.
    expect(val(p, "P-HGG", PLAN)).toMatchObject({ numerator: 0, denominator: 1, lagging: true });
  });

  it("on a date within a year reviews the year before", async () => {
    const p = await progress("2024-06-30");
    expect([p.period, p.evaluationDate]).toEqual([2023, "2023-12-31"]);
    expect(ind(p, SHARE).numerator).toBe(315);
  });
});

describe("progress as of 31/12/2025 (the 34-province map)", () => {
  it("rolls former provinces up into the province they became part of", async () => {
    const p = await progress("2025-12-31");
    expect(p.agencyCount).toEqual({ ministries: 8, provinces: 34 });
    expect(row(p, "P-HGG")).toBeUndefined();
    expect(row(p, "P-TQU")).toBeUndefined();
    const tq = val(p, "P-TQU-2025", SHARE)!;
    expect([tq.numerator, tq.denominator, tq.percent, tq.partial]).toEqual([120, 200, 60, false]);
    expect(tq.sources.map((s) => `${s.code}:${s.period}`).sort()).toEqual(["P-HGG:2024", "P-TQU:2024"]);
    // Đà Nẵng took in Quảng Nam; neither has an accepted report.
    expect(row(p, "P-DNG-2025")!.values).toEqual([]);
    // The totals are the same figures under the new map; the path now stands at the target.
    const share = ind(p, SHARE);
    expect([share.numerator, share.denominator, share.expectedPercent]).toEqual([630, 800, 100]);
    expect(p.period).toBe(2025);
    expect(p.notReported).toHaveLength(8 + 34);
  });

  it("a new province's own report replaces its former units' figures, and the series covers each year", async () => {
    await file("P-TQU-2025", 2025, "2025-08-01", [150, 210]);
    const p = await progress("2025-12-31");
    const tq = val(p, "P-TQU-2025", SHARE)!;
    expect([tq.numerator, tq.denominator, tq.percent]).toEqual([150, 210, 71.4]);
    expect(tq.sources.map((s) => `${s.code}:${s.period}`)).toEqual(["P-TQU-2025:2025"]);
    expect(val(p, "P-TQU-2025", PLAN)!.late).toBe(true);
    const share = ind(p, SHARE);
    expect([share.numerator, share.denominator, share.percent]).toEqual([660, 810, 81.5]);
    expect(p.notReported).not.toContain("P-TQU-2025");
    expect(p.notReported).toContain("P-HNI");
    expect(share.series.map((s) => [s.period, s.percent, s.expectedPercent])).toEqual([
      [2019, 7.5, 0],
      [2020, 7.5, 0],
      [2021, 7.5, 20],
      [2022, 7.5, 40],
      [2023, 45, 60],
      [2024, 78.8, 80],
      [2025, 81.5, 100],
    ]);
  });

  it("before the first period has ended there is nothing to review", async () => {
    const p = await progress("2019-06-30");
    expect(p.period).toBeNull();
    expect(p.notReported).toEqual([]);
    expect(ind(p, SHARE).status).toBe("no_data");
    expect(ind(p, SHARE).series).toEqual([]);
  });
});
