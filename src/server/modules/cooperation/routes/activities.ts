import { sendFile } from "../../../http/files.js";
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { IdParams, StringEnum, Uuid, errors } from "../../../http/schemas.js";
import { attachmentKinds } from "../../../../shared/cooperation.js";
import {
  Activity,
  ActivityBody,
  ActivityListQuery,
  ActivityPatch,
  ActivitySummary,
  CalendarMonth,
  CalendarQuery,
  CancelBody,
  CoopAccess,
  ResultsBody,
} from "../../../../shared/schemas/cooperation.js";
import { cancelActivity, createActivity, getActivity, reportResults, updateActivity } from "../activities.js";
import { ATTACHMENT_MAX_BYTES, deleteAttachment, downloadAttachment, uploadAttachment } from "../attachments.js";
import { activityCalendar, exportActivities, listActivities } from "../list.js";
import { coopAccess } from "../access.js";

const tags = ["cooperation"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });

export const activityRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/cooperation/access",
    {
      schema: {
        tags,
        summary: "What the caller may do in the cooperation register, and the units they may work for",
        response: { 200: CoopAccess, ...errors },
      },
    },
    async (req) => coopAccess(ctx, requireActor(req)),
  );

  app.get(
    "/cooperation/activities",
    {
      schema: {
        tags,
        summary:
          "Activities the caller may read (a unit officer: their units'; an approver: what their steps have reached; " +
          "the ICD: all), newest first. q searches title (vi, en), code, partners, countries, leader and place " +
          "without diacritics; filters year, unitId, kind, status, country, partnerId, inPlan, waitingFor (a route " +
          "step), leadShort, resultsOverdue",
        querystring: ActivityListQuery,
        response: {
          200: Type.Array(ActivitySummary, {
            headers: { "X-Total-Count": { type: "integer", description: "Activities matching, on every page" } },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { activities, total } = await listActivities(ctx, requireActor(req), req.query);
      reply.header("x-total-count", total);
      return activities;
    },
  );

  app.get(
    "/cooperation/activities/export.xlsx",
    {
      schema: {
        tags,
        summary: "The filtered list (same filters as the list, every page) as an Excel file. Audited.",
        querystring: Type.Intersect([
          ActivityListQuery,
          Type.Object({ lang: Type.Optional(StringEnum(["vi", "en"] as const)) }),
        ]),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { lang, ...q } = req.query;
      return sendFile(reply, await exportActivities(ctx, actor, q, lang ?? actor.language));
    },
  );

  app.get(
    "/cooperation/activities/calendar",
    {
      schema: {
        tags,
        summary: "Activities overlapping a month (month=YYYY-MM), by start date",
        querystring: CalendarQuery,
        response: { 200: CalendarMonth, ...errors },
      },
    },
    async (req) => activityCalendar(ctx, requireActor(req), req.query.month),
  );

  app.post(
    "/cooperation/activities",
    {
      schema: {
        tags,
        summary:
          "Creates a draft (unit officers for their unit, ICD officers for any): only unit and title are needed; " +
          "the rest can follow. Audited.",
        body: ActivityBody,
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => createActivity(ctx, requireActor(req), req.body),
  );

  app.get(
    "/cooperation/activities/:id",
    {
      schema: {
        tags,
        summary: "One activity with its members, partners, attachments, route, lead time and the caller's permissions",
        params: IdParams,
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => getActivity(ctx, requireActor(req), req.params.id),
  );

  app.patch(
    "/cooperation/activities/:id",
    {
      schema: {
        tags,
        summary:
          "Changes a draft or returned activity (its unit), with the version read; on its route it is refused and " +
          "nothing changes. Audited.",
        params: IdParams,
        body: ActivityPatch,
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => updateActivity(ctx, requireActor(req), req.params.id, req.body),
  );

  app.post(
    "/cooperation/activities/:id/cancel",
    {
      schema: {
        tags,
        summary: "Its unit withdraws the activity before the final decision. Audited.",
        params: IdParams,
        body: CancelBody,
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => cancelActivity(ctx, requireActor(req), req.params.id, req.body.version),
  );

  app.put(
    "/cooperation/activities/:id/results",
    {
      schema: {
        tags,
        summary: "Its unit reports the results (achieved, follow-up) once the activity is approved and ended. Audited.",
        params: IdParams,
        body: ResultsBody,
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => reportResults(ctx, requireActor(req), req.params.id, req.body),
  );

  app.post(
    "/cooperation/activities/:id/attachments",
    {
      schema: {
        tags,
        summary: `Attaches a file as base64 (PDF, Word, JPEG or PNG, at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB): the invitation letter, the programme, a results document. Audited.`,
        params: IdParams,
        body: Type.Object(
          {
            kind: StringEnum(attachmentKinds),
            fileName: Type.String({ minLength: 1, maxLength: 255 }),
            data: Type.String({ minLength: 1, maxLength: Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 64 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Activity, ...errors },
      },
    },
    async (req) =>
      uploadAttachment(ctx, requireActor(req), req.params.id, {
        kind: req.body.kind,
        fileName: req.body.fileName,
        bytes: Buffer.from(req.body.data.replace(/^data:[^,]*,/, ""), "base64"),
      }),
  );

  app.get(
    "/cooperation/activities/:id/attachments/:attachmentId",
    {
      schema: {
        tags,
        summary: "Downloads an attachment (whoever reads the activity). Audited.",
        params: Type.Object({ id: Uuid, attachmentId: Uuid }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) =>
      sendFile(reply, await downloadAttachment(ctx, requireActor(req), req.params.id, req.params.attachmentId)),
  );

  app.delete(
    "/cooperation/activities/:id/attachments/:attachmentId",
    {
      schema: {
        tags,
        summary: "Removes an attachment (while the activity can be edited). Audited.",
        params: Type.Object({ id: Uuid, attachmentId: Uuid }),
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => deleteAttachment(ctx, requireActor(req), req.params.id, req.params.attachmentId),
  );
};
