/**
 * Writing task rows (issue 13): the one place that numbers a meeting's tasks, writes the first row of their status
 * log and computes their `search_text`, used by the task service (tasks.ts), templates (templates.ts) and the demo
 * seed. No permission check here: the caller has checked the actor.
 *
 *   await db.transaction(async (tx) => {
 *     const made = await insertTaskRowsTx(tx, meetingId, [{ subcommitteeId, title: "…", dueAt }], actor.id);
 *     // made[i] = { id, number } of rows[i]
 *   });
 *
 * Numbers are the next ones of the meeting (max + 1, …) taken under a lock on the meeting's row, so two writers
 * never take the same number. `dependsOn` names tasks by id (earlier rows of the same call, or existing tasks);
 * the caller checks for cycles (graph.ts `findCycle`) before calling. A status change later calls
 * `logTaskStatusTx` in the same transaction (readiness reads the log).
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { Executor, Tx } from "../../db/client.js";
import { lockMeetingTx } from "../meetings/repo.js";
import { fold } from "../../../shared/text.js";
import type { TaskLinkKind, TaskPriority, TaskStatus } from "../../../shared/committee.js";
import {
  committeeMembers,
  committeeTaskChecks,
  committeeTaskLinks,
  committeeTaskDeps,
  committeeTaskHelpers,
  committeeTaskStatusLog,
  committeeTasks,
} from "./schema.js";
import { committeeErrors } from "./errors.js";

export interface NewTaskRow {
  /** Given when the caller needs it before the insert (dependencies among new rows); otherwise made here. */
  id?: string;
  subcommitteeId: string;
  title: string;
  description?: string | null;
  ownerId?: string | null;
  helperIds?: readonly string[];
  dueAt?: Date | null;
  status?: TaskStatus;
  blockedReason?: string | null;
  priority?: TaskPriority;
  /** The checklist's items, in order (none done). */
  checklist?: readonly string[];
  /** Ids of the tasks this one depends on. */
  dependsOn?: readonly string[];
  /** Sessions, rooms and delegations of the meeting it concerns (checked by the caller). */
  links?: readonly TaskLink[];
  /** When it was created (the seed backdates; default now). Its status log's first row has this moment. */
  createdAt?: Date;
}

export interface TaskLink {
  kind: TaskLinkKind;
  targetId: string;
}

/** Links without repeats (the same session named twice is one link). */
export function dedupeLinks(links: readonly TaskLink[]): TaskLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const k = `${l.kind}:${l.targetId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What a task is found by: its number (#12 and 12), title, description and its owner's name, folded. */
export function taskSearchText(t: { number: number; title: string; description?: string | null }, owner = ""): string {
  return fold([`#${t.number}`, String(t.number), t.title, t.description ?? "", owner].join(" ")).trim();
}

/** Appends one row to a task's status log (its status and due date from `at` on). */
export async function logTaskStatusTx(
  tx: Executor,
  row: { taskId: string; status: TaskStatus; dueAt: Date | null; by: string | null; at?: Date },
): Promise<void> {
  await tx.insert(committeeTaskStatusLog).values({
    id: crypto.randomUUID(),
    taskId: row.taskId,
    status: row.status,
    dueAt: row.dueAt,
    by: row.by,
    ...(row.at ? { at: row.at } : {}),
  });
}

/** Inserts tasks of one meeting with their numbers, status log, checklist, helpers and dependencies. */
export async function insertTaskRowsTx(
  tx: Tx,
  meetingId: string,
  rows: readonly NewTaskRow[],
  by: string | null,
): Promise<{ id: string; number: number }[]> {
  if (!rows.length) return [];
  if (!(await lockMeetingTx(tx, meetingId))) throw committeeErrors.MEETING_NOT_FOUND();
  const [{ max } = { max: 0 }] = await tx
    .select({ max: sql<number>`coalesce(max(${committeeTasks.number}), 0)::int` })
    .from(committeeTasks)
    .where(eq(committeeTasks.meetingId, meetingId));
  const now = new Date();
  const made = rows.map((r, i) => ({ id: r.id ?? crypto.randomUUID(), number: Number(max) + i + 1 }));
  // Owners' names, read once for the batch: a search by the owner's name finds the task.
  const ownerIds = [...new Set(rows.flatMap((r) => (r.ownerId ? [r.ownerId] : [])))];
  const owners = new Map(
    ownerIds.length
      ? (
          await tx
            .select({ id: committeeMembers.id, fullName: committeeMembers.fullName })
            .from(committeeMembers)
            .where(inArray(committeeMembers.id, ownerIds))
        ).map((m) => [m.id, m.fullName])
      : [],
  );
  const values = rows.map((r, i) => {
    const { id, number } = made[i] ?? { id: "", number: 0 };
    const status = r.status ?? "not_started";
    const createdAt = r.createdAt ?? now;
    return {
      id,
      meetingId,
      subcommitteeId: r.subcommitteeId,
      number,
      title: r.title,
      description: r.description ?? null,
      ownerId: r.ownerId ?? null,
      dueAt: r.dueAt ?? null,
      status,
      blockedReason: status === "blocked" ? (r.blockedReason ?? null) : null,
      priority: r.priority ?? "normal",
      boardPosition: number,
      doneAt: status === "done" ? createdAt : null,
      searchText: taskSearchText(
        { number, title: r.title, description: r.description },
        r.ownerId ? (owners.get(r.ownerId) ?? "") : "",
      ),
      createdBy: by,
      createdAt,
      updatedAt: createdAt,
    };
  });
  for (let i = 0; i < values.length; i += 500) await tx.insert(committeeTasks).values(values.slice(i, i + 500));
  const log = values.map((v) => ({
    id: crypto.randomUUID(),
    taskId: v.id,
    status: v.status,
    dueAt: v.dueAt,
    at: v.createdAt,
    by,
  }));
  for (let i = 0; i < log.length; i += 500) await tx.insert(committeeTaskStatusLog).values(log.slice(i, i + 500));
  const checks = rows.flatMap((r, i) =>
    (r.checklist ?? []).map((text, position) => ({
      id: crypto.randomUUID(),
      taskId: made[i]?.id ?? "",
      position,
      text,
    })),
  );
  if (checks.length) await tx.insert(committeeTaskChecks).values(checks);
  // The owner is not also a helper.
  const helpers = rows.flatMap((r, i) =>
    [...new Set(r.helperIds ?? [])]
      .filter((memberId) => memberId !== r.ownerId)
      .map((memberId) => ({ taskId: made[i]?.id ?? "", memberId })),
  );
  if (helpers.length) await tx.insert(committeeTaskHelpers).values(helpers);
  const links = rows.flatMap((r, i) => dedupeLinks(r.links ?? []).map((l) => ({ taskId: made[i]?.id ?? "", ...l })));
  if (links.length) await tx.insert(committeeTaskLinks).values(links);
  const deps = rows.flatMap((r, i) =>
    [...new Set(r.dependsOn ?? [])].map((dependsOnId) => ({ taskId: made[i]?.id ?? "", dependsOnId })),
  );
  if (deps.length) await tx.insert(committeeTaskDeps).values(deps);
  return made;
}
