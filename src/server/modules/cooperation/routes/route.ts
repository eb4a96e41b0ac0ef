/**
 * The route of an activity (issue 12 items 3–7): submit, decide, the log, the lead time, the documents, the queue.
 * Thin: schemas from `src/shared/schemas`, one service call, no authorization here (the services' policy checks).
 */
import { sendFile } from "../../../http/files.js";
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { Uuid, Version, errors } from "../../../http/schemas.js";
import { Activity, ActivitySummary } from "../../../../shared/schemas/cooperation.js";
import { DecisionBody, LeadTimeAnswer, RouteLog } from "../../../../shared/schemas/cooperation-route.js";
import { activityLeadTime, activityLog, decideStep, submitActivity } from "../route.js";
import { decisionQueue } from "../queue.js";
import { decisionDocx, submissionDocx } from "../docs.js";

const tags = ["cooperation"];
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });
const Params = Type.Object({ id: Uuid });
const QUEUE_MAX = 200;

export const routeRoutes: RoutesFn = (app, ctx) => {
  app.post(
    "/cooperation/activities/:id/submit",
    {
      schema: {
        tags,
        summary:
          "Send a draft or returned activity on its approval route (its unit, or the ICD). Checks it is complete; a first submission is routed by the current rules, a resubmission continues its route from the step that returned it. `version` (optional) refuses a stale submission.",
        params: Params,
        body: Type.Optional(Type.Object({ version: Type.Optional(Version) }, { additionalProperties: false })),
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => submitActivity(ctx, requireActor(req), req.params.id, req.body ?? {}),
  );

  app.post(
    "/cooperation/activities/:id/decisions",
    {
      schema: {
        tags,
        summary:
          "Decide the current step (its holder only): approve, return (comment required) or refuse (comment required). The Prime Minister's permission needs its document number; the submission's and the decision's numbers come from the registers.",
        params: Params,
        body: DecisionBody,
        response: { 200: Activity, ...errors },
      },
    },
    async (req) => decideStep(ctx, requireActor(req), req.params.id, req.body),
  );

  app.get(
    "/cooperation/activities/:id/log",
    {
      schema: {
        tags,
        summary:
          "Every decision on the activity's route by round (who, when, what), and which rule chose the route and why",
        params: Params,
        response: { 200: RouteLog, ...errors },
      },
    },
    async (req) => activityLog(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/cooperation/activities/:id/lead-time",
    {
      schema: {
        tags,
        summary:
          "Lead time in working days: what the rule requires, what is left (from today for a draft), whether it is short, and the latest day to submit",
        params: Params,
        response: { 200: LeadTimeAnswer, ...errors },
      },
    },
    async (req) => activityLeadTime(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/cooperation/activities/:id/documents/submission.docx",
    {
      schema: {
        tags,
        summary:
          "The ICD's submission to the Minister (Tờ trình, Decree 30), numbered once the ICD's review approved it",
        params: Params,
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => sendFile(reply, await submissionDocx(ctx, requireActor(req), req.params.id)),
  );

  app.get(
    "/cooperation/activities/:id/documents/decision.docx",
    {
      schema: {
        tags,
        summary:
          "The decision sending the delegation (Quyết định cử đoàn, Decree 30), numbered from the Personnel Department's register when it approves",
        params: Params,
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => sendFile(reply, await decisionDocx(ctx, requireActor(req), req.params.id)),
  );

  app.get(
    "/cooperation/queue",
    {
      schema: {
        tags,
        summary: `Activities whose current step the caller holds, oldest submission first. One page of at most ${QUEUE_MAX}; X-Total-Count counts them all`,
        querystring: Type.Object({
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: QUEUE_MAX })),
        }),
        response: {
          200: Type.Array(ActivitySummary, {
            headers: { "X-Total-Count": { type: "integer", description: "How many wait, on every page together" } },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { rows, total } = await decisionQueue(ctx, requireActor(req), req.query);
      reply.header("x-total-count", total);
      return rows;
    },
  );
};
