import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { StringEnum, Uuid, errors } from "../../http/schemas.js";
import { auditModules, isAuditModule } from "../../../shared/audit.js";
import { AuditEntry, AuditRecords, SignIn } from "../../../shared/schemas/audit.js";
import { auditRecords, browseAudit, signInLog } from "./browse.js";

/** The most rows one page of the trail holds. */
export const AUDIT_PAGE_MAX = 200;

const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "A calendar day, yyyy-MM-dd (Hà Nội)" });
const Paging = {
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: 50 })),
};
const TotalHeader = {
  headers: { "X-Total-Count": { type: "integer", description: "How many rows match, on every page together" } },
};

export const auditRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/audit",
    {
      schema: {
        tags: ["audit"],
        summary:
          "The audit trail, newest first (administrators), in the caller's language: the action in words, the record " +
          "by name, the changed fields by label with before → after. Filters: person (actorId), period (from, to: " +
          "Hà Nội days), module, record (entity, entityId). One page (offset, limit); X-Total-Count counts every match",
        querystring: Type.Object({
          entity: Type.Optional(Type.String({ maxLength: 60 })),
          entityId: Type.Optional(Type.String({ maxLength: 100 })),
          actorId: Type.Optional(Uuid),
          module: Type.Optional(StringEnum(Object.keys(auditModules).filter(isAuditModule))),
          from: Type.Optional(Day),
          to: Type.Optional(Day),
          ...Paging,
        }),
        response: { 200: Type.Array(AuditEntry, TotalHeader), ...errors },
      },
    },
    async (req, reply) => {
      const { items, total } = await browseAudit(ctx, requireActor(req), req.query);
      reply.header("x-total-count", total);
      return items;
    },
  );

  app.get(
    "/audit/sign-ins",
    {
      schema: {
        tags: ["audit"],
        summary:
          "Sign-ins, failed sign-ins, lockouts and sign-outs, newest first (administrators), by person (userId) and " +
          "period. One page (offset, limit); X-Total-Count counts every match",
        querystring: Type.Object({
          userId: Type.Optional(Uuid),
          from: Type.Optional(Day),
          to: Type.Optional(Day),
          ...Paging,
        }),
        response: { 200: Type.Array(SignIn, TotalHeader), ...errors },
      },
    },
    async (req, reply) => {
      const { items, total } = await signInLog(ctx, requireActor(req), req.query);
      reply.header("x-total-count", total);
      return items;
    },
  );

  app.get(
    "/audit/records",
    {
      schema: {
        tags: ["audit"],
        summary:
          "The records of one kind the trail mentions, by name, matching q (ignoring diacritics): the audit " +
          "browser's record picker (administrators)",
        querystring: Type.Object({
          entity: Type.String({ minLength: 1, maxLength: 60 }),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
        }),
        response: {
          200: AuditRecords,
          ...errors,
        },
      },
    },
    async (req) => auditRecords(ctx, requireActor(req), req.query),
  );
};
