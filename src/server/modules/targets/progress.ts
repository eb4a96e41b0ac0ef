/**
 * Progress of a scheme "as of" a date, computed from the reports alone (pure; the service loads the rows).
 *
 * The rules, stated once:
 * - Figures are year-end snapshots: the report for period Y describes 31/12/Y. The period under review on a date is
 *   the latest year that has ended on or before it (Y when the date is 31/12/Y, otherwise Y − 1), within the scheme.
 * - Each agency in force on the date counts with its latest accepted report for a period ending on or before the
 *   date. An agency that has no such report of its own (a unit formed in 2025) counts with the sum of its former
 *   units' figures, so a 2024 report of Hà Giang shows under Tuyên Quang as of 31/12/2025.
 * - A yes/no indicator counts as 1/1 or 0/1; sums of numerators over sums of denominators give every share.
 * - Coverage: every agency in force is expected; an agency "reported" when figures count for it. An agency that has
 *   not reported never meets the target: a yes/no indicator's share is the agencies that said yes over every agency
 *   expected (not over those that answered), and no indicator is "achieved" while an expected agency has not
 *   reported. An agency meets the target when its own share reaches it (yes/no: it said yes; a unit formed by
 *   merging, when every former unit that answered said yes).
 * - The expected path is a straight line from the baseline (at its date) to the target (at the deadline), flat
 *   afterwards. A share below the path at the end of the period under review lags.
 */

import { expectedPercent } from "../../../shared/targets.js";
import type {
  AgencyKind,
  AgencyProgress,
  AgencyValue as AgencyValueRecord,
  IndicatorFigures,
  IndicatorKind,
  IndicatorStatus,
  PeriodStatus,
  Progress as ProgressRecord,
  ReportStatus,
  SeriesPoint,
} from "../../../shared/schemas/targets.js";

export type {
  Coverage,
  IndicatorKind,
  IndicatorStatus,
  PeriodStatus,
  ReportStatus,
  SeriesPoint,
} from "../../../shared/schemas/targets.js";

export interface AgencyIn {
  code: string;
  kind: AgencyKind;
  nameVi: string;
  nameEn: string;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}

export interface IndicatorIn {
  id: string;
  code: string;
  kind: IndicatorKind;
  baselinePercent: number;
  baselineDate: string;
  targetPercent: number;
  deadline: string;
}

export interface ValueIn {
  numerator: number | null;
  denominator: number | null;
  achieved: boolean | null;
  achievedOn: string | null;
}

export interface ReportIn {
  agencyCode: string;
  period: number;
  status: ReportStatus;
  values: Map<string, ValueIn>;
}

export interface SchemeIn {
  startYear: number;
  endYear: number;
}

/** True when the agency is in force on the date (ISO strings compare as dates). */
export function inForce(a: Pick<AgencyIn, "validFrom" | "validTo">, date: string): boolean {
  return (a.validFrom === null || a.validFrom <= date) && (a.validTo === null || a.validTo >= date);
}

export const periodEnd = (year: number) => `${year}-12-31`;

/** The reporting period under review on `asOf`, or null before the first period of the scheme has ended. */
export function periodUnderReview(scheme: SchemeIn, asOf: string): number | null {
  const year = Number(asOf.slice(0, 4));
  const ended = asOf.slice(5) === "12-31" ? year : year - 1;
  const p = Math.min(ended, scheme.endYear);
  return p < scheme.startYear ? null : p;
}

/** Where the straight line from baseline to target stands on a date (percent); shared with the web. */
export { expectedPercent };

/** One decimal, for output. */
export const round1 = (x: number) => Math.round(x * 10) / 10;
const EPS = 1e-9;

/** A report's value for an indicator as numerator/denominator, or null when it is not filled in. */
export function figureOf(
  kind: IndicatorKind,
  v: ValueIn | undefined,
): { numerator: number; denominator: number } | null {
  if (!v) return null;
  if (kind === "boolean") return v.achieved === null ? null : { numerator: v.achieved ? 1 : 0, denominator: 1 };
  if (v.numerator === null || v.denominator === null) return null;
  return { numerator: v.numerator, denominator: v.denominator };
}

export interface Source {
  agencyCode: string;
  period: number;
}

/**
 * An agency's figures for one indicator (src/shared/schemas/targets.ts `AgencyValue`); the sources are named by
 * code here and the service adds their names.
 */
export type AgencyValue = Omit<AgencyValueRecord, "sources"> & { sources: Source[] };

/** An agency's row (`AgencyProgress` without the former units' names, which the service adds). */
export type AgencyRow = Omit<AgencyProgress, "former" | "values"> & { values: AgencyValue[] };

/** One indicator's figures: the API's `IndicatorProgress` is the indicator and these. */
export type IndicatorProgress = IndicatorFigures;

/** The API's `Progress` without the scheme and the agency counts, which the service adds. */
export type Progress = Omit<ProgressRecord, "scheme" | "agencyCount" | "agencies" | "indicators"> & {
  agencies: AgencyRow[];
  indicators: IndicatorProgress[];
};

const statusRank: Record<PeriodStatus, number> = { missing: 0, draft: 1, returned: 2, submitted: 3, accepted: 4 };

/** The rules above, applied to one scheme. */
export function computeProgress(
  scheme: SchemeIn,
  indicators: IndicatorIn[],
  agencies: AgencyIn[],
  reports: ReportIn[],
  asOf: string,
): Progress {
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const formers = new Map<string, string[]>();
  for (const a of agencies) {
    if (a.successorCode) formers.set(a.successorCode, [...(formers.get(a.successorCode) ?? []), a.code]);
  }
  const reportsOf = new Map<string, ReportIn[]>();
  for (const r of reports) reportsOf.set(r.agencyCode, [...(reportsOf.get(r.agencyCode) ?? []), r]);
  for (const list of reportsOf.values()) list.sort((x, y) => y.period - x.period);

  /** All former units of a unit, at any depth (a chain of mergers), without cycles. */
  const lineage = (code: string, seen = new Set<string>()): string[] => {
    const out: string[] = [];
    for (const f of formers.get(code) ?? []) {
      if (seen.has(f)) continue;
      seen.add(f);
      out.push(f, ...lineage(f, seen));
    }
    return out;
  };

  type Resolved = {
    numerator: number;
    denominator: number;
    sources: Source[];
    partial: boolean;
    achievedOn: string | null;
  };
  const resolve = (code: string, ind: IndicatorIn, date: string, seen: Set<string>): Resolved | null => {
    for (const r of reportsOf.get(code) ?? []) {
      if (r.status !== "accepted" || periodEnd(r.period) > date) continue;
      const v = r.values.get(ind.id);
      const f = figureOf(ind.kind, v);
      if (f)
        return {
          ...f,
          sources: [{ agencyCode: code, period: r.period }],
          partial: false,
          achievedOn: v?.achievedOn ?? null,
        };
    }
    const parts = (formers.get(code) ?? [])
      .filter((f) => !seen.has(f))
      .map((f) => resolve(f, ind, date, new Set([...seen, f])));
    const found = parts.filter((p): p is Resolved => p !== null);
    if (!found.length) return null;
    return {
      numerator: found.reduce((s, p) => s + p.numerator, 0),
      denominator: found.reduce((s, p) => s + p.denominator, 0),
      sources: found.flatMap((p) => p.sources),
      partial: found.length < parts.length || found.some((p) => p.partial),
      achievedOn: null,
    };
  };

  const statusFor = (code: string, period: number, seen: Set<string>): PeriodStatus => {
    const a = byCode.get(code);
    if (a && inForce(a, periodEnd(period))) {
      const r = (reportsOf.get(code) ?? []).find((x) => x.period === period);
      return r ? r.status : "missing";
    }
    const fs = (formers.get(code) ?? []).filter((f) => !seen.has(f));
    if (!fs.length) return "missing";
    return fs
      .map((f) => statusFor(f, period, new Set([...seen, f])))
      .reduce<PeriodStatus>((worst, s) => (statusRank[s] < statusRank[worst] ? s : worst), "accepted");
  };

  const period = periodUnderReview(scheme, asOf);
  const evaluationDate = period === null ? asOf : periodEnd(period);
  const inMap = agencies.filter((a) => inForce(a, asOf));

  const rowsOn = (date: string, evalDate: string, map: AgencyIn[]) =>
    map.map((a) => {
      const values: AgencyValue[] = [];
      for (const ind of indicators) {
        const r = resolve(a.code, ind, date, new Set([a.code]));
        if (!r) continue;
        const percent = r.denominator > 0 ? (100 * r.numerator) / r.denominator : 0;
        const expected = expectedPercent(ind, evalDate);
        values.push({
          indicatorId: ind.id,
          numerator: r.numerator,
          denominator: r.denominator,
          percent,
          expectedPercent: expected,
          lagging: percent + EPS < expected,
          period: Math.max(...r.sources.map((s) => s.period)),
          sources: r.sources,
          partial: r.partial,
          achievedOn: r.achievedOn,
          late: ind.kind === "boolean" && r.achievedOn !== null && r.achievedOn > ind.deadline,
        });
      }
      return { agency: a, values };
    });

  const rows = rowsOn(asOf, evaluationDate, inMap);

  const agencyRows: AgencyRow[] = rows.map(({ agency: a, values }) => ({
    code: a.code,
    kind: a.kind,
    nameVi: a.nameVi,
    nameEn: a.nameEn,
    formerCodes: lineage(a.code),
    periodStatus: period === null ? "missing" : statusFor(a.code, period, new Set([a.code])),
    latestPeriod: values.length ? Math.max(...values.map((v) => v.period)) : null,
    values: values.map((v) => ({ ...v, percent: round1(v.percent), expectedPercent: round1(v.expectedPercent) })),
    lagging: values.some((v) => v.lagging),
  }));

  // A yes/no is met when the agency said yes — for a unit formed by merging, when every former unit with an answer
  // did (its figures are the sum of theirs); a share when it reaches the target.
  const meets = (ind: IndicatorIn, v: { numerator: number; denominator: number; percent: number }) =>
    ind.kind === "boolean"
      ? v.denominator > 0 && v.numerator >= v.denominator
      : v.denominator > 0 && v.percent + EPS >= ind.targetPercent;
  const aggregate = (ind: IndicatorIn, rs: typeof rows, evalDate: string) => {
    const vs = rs.flatMap((r) => r.values.filter((v) => v.indicatorId === ind.id));
    const numerator = vs.reduce((s, v) => s + v.numerator, 0);
    const denominator = vs.reduce((s, v) => s + v.denominator, 0);
    const expectedAgencies = rs.length;
    const meeting = vs.filter((v) => meets(ind, v)).length;
    // A yes/no share is the agencies that said yes over every agency expected: one that has not answered has not.
    const percent =
      ind.kind === "boolean"
        ? vs.length > 0 && expectedAgencies > 0
          ? (100 * meeting) / expectedAgencies
          : null
        : denominator > 0
          ? (100 * numerator) / denominator
          : null;
    const share = (n: number) => (expectedAgencies > 0 ? round1((100 * n) / expectedAgencies) : null);
    return {
      numerator,
      denominator,
      percent,
      expected: expectedPercent(ind, evalDate),
      agencies: vs.length,
      coverage: {
        expectedAgencies,
        reportedAgencies: vs.length,
        meetingTarget: meeting,
        coveragePercent: share(vs.length),
        meetingPercent: share(meeting),
      },
    };
  };

  const lastYear = period ?? scheme.startYear - 1;
  const indicatorRows: IndicatorProgress[] = indicators.map((ind) => {
    const agg = aggregate(ind, rows, evaluationDate);
    const complete = agg.coverage.reportedAgencies >= agg.coverage.expectedAgencies;
    const status: IndicatorStatus =
      agg.percent === null
        ? "no_data"
        : complete && agg.percent + EPS >= ind.targetPercent
          ? "achieved"
          : agg.percent + EPS >= agg.expected
            ? "on_track"
            : "lagging";
    const series: SeriesPoint[] = [];
    for (let y = scheme.startYear; y <= lastYear; y++) {
      const d = periodEnd(y);
      const map = agencies.filter((a) => inForce(a, d));
      const p = aggregate(ind, rowsOn(d, d, map), d);
      series.push({
        period: y,
        numerator: p.numerator,
        denominator: p.denominator,
        percent: p.percent === null ? null : round1(p.percent),
        expectedPercent: round1(p.expected),
        agencies: p.agencies,
        expectedAgencies: p.coverage.expectedAgencies,
      });
    }
    return {
      indicatorId: ind.id,
      numerator: agg.numerator,
      denominator: agg.denominator,
      percent: agg.percent === null ? null : round1(agg.percent),
      expectedPercent: round1(agg.expected),
      status,
      agenciesWithData: agg.agencies,
      coverage: agg.coverage,
      lagging: rows
        .filter((r) => r.values.some((v) => v.indicatorId === ind.id && v.lagging))
        .map((r) => r.agency.code),
      series,
    };
  });

  return {
    asOf,
    period,
    evaluationDate,
    agencies: agencyRows,
    indicators: indicatorRows,
    notReported:
      period === null
        ? []
        : agencyRows.filter((r) => statusRank[r.periodStatus] < statusRank.submitted).map((r) => r.code),
    awaitingReview: agencyRows.filter((r) => r.periodStatus === "submitted").map((r) => r.code),
    lagging: agencyRows.filter((r) => r.lagging).map((r) => r.code),
  };
}
