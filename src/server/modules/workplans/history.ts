/** Status history: recording a dated status change of an activity, and the recent changes across a programme. */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import type { PlanStatus } from "../../../shared/workplans.js";
import { workplanActivities, workplanStatusChanges } from "./schema.js";
import { wpErrors } from "./errors.js";
import { activityPermissions, workplanPermissions } from "./policy.js";
import { checkNotFuture, loadActivity, nextSeq, presentChange, requirePlan } from "./rows.js";
import { getActivity } from "./activities.js";

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
  const perms = workplanPermissions(actor, workplanId);
  ensure(perms.read);
  const current = await loadActivity(ctx.db, workplanId, activityId);
  // Those who speak for a proposal learn that it must be adopted first (409 below); everyone else gets 403.
  ensure(activityPermissions(perms, current).speakFor);
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

/** Recent status changes across a programme, newest recorded first: who changed what and when. */
export async function listChanges(ctx: Ctx, actor: Actor, workplanId: string, limit: number) {
  await requirePlan(ctx.db, actor, workplanId);
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
