import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { matchesWords } from "../../db/search.js";
import type { Db, Executor } from "../../db/client.js";
import { type Actor, ensure, isIcd } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit, listAudit } from "../audit/service.js";
import { pickScopes, registerScopeResolver } from "../people/scopes.js";
import { compareVi, fold } from "../../../shared/text.js";
import type { ActivityKind, ActivityStatus, PlanStatus } from "../../../shared/workplans.js";
import { workplanActivities, workplanSnapshots, workplanStatusChanges, workplans } from "./schema.js";
import { wpErrors } from "./errors.js";
import { countryName, countryRef } from "./countries.js";
import {
  canManage,
  canPropose,
  canRead,
  canUpdateActivity,
  focalWorkplanIds,
  memberCountries,
  speaksFor,
} from "./policy.js";
import { computeReview, type Review, type ReviewInputActivity } from "./review.js";
import { todayInHanoi } from "../../../shared/dates.js";

type PlanRow = typeof workplans.$inferSelect;
type ActivityRow = typeof workplanActivities.$inferSelect;
type ChangeRow = typeof workplanStatusChanges.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

registerScopeResolver("workplan_member", {
  async label(db, ids, lang) {
    const parsed = ids.map((id) => ({ id, wp: id.split(":")[0] ?? "", country: id.split(":")[1] ?? "" }));
    const wpIds = [...new Set(parsed.map((p) => p.wp).filter((x) => UUID.test(x)))];
    const plans = wpIds.length ? await db.select().from(workplans).where(inArray(workplans.id, wpIds)) : [];
    const byId = new Map(plans.map((p) => [p.id, p]));
    return new Map(
      parsed.map((p) => {
        const plan = byId.get(p.wp);
        const title = plan ? (lang === "en" ? plan.titleEn : plan.titleVi) : p.wp;
        return [p.id, `${countryName(p.country, lang)} — ${title}`];
      }),
    );
  },
  async exists(db, id) {
    const [wp, country, ...rest] = id.split(":");
    if (!wp || !country || rest.length || !UUID.test(wp)) return false;
    const [plan] = await db.select({ members: workplans.members }).from(workplans).where(eq(workplans.id, wp));
    return !!plan && plan.members.includes(country);
  },
  /** Each plan's member countries (latest plan first, countries by name); a search matches country and plan. */
  async search(db, q, lang, limit) {
    const plans = await db.select().from(workplans).orderBy(desc(workplans.periodStart), asc(workplans.code));
    const candidates = plans.flatMap((plan) =>
      [...plan.members]
        .sort((a, b) => compareVi(countryName(a, lang), countryName(b, lang)))
        .map((c) => ({
          id: `${plan.id}:${c}`,
          label: `${countryName(c, lang)} — ${lang === "en" ? plan.titleEn : plan.titleVi}`,
          text: [countryName(c, "vi"), countryName(c, "en"), c, plan.code, plan.titleVi, plan.titleEn].join(" "),
        })),
    );
    return pickScopes(candidates, q, limit);
  },
});

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

function presentPlan(p: PlanRow, actor: Actor) {
  const mine = memberCountries(actor, p.id);
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
    access: {
      manage: canManage(actor),
      countries: isIcd(actor) ? p.members : mine,
    },
  };
}

function presentActivity(a: ActivityRow, actor: Actor) {
  return {
    id: a.id,
    workplanId: a.workplanId,
    code: a.code,
    titleVi: a.titleVi,
    titleEn: a.titleEn,
    leads: a.leads,
    coLeads: a.coLeads,
    plannedYears: a.plannedYears,
    kind: a.kind as ActivityKind,
    status: a.status as ActivityStatus,
    statusOn: a.statusOn,
    proposedBy: a.proposedBy,
    proposedOn: a.proposedOn,
    adoptedAt: a.adoptedAt,
    adoptedOn: a.adoptedOn,
    adoptedMeetingId: a.adoptedMeetingId,
    version: a.version,
    canEdit: canUpdateActivity(actor, a),
  };
}

function presentChange(c: ChangeRow) {
  return {
    id: c.id,
    activityId: c.activityId,
    seq: c.seq,
    fromStatus: c.fromStatus as ActivityStatus | null,
    status: c.status as ActivityStatus,
    effectiveOn: c.effectiveOn,
    note: c.note,
    recordedBy: c.recordedBy,
    recordedByName: c.recordedByName,
    recordedAt: c.recordedAt.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

async function loadPlan(db: Executor, id: string): Promise<PlanRow> {
  const [plan] = await db.select().from(workplans).where(eq(workplans.id, id));
  if (!plan) throw wpErrors.WORKPLAN_NOT_FOUND();
  return plan;
}

async function loadActivity(db: Executor, workplanId: string, activityId: string): Promise<ActivityRow> {
  const [a] = await db
    .select()
    .from(workplanActivities)
    .where(and(eq(workplanActivities.id, activityId), eq(workplanActivities.workplanId, workplanId)));
  if (!a) throw wpErrors.ACTIVITY_NOT_FOUND();
  return a;
}

const byCode = (a: { code: string | null; titleEn: string }, b: { code: string | null; titleEn: string }) =>
  a.code === b.code
    ? compareVi(a.titleEn, b.titleEn)
    : a.code === null
      ? 1
      : b.code === null
        ? -1
        : compareVi(a.code, b.code);

/** The programmes the actor may see (ICD: all; a focal point: theirs), with today's counts. */
export async function listWorkplans(ctx: Ctx, actor: Actor) {
  const visible = isIcd(actor) ? null : focalWorkplanIds(actor).filter((id) => UUID.test(id));
  if (visible && !visible.length) return [];
  const plans = await ctx.db
    .select()
    .from(workplans)
    .where(visible ? inArray(workplans.id, visible) : undefined)
    .orderBy(asc(workplans.code));
  const counts = await ctx.db
    .select({
      workplanId: workplanActivities.workplanId,
      inPlan: sql<number>`count(*) filter (where ${workplanActivities.status} <> 'proposed')`.mapWith(Number),
      proposals: sql<number>`count(*) filter (where ${workplanActivities.status} = 'proposed')`.mapWith(Number),
    })
    .from(workplanActivities)
    .groupBy(workplanActivities.workplanId);
  const byPlan = new Map(counts.map((c) => [c.workplanId, c]));
  return plans.map((p) => ({
    ...presentPlan(p, actor),
    activityCount: byPlan.get(p.id)?.inPlan ?? 0,
    proposalCount: byPlan.get(p.id)?.proposals ?? 0,
  }));
}

/** One programme with its members and what the actor may do in it. */
export async function getWorkplan(ctx: Ctx, actor: Actor, id: string) {
  ensure(canRead(actor, id));
  return presentPlan(await loadPlan(ctx.db, id), actor);
}

export interface ActivityQuery {
  q?: string;
  status?: ActivityStatus;
  /** A country that leads or co-leads. */
  country?: string;
}

/** A programme's activities (proposals included), filtered; `q` ignores diacritics and case. */
export async function listActivities(ctx: Ctx, actor: Actor, id: string, query: ActivityQuery = {}) {
  ensure(canRead(actor, id));
  await loadPlan(ctx.db, id);
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
  return rows.sort(byCode).map((a) => presentActivity(a, actor));
}

async function historyOf(db: Executor, activityId: string) {
  return db
    .select()
    .from(workplanStatusChanges)
    .where(eq(workplanStatusChanges.activityId, activityId))
    .orderBy(asc(workplanStatusChanges.seq));
}

/** One activity with its whole status history (oldest first): who recorded what, when, and with which note. */
export async function getActivity(ctx: Ctx, actor: Actor, workplanId: string, activityId: string) {
  ensure(canRead(actor, workplanId));
  const a = await loadActivity(ctx.db, workplanId, activityId);
  const history = await historyOf(ctx.db, activityId);
  return { ...presentActivity(a, actor), history: history.map(presentChange) };
}

/** The audit trail of one activity (ICD only): every write with before and after. */
export async function activityAudit(ctx: Ctx, actor: Actor, workplanId: string, activityId: string) {
  ensure(isIcd(actor));
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

/** Recent status changes across a programme, newest recorded first: who changed what and when. */
export async function listChanges(ctx: Ctx, actor: Actor, workplanId: string, limit: number) {
  ensure(canRead(actor, workplanId));
  await loadPlan(ctx.db, workplanId);
  const rows = await ctx.db
    .select({ change: workplanStatusChanges, activity: workplanActivities })
    .from(workplanStatusChanges)
    .innerJoin(workplanActivities, eq(workplanActivities.id, workplanStatusChanges.activityId))
    .where(eq(workplanStatusChanges.workplanId, workplanId))
    .orderBy(desc(workplanStatusChanges.recordedAt), desc(workplanStatusChanges.seq))
    .limit(limit);
  return rows.map((r) => ({
    ...presentChange(r.change),
    activity: { id: r.activity.id, code: r.activity.code, titleVi: r.activity.titleVi, titleEn: r.activity.titleEn },
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Review and snapshots

async function reviewInput(db: Executor, workplanId: string): Promise<ReviewInputActivity[]> {
  const acts = await db.select().from(workplanActivities).where(eq(workplanActivities.workplanId, workplanId));
  const changes = await db
    .select({
      activityId: workplanStatusChanges.activityId,
      status: workplanStatusChanges.status,
      effectiveOn: workplanStatusChanges.effectiveOn,
      seq: workplanStatusChanges.seq,
    })
    .from(workplanStatusChanges)
    .where(eq(workplanStatusChanges.workplanId, workplanId));
  const byActivity = new Map<string, ReviewInputActivity["history"]>();
  for (const c of changes) {
    const list = byActivity.get(c.activityId) ?? [];
    list.push({ status: c.status as ActivityStatus, effectiveOn: c.effectiveOn, seq: c.seq });
    byActivity.set(c.activityId, list);
  }
  return acts.map((a) => ({
    id: a.id,
    code: a.code,
    titleVi: a.titleVi,
    titleEn: a.titleEn,
    leads: a.leads,
    coLeads: a.coLeads,
    kind: a.kind as ActivityKind,
    proposedBy: a.proposedBy,
    history: byActivity.get(a.id) ?? [],
  }));
}

/** Computes the review of a programme as of a date from the status histories. */
export async function computeWorkplanReview(db: Executor, plan: PlanRow, asOf: string): Promise<Review> {
  return computeReview(plan, await reviewInput(db, plan.id), asOf);
}

/** The review "as of" a date: counts and whole-percent shares by status, proposals apart, the on-track judgement. */
export async function getReview(ctx: Ctx, actor: Actor, workplanId: string, asOf: string) {
  ensure(canRead(actor, workplanId));
  const plan = await loadPlan(ctx.db, workplanId);
  return { workplanId, ...(await computeWorkplanReview(ctx.db, plan, asOf)) };
}

type SnapshotRow = typeof workplanSnapshots.$inferSelect;

function presentSnapshotHead(s: SnapshotRow) {
  const data = s.data as Review;
  return {
    id: s.id,
    workplanId: s.workplanId,
    name: s.name,
    asOf: s.asOf,
    total: data.total,
    createdByName: s.createdByName,
    createdAt: s.createdAt.toISOString(),
  };
}

export async function listSnapshots(ctx: Ctx, actor: Actor, workplanId: string) {
  ensure(canRead(actor, workplanId));
  await loadPlan(ctx.db, workplanId);
  const rows = await ctx.db
    .select()
    .from(workplanSnapshots)
    .where(eq(workplanSnapshots.workplanId, workplanId))
    .orderBy(desc(workplanSnapshots.asOf), desc(workplanSnapshots.createdAt));
  return rows.map(presentSnapshotHead);
}

async function loadSnapshot(db: Executor, workplanId: string, id: string): Promise<SnapshotRow> {
  const [s] = await db
    .select()
    .from(workplanSnapshots)
    .where(and(eq(workplanSnapshots.id, id), eq(workplanSnapshots.workplanId, workplanId)));
  if (!s) throw wpErrors.SNAPSHOT_NOT_FOUND();
  return s;
}

/** A frozen review: exactly what was computed when it was taken, whatever has been recorded since. */
export async function getSnapshot(ctx: Ctx, actor: Actor, workplanId: string, id: string) {
  ensure(canRead(actor, workplanId));
  const s = await loadSnapshot(ctx.db, workplanId, id);
  return { ...presentSnapshotHead(s), review: { workplanId, ...(s.data as Review) } };
}

/** Freezes the review as of a date under a name ("SOM 21, 3 August 2022"). ICD only. */
export async function createSnapshot(
  ctx: Ctx,
  actor: Actor,
  workplanId: string,
  input: { name: string; asOf: string },
) {
  ensure(canManage(actor));
  if (input.asOf > today()) throw wpErrors.DATE_IN_FUTURE();
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, workplanId);
    const [dup] = await tx
      .select({ id: workplanSnapshots.id })
      .from(workplanSnapshots)
      .where(and(eq(workplanSnapshots.workplanId, workplanId), eq(workplanSnapshots.name, input.name)));
    if (dup) throw wpErrors.SNAPSHOT_NAME_TAKEN({ name: input.name });
    const review = await computeWorkplanReview(tx, plan, input.asOf);
    await tx.insert(workplanSnapshots).values({
      id,
      workplanId,
      name: input.name,
      asOf: input.asOf,
      data: review,
      createdBy: actor.id,
      createdByName: actor.name,
    });
    await audit(tx, actor, {
      action: "workplan.snapshot.create",
      entity: "workplan",
      entityId: workplanId,
      after: { snapshotId: id, name: input.name, asOf: input.asOf, total: review.total, byStatus: review.byStatus },
    });
  });
  return getSnapshot(ctx, actor, workplanId, id);
}

/** Compares two snapshots: each activity whose status differs (or that joined or left the plan) and the count moves. */
export async function compareSnapshots(ctx: Ctx, actor: Actor, workplanId: string, fromId: string, toId: string) {
  ensure(canRead(actor, workplanId));
  const from = await loadSnapshot(ctx.db, workplanId, fromId);
  const to = await loadSnapshot(ctx.db, workplanId, toId);
  const a = from.data as Review;
  const b = to.data as Review;
  const before = new Map(a.activities.map((x) => [x.id, x]));
  const after = new Map(b.activities.map((x) => [x.id, x]));
  const changes = [];
  let unchanged = 0;
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(id);
    const y = after.get(id);
    if (x && y && x.status === y.status) {
      unchanged++;
      continue;
    }
    const ref = (y ?? x)!;
    changes.push({
      activityId: id,
      code: ref.code,
      titleVi: ref.titleVi,
      titleEn: ref.titleEn,
      leads: ref.leads,
      fromStatus: x?.status ?? null,
      toStatus: y?.status ?? null,
    });
  }
  changes.sort(byCode);
  const countOf = (r: Review, s: PlanStatus) => r.byStatus.find((x) => x.status === s)?.count ?? 0;
  return {
    from: presentSnapshotHead(from),
    to: presentSnapshotHead(to),
    changes,
    unchanged,
    byStatus: b.byStatus.map((x) => ({ status: x.status, from: countOf(a, x.status), to: x.count })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writes. Everything is validated before the first write; each write is one transaction with its audit row.

function checkCountries(plan: PlanRow, codes: string[]) {
  for (const c of codes) if (!plan.members.includes(c)) throw wpErrors.NOT_A_MEMBER({ country: c });
}

function checkYears(plan: PlanRow, years: number[]) {
  const from = Number(plan.periodStart.slice(0, 4));
  const to = Number(plan.periodEnd.slice(0, 4));
  for (const year of years) if (year < from || year > to) throw wpErrors.YEAR_OUTSIDE_PERIOD({ year, from, to });
}

function checkNotFuture(d: string) {
  if (d > today()) throw wpErrors.DATE_IN_FUTURE();
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

async function nextSeq(tx: Executor, activityId: string): Promise<{ seq: number; last: ChangeRow | null }> {
  const [last] = await tx
    .select()
    .from(workplanStatusChanges)
    .where(eq(workplanStatusChanges.activityId, activityId))
    .orderBy(desc(workplanStatusChanges.seq))
    .limit(1);
  return { seq: (last?.seq ?? 0) + 1, last: last ?? null };
}

async function ensureCodeFree(tx: Executor, workplanId: string, code: string, exceptId?: string) {
  const where = [eq(workplanActivities.workplanId, workplanId), eq(workplanActivities.code, code)];
  if (exceptId) where.push(ne(workplanActivities.id, exceptId));
  const [dup] = await tx
    .select({ id: workplanActivities.id })
    .from(workplanActivities)
    .where(and(...where));
  if (dup) throw wpErrors.ACTIVITY_CODE_TAKEN({ code });
}

/** The next free code of the form `<plan code>-NN`. */
async function nextCode(tx: Executor, plan: PlanRow): Promise<string> {
  const rows = await tx
    .select({ code: workplanActivities.code })
    .from(workplanActivities)
    .where(eq(workplanActivities.workplanId, plan.id));
  const prefix = `${plan.code}-`;
  const max = rows
    .map((r) => r.code)
    .filter((c): c is string => !!c && c.startsWith(prefix) && /^\d+$/.test(c.slice(prefix.length)))
    .reduce((m, c) => Math.max(m, Number(c.slice(prefix.length))), 0);
  return `${prefix}${String(max + 1).padStart(2, "0")}`;
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
  ensure(canManage(actor));
  const plan = await loadPlan(ctx.db, workplanId);
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
  ensure(canManage(actor));
  const plan = await loadPlan(ctx.db, workplanId);
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

export interface StatusChangeInput {
  version: number;
  status: PlanStatus;
  effectiveOn: string;
  note?: string | null;
}

/**
 * Records a dated status change (or a note on the current status) of an adopted activity: the ICD for any activity,
 * a member focal point for the activities their country leads or co-leads. The date may be in the past but not
 * before the last recorded change, so the history stays a sequence and reviews of earlier dates keep their meaning.
 */
export async function recordStatusChange(
  ctx: Ctx,
  actor: Actor,
  workplanId: string,
  activityId: string,
  input: StatusChangeInput,
) {
  ensure(canRead(actor, workplanId));
  const current = await loadActivity(ctx.db, workplanId, activityId);
  // Those who speak for a proposal learn that it must be adopted first (409 below); everyone else gets 403.
  ensure(speaksFor(actor, current));
  checkNotFuture(input.effectiveOn);
  const note = input.note?.trim() || null;
  await ctx.db.transaction(async (tx) => {
    const before = await loadActivity(tx, workplanId, activityId);
    if (before.version !== input.version) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    if (before.status === "proposed") throw wpErrors.PROPOSAL_NOT_ADOPTED();
    if (input.status === before.status && !note) throw wpErrors.NOTHING_TO_RECORD();
    const { seq, last } = await nextSeq(tx, activityId);
    if (last && input.effectiveOn < last.effectiveOn)
      throw wpErrors.DATE_BEFORE_LAST_CHANGE({ date: last.effectiveOn });
    const updated = await tx
      .update(workplanActivities)
      .set({
        status: input.status,
        statusOn: input.effectiveOn,
        version: sql`${workplanActivities.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(workplanActivities.id, activityId), eq(workplanActivities.version, input.version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    const change = {
      id: crypto.randomUUID(),
      activityId,
      workplanId,
      seq,
      fromStatus: before.status,
      status: input.status,
      effectiveOn: input.effectiveOn,
      note,
      recordedBy: actor.id,
      recordedByName: actor.name,
    };
    await tx.insert(workplanStatusChanges).values(change);
    await audit(tx, actor, {
      action: "workplan.activity.status",
      entity: "workplan_activity",
      entityId: activityId,
      before: { status: before.status, statusOn: before.statusOn, version: before.version },
      after: { status: input.status, statusOn: input.effectiveOn, note, version: before.version + 1 },
    });
  });
  return getActivity(ctx, actor, workplanId, activityId);
}

/** Proposals made in a programme, waiting ones first, then the adopted ones with the meeting that adopted them. */
export async function listProposals(ctx: Ctx, actor: Actor, workplanId: string) {
  ensure(canRead(actor, workplanId));
  await loadPlan(ctx.db, workplanId);
  const rows = await ctx.db
    .select()
    .from(workplanActivities)
    .where(and(eq(workplanActivities.workplanId, workplanId), sql`${workplanActivities.proposedBy} is not null`));
  return rows
    .sort(
      (a, b) =>
        Number(b.status === "proposed") - Number(a.status === "proposed") ||
        (b.proposedOn ?? "").localeCompare(a.proposedOn ?? "") ||
        compareVi(a.titleEn, b.titleEn),
    )
    .map((a) => presentActivity(a, actor));
}

export interface ProposalInput {
  proposedBy: string;
  titleVi?: string | null;
  titleEn: string;
  kind: ActivityKind;
  plannedYears: number[];
  coLeads?: string[];
  note?: string | null;
  proposedOn?: string;
}

/**
 * A member proposes a new activity (seed 003: Japan, for 2023). It is led by the proposing country and stays
 * `proposed` — outside the plan's total — until a meeting adopts it.
 */
export async function submitProposal(ctx: Ctx, actor: Actor, workplanId: string, input: ProposalInput) {
  ensure(canRead(actor, workplanId));
  ensure(canPropose(actor, workplanId, input.proposedBy));
  const plan = await loadPlan(ctx.db, workplanId);
  const coLeads = uniq(input.coLeads ?? []).filter((c) => c !== input.proposedBy);
  checkCountries(plan, [input.proposedBy, ...coLeads]);
  checkYears(plan, input.plannedYears);
  const proposedOn = input.proposedOn ?? today();
  checkNotFuture(proposedOn);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      workplanId,
      code: null,
      titleVi: input.titleVi?.trim() || null,
      titleEn: input.titleEn,
      leads: [input.proposedBy],
      coLeads,
      plannedYears: uniq(input.plannedYears).sort(),
      kind: input.kind,
      status: "proposed",
      statusOn: proposedOn,
      proposedBy: input.proposedBy,
      proposedOn,
    };
    await tx.insert(workplanActivities).values({ ...row, searchText: activitySearchText(row) });
    await tx.insert(workplanStatusChanges).values({
      id: crypto.randomUUID(),
      activityId: id,
      workplanId,
      seq: 1,
      fromStatus: null,
      status: "proposed",
      effectiveOn: proposedOn,
      note: input.note?.trim() || null,
      recordedBy: actor.id,
      recordedByName: actor.name,
    });
    await audit(tx, actor, {
      action: "workplan.proposal.submit",
      entity: "workplan_activity",
      entityId: id,
      after: row,
    });
  });
  return getActivity(ctx, actor, workplanId, id);
}

export interface AdoptionInput {
  version: number;
  /** The adopting meeting as it is called ("SOM+3 7, 2023"). */
  meeting: string;
  meetingId?: string | null;
  adoptedOn: string;
  code?: string;
  titleVi?: string;
  note?: string | null;
}

/** A meeting adopts a proposal (ICD records it): it joins the plan as `planned` from the adoption date. */
export async function adoptProposal(
  ctx: Ctx,
  actor: Actor,
  workplanId: string,
  activityId: string,
  input: AdoptionInput,
) {
  ensure(canManage(actor));
  const plan = await loadPlan(ctx.db, workplanId);
  checkNotFuture(input.adoptedOn);
  await ctx.db.transaction(async (tx) => {
    const before = await loadActivity(tx, workplanId, activityId);
    if (before.version !== input.version) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    if (before.status !== "proposed") throw wpErrors.NOT_PENDING_PROPOSAL();
    const { seq, last } = await nextSeq(tx, activityId);
    if (last && input.adoptedOn < last.effectiveOn) throw wpErrors.ADOPTION_BEFORE_PROPOSAL({ date: last.effectiveOn });
    const code = input.code ?? (await nextCode(tx, plan));
    await ensureCodeFree(tx, workplanId, code, activityId);
    const titleVi = input.titleVi ?? before.titleVi;
    const changes = {
      code,
      titleVi,
      status: "planned",
      statusOn: input.adoptedOn,
      adoptedAt: input.meeting,
      adoptedOn: input.adoptedOn,
      adoptedMeetingId: input.meetingId ?? null,
    };
    const updated = await tx
      .update(workplanActivities)
      .set({
        ...changes,
        searchText: activitySearchText({ ...before, ...changes }),
        version: sql`${workplanActivities.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(workplanActivities.id, activityId), eq(workplanActivities.version, input.version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await tx.insert(workplanStatusChanges).values({
      id: crypto.randomUUID(),
      activityId,
      workplanId,
      seq,
      fromStatus: "proposed",
      status: "planned",
      effectiveOn: input.adoptedOn,
      note: [`${input.meeting}`, input.note?.trim()].filter(Boolean).join(" — "),
      recordedBy: actor.id,
      recordedByName: actor.name,
    });
    await audit(tx, actor, {
      action: "workplan.proposal.adopt",
      entity: "workplan_activity",
      entityId: activityId,
      before,
      after: updated[0],
    });
  });
  return getActivity(ctx, actor, workplanId, activityId);
}

/** For the exports: the plan after the read check. */
export async function readablePlan(db: Db, actor: Actor, workplanId: string): Promise<PlanRow> {
  ensure(canRead(actor, workplanId));
  return loadPlan(db, workplanId);
}

/** For the exports: a snapshot's frozen review. */
export async function snapshotReview(db: Db, workplanId: string, snapshotId: string) {
  const s = await loadSnapshot(db, workplanId, snapshotId);
  return { name: s.name, review: s.data as Review };
}
