import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, IsoDate, Uuid, errors } from "../../http/schemas.js";
import {
  Agency,
  AgencyKindT,
  CarryOver,
  FigureIn,
  OrNull,
  Progress,
  Report,
  ReportStatusT,
  Scheme,
  YearLock,
} from "../../../shared/schemas/targets.js";
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
const Code = Type.String({ minLength: 1, maxLength: 40, pattern: "^[A-Z0-9-]+$" });
const Year = Type.Integer({ minimum: 1900, maximum: 2200 });
const ReportParams = Type.Object({ id: Uuid, agency: Code, period: Year });

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
          200: CarryOver,
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
