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
