/** What the targets API answers (src/server/modules/targets/routes.ts is the contract). */

export type IndicatorKind = "ratio" | "boolean";
export type AgencyKind = "ministry" | "province";
export type ReportStatus = "draft" | "submitted" | "returned" | "accepted";
export type PeriodStatus = ReportStatus | "missing";
export type IndicatorStatus = "achieved" | "on_track" | "lagging" | "no_data";

export interface Indicator {
  id: string;
  code: string;
  position: number;
  kind: IndicatorKind;
  titleVi: string;
  titleEn: string;
  numeratorLabelVi: string;
  numeratorLabelEn: string;
  denominatorLabelVi: string | null;
  denominatorLabelEn: string | null;
  baselinePercent: number;
  baselineDate: string;
  targetPercent: number;
  deadline: string;
}

export interface Scheme {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string;
  decisionNo: string;
  decisionDate: string;
  startYear: number;
  endYear: number;
  indicators: Indicator[];
  /** What the signed-in user may do in this scheme (the server's targets policy). */
  permissions: { review: boolean; agencies: { code: string; label: string }[] };
}

export interface Agency {
  code: string;
  kind: AgencyKind;
  nameVi: string;
  nameEn: string;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}

export interface AgencyRef {
  code: string;
  nameVi: string;
  nameEn: string;
  validTo: string | null;
}

export interface SeriesPoint {
  period: number;
  numerator: number;
  denominator: number;
  percent: number | null;
  expectedPercent: number;
  agencies: number;
  expectedAgencies: number;
}

/** Who was expected to report, who did, and who meets the target (non-reporters never do). */
export interface Coverage {
  expectedAgencies: number;
  reportedAgencies: number;
  meetingTarget: number;
  coveragePercent: number | null;
  meetingPercent: number | null;
}

export interface IndicatorProgress extends Indicator {
  indicatorId: string;
  numerator: number;
  denominator: number;
  percent: number | null;
  expectedPercent: number;
  status: IndicatorStatus;
  agenciesWithData: number;
  coverage: Coverage;
  lagging: string[];
  series: SeriesPoint[];
}

export interface AgencyValue {
  indicatorId: string;
  numerator: number;
  denominator: number;
  percent: number;
  expectedPercent: number;
  lagging: boolean;
  period: number;
  sources: (AgencyRef & { period: number })[];
  partial: boolean;
  achievedOn: string | null;
  late: boolean;
}

export interface AgencyProgress {
  code: string;
  kind: AgencyKind;
  nameVi: string;
  nameEn: string;
  formerCodes: string[];
  former: AgencyRef[];
  periodStatus: PeriodStatus;
  latestPeriod: number | null;
  values: AgencyValue[];
  lagging: boolean;
}

export interface Progress {
  scheme: Scheme;
  asOf: string;
  period: number | null;
  evaluationDate: string;
  agencyCount: { ministries: number; provinces: number };
  indicators: IndicatorProgress[];
  agencies: AgencyProgress[];
  notReported: string[];
  awaitingReview: string[];
  lagging: string[];
}

export interface ReportValue {
  indicatorId: string;
  indicatorCode: string;
  numerator: number | null;
  denominator: number | null;
  achieved: boolean | null;
  achievedOn: string | null;
  percent: number | null;
  expectedPercent: number;
}

export interface ReportEvent {
  action: string;
  actorName: string;
  comment: string | null;
  at: string;
}

export interface Report {
  id: string;
  schemeId: string;
  agency: Agency;
  period: number;
  status: ReportStatus;
  note: string | null;
  returnComment: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  version: number;
  updatedAt: string;
  yearLock: YearLock | null;
  canEdit: boolean;
  canReview: boolean;
  canReopen: boolean;
  values: ReportValue[];
  events: ReportEvent[];
}

/** A reporting year locked for the whole scheme by the ICD. */
export interface YearLock {
  period: number;
  reason: string | null;
  lockedAt: string;
  lockedBy: string;
}

/** What carries over into a year's form from the agency's previous accepted report. */
export interface CarryOver {
  fromPeriod: number | null;
  values: { indicatorId: string; denominator: number | null; achieved: boolean | null; achievedOn: string | null }[];
}

/** One figure as the form sends it. */
export interface FigureInput {
  indicatorId: string;
  numerator?: number | null;
  denominator?: number | null;
  achieved?: boolean | null;
  achievedOn?: string | null;
}

/** A field the server refused (details of FIGURES_INVALID). */
export interface FigureIssue {
  indicatorId: string;
  indicatorCode: string;
  field: "numerator" | "denominator" | "achieved" | "achievedOn";
  problem: string;
  message: string;
}

export const targetsKey = ["targets"] as const;
export const schemeKey = (id: string) => [...targetsKey, "scheme", id] as const;
