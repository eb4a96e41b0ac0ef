/** Activities: the list, one activity with its history and audit trail, and the ICD's additions and edits. */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { matchesWords } from "../../db/search.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit, listAudit } from "../audit/service.js";
import type { ActivityKind, ActivityStatus, PlanStatus } from "../../../shared/workplans.js";
import { workplanActivities, workplanStatusChanges } from "./schema.js";
import { wpErrors } from "./errors.js";
import { workplanPermissions } from "./policy.js";
import {
  activitySearchText,
  byCode,
  checkCountries,
  checkNotFuture,
  checkYears,
  ensureCodeFree,
  historyOf,
  loadActivity,
  presentActivity,
  presentChange,
  requirePlan,
  uniq,
} from "./rows.js";

export interface ActivityQuery {
  q?: string;
  status?: ActivityStatus;
  /** A country that leads or co-leads. */
  country?: string;
}

/** A programme's activities (proposals included), filtered; `q` ignores diacritics and case. */
export async function listActivities(ctx: Ctx, actor: Actor, id: string, query: ActivityQuery = {}) {
  const { perms } = await requirePlan(ctx.db, actor, id);
  const where: SQL[] = [eq(workplanActivities.workplanId, id)];
  const search = matchesWords(workplanActivities.searchText, query.q);
  if (search) where.push(search);
  if (query.status) where.push(eq(workplanActivities.status, query.status));
  if (query.country) {
    const c = JSON.stringify([query.country]);
    where.push(sql`(${workplanActivities.leads} @> ${c}::jsonb or ${workplanActivities.coLeads} @> ${c}::jsonb)`);
  }
  const rows = await ctx.db
    .select()
    .from(workplanActivities)
    .where(and(...where));
  return rows.sort(byCode).map((a) => presentActivity(a, perms));
}

/** One activity with its whole status history (oldest first): who recorded what, when, and with which note. */
export async function getActivity(ctx: Ctx, actor: Actor, workplanId: string, activityId: string) {
  const perms = workplanPermissions(actor, workplanId);
  ensure(perms.read);
  const a = await loadActivity(ctx.db, workplanId, activityId);
  const history = await historyOf(ctx.db, activityId);
  return { ...presentActivity(a, perms), history: history.map(presentChange) };
}

/** The audit trail of one activity (ICD only): every write with before and after. */
export async function activityAudit(ctx: Ctx, actor: Actor, workplanId: string, activityId: string) {
  ensure(workplanPermissions(actor, workplanId).manage);
  await loadActivity(ctx.db, workplanId, activityId);
  const rows = await listAudit(ctx.db, { entity: "workplan_activity", entityId: activityId, limit: 200 });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorName: r.actorName,
    action: r.action,
    before: r.before,
    after: r.after,
  }));
}

export interface NewActivityInput {
  code: string;
  titleVi: string;
  titleEn: string;
  leads: string[];
  coLeads?: string[];
  plannedYears: number[];
  kind: ActivityKind;
  status?: PlanStatus;
  effectiveOn: string;
  note?: string | null;
}

/** Adds an activity straight into the plan (ICD), with its first status change. */
export async function createActivity(ctx: Ctx, actor: Actor, workplanId: string, input: NewActivityInput) {
  const { plan } = await requirePlan(ctx.db, actor, workplanId, "manage");
  const leads = uniq(input.leads);
  const coLeads = uniq(input.coLeads ?? []).filter((c) => !leads.includes(c));
  if (!leads.length) throw wpErrors.LEAD_REQUIRED();
  checkCountries(plan, [...leads, ...coLeads]);
  checkYears(plan, input.plannedYears);
  checkNotFuture(input.effectiveOn);
  const id = crypto.randomUUID();
  const status = input.status ?? "planned";
  await ctx.db.transaction(async (tx) => {
    await ensureCodeFree(tx, workplanId, input.code);
    const row = {
      id,
      workplanId,
      code: input.code,
      titleVi: input.titleVi,
      titleEn: input.titleEn,
      leads,
      coLeads,
      plannedYears: uniq(input.plannedYears).sort(),
      kind: input.kind,
      status,
      statusOn: input.effectiveOn,
    };
    await tx.insert(workplanActivities).values({ ...row, searchText: activitySearchText(row) });
    await tx.insert(workplanStatusChanges).values({
      id: crypto.randomUUID(),
      activityId: id,
      workplanId,
      seq: 1,
      fromStatus: null,
      status,
      effectiveOn: input.effectiveOn,
      note: input.note ?? null,
      recordedBy: actor.id,
      recordedByName: actor.name,
    });
    await audit(tx, actor, {
      action: "workplan.activity.create",
      entity: "workplan_activity",
      entityId: id,
      after: row,
    });
  });
  return getActivity(ctx, actor, workplanId, id);
}

export interface ActivityPatch {
  version: number;
  code?: string;
  titleVi?: string | null;
  titleEn?: string;
  leads?: string[];
  coLeads?: string[];
  plannedYears?: number[];
  kind?: ActivityKind;
}

/** Edits an activity's details (ICD). The status changes only through `recordStatusChange` and `adoptProposal`. */
export async function updateActivity(
  ctx: Ctx,
  actor: Actor,
  workplanId: string,
  activityId: string,
  patch: ActivityPatch,
) {
  const { plan } = await requirePlan(ctx.db, actor, workplanId, "manage");
  if (patch.leads && !uniq(patch.leads).length) throw wpErrors.LEAD_REQUIRED();
  checkCountries(plan, [...(patch.leads ?? []), ...(patch.coLeads ?? [])]);
  if (patch.plannedYears) checkYears(plan, patch.plannedYears);
  await ctx.db.transaction(async (tx) => {
    const before = await loadActivity(tx, workplanId, activityId);
    if (before.version !== patch.version) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    if (patch.code && patch.code !== before.code) await ensureCodeFree(tx, workplanId, patch.code, activityId);
    const { version, ...changes } = patch;
    if (changes.leads) changes.leads = uniq(changes.leads);
    if (changes.plannedYears) changes.plannedYears = uniq(changes.plannedYears).sort();
    const next = { ...before, ...changes };
    next.coLeads = uniq(next.coLeads).filter((c) => !next.leads.includes(c));
    const updated = await tx
      .update(workplanActivities)
      .set({
        ...changes,
        coLeads: next.coLeads,
        searchText: activitySearchText(next),
        version: sql`${workplanActivities.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(workplanActivities.id, activityId), eq(workplanActivities.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, {
      action: "workplan.activity.update",
      entity: "workplan_activity",
      entityId: activityId,
      before,
      after: updated[0],
    });
  });
  return getActivity(ctx, actor, workplanId, activityId);
}
