/**
 * The audit browser and the sign-in log as the administration pages read them: the trail in the caller's language
 * (actions in words, records by name, changed fields by label, personal fields hidden). Administrators only; the
 * check comes first (`policy.ts`).
 */
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { signInActions, type AuditModule } from "../../../shared/audit.js";
import { auditEntityLabels, listAuditPage, searchAuditRecords } from "./service.js";
import { auditErrors } from "./errors.js";
import { auditPermissions } from "./policy.js";
import { formatDay } from "../../../shared/dates.js";
import { isRecord } from "../../../shared/records.js";
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

const outcomes = new Map<string, "success" | "failure" | "lockout" | "signout">([
  ["auth.login", "success"],
  ["auth.failed", "failure"],
  ["auth.locked", "lockout"],
  ["auth.logout", "signout"],
]);

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actorId?: string;
  module?: AuditModule;
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

/** One page of the trail, newest first, and how many rows match on every page together. */
export async function browseAudit(ctx: Ctx, actor: Actor, query: AuditQuery) {
  ensure(auditPermissions(actor).read);
  const lang = actor.language;
  const { offset = 0, limit = 50, ...filter } = query;
  checkPeriod(lang, filter.from, filter.to);
  const { rows, total } = await listAuditPage(ctx.db, { ...filter, offset, limit });
  const labels = await auditEntityLabels(ctx.db, rows, lang);
  const refs = new RefNames();
  wantReferences(rows, refs);
  await refs.load(ctx.db, lang);
  const items = rows.map((r, i) => {
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
  return { items, total };
}

export interface SignInQuery {
  userId?: string;
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

/** One page of sign-ins, failed sign-ins, lockouts and sign-outs, newest first. */
export async function signInLog(ctx: Ctx, actor: Actor, query: SignInQuery) {
  ensure(auditPermissions(actor).read);
  const { offset = 0, limit = 50, userId, from, to } = query;
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
  const items = rows.map((r, i) => {
    const rec: Record<string, unknown> = isRecord(r.after) ? r.after : {};
    return {
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      actionText: actionText(r.action, actor.language),
      outcome: outcomes.get(r.action) ?? "failure",
      userId: r.entityId,
      userLabel: labels[i] ?? null,
      ip: r.ip,
      userAgent: typeof rec.userAgent === "string" ? rec.userAgent : null,
    };
  });
  return { items, total };
}

/** The records of one kind the trail mentions, by name, matching `q`: the browser's record picker. */
export async function auditRecords(ctx: Ctx, actor: Actor, query: { entity: string; q?: string; limit?: number }) {
  ensure(auditPermissions(actor).read);
  return searchAuditRecords(ctx.db, query.entity, query.q ?? "", actor.language, query.limit ?? 20);
}
