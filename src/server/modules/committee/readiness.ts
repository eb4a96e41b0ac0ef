/**
 * Readiness at a glance (issue 13, point 3): per sub-committee and for the whole meeting, tasks done / open /
 * overdue / blocked, the share done and the critical path, as of the end of any day in the meeting's time zone.
 * The counting itself is readiness-calc.ts (pure, unit-tested); this reads the rows.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { todayIn, HANOI_TIME_ZONE } from "../../../shared/dates.js";
import type { Readiness } from "../../../shared/schemas/committee.js";
import { requireCommittee } from "./policy.js";
import { placesReadinessOf } from "../security/repo.js";
import { dayEndIn, readinessAt, percentDone } from "./readiness-calc.js";
import {
  committeeMembers,
  committeeSubcommittees,
  committeeTaskDeps,
  committeeTaskStatusLog,
  committeeTasks,
} from "./schema.js";

export async function getReadiness(ctx: Ctx, actor: Actor, meetingId: string, asOf?: string): Promise<Readiness> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const timeZone = meeting.timeZone || HANOI_TIME_ZONE;
  const day = asOf ?? todayIn(timeZone);
  const moment = dayEndIn(day, timeZone);
  const [subs, tasks, members] = await Promise.all([
    ctx.db
      .select()
      .from(committeeSubcommittees)
      .where(eq(committeeSubcommittees.meetingId, meetingId))
      .orderBy(asc(committeeSubcommittees.position), asc(committeeSubcommittees.nameVi)),
    ctx.db
      .select({
        id: committeeTasks.id,
        number: committeeTasks.number,
        title: committeeTasks.title,
        subcommitteeId: committeeTasks.subcommitteeId,
        ownerId: committeeTasks.ownerId,
        status: committeeTasks.status,
        dueAt: committeeTasks.dueAt,
        createdAt: committeeTasks.createdAt,
      })
      .from(committeeTasks)
      .where(eq(committeeTasks.meetingId, meetingId)),
    ctx.db
      .select({ id: committeeMembers.id, fullName: committeeMembers.fullName })
      .from(committeeMembers)
      .where(eq(committeeMembers.meetingId, meetingId)),
  ]);
  const ids = tasks.map((t) => t.id);
  const [log, edges] = ids.length
    ? await Promise.all([
        ctx.db
          .select({
            taskId: committeeTaskStatusLog.taskId,
            status: committeeTaskStatusLog.status,
            dueAt: committeeTaskStatusLog.dueAt,
            at: committeeTaskStatusLog.at,
          })
          .from(committeeTaskStatusLog)
          .innerJoin(committeeTasks, eq(committeeTasks.id, committeeTaskStatusLog.taskId))
          .where(eq(committeeTasks.meetingId, meetingId)),
        ctx.db
          .select({ taskId: committeeTaskDeps.taskId, dependsOnId: committeeTaskDeps.dependsOnId })
          .from(committeeTaskDeps)
          .where(inArray(committeeTaskDeps.taskId, ids)),
      ])
    : [[], []];
  const r = readinessAt(tasks, log, edges, moment);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const names = new Map(members.map((m) => [m.id, m.fullName]));
  const zero = { done: 0, open: 0, overdue: 0, blocked: 0, percent: percentDone(0, 0) };
  return {
    meetingId,
    asOf: day,
    timeZone,
    overall: r.overall,
    subcommittees: subs.map((s) => ({
      id: s.id,
      key: s.key,
      nameVi: s.nameVi,
      nameEn: s.nameEn,
      ...(r.bySubcommittee.get(s.id) ?? zero),
    })),
    criticalPath: r.criticalPath.flatMap((id) => {
      const t = byId.get(id);
      const then = r.tasks.get(id);
      if (!t || !then) return [];
      const owner = t.ownerId ? { id: t.ownerId, fullName: names.get(t.ownerId) ?? "" } : null;
      return [
        {
          id,
          number: t.number,
          title: t.title,
          subcommitteeId: t.subcommitteeId,
          owner,
          dueAt: then.dueAt?.toISOString() ?? null,
          status: then.status,
        },
      ];
    }),
    permissions: { manageTemplates: perms.manage },
    // Each venue's and hotel's security checklists, now (issue 14, point 5).
    venues: await placesReadinessOf(ctx.db, meetingId),
  };
}
