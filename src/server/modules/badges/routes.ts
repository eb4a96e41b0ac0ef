import type { Readable } from "node:stream";
import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { Nullable, StringEnum, Uuid, errors } from "../../http/schemas.js";
import { attachment } from "../../lib/pdf.js";
import {
  AttendanceList,
  BadgeListItem,
  BadgeRef,
  Job,
  Pack,
  ScanAnswer,
  Summary,
} from "../../../shared/schemas/badges.js";
import { badgeSizes } from "../../../shared/badges.js";
import { accreditationStatuses } from "../../../shared/schemas/meetings.js";
import { badgeSummary, listBadges, reissueBadge } from "./service.js";
import { DELEGATE_PAGE_MAX } from "../meetings/delegates.js";
import { badgeJobFile, createBadgeJob, getBadgeJob, listBadgeJobs } from "./jobs.js";
import { attendanceList, attendanceSummary, checkinPack, scan } from "./checkin.js";
import { serviceWorkerSource } from "./service-worker.js";

const tags = ["badges"];
const checkinTags = ["checkin"];
const MeetingParams = Type.Object({ id: Uuid });
const Binary = Type.Unsafe<Readable>({ type: "string", format: "binary" });
const AttendancePaging = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: DELEGATE_PAGE_MAX })),
});
export const badgesRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/badges",
    {
      schema: {
        tags,
        summary:
          "Delegates with their badges (ICD, registration managers); only accredited delegates can have one. In " +
          "Vietnamese name order; q searches names ignoring diacritics; delegationId and status (accreditation) " +
          `filter. One page of at most ${DELEGATE_PAGE_MAX} (offset, limit); the X-Total-Count header counts every match`,
        params: MeetingParams,
        querystring: Type.Object({
          delegationId: Type.Optional(Uuid),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          status: Type.Optional(StringEnum(accreditationStatuses)),
          reissue: Type.Optional(
            Type.Boolean({ description: "Only badges printed before the delegate's current accreditation" }),
          ),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: DELEGATE_PAGE_MAX })),
        }),
        response: {
          200: Type.Array(BadgeListItem, {
            headers: {
              "X-Total-Count": { type: "integer", description: "How many delegates match, on every page together" },
            },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { items, total } = await listBadges(ctx, requireActor(req), req.params.id, req.query);
      reply.header("x-total-count", total);
      return items;
    },
  );

  app.get(
    "/meetings/:id/badges/summary",
    {
      schema: {
        tags,
        summary:
          "How many delegates of the meeting (or of delegationId) there are, are accredited, have an active badge, " +
          "cannot have one (not accredited)",
        params: MeetingParams,
        querystring: Type.Object({ delegationId: Type.Optional(Uuid) }),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            accredited: Type.Integer(),
            withBadge: Type.Integer(),
            notAccredited: Type.Integer(),
          }),
          ...errors,
        },
      },
    },
    async (req) => badgeSummary(ctx, requireActor(req), req.params.id, req.query.delegationId),
  );

  app.post(
    "/meetings/:id/badges/:delegateId/reissue",
    {
      schema: {
        tags,
        summary: "Reissue a delegate's badge (lost badge): the old QR code and short code stop working",
        params: Type.Object({ id: Uuid, delegateId: Uuid }),
        body: Type.Object({ reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }),
        response: {
          200: Type.Object({ delegateId: Type.String(), badge: Nullable(BadgeRef), revoked: Type.Boolean() }),
          ...errors,
        },
      },
    },
    async (req) => reissueBadge(ctx, requireActor(req), req.params.id, req.params.delegateId, req.body.reason ?? null),
  );

  app.post(
    "/meetings/:id/badge-jobs",
    {
      schema: {
        tags,
        summary:
          "Print badges to PDF in the background: everyone, one delegation, or chosen delegates (A6 or CR80 card)",
        params: MeetingParams,
        body: Type.Object({
          size: StringEnum(badgeSizes),
          delegationId: Type.Optional(Uuid),
          delegateIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 5000 })),
        }),
        response: { 202: Job, ...errors },
      },
    },
    async (req, reply) => {
      const job = await createBadgeJob(ctx, requireActor(req), req.params.id, req.body);
      return reply.status(202).send(job);
    },
  );

  app.get(
    "/meetings/:id/badge-jobs",
    {
      schema: {
        tags,
        summary: "The meeting's ten most recent badge batches",
        params: MeetingParams,
        response: { 200: Type.Array(Job), ...errors },
      },
    },
    async (req) => listBadgeJobs(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/badge-jobs/:jobId",
    {
      schema: {
        tags,
        summary: "A badge batch's progress (poll until status is done or failed)",
        params: Type.Object({ jobId: Uuid }),
        response: { 200: Job, ...errors },
      },
    },
    async (req) => getBadgeJob(ctx, requireActor(req), req.params.jobId),
  );

  app.get(
    "/badge-jobs/:jobId/file",
    {
      schema: {
        tags,
        summary: "The finished badge PDF",
        params: Type.Object({ jobId: Uuid }),
        response: { 200: Binary, ...errors },
      },
    },
    async (req, reply) => {
      const file = await badgeJobFile(ctx, requireActor(req), req.params.jobId);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", attachment(file.fileName))
        .header("content-length", file.length)
        .header("cache-control", "no-store")
        .send(file.stream);
    },
  );

  app.post(
    "/checkin/scan",
    {
      schema: {
        tags: checkinTags,
        summary:
          "Record a scan at a session (sessionId) or the meeting's door (sessionId null, meetingId given): admitted, or refused with the reason. The same nonce twice counts once.",
        body: Type.Object({
          token: Type.String({
            minLength: 1,
            maxLength: 2000,
            description: "The QR code's text, or the short code typed",
          }),
          sessionId: Nullable(Uuid),
          meetingId: Type.Optional(Nullable(Uuid)),
          nonce: Type.String({ minLength: 8, maxLength: 128, pattern: "^[A-Za-z0-9_-]+$" }),
          scannedAt: Type.String({ format: "date-time" }),
        }),
        response: { 200: ScanAnswer, ...errors },
      },
    },
    async (req) => scan(ctx, requireActor(req), req.body),
  );

  app.get(
    "/meetings/:id/checkin/pack",
    {
      schema: {
        tags: checkinTags,
        summary:
          "What a check-in phone needs offline: public key, sessions, badges, revoked ids, roster (photo and name)",
        params: MeetingParams,
        response: { 200: Pack, ...errors },
      },
    },
    async (req, reply) => {
      const pack = await checkinPack(ctx, requireActor(req), req.params.id);
      return reply.header("cache-control", "no-store").send(pack);
    },
  );

  app.get(
    "/meetings/:id/attendance",
    {
      schema: {
        tags: checkinTags,
        summary: "Attendance per session and at the door: expected, admitted (distinct people), refused scans",
        params: MeetingParams,
        response: { 200: Summary, ...errors },
      },
    },
    async (req) => attendanceSummary(ctx, requireActor(req), req.params.id),
  );

  app.get(
    "/meetings/:id/attendance/door",
    {
      schema: {
        tags: checkinTags,
        summary:
          "Who was admitted at the meeting's door (one page in the order they came: offset, limit; q searches names; " +
          "admittedTotal and X-Total-Count count every match), and the refused scans",
        params: MeetingParams,
        querystring: AttendancePaging,
        response: { 200: AttendanceList, ...errors },
      },
    },
    async (req, reply) => {
      const list = await attendanceList(ctx, requireActor(req), req.params.id, null, req.query);
      reply.header("x-total-count", list.admittedTotal);
      return list;
    },
  );

  app.get(
    "/meetings/:id/attendance/sessions/:sessionId",
    {
      schema: {
        tags: checkinTags,
        summary:
          "Who was admitted to a session (one page in the order they came: offset, limit; q searches names; " +
          "admittedTotal and X-Total-Count count every match), and the refused scans",
        params: Type.Object({ id: Uuid, sessionId: Uuid }),
        querystring: AttendancePaging,
        response: { 200: AttendanceList, ...errors },
      },
    },
    async (req, reply) => {
      const list = await attendanceList(ctx, requireActor(req), req.params.id, req.params.sessionId, req.query);
      reply.header("x-total-count", list.admittedTotal);
      return list;
    },
  );

  app.get(
    "/checkin/sw.js",
    {
      schema: {
        tags: checkinTags,
        summary: "The check-in page's service worker (scope /checkin/): keeps the page working offline",
        response: { 200: Type.String(), ...errors },
      },
    },
    async (req, reply) => {
      requireActor(req);
      return reply
        .type("text/javascript; charset=utf-8")
        .header("service-worker-allowed", "/checkin/")
        .header("cache-control", "no-cache")
        .send(serviceWorkerSource);
    },
  );
};
