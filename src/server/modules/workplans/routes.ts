import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, IsoDate, Nullable, StringEnum, Uuid, errors, Version } from "../../http/schemas.js";
import {
  Activity,
  ActivityAuditEntry,
  ActivityDetail,
  Comparison,
  Country,
  PlanChange,
  PlanStatusT,
  Kind,
  Review,
  Snapshot,
  SnapshotHead,
  Status,
  Workplan,
  WorkplanItem,
} from "../../../shared/schemas/workplans.js";
import { wpErrors } from "./errors.js";
import { reviewDocx, reviewXlsx } from "./export.js";
import { getWorkplan, listWorkplans, readablePlan } from "./programmes.js";
import { activityAudit, createActivity, getActivity, listActivities, updateActivity } from "./activities.js";
import { listChanges, recordStatusChange } from "./history.js";
import {
  compareSnapshots,
  computeWorkplanReview,
  createSnapshot,
  getReview,
  getSnapshot,
  listSnapshots,
  snapshotReview,
} from "./snapshots.js";
import { adoptProposal, listProposals, submitProposal } from "./proposals.js";
import { today } from "./rows.js";

const tags = ["workplans"];
const Year = Type.Integer({ minimum: 1990, maximum: 2100 });
const Years = Type.Array(Year, { minItems: 1, maxItems: 10 });
const Countries = Type.Array(Country, { maxItems: 20 });
const Title = Type.String({ minLength: 1, maxLength: 500 });
const Note = Type.String({ maxLength: 2000 });
const Code = Type.String({ minLength: 1, maxLength: 40 });

const ActivityParams = Type.Object({ id: Uuid, activityId: Uuid });
const Binary = Type.Unsafe<Buffer>({ type: "string", format: "binary" });

/** The most activities one page of the list carries. */
const ACTIVITY_PAGE_MAX = 500;

export const workplanRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/workplans",
    {
      schema: {
        tags,
        summary: "Work plans the user may see (ICD: all; a member focal point: theirs), with today's counts",
        response: { 200: Type.Array(WorkplanItem), ...errors },
      },
    },
    async (req) => listWorkplans(ctx, requireActor(req)),
  );

  app.get(
    "/workplans/:id",
    {
      schema: {
        tags,
        summary: "One work plan and its members",
        params: IdParams,
        response: { 200: Workplan, ...errors },
      },
    },
    async (req) => getWorkplan(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/workplans/:id/activities",
    {
      schema: {
        tags,
        summary:
          "A work plan's activities in code order, proposals included; q ignores diacritics; country matches leads " +
          `and co-leads. One page of at most ${ACTIVITY_PAGE_MAX} (offset, limit); the X-Total-Count header counts every match`,
        params: IdParams,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          status: Type.Optional(Status),
          country: Type.Optional(Country),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: ACTIVITY_PAGE_MAX })),
        }),
        response: {
          200: Type.Array(Activity, {
            headers: {
              "X-Total-Count": { type: "integer", description: "How many activities match, on every page together" },
            },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { offset = 0, limit = ACTIVITY_PAGE_MAX, ...filters } = req.query;
      const all = await listActivities(ctx, requireActor(req), req.params.id, filters);
      reply.header("x-total-count", all.length);
      return all.slice(offset, offset + limit);
    },
  );

  app.post(
    "/workplans/:id/activities",
    {
      schema: {
        tags,
        summary: "Add an activity to the plan (ICD) with its first status and the day it took effect",
        params: IdParams,
        body: Type.Object({
          code: Code,
          titleVi: Title,
          titleEn: Title,
          leads: Type.Array(Country, { minItems: 1, maxItems: 20 }),
          coLeads: Type.Optional(Countries),
          plannedYears: Years,
          kind: Kind,
          status: Type.Optional(PlanStatusT),
          effectiveOn: IsoDate,
          note: Type.Optional(Nullable(Note)),
        }),
        response: { 201: ActivityDetail, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createActivity(ctx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    "/workplans/:id/activities/:activityId",
    {
      schema: {
        tags,
        summary: "One activity with its status history (who recorded what, when)",
        params: ActivityParams,
        response: { 200: ActivityDetail, ...errors },
      },
    },
    async (req) => getActivity(ctx, requireActor(req), req.params.id, req.params.activityId),
  );

  app.patch(
    "/workplans/:id/activities/:activityId",
    {
      schema: {
        tags,
        summary: "Edit an activity's details (ICD); send the version you read (409 when stale)",
        params: ActivityParams,
        body: Type.Object({
          version: Version,
          code: Type.Optional(Code),
          titleVi: Type.Optional(Nullable(Title)),
          titleEn: Type.Optional(Title),
          leads: Type.Optional(Type.Array(Country, { minItems: 1, maxItems: 20 })),
          coLeads: Type.Optional(Countries),
          plannedYears: Type.Optional(Years),
          kind: Type.Optional(Kind),
        }),
        response: { 200: ActivityDetail, ...errors },
      },
    },
    async (req) => updateActivity(ctx, requireActor(req), req.params.id, req.params.activityId, req.body),
  );

  app.post(
    "/workplans/:id/activities/:activityId/status",
    {
      schema: {
        tags,
        summary:
          "Record a status change or a note (ICD; a focal point for activities their country leads or co-leads). " +
          "Send the version you read (409 when stale)",
        params: ActivityParams,
        body: Type.Object({
          version: Version,
          status: PlanStatusT,
          effectiveOn: IsoDate,
          note: Type.Optional(Nullable(Note)),
        }),
        response: { 200: ActivityDetail, ...errors },
      },
    },
    async (req) => recordStatusChange(ctx, requireActor(req), req.params.id, req.params.activityId, req.body),
  );

  app.get(
    "/workplans/:id/activities/:activityId/audit",
    {
      schema: {
        tags,
        summary: "The audit trail of one activity (ICD): every write with before and after",
        params: ActivityParams,
        response: {
          200: Type.Array(ActivityAuditEntry),
          ...errors,
        },
      },
    },
    async (req) => activityAudit(ctx, requireActor(req), req.params.id, req.params.activityId),
  );

  app.get(
    "/workplans/:id/changes",
    {
      schema: {
        tags,
        summary: "Recent status changes across the plan, newest recorded first",
        params: IdParams,
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 30 })) }),
        response: { 200: Type.Array(PlanChange), ...errors },
      },
    },
    async (req) => listChanges(ctx, requireActor(req), req.params.id, req.query.limit ?? 30),
  );

  app.get(
    "/workplans/:id/review",
    {
      schema: {
        tags,
        summary:
          "The review as of a date (default today), computed from the status histories: counts and whole-percent " +
          "shares by status (largest remainder, adding to 100), proposals counted apart, and the on-track judgement",
        params: IdParams,
        querystring: Type.Object({ asOf: Type.Optional(IsoDate) }),
        response: { 200: Review, ...errors },
      },
    },
    async (req) => getReview(ctx, requireActor(req), req.params.id, req.query.asOf ?? today()),
  );

  app.get(
    "/workplans/:id/review/export",
    {
      schema: {
        tags,
        summary:
          "Download the review as a meeting document (Word or Excel): as of a date, or a snapshot's frozen review",
        params: IdParams,
        querystring: Type.Object({
          format: StringEnum(["docx", "xlsx"] as const),
          asOf: Type.Optional(IsoDate),
          snapshotId: Type.Optional(Uuid),
          lang: Type.Optional(StringEnum(["vi", "en"] as const)),
        }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { format, asOf, snapshotId } = req.query;
      const plan = await readablePlan(ctx.db, actor, req.params.id);
      const source = snapshotId
        ? await snapshotReview(ctx.db, plan.id, snapshotId)
        : asOf
          ? { name: null, review: await computeWorkplanReview(ctx.db, plan, asOf) }
          : null;
      if (!source) throw wpErrors.SNAPSHOT_SOURCE_REQUIRED();
      const input = { plan, review: source.review, snapshotName: source.name, lang: req.query.lang ?? actor.language };
      const file = format === "docx" ? await reviewDocx(input) : await reviewXlsx(input);
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .header("cache-control", "no-store")
        .send(file.body);
    },
  );

  app.get(
    "/workplans/:id/snapshots",
    {
      schema: {
        tags,
        summary: "Named snapshots of the review, latest date first",
        params: IdParams,
        response: { 200: Type.Array(SnapshotHead), ...errors },
      },
    },
    async (req) => listSnapshots(ctx, requireActor(req), req.params.id),
  );

  app.post(
    "/workplans/:id/snapshots",
    {
      schema: {
        tags,
        summary: "Freeze the review as of a date under a name, e.g. “SOM 21, 3 August 2022” (ICD)",
        params: IdParams,
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), asOf: IsoDate }),
        response: { 201: Snapshot, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createSnapshot(ctx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    "/workplans/:id/snapshots/compare",
    {
      schema: {
        tags,
        summary: "Compare two snapshots: the activities whose status differs, and the counts",
        params: IdParams,
        querystring: Type.Object({ from: Uuid, to: Uuid }),
        response: { 200: Comparison, ...errors },
      },
    },
    async (req) => compareSnapshots(ctx, requireActor(req), req.params.id, req.query.from, req.query.to),
  );

  app.get(
    "/workplans/:id/snapshots/:snapshotId",
    {
      schema: {
        tags,
        summary: "One snapshot with its frozen review",
        params: Type.Object({ id: Uuid, snapshotId: Uuid }),
        response: { 200: Snapshot, ...errors },
      },
    },
    async (req) => getSnapshot(ctx, requireActor(req), req.params.id, req.params.snapshotId),
  );

  app.get(
    "/workplans/:id/proposals",
    {
      schema: {
        tags,
        summary: "Members' proposals: those waiting for adoption first, then the adopted ones",
        params: IdParams,
        response: { 200: Type.Array(Activity), ...errors },
      },
    },
    async (req) => listProposals(ctx, requireActor(req), req.params.id),
  );

  app.post(
    "/workplans/:id/proposals",
    {
      schema: {
        tags,
        summary: "Propose a new activity for a member country (its focal point, or the ICD); it stays `proposed`",
        params: IdParams,
        body: Type.Object({
          proposedBy: Country,
          titleVi: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
          titleEn: Title,
          kind: Kind,
          plannedYears: Years,
          coLeads: Type.Optional(Countries),
          note: Type.Optional(Nullable(Note)),
          proposedOn: Type.Optional(IsoDate),
        }),
        response: { 201: ActivityDetail, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await submitProposal(ctx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    "/workplans/:id/proposals/:activityId/adopt",
    {
      schema: {
        tags,
        summary: "Record that a meeting adopted a proposal (ICD): it joins the plan as planned from that day",
        params: ActivityParams,
        body: Type.Object({
          version: Version,
          meeting: Type.String({ minLength: 1, maxLength: 200, description: "The adopting meeting's name" }),
          meetingId: Type.Optional(Nullable(Uuid)),
          adoptedOn: IsoDate,
          code: Type.Optional(Code),
          titleVi: Type.Optional(Title),
          note: Type.Optional(Nullable(Note)),
        }),
        response: { 200: ActivityDetail, ...errors },
      },
    },
    async (req) => adoptProposal(ctx, requireActor(req), req.params.id, req.params.activityId, req.body),
  );
};
