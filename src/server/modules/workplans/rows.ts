/**
 * The work plans' rows as the sub-resources share them: loading, presenting, searching and checking. Each
 * sub-resource has its own file (programmes, activities, history, snapshots, proposals); each reads a programme
 * through `requirePlan`, which checks the actor's permissions first (`policy.ts`).
 */
import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { compareVi, fold } from "../../../shared/text.js";
import { todayInHanoi } from "../../../shared/dates.js";
import { workplanActivities, workplanStatusChanges, workplans } from "./schema.js";
import { wpErrors } from "./errors.js";
import { countryName, countryRef } from "./countries.js";
import {
  activityPermissions,
  presentWorkplanPermissions,
  workplanPermissions,
  type WorkplanPermissions,
} from "./policy.js";

export type PlanRow = typeof workplans.$inferSelect;
export type ActivityRow = typeof workplanActivities.$inferSelect;
export type ChangeRow = typeof workplanStatusChanges.$inferSelect;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today's date in Hanoi, where the ministry works (ISO 8601). */
export function today(): string {
  return todayInHanoi();
}

export function activitySearchText(a: {
  code: string | null;
  titleVi: string | null;
  titleEn: string;
  leads: string[];
  coLeads: string[];
}): string {
  const countries = [...a.leads, ...a.coLeads].flatMap((c) => [c, countryName(c, "vi"), countryName(c, "en")]);
  return fold([a.code ?? "", a.titleVi ?? "", a.titleEn, ...countries].join(" "));
}

// ---------------------------------------------------------------------------------------------------------------
// Presenters: the only way from rows to API output.

export function presentPlan(p: PlanRow, perms: WorkplanPermissions) {
  return {
    id: p.id,
    code: p.code,
    titleVi: p.titleVi,
    titleEn: p.titleEn,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    members: p.members.map(countryRef),
    version: p.version,
    /** What the signed-in user may do here, so the web shows only the actions that will succeed. */
    permissions: presentWorkplanPermissions(perms, p.members),
  };
}

export function presentActivity(a: ActivityRow, perms: WorkplanPermissions) {
  return {
    id: a.id,
    workplanId: a.workplanId,
    code: a.code,
    titleVi: a.titleVi,
    titleEn: a.titleEn,
    leads: a.leads,
    coLeads: a.coLeads,
    plannedYears: a.plannedYears,
    kind: a.kind,
    status: a.status,
    statusOn: a.statusOn,
    proposedBy: a.proposedBy,
    proposedOn: a.proposedOn,
    adoptedAt: a.adoptedAt,
    adoptedOn: a.adoptedOn,
    adoptedMeetingId: a.adoptedMeetingId,
    version: a.version,
    permissions: activityPermissions(perms, a),
  };
}

export function presentChange(c: ChangeRow) {
  return {
    id: c.id,
    activityId: c.activityId,
    seq: c.seq,
    fromStatus: c.fromStatus,
    status: c.status,
    effectiveOn: c.effectiveOn,
    note: c.note,
    recordedBy: c.recordedBy,
    recordedByName: c.recordedByName,
    recordedAt: c.recordedAt.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

/**
 * The programme and the actor's permissions in it, after `ability` is checked: 403 before anything is read (a
 * caller without any right on the id learns nothing about whether it exists), then 404 when there is none.
 */
export async function requirePlan(
  db: Executor,
  actor: Actor,
  workplanId: string,
  ability: "read" | "manage" = "read",
): Promise<{ plan: PlanRow; perms: WorkplanPermissions }> {
  const perms = workplanPermissions(actor, workplanId);
  ensure(perms[ability]);
  return { plan: await loadPlan(db, workplanId), perms };
}

export async function loadPlan(db: Executor, id: string): Promise<PlanRow> {
  const [plan] = await db.select().from(workplans).where(eq(workplans.id, id));
  if (!plan) throw wpErrors.WORKPLAN_NOT_FOUND();
  return plan;
}

export async function loadActivity(db: Executor, workplanId: string, activityId: string): Promise<ActivityRow> {
  const [a] = await db
    .select()
    .from(workplanActivities)
    .where(and(eq(workplanActivities.id, activityId), eq(workplanActivities.workplanId, workplanId)));
  if (!a) throw wpErrors.ACTIVITY_NOT_FOUND();
  return a;
}

export const byCode = (a: { code: string | null; titleEn: string }, b: { code: string | null; titleEn: string }) =>
  a.code === b.code
    ? compareVi(a.titleEn, b.titleEn)
    : a.code === null
      ? 1
      : b.code === null
        ? -1
        : compareVi(a.code, b.code);

export async function historyOf(db: Executor, activityId: string) {
  return db
    .select()
    .from(workplanStatusChanges)
    .where(eq(workplanStatusChanges.activityId, activityId))
    .orderBy(asc(workplanStatusChanges.seq));
}

// ---------------------------------------------------------------------------------------------------------------
// Checks. Everything is validated before the first write; each write is one transaction with its audit row.

export function checkCountries(plan: PlanRow, codes: string[]) {
  for (const c of codes) if (!plan.members.includes(c)) throw wpErrors.NOT_A_MEMBER({ country: c });
}

export function checkYears(plan: PlanRow, years: number[]) {
  const from = Number(plan.periodStart.slice(0, 4));
  const to = Number(plan.periodEnd.slice(0, 4));
  for (const year of years) if (year < from || year > to) throw wpErrors.YEAR_OUTSIDE_PERIOD({ year, from, to });
}

export function checkNotFuture(d: string) {
  if (d > today()) throw wpErrors.DATE_IN_FUTURE();
}

export const uniq = <T>(xs: T[]) => [...new Set(xs)];

export async function nextSeq(tx: Executor, activityId: string): Promise<{ seq: number; last: ChangeRow | null }> {
  const [last] = await tx
    .select()
    .from(workplanStatusChanges)
    .where(eq(workplanStatusChanges.activityId, activityId))
    .orderBy(desc(workplanStatusChanges.seq))
    .limit(1);
  return { seq: (last?.seq ?? 0) + 1, last: last ?? null };
}

export async function ensureCodeFree(tx: Executor, workplanId: string, code: string, exceptId?: string) {
  const where = [eq(workplanActivities.workplanId, workplanId), eq(workplanActivities.code, code)];
  if (exceptId) where.push(ne(workplanActivities.id, exceptId));
  const [dup] = await tx
    .select({ id: workplanActivities.id })
    .from(workplanActivities)
    .where(and(...where));
  if (dup) throw wpErrors.ACTIVITY_CODE_TAKEN({ code });
}
