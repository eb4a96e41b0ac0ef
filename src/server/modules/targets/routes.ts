import { Type, type Static, type TSchema } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, IsoDate, IsoDateTime, Nullable, StringEnum, Uuid, errors } from "../../http/schemas.js";
import {
  REPORT_PAGE_MAX,
  carryOver,
  getProgress,
  getScheme,
  listAgencies,
  listReports,
  listSchemes,
  listYearLocks,
  lockYear,
  getReport,
  reopenReport,
  reviewReport,
  saveReport,
  unlockYear,
} from "./service.js";

const tags = ["targets"];
const IndicatorKindT = StringEnum(["ratio", "boolean"] as const);
const AgencyKindT = StringEnum(["ministry", "province"] as const);
const ReportStatusT = StringEnum(["draft", "submitted", "returned", "accepted"] as const);
const PeriodStatusT = StringEnum(["missing", "draft", "submitted", "returned", "accepted"] as const);
const Code = Type.String({ minLength: 1, maxLength: 40, pattern: "^[A-Z0-9-]+$" });
const Year = Type.Integer({ minimum: 1900, maximum: 2200 });

const Indicator = Type.Object({
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

const Scheme = Type.Object({
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

const Agency = Type.Object({
  code: Type.String(),
  kind: AgencyKindT,
  nameVi: Type.String(),
  nameEn: Type.String(),
  validFrom: Nullable(IsoDate),
  validTo: Nullable(IsoDate),
  successorCode: Nullable(Type.String()),
});

const AgencyRef = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  validTo: Nullable(IsoDate),
});

const SeriesPoint = Type.Object({
  period: Type.Integer(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  percent: Nullable(Type.Number()),
  expectedPercent: Type.Number(),
  agencies: Type.Integer(),
  expectedAgencies: Type.Integer({ description: "Agencies in force at the end of that year (all expected)" }),
});

const Coverage = Type.Object(
  {
    expectedAgencies: Type.Integer({ description: "Agencies in force: every one is expected to report" }),
    reportedAgencies: Type.Integer({ description: "Agencies whose figures count" }),
    meetingTarget: Type.Integer({ description: "Reported agencies at or above the target (yes/no: said yes)" }),
    coveragePercent: Nullable(Type.Number({ description: "reported / expected, percent" })),
    meetingPercent: Nullable(Type.Number({ description: "meeting / expected, percent: non-reporters never meet it" })),
  },
  { description: "Who was expected to report, who did, and who meets the target" },
);

const IndicatorProgress = Type.Object({
  ...Indicator.properties,
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
  status: StringEnum(["achieved", "on_track", "lagging", "no_data"] as const),
  agenciesWithData: Type.Integer(),
  coverage: Coverage,
  lagging: Type.Array(Type.String(), { description: "Codes of the agencies below the path" }),
  series: Type.Array(SeriesPoint, { description: "The same figures as of 31/12 of each year up to the period" }),
});

const AgencyValue = Type.Object({
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

const AgencyProgress = Type.Object({
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

const Progress = Type.Object({
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

const YearLock = Type.Object(
  {
    period: Type.Integer(),
    reason: Nullable(Type.String()),
    lockedAt: IsoDateTime,
    lockedBy: Type.String(),
  },
  { description: "A reporting year locked for the whole scheme" },
);

const ReportValue = Type.Object({
  indicatorId: Type.String(),
  indicatorCode: Type.String(),
  numerator: Nullable(Type.Integer()),
  denominator: Nullable(Type.Integer()),
  achieved: Nullable(Type.Boolean()),
  achievedOn: Nullable(IsoDate),
  percent: Nullable(Type.Number()),
  expectedPercent: Type.Number(),
});

const Report = Type.Object({
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
  canEdit: Type.Boolean(),
  canReview: Type.Boolean(),
  canReopen: Type.Boolean({ description: "The ICD may reopen this accepted report (its year is not locked)" }),
  values: Type.Array(ReportValue),
  events: Type.Array(
    Type.Object({ action: Type.String(), actorName: Type.String(), comment: Nullable(Type.String()), at: IsoDateTime }),
  ),
});

const ReportParams = Type.Object({ id: Uuid, agency: Code, period: Year });

/**
 * A nullable input whose null survives validation. With the app's `coerceTypes`, an `anyOf [number, null]` (what
 * `Nullable` builds) turns null into 0 and a boolean's null into false; `type: [x, "null"]` keeps it null.
 */
const OrNull = <T extends TSchema & { type: string }>(t: T) =>
  Type.Unsafe<Static<T> | null>({ ...t, type: [t.type, "null"] });

const FigureIn = Type.Object({
  indicatorId: Uuid,
  // Plain numbers on purpose: negatives and fractions reach the service, which names the field in its message.
  numerator: Type.Optional(OrNull(Type.Number())),
  denominator: Type.Optional(OrNull(Type.Number())),
  achieved: Type.Optional(OrNull(Type.Boolean())),
  achievedOn: Type.Optional(OrNull(IsoDate)),
});

export const targetsRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/schemes",
    {
      schema: {
        tags,
        summary: "Schemes with targets and their indicators (ICD officers and reporting agencies)",
        response: { 200: Type.Array(Scheme), ...errors },
      },
    },
    async (req) => listSchemes(ctx, requireActor(req)),
  );

  app.get(
    "/schemes/:id",
    {
      schema: {
        tags,
        summary: "One scheme with its indicators",
        params: IdParams,
        response: { 200: Scheme, ...errors },
      },
    },
    async (req) => getScheme(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/schemes/:id/progress",
    {
      schema: {
        tags,
        summary:
          "Progress as of a date (default today): per indicator the sum of numerators over the sum of denominators of " +
          "each agency's latest accepted report for a period ending on or before asOf, under the map in force on asOf " +
          "(former provinces rolled up into the province they became part of); target, straight-line path, status; " +
          "per-agency rows; who has not reported the period under review and who lags. ICD officers only.",
        params: IdParams,
        querystring: Type.Object({ asOf: Type.Optional(IsoDate) }),
        response: { 200: Progress, ...errors },
      },
    },
    async (req) => getProgress(ctx, requireActor(req), req.params.id, req.query.asOf),
  );

  app.get(
    "/reporting-agencies",
    {
      schema: {
        tags,
        summary:
          "Ministries and provinces that report, with validity and successor. asOf: only those in force that day; " +
          "q: name search ignoring diacritics",
        querystring: Type.Object({
          asOf: Type.Optional(IsoDate),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          kind: Type.Optional(AgencyKindT),
        }),
        response: { 200: Type.Array(Agency), ...errors },
      },
    },
    async (req) => listAgencies(ctx, requireActor(req), req.query),
  );

  app.get(
    "/schemes/:id/reports",
    {
      schema: {
        tags,
        summary:
          "Reports of a scheme: every agency's for the ICD; a reporting agency sees its own and those of the former " +
          "units that became part of it. status=submitted is the ICD's review queue (oldest first).",
        params: IdParams,
        querystring: Type.Object({
          agency: Type.Optional(Code),
          period: Type.Optional(Year),
          status: Type.Optional(ReportStatusT),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: REPORT_PAGE_MAX })),
        }),
        response: {
          200: Type.Array(Report, {
            headers: {
              "X-Total-Count": { type: "integer", description: "How many reports match, on every page together" },
            },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { reports, total } = await listReports(ctx, requireActor(req), req.params.id, req.query);
      reply.header("x-total-count", total);
      return reports;
    },
  );

  app.get(
    "/schemes/:id/reports/:agency/:period/carry-over",
    {
      schema: {
        tags,
        summary:
          "What carries over into a year's report from the agency's previous accepted one: totals (denominators) " +
          "and a yes already given (with its date); numerators never do",
        params: ReportParams,
        response: {
          200: Type.Object({
            fromPeriod: Nullable(Type.Integer()),
            values: Type.Array(
              Type.Object({
                indicatorId: Type.String(),
                denominator: Nullable(Type.Integer()),
                achieved: Nullable(Type.Boolean()),
                achievedOn: Nullable(IsoDate),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (req) => carryOver(ctx, requireActor(req), req.params.id, req.params.agency, req.params.period),
  );

  app.get(
    "/schemes/:id/year-locks",
    {
      schema: {
        tags,
        summary: "The reporting years locked for the whole scheme",
        params: IdParams,
        response: { 200: Type.Array(YearLock), ...errors },
      },
    },
    async (req) => listYearLocks(ctx, requireActor(req), req.params.id),
  );

  app.put(
    "/schemes/:id/year-locks/:period",
    {
      schema: {
        tags,
        summary:
          "The ICD locks a whole reporting year: no report of it is saved, submitted, reviewed or reopened until unlocked",
        params: Type.Object({ id: Uuid, period: Year }),
        body: Type.Object({ reason: Type.Optional(OrNull(Type.String({ maxLength: 1000 }))) }),
        response: { 200: YearLock, ...errors },
      },
    },
    async (req) => lockYear(ctx, requireActor(req), req.params.id, req.params.period, req.body.reason),
  );

  app.delete(
    "/schemes/:id/year-locks/:period",
    {
      schema: {
        tags,
        summary: "The ICD unlocks a reporting year",
        params: Type.Object({ id: Uuid, period: Year }),
        response: { 200: Type.Object({ ok: Type.Literal(true) }), ...errors },
      },
    },
    async (req) => {
      await unlockYear(ctx, requireActor(req), req.params.id, req.params.period);
      return { ok: true as const };
    },
  );

  app.get(
    "/schemes/:id/reports/:agency/:period",
    {
      schema: {
        tags,
        summary: "One agency's report for one year (404 when not started)",
        params: ReportParams,
        response: { 200: Report, ...errors },
      },
    },
    async (req) => getReport(ctx, requireActor(req), req.params.id, req.params.agency, req.params.period),
  );

  app.put(
    "/schemes/:id/reports/:agency/:period",
    {
      schema: {
        tags,
        summary:
          "The agency saves its figures for a year (version 0 starts the report); submit: true also sends them to the " +
          "ICD. Impossible figures get 400 naming each field; an accepted year is locked (409); a submitted one waits " +
          "for review (409).",
        params: ReportParams,
        body: Type.Object({
          version: Type.Integer({ minimum: 0 }),
          values: Type.Array(FigureIn, { maxItems: 50 }),
          note: Type.Optional(OrNull(Type.String({ maxLength: 2000 }))),
          submit: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Report, ...errors },
      },
    },
    async (req) => saveReport(ctx, requireActor(req), req.params.id, req.params.agency, req.params.period, req.body),
  );

  app.post(
    "/schemes/:id/reports/:agency/:period/accept",
    {
      schema: {
        tags,
        summary: "The ICD accepts a submitted report; the year is then locked for that agency",
        params: ReportParams,
        body: Type.Object({ version: Type.Integer({ minimum: 1 }) }),
        response: { 200: Report, ...errors },
      },
    },
    async (req) =>
      reviewReport(ctx, requireActor(req), req.params.id, req.params.agency, req.params.period, {
        version: req.body.version,
        decision: "accept",
      }),
  );

  app.post(
    "/schemes/:id/reports/:agency/:period/return",
    {
      schema: {
        tags,
        summary: "The ICD sends a submitted report back for revision, with a comment the agency sees",
        params: ReportParams,
        body: Type.Object({
          version: Type.Integer({ minimum: 1 }),
          comment: Type.String({ maxLength: 2000 }),
        }),
        response: { 200: Report, ...errors },
      },
    },
    async (req) =>
      reviewReport(ctx, requireActor(req), req.params.id, req.params.agency, req.params.period, {
        version: req.body.version,
        decision: "return",
        comment: req.body.comment,
      }),
  );

  app.post(
    "/schemes/:id/reports/:agency/:period/reopen",
    {
      schema: {
        tags,
        summary:
          "The ICD reopens an accepted report with a reason: it goes back to the agency to revise and submit again " +
          "(audited; the agency is told by mail)",
        params: ReportParams,
        body: Type.Object({
          version: Type.Integer({ minimum: 1 }),
          reason: Type.String({ maxLength: 2000 }),
        }),
        response: { 200: Report, ...errors },
      },
    },
    async (req) => reopenReport(ctx, requireActor(req), req.params.id, req.params.agency, req.params.period, req.body),
  );
};
