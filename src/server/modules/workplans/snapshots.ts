/** The review "as of" a date, and snapshots: reviews frozen under a name, read and compared later. */
import { and, desc, eq } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Db, Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit } from "../audit/service.js";
import type { PlanStatus } from "../../../shared/workplans.js";
import { workplanActivities, workplanSnapshots, workplanStatusChanges } from "./schema.js";
import { wpErrors } from "./errors.js";
import { workplanPermissions } from "./policy.js";
import { computeReview, type Review, type ReviewInputActivity } from "./review.js";
import { byCode, loadPlan, requirePlan, today, type PlanRow } from "./rows.js";

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
    list.push({ status: c.status, effectiveOn: c.effectiveOn, seq: c.seq });
    byActivity.set(c.activityId, list);
  }
  return acts.map((a) => ({
    id: a.id,
    code: a.code,
    titleVi: a.titleVi,
    titleEn: a.titleEn,
    leads: a.leads,
    coLeads: a.coLeads,
    kind: a.kind,
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
  const { plan } = await requirePlan(ctx.db, actor, workplanId);
  return { workplanId, ...(await computeWorkplanReview(ctx.db, plan, asOf)) };
}

type SnapshotRow = typeof workplanSnapshots.$inferSelect;

function presentSnapshotHead(s: SnapshotRow) {
  const data = s.data;
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
  await requirePlan(ctx.db, actor, workplanId);
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
  ensure(workplanPermissions(actor, workplanId).read);
  const s = await loadSnapshot(ctx.db, workplanId, id);
  return { ...presentSnapshotHead(s), review: { workplanId, ...s.data } };
}

/** Freezes the review as of a date under a name ("SOM 21, 3 August 2022"). ICD only. */
export async function createSnapshot(
  ctx: Ctx,
  actor: Actor,
  workplanId: string,
  input: { name: string; asOf: string },
) {
  ensure(workplanPermissions(actor, workplanId).manage);
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
  ensure(workplanPermissions(actor, workplanId).read);
  const from = await loadSnapshot(ctx.db, workplanId, fromId);
  const to = await loadSnapshot(ctx.db, workplanId, toId);
  const a = from.data;
  const b = to.data;
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
    const ref = y ?? x;
    if (!ref) continue;
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

/** For the exports: a snapshot's frozen review. */
export async function snapshotReview(db: Db, workplanId: string, snapshotId: string) {
  const s = await loadSnapshot(db, workplanId, snapshotId);
  return { name: s.name, review: s.data };
}
