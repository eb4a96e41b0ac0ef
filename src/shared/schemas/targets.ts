import { Type, type Static, type TSchema } from "typebox";
import { IsoDate, IsoDateTime, Nullable, StringEnum, Uuid } from "./common.js";

/**
 * The targets records (schemes, indicators, agencies, progress, reports): one definition for the server's routes
 * and the web (decision 013). `progress.ts` computes values of these types.
 */

export const indicatorKinds = ["ratio", "boolean"] as const;
export const agencyKinds = ["ministry", "province"] as const;
export const reportStatuses = ["draft", "submitted", "returned", "accepted"] as const;
export const indicatorStatuses = ["achieved", "on_track", "lagging", "no_data"] as const;
export const IndicatorKindT = StringEnum(indicatorKinds);
export const AgencyKindT = StringEnum(agencyKinds);
export const ReportStatusT = StringEnum(reportStatuses);
export const PeriodStatusT = StringEnum(["missing", ...reportStatuses] as const);

export const Indicator = Type.Object({
  id: Type.String(),
  code: Type.String(),
  position: Type.Integer(),
  kind: IndicatorKindT,
  titleVi: Type.String(),
  titleEn: Type.String(),
  numeratorLabelVi: Type.String(),
  numeratorLabelEn: Type.String(),
  denominatorLabelVi: Nullable(Type.String()),
  denominatorLabelEn: Nullable(Type.String()),
  baselinePercent: Type.Number(),
  baselineDate: IsoDate,
  targetPercent: Type.Number(),
  deadline: IsoDate,
});

export const Scheme = Type.Object({
  id: Type.String(),
  code: Type.String(),
  titleVi: Type.String(),
  titleEn: Type.String(),
  decisionNo: Type.String(),
  decisionDate: IsoDate,
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  indicators: Type.Array(Indicator),
  permissions: Type.Object(
    {
      review: Type.Boolean({ description: "The ICD side: dashboard, every agency's reports, review, year locks" }),
      agencies: Type.Array(Type.Object({ code: Type.String(), label: Type.String() }), {
        description: "The agencies the caller reports for, named in the caller's language",
      }),
    },
    { description: "What the signed-in user may do in this scheme (targets policy)" },
  ),
});

export const Agency = Type.Object({
  code: Type.String(),
  kind: AgencyKindT,
  nameVi: Type.String(),
  nameEn: Type.String(),
  validFrom: Nullable(IsoDate),
  validTo: Nullable(IsoDate),
  successorCode: Nullable(Type.String()),
});

export const AgencyRef = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  validTo: Nullable(IsoDate),
});

export const SeriesPoint = Type.Object({
  period: Type.Integer(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  percent: Nullable(Type.Number()),
  expectedPercent: Type.Number(),
  agencies: Type.Integer(),
  expectedAgencies: Type.Integer({ description: "Agencies in force at the end of that year (all expected)" }),
});

export const Coverage = Type.Object(
  {
    expectedAgencies: Type.Integer({ description: "Agencies in force: every one is expected to report" }),
    reportedAgencies: Type.Integer({ description: "Agencies whose figures count" }),
    meetingTarget: Type.Integer({ description: "Reported agencies at or above the target (yes/no: said yes)" }),
    coveragePercent: Nullable(Type.Number({ description: "reported / expected, percent" })),
    meetingPercent: Nullable(Type.Number({ description: "meeting / expected, percent: non-reporters never meet it" })),
  },
  { description: "Who was expected to report, who did, and who meets the target" },
);

/** What `computeProgress` works out for one indicator; the API adds the indicator itself (`IndicatorProgress`). */
export const IndicatorFigures = Type.Object({
  indicatorId: Type.String(),
  numerator: Type.Integer({ description: "Sum of the numerators counted (yes/no: agencies that said yes)" }),
  denominator: Type.Integer({ description: "Sum of the denominators counted (yes/no: agencies that answered)" }),
  percent: Nullable(
    Type.Number({
      description:
        "numerator / denominator in percent, one decimal (yes/no: agencies that said yes over every agency expected); null without data",
    }),
  ),
  expectedPercent: Type.Number({ description: "The straight-line path from baseline to target at evaluationDate" }),
  status: StringEnum(indicatorStatuses),
  agenciesWithData: Type.Integer(),
  coverage: Coverage,
  lagging: Type.Array(Type.String(), { description: "Codes of the agencies below the path" }),
  series: Type.Array(SeriesPoint, { description: "The same figures as of 31/12 of each year up to the period" }),
});

export const IndicatorProgress = Type.Object({ ...Indicator.properties, ...IndicatorFigures.properties });

export const AgencyValue = Type.Object({
  indicatorId: Type.String(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  percent: Type.Number(),
  expectedPercent: Type.Number(),
  lagging: Type.Boolean(),
  period: Type.Integer({ description: "The latest period among the figures used" }),
  sources: Type.Array(Type.Object({ ...AgencyRef.properties, period: Type.Integer() }), {
    description: "Whose accepted reports the figures come from: the agency, or the former units it was formed from",
  }),
  partial: Type.Boolean({ description: "Some former units have no figures yet" }),
  achievedOn: Nullable(IsoDate),
  late: Type.Boolean(),
});

export const AgencyProgress = Type.Object({
  code: Type.String(),
  kind: AgencyKindT,
  nameVi: Type.String(),
  nameEn: Type.String(),
  formerCodes: Type.Array(Type.String()),
  former: Type.Array(AgencyRef),
  periodStatus: PeriodStatusT,
  latestPeriod: Nullable(Type.Integer()),
  values: Type.Array(AgencyValue),
  lagging: Type.Boolean(),
});

export const Progress = Type.Object({
  scheme: Scheme,
  asOf: IsoDate,
  period: Nullable(Type.Integer({ description: "The reporting year under review: the latest that ended by asOf" })),
  evaluationDate: IsoDate,
  agencyCount: Type.Object({ ministries: Type.Integer(), provinces: Type.Integer() }),
  indicators: Type.Array(IndicatorProgress),
  agencies: Type.Array(AgencyProgress, { description: "The agencies in force on asOf (the map of that date)" }),
  notReported: Type.Array(Type.String(), { description: "Agencies that have not submitted the period under review" }),
  awaitingReview: Type.Array(Type.String()),
  lagging: Type.Array(Type.String(), { description: "Agencies below the path on at least one indicator" }),
});

export const YearLock = Type.Object(
  {
    period: Type.Integer(),
    reason: Nullable(Type.String()),
    lockedAt: IsoDateTime,
    lockedBy: Type.String(),
  },
  { description: "A reporting year locked for the whole scheme" },
);

export const ReportValue = Type.Object({
  indicatorId: Type.String(),
  indicatorCode: Type.String(),
  numerator: Nullable(Type.Integer()),
  denominator: Nullable(Type.Integer()),
  achieved: Nullable(Type.Boolean()),
  achievedOn: Nullable(IsoDate),
  percent: Nullable(Type.Number()),
  expectedPercent: Type.Number(),
});

/** What the signed-in user may do with one report now (computed by the targets policy). */
export const ReportPermissions = Type.Object(
  {
    edit: Type.Boolean({ description: "The reporting agency may save and submit it (draft or returned, year open)" }),
    review: Type.Boolean({ description: "The ICD may accept or return it (submitted, year open)" }),
    reopen: Type.Boolean({ description: "The ICD may reopen this accepted report (its year is not locked)" }),
  },
  { description: "What the signed-in user may do with this report (targets policy)" },
);

export const Report = Type.Object({
  id: Type.String(),
  schemeId: Type.String(),
  scheme: Type.Object({ id: Type.String(), code: Type.String() }),
  agency: Agency,
  period: Type.Integer(),
  status: ReportStatusT,
  note: Nullable(Type.String()),
  returnComment: Nullable(Type.String()),
  submittedAt: Nullable(IsoDateTime),
  submittedBy: Nullable(Type.String()),
  reviewedAt: Nullable(IsoDateTime),
  reviewedBy: Nullable(Type.String()),
  version: Type.Integer(),
  updatedAt: IsoDateTime,
  yearLock: Nullable(YearLock),
  permissions: ReportPermissions,
  values: Type.Array(ReportValue),
  events: Type.Array(
    Type.Object({ action: Type.String(), actorName: Type.String(), comment: Nullable(Type.String()), at: IsoDateTime }),
  ),
});

/**
 * A nullable input whose null survives validation. With the app's `coerceTypes`, an `anyOf [number, null]` (what
 * `Nullable` builds) turns null into 0 and a boolean's null into false; `type: [x, "null"]` keeps it null.
 */
export const OrNull = <T extends TSchema & { type: string }>(t: T) =>
  Type.Unsafe<Static<T> | null>({ ...t, type: [t.type, "null"] });

export const FigureIn = Type.Object({
  indicatorId: Uuid,
  // Plain numbers on purpose: negatives and fractions reach the service, which names the field in its message.
  numerator: Type.Optional(OrNull(Type.Number())),
  denominator: Type.Optional(OrNull(Type.Number())),
  achieved: Type.Optional(OrNull(Type.Boolean())),
  achievedOn: Type.Optional(OrNull(IsoDate)),
});

/** What carries over into a year's form from the agency's previous accepted report. */
export const CarryOver = Type.Object({
  fromPeriod: Nullable(Type.Integer()),
  values: Type.Array(
    Type.Object({
      indicatorId: Type.String(),
      denominator: Nullable(Type.Integer()),
      achieved: Nullable(Type.Boolean()),
      achievedOn: Nullable(IsoDate),
    }),
  ),
});

export const figureFields = ["numerator", "denominator", "achieved", "achievedOn"] as const;

export type IndicatorKind = (typeof indicatorKinds)[number];
export type AgencyKind = (typeof agencyKinds)[number];
export type ReportStatus = (typeof reportStatuses)[number];
export type PeriodStatus = ReportStatus | "missing";
export type IndicatorStatus = (typeof indicatorStatuses)[number];
export type FigureField = (typeof figureFields)[number];
export type Indicator = Static<typeof Indicator>;
export type Scheme = Static<typeof Scheme>;
export type Agency = Static<typeof Agency>;
export type AgencyRef = Static<typeof AgencyRef>;
export type SeriesPoint = Static<typeof SeriesPoint>;
export type Coverage = Static<typeof Coverage>;
export type IndicatorFigures = Static<typeof IndicatorFigures>;
export type IndicatorProgress = Static<typeof IndicatorProgress>;
export type AgencyValue = Static<typeof AgencyValue>;
export type AgencyProgress = Static<typeof AgencyProgress>;
export type Progress = Static<typeof Progress>;
export type YearLock = Static<typeof YearLock>;
export type ReportValue = Static<typeof ReportValue>;
export type ReportEvent = Report["events"][number];
export type Report = Static<typeof Report>;
export type ReportPermissions = Static<typeof ReportPermissions>;
export type CarryOver = Static<typeof CarryOver>;
/** One figure as the form sends it. */
export type FigureInput = Static<typeof FigureIn>;
