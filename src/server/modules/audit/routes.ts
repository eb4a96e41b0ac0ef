import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { ensure, isAdmin } from "../../auth/actor.js";
import { Nullable, StringEnum, Uuid, errors } from "../../http/schemas.js";
import { auditModules, signInActions, type AuditModule } from "../../../shared/audit.js";
import { auditEntityLabels, listAuditPage, searchAuditRecords } from "./service.js";
import { auditErrors } from "./errors.js";
import {
  RefNames,
  actionModule,
  actionText,
  entityText,
  moduleText,
  presentChanges,
  sentence,
  wantReferences,
  withoutPersonal,
} from "./present.js";
import { formatDay } from "../../../shared/dates.js";

/** A period's days must be real calendar days, the first not after the last. */
function checkPeriod(lang: "vi" | "en", from?: string, to?: string) {
  const names = { from: { vi: "Từ ngày", en: "From" }, to: { vi: "Đến ngày", en: "To" } };
  for (const [field, v] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!v) continue;
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
      throw auditErrors.AUDIT_BAD_DAY({ field: names[field][lang], value: v });
  }
  if (from && to && from > to)
    throw auditErrors.AUDIT_BAD_PERIOD({ from: formatDay(lang, from), to: formatDay(lang, to) });
}

/** The most rows one page of the trail holds. */
export const AUDIT_PAGE_MAX = 200;

const Change = Type.Object({
  field: Type.String(),
  label: Type.String({ description: "The field's label in the caller's language" }),
  before: Nullable(Type.String({ description: "The value before, in words (dates dd/MM/yyyy in Vietnamese)" })),
  after: Nullable(Type.String()),
  hidden: Type.Boolean({ description: "A personal field: it changed, its values are not shown" }),
});

const Entry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  actionText: Type.String({ description: "The action in the caller's language" }),
  module: Type.String(),
  moduleText: Type.String(),
  entity: Type.String(),
  entityText: Type.String({ description: "The kind of record in the caller's language" }),
  entityId: Type.String(),
  entityLabel: Nullable(Type.String({ description: "The record's name, in the caller's language where it has two" })),
  summary: Type.String({ description: "One sentence: who did what to which record" }),
  changes: Type.Array(Change),
  ip: Nullable(Type.String()),
  before: Type.Unknown({ description: "As recorded, without personal fields" }),
  after: Type.Unknown({ description: "As recorded, without personal fields" }),
});

const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "A calendar day, yyyy-MM-dd (Hà Nội)" });
const Paging = {
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: 50 })),
};
const TotalHeader = {
  headers: { "X-Total-Count": { type: "integer", description: "How many rows match, on every page together" } },
};

const SignIn = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  action: Type.String(),
  actionText: Type.String(),
  outcome: StringEnum(["success", "failure", "lockout", "signout"]),
  userId: Type.String(),
  userLabel: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  userAgent: Nullable(Type.String()),
});

const outcomes = {
  "auth.login": "success",
  "auth.failed": "failure",
  "auth.locked": "lockout",
  "auth.logout": "signout",
} as const;

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
          module: Type.Optional(StringEnum(Object.keys(auditModules) as AuditModule[])),
          from: Type.Optional(Day),
          to: Type.Optional(Day),
          ...Paging,
        }),
        response: { 200: Type.Array(Entry, TotalHeader), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      ensure(isAdmin(actor));
      const lang = actor.language;
      const { offset = 0, limit = 50, ...filter } = req.query;
      checkPeriod(lang, filter.from, filter.to);
      const { rows, total } = await listAuditPage(ctx.db, { ...filter, offset, limit });
      const labels = await auditEntityLabels(ctx.db, rows, lang);
      const refs = new RefNames();
      wantReferences(rows, refs);
      await refs.load(ctx.db, lang);
      reply.header("x-total-count", total);
      return rows.map((r, i) => {
        const label = labels[i] ?? null;
        const module = actionModule(r.action);
        return {
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actorId,
          actorName: r.actorName,
          action: r.action,
          actionText: actionText(r.action, lang),
          module,
          moduleText: moduleText(module, lang),
          entity: r.entity,
          entityText: entityText(r.entity, lang),
          entityId: r.entityId,
          entityLabel: label,
          summary: sentence(r.actorName, r.action, r.entity, label, lang),
          changes: presentChanges(r.entity, r.before, r.after, lang, refs),
          ip: r.ip,
          before: withoutPersonal(r.entity, r.before),
          after: withoutPersonal(r.entity, r.after),
        };
      });
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
      const actor = requireActor(req);
      ensure(isAdmin(actor));
      const { offset = 0, limit = 50, userId, from, to } = req.query;
      checkPeriod(actor.language, from, to);
      const { rows, total } = await listAuditPage(ctx.db, {
        actions: signInActions,
        entity: "user",
        entityId: userId,
        from,
        to,
        offset,
        limit,
      });
      const labels = await auditEntityLabels(ctx.db, rows, actor.language);
      reply.header("x-total-count", total);
      return rows.map((r, i) => {
        const rec = (r.after ?? {}) as Record<string, unknown>;
        return {
          id: r.id,
          at: r.at.toISOString(),
          action: r.action,
          actionText: actionText(r.action, actor.language),
          outcome: outcomes[r.action as keyof typeof outcomes] ?? "failure",
          userId: r.entityId,
          userLabel: labels[i] ?? null,
          ip: r.ip,
          userAgent: typeof rec.userAgent === "string" ? rec.userAgent : null,
        };
      });
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
          200: Type.Object({
            items: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
            more: Type.Boolean(),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      ensure(isAdmin(actor));
      return searchAuditRecords(ctx.db, req.query.entity, req.query.q ?? "", actor.language, req.query.limit ?? 20);
    },
  );
};
