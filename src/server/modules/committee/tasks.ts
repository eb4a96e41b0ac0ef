/**
 * The organising committee's tasks (issue 13, point 2): each sub-committee's tasks with an owner and helpers among
 * the meeting's committee members, a due date no later than the meeting's last day, a status (blocked needs a
 * reason), a priority, dependencies (no cycle; not done before what it depends on), links to the meeting's sessions,
 * rooms and delegations. Every status or due-date change writes `committee_task_status_log` in the same transaction
 * (readiness "as of" a date reads it); the creation writes the first row. Checklist, comments and files are in
 * `taskItems.ts`.
 */
import { and, asc, count, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { matchesWords } from "../../db/search.js";
import { audit, registerAuditLabeler } from "../audit/service.js";
import { userNamesByIds } from "../people/repo.js";
import {
  delegationWithMeeting,
  meetingLinkTargets,
  meetingSessionRows,
  roomMeetingId,
  sessionMeetingId,
} from "../meetings/repo.js";
import { openTaskStatuses, type TaskLinkKind, type TaskStatus } from "../../../shared/committee.js";
import { todayIn } from "../../../shared/dates.js";
import type {
  Task,
  TaskBody,
  TaskLink,
  TaskListQuery,
  TaskOptions,
  TaskPatch,
  TaskRef,
  TaskSummary,
} from "../../../shared/schemas/committee.js";
import { committeeErrors } from "./errors.js";
import { parseZoned } from "../meetings/time.js";
import { dedupeLinks, insertTaskRowsTx, logTaskStatusTx, taskSearchText } from "./task-rows.js";
import { findCycle } from "./graph.js";
import { type CommitteePermissions, type MeetingRow, requireCommittee, taskPermissions } from "./policy.js";
import {
  committeeMembers,
  committeeSubcommittees,
  committeeTaskChecks,
  committeeTaskComments,
  committeeTaskDeps,
  committeeTaskFiles,
  committeeTaskHelpers,
  committeeTaskLinks,
  committeeTasks as T,
} from "./schema.js";

export type TaskRow = typeof T.$inferSelect;
export const TASK_PAGE_MAX = 500;

registerAuditLabeler("committee_task", async (db, ids) => {
  const rows = ids.length
    ? await db.select({ id: T.id, number: T.number, title: T.title }).from(T).where(inArray(T.id, ids))
    : [];
  return new Map(rows.map((r) => [r.id, `#${r.number} ${r.title}`]));
});

/** What a task is found by: its number, title, description and owner's name, without diacritics. */

const refText = (r: { number: number; title: string }) => `#${r.number} «${r.title}»`;

// ---------------------------------------------------------------- reading

async function memberNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: committeeMembers.id, fullName: committeeMembers.fullName })
    .from(committeeMembers)
    .where(inArray(committeeMembers.id, unique));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** Open and due before `now`. */
export const isOverdue = (t: Pick<TaskRow, "status" | "dueAt">, now = new Date()) =>
  openTaskStatuses.includes(t.status) && t.dueAt !== null && t.dueAt < now;

async function presentSummaries(db: Executor, perms: CommitteePermissions, rows: TaskRow[]): Promise<TaskSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [helpers, deps, checks, subs] = await Promise.all([
    db.select().from(committeeTaskHelpers).where(inArray(committeeTaskHelpers.taskId, ids)),
    db
      .select({
        taskId: committeeTaskDeps.taskId,
        id: T.id,
        number: T.number,
        title: T.title,
        status: T.status,
      })
      .from(committeeTaskDeps)
      .innerJoin(T, eq(T.id, committeeTaskDeps.dependsOnId))
      .where(inArray(committeeTaskDeps.taskId, ids))
      .orderBy(asc(T.number)),
    db
      .select({
        taskId: committeeTaskChecks.taskId,
        total: count(),
        done: sql<number>`count(*) filter (where ${committeeTaskChecks.done})`.mapWith(Number),
      })
      .from(committeeTaskChecks)
      .where(inArray(committeeTaskChecks.taskId, ids))
      .groupBy(committeeTaskChecks.taskId),
    db
      .select({
        id: committeeSubcommittees.id,
        nameVi: committeeSubcommittees.nameVi,
        nameEn: committeeSubcommittees.nameEn,
      })
      .from(committeeSubcommittees)
      .where(inArray(committeeSubcommittees.id, [...new Set(rows.map((r) => r.subcommitteeId))])),
  ]);
  const names = await memberNames(db, [
    ...rows.flatMap((r) => (r.ownerId ? [r.ownerId] : [])),
    ...helpers.map((h) => h.memberId),
  ]);
  const subById = new Map(subs.map((s) => [s.id, s]));
  const now = new Date();
  return rows.map((r) => {
    const helperIds = helpers.filter((h) => h.taskId === r.id).map((h) => h.memberId);
    const c = checks.find((x) => x.taskId === r.id);
    const sub = subById.get(r.subcommitteeId);
    return {
      id: r.id,
      meetingId: r.meetingId,
      number: r.number,
      title: r.title,
      subcommitteeId: r.subcommitteeId,
      subcommitteeNameVi: sub?.nameVi ?? "",
      subcommitteeNameEn: sub?.nameEn ?? "",
      owner: r.ownerId ? { id: r.ownerId, fullName: names.get(r.ownerId) ?? "" } : null,
      helpers: helperIds.map((id) => ({ id, fullName: names.get(id) ?? "" })),
      dueAt: r.dueAt?.toISOString() ?? null,
      status: r.status,
      blockedReason: r.blockedReason,
      priority: r.priority,
      boardPosition: r.boardPosition,
      doneAt: r.doneAt?.toISOString() ?? null,
      overdue: isOverdue(r, now),
      checks: { done: c?.done ?? 0, total: Number(c?.total ?? 0) },
      dependsOn: deps
        .filter((d) => d.taskId === r.id)
        .map((d) => ({ id: d.id, number: d.number, title: d.title, status: d.status })),
      version: r.version,
      permissions: taskPermissions(perms, { subcommitteeId: r.subcommitteeId, ownerId: r.ownerId, helperIds }),
    };
  });
}

/** The labels of a meeting's link targets (sessions, rooms, delegations). */
async function linkTargets(db: Executor, meetingId: string): Promise<TaskLink[]> {
  const [sessions, { rooms, delegations }] = await Promise.all([
    meetingSessionRows(db, meetingId),
    meetingLinkTargets(db, meetingId),
  ]);
  return [
    ...sessions.map((s) => ({ kind: "session" as const, targetId: s.id, labelVi: s.titleVi, labelEn: s.titleEn })),
    ...rooms.map((r) => ({ kind: "room" as const, targetId: r.id, labelVi: r.nameVi, labelEn: r.nameEn })),
    ...delegations.map((d) => ({ kind: "delegation" as const, targetId: d.id, labelVi: d.nameVi, labelEn: d.nameEn })),
  ];
}

async function presentTask(db: Executor, perms: CommitteePermissions, row: TaskRow): Promise<Task> {
  const [summary] = await presentSummaries(db, perms, [row]);
  if (!summary) throw committeeErrors.TASK_NOT_FOUND();
  const [checklist, comments, files, links, blocks] = await Promise.all([
    db
      .select({
        id: committeeTaskChecks.id,
        position: committeeTaskChecks.position,
        text: committeeTaskChecks.text,
        done: committeeTaskChecks.done,
      })
      .from(committeeTaskChecks)
      .where(eq(committeeTaskChecks.taskId, row.id))
      .orderBy(asc(committeeTaskChecks.position)),
    db
      .select()
      .from(committeeTaskComments)
      .where(eq(committeeTaskComments.taskId, row.id))
      .orderBy(asc(committeeTaskComments.createdAt)),
    db
      .select({
        id: committeeTaskFiles.id,
        fileName: committeeTaskFiles.fileName,
        mime: committeeTaskFiles.mime,
        size: committeeTaskFiles.size,
        createdAt: committeeTaskFiles.createdAt,
      })
      .from(committeeTaskFiles)
      .where(eq(committeeTaskFiles.taskId, row.id))
      .orderBy(asc(committeeTaskFiles.createdAt)),
    db.select().from(committeeTaskLinks).where(eq(committeeTaskLinks.taskId, row.id)),
    db
      .select({ id: T.id, number: T.number, title: T.title, status: T.status })
      .from(committeeTaskDeps)
      .innerJoin(T, eq(T.id, committeeTaskDeps.taskId))
      .where(eq(committeeTaskDeps.dependsOnId, row.id))
      .orderBy(asc(T.number)),
  ]);
  const authors = await userNamesByIds(
    db,
    comments.map((c) => c.authorId),
  );
  const mentioned = await memberNames(
    db,
    comments.flatMap((c) => c.mentions),
  );
  const targets = links.length ? await linkTargets(db, row.meetingId) : [];
  return {
    ...summary,
    description: row.description,
    checklist,
    comments: comments.map((c) => ({
      id: c.id,
      authorName: authors.get(c.authorId) ?? "",
      body: c.body,
      mentions: c.mentions.map((id) => ({ id, fullName: mentioned.get(id) ?? "" })),
      createdAt: c.createdAt.toISOString(),
    })),
    files: files.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    links: links.map((l) => {
      const t = targets.find((x) => x.kind === l.kind && x.targetId === l.targetId);
      return { kind: l.kind, targetId: l.targetId, labelVi: t?.labelVi ?? "", labelEn: t?.labelEn ?? "" };
    }),
    blocks,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A task of the meeting the actor may read, with the actor's permissions in the meeting. */
export async function readableTask(db: Executor, actor: Actor, meetingId: string, taskId: string) {
  const { meeting, perms } = await requireCommittee(db, actor, meetingId);
  const [row] = await db
    .select()
    .from(T)
    .where(and(eq(T.id, taskId), eq(T.meetingId, meetingId)));
  if (!row) throw committeeErrors.TASK_NOT_FOUND();
  const helperIds = (
    await db
      .select({ id: committeeTaskHelpers.memberId })
      .from(committeeTaskHelpers)
      .where(eq(committeeTaskHelpers.taskId, taskId))
  ).map((h) => h.id);
  const tp = taskPermissions(perms, { subcommitteeId: row.subcommitteeId, ownerId: row.ownerId, helperIds });
  return { meeting, perms, row, tp };
}

export async function getTask(ctx: Ctx, actor: Actor, meetingId: string, taskId: string): Promise<Task> {
  const { perms, row } = await readableTask(ctx.db, actor, meetingId, taskId);
  return presentTask(ctx.db, perms, row);
}

/** Reads the task again after a write and presents it. */
export async function reloadTask(db: Executor, actor: Actor, meetingId: string, taskId: string): Promise<Task> {
  const { perms, row } = await readableTask(db, actor, meetingId, taskId);
  return presentTask(db, perms, row);
}

/** Monday and the next Monday (ISO days) of the week of `today`. */
function weekOf(today: string): [string, string] {
  const d = new Date(`${today}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  return [monday.toISOString().slice(0, 10), next.toISOString().slice(0, 10)];
}

/** Midnight of an ISO day in a time zone, as a moment. */
function startOfDay(day: string, timeZone: string): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  const local = new Date(guess.toLocaleString("en-US", { timeZone }));
  const utc = new Date(guess.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(guess.getTime() - (local.getTime() - utc.getTime()));
}

export function taskFilter(
  meetingId: string,
  q: TaskListQuery,
  perms: CommitteePermissions,
  tz: string,
  now = new Date(),
) {
  const conds: (SQL | undefined)[] = [
    eq(T.meetingId, meetingId),
    matchesWords(T.searchText, q.q),
    q.subcommitteeId ? eq(T.subcommitteeId, q.subcommitteeId) : undefined,
    q.status ? eq(T.status, q.status) : undefined,
    q.owner ? eq(T.ownerId, q.owner) : undefined,
  ];
  const open = inArray(T.status, [...openTaskStatuses]);
  if (q.overdue === true) conds.push(and(open, lt(T.dueAt, now)));
  if (q.overdue === false)
    conds.push(
      sql`not (${T.status} in ('not_started','in_progress','blocked') and coalesce(${T.dueAt} < ${now}, false))`,
    );
  if (q.dueThisWeek) {
    const [from, to] = weekOf(todayIn(tz, now));
    conds.push(and(gte(T.dueAt, startOfDay(from, tz)), lt(T.dueAt, startOfDay(to, tz))));
  }
  if (q.mine) {
    const ids = perms.memberIds;
    conds.push(
      ids.length
        ? or(
            inArray(T.ownerId, ids),
            sql`exists (select 1 from ${committeeTaskHelpers} h where h.task_id = ${T.id} and h.member_id in (${sql.join(
              ids.map((i) => sql`${i}`),
              sql`, `,
            )}))`,
          )
        : sql`false`,
    );
  }
  return and(...conds);
}

export async function listTasks(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  q: TaskListQuery,
): Promise<{ tasks: TaskSummary[]; total: number }> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const cond = taskFilter(meetingId, q, perms, meeting.timeZone);
  const [{ n } = { n: 0 }] = await ctx.db.select({ n: count() }).from(T).where(cond);
  const order = q.sort === "due" ? [sql`${T.dueAt} asc nulls last`, asc(T.number)] : [asc(T.number)];
  const rows = await ctx.db
    .select()
    .from(T)
    .where(cond)
    .orderBy(...order)
    .offset(q.offset ?? 0)
    .limit(Math.min(q.limit ?? 100, TASK_PAGE_MAX));
  return { tasks: await presentSummaries(ctx.db, perms, rows), total: Number(n) };
}

export async function taskOptions(ctx: Ctx, actor: Actor, meetingId: string): Promise<TaskOptions> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const [subs, members, targets] = await Promise.all([
    ctx.db
      .select()
      .from(committeeSubcommittees)
      .where(eq(committeeSubcommittees.meetingId, meetingId))
      .orderBy(asc(committeeSubcommittees.position)),
    ctx.db.select().from(committeeMembers).where(eq(committeeMembers.meetingId, meetingId)),
    linkTargets(ctx.db, meetingId),
  ]);
  return {
    meeting: {
      id: meeting.id,
      code: meeting.code,
      startDate: meeting.startDate,
      endDate: meeting.endDate,
      timeZone: meeting.timeZone,
    },
    subcommittees: subs.map((s) => ({ id: s.id, nameVi: s.nameVi, nameEn: s.nameEn })),
    members: members
      .map((m) => ({ id: m.id, fullName: m.fullName, agencyVi: m.agencyVi, hasAccount: m.userId !== null }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, "vi")),
    targets,
    createIn: perms.manage ? subs.map((s) => s.id) : perms.leads,
    memberIds: perms.memberIds,
  };
}

// ---------------------------------------------------------------- checks shared by create and update

async function checkSubcommittee(db: Executor, meetingId: string, id: string) {
  const [s] = await db
    .select({ id: committeeSubcommittees.id })
    .from(committeeSubcommittees)
    .where(and(eq(committeeSubcommittees.id, id), eq(committeeSubcommittees.meetingId, meetingId)));
  if (!s) throw committeeErrors.TASK_SUBCOMMITTEE_UNKNOWN();
}

async function checkMembers(db: Executor, meetingId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const rows = await db
    .select({ id: committeeMembers.id })
    .from(committeeMembers)
    .where(and(inArray(committeeMembers.id, unique), eq(committeeMembers.meetingId, meetingId)));
  if (rows.length !== unique.length) throw committeeErrors.TASK_MEMBER_UNKNOWN();
}

/**
 * The due moment as the forms send it — wall-clock time in the meeting's zone ("2022-07-25T17:00"), as the programme
 * form does — or with an offset; read by the meetings module's `parseZoned`. Refused when it is no real moment or
 * falls after the meeting's last day. Undefined stays undefined (a patch that does not touch it).
 */
function readDue(meeting: MeetingRow, dueAt: string | null | undefined): Date | null | undefined {
  if (dueAt === undefined) return undefined;
  if (!dueAt) return null;
  const at = parseZoned(dueAt, meeting.timeZone);
  if (!at) throw invalidFields([{ field: "dueAt", rule: "format", format: "date-time" }]);
  const day = todayIn(meeting.timeZone, at);
  if (day > meeting.endDate) throw committeeErrors.TASK_DUE_AFTER_MEETING({ due: day, end: meeting.endDate });
  return at;
}

function checkBlocked(status: TaskStatus, reason: string | null | undefined) {
  if (status === "blocked" && !reason?.trim()) throw invalidFields([{ field: "blockedReason", rule: "required" }]);
}

async function checkLinks(db: Executor, meetingId: string, links: { kind: TaskLinkKind; targetId: string }[]) {
  for (const l of links) {
    const owner =
      l.kind === "session"
        ? await sessionMeetingId(db, l.targetId)
        : l.kind === "room"
          ? await roomMeetingId(db, l.targetId)
          : ((await delegationWithMeeting(db, l.targetId))?.delegation.meetingId ?? null);
    if (owner !== meetingId) throw committeeErrors.TASK_LINK_UNKNOWN();
  }
}

/** Refuses dependencies outside the meeting and any cycle they would close, naming the tasks along it. */
async function checkDeps(db: Executor, meetingId: string, taskId: string, dependsOn: string[]) {
  if (!dependsOn.length) return;
  const known = await db
    .select({ id: T.id })
    .from(T)
    .where(and(inArray(T.id, dependsOn), eq(T.meetingId, meetingId)));
  if (known.length !== new Set(dependsOn).size) throw committeeErrors.TASK_DEPENDENCY_UNKNOWN();
  const existing = await db
    .select({ taskId: committeeTaskDeps.taskId, dependsOnId: committeeTaskDeps.dependsOnId })
    .from(committeeTaskDeps)
    .innerJoin(T, eq(T.id, committeeTaskDeps.taskId))
    .where(and(eq(T.meetingId, meetingId), sql`${committeeTaskDeps.taskId} <> ${taskId}`));
  const cycle = findCycle(
    existing,
    dependsOn.map((d) => ({ taskId, dependsOnId: d })),
  );
  if (cycle) {
    const rows = await db.select({ id: T.id, number: T.number, title: T.title }).from(T).where(inArray(T.id, cycle));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const text = cycle.map((id) => {
      const r = byId.get(id);
      return r ? refText(r) : "?";
    });
    throw committeeErrors.TASK_CYCLE({ tasks: text.join(" → ") });
  }
}

/** Refuses `done` while a task it depends on is open, naming them. */
async function checkDepsDone(db: Executor, dependsOn: string[]) {
  if (!dependsOn.length) return;
  const open = await db
    .select({ number: T.number, title: T.title })
    .from(T)
    .where(and(inArray(T.id, dependsOn), inArray(T.status, [...openTaskStatuses])))
    .orderBy(asc(T.number));
  if (open.length) throw committeeErrors.TASK_DEPENDENCIES_OPEN({ tasks: open.map(refText).join(", ") });
}

async function ownerName(db: Executor, ownerId: string | null): Promise<string> {
  return ownerId ? ((await memberNames(db, [ownerId])).get(ownerId) ?? "") : "";
}

// ---------------------------------------------------------------- writing

/**
 * Inserts one task (checked by the caller) through the module's one task insert (`insertTaskRowsTx`: number under
 * the meeting's lock, helpers, dependencies, links, checklist, the first status row) and reads it back.
 */
export async function insertTaskTx(
  tx: Tx,
  actor: { id: string | null },
  meetingId: string,
  input: Omit<TaskBody, "dueAt"> & { id?: string; dueAt: Date | null },
  at?: Date,
): Promise<TaskRow> {
  const [made] = await insertTaskRowsTx(tx, meetingId, [{ ...input, createdAt: at }], actor.id);
  const [inserted] = made ? await tx.select().from(T).where(eq(T.id, made.id)) : [];
  if (!inserted) throw new Error("task not inserted");
  return inserted;
}

export async function createTask(ctx: Ctx, actor: Actor, meetingId: string, input: TaskBody): Promise<Task> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.manage || perms.leads.includes(input.subcommitteeId));
  await checkSubcommittee(ctx.db, meetingId, input.subcommitteeId);
  await checkMembers(ctx.db, meetingId, [...(input.ownerId ? [input.ownerId] : []), ...(input.helperIds ?? [])]);
  const dueAt = readDue(meeting, input.dueAt) ?? null;
  const status = input.status ?? "not_started";
  checkBlocked(status, input.blockedReason);
  await checkLinks(ctx.db, meetingId, input.links ?? []);
  const deps = [...new Set(input.dependsOn ?? [])];
  await checkDeps(ctx.db, meetingId, crypto.randomUUID(), deps);
  if (status === "done") await checkDepsDone(ctx.db, deps);
  const row = await ctx.db.transaction(async (tx) => {
    const r = await insertTaskTx(tx, actor, meetingId, { ...input, dueAt });
    await audit(tx, actor, {
      action: "committee_task.create",
      entity: "committee_task",
      entityId: r.id,
      after: {
        number: r.number,
        title: r.title,
        status: r.status,
        ownerId: r.ownerId,
        dueAt: r.dueAt?.toISOString() ?? null,
      },
    });
    return r;
  });
  return presentTask(ctx.db, perms, row);
}

const PROGRESS_FIELDS = new Set(["version", "status", "blockedReason", "boardPosition"]);

export async function updateTask(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  taskId: string,
  patch: TaskPatch,
): Promise<Task> {
  const { meeting, perms, row, tp } = await readableTask(ctx.db, actor, meetingId, taskId);
  const onlyProgress = Object.keys(patch).every((k) => PROGRESS_FIELDS.has(k));
  ensure(onlyProgress ? tp.progress : tp.edit);
  // Moving a task to another sub-committee needs the right to manage that one too.
  if (patch.subcommitteeId && patch.subcommitteeId !== row.subcommitteeId) {
    ensure(perms.manage || perms.leads.includes(patch.subcommitteeId));
    await checkSubcommittee(ctx.db, meetingId, patch.subcommitteeId);
  }
  const ownerId = patch.ownerId !== undefined ? patch.ownerId : row.ownerId;
  await checkMembers(ctx.db, meetingId, [...(patch.ownerId ? [patch.ownerId] : []), ...(patch.helperIds ?? [])]);
  const newDue = readDue(meeting, patch.dueAt);
  const status = patch.status ?? row.status;
  const blockedReason =
    status === "blocked" ? (patch.blockedReason !== undefined ? patch.blockedReason : row.blockedReason) : null;
  checkBlocked(status, blockedReason);
  if (patch.links) await checkLinks(ctx.db, meetingId, patch.links);
  if (patch.dependsOn) await checkDeps(ctx.db, meetingId, taskId, [...new Set(patch.dependsOn)]);
  const deps =
    patch.dependsOn ??
    (
      await ctx.db
        .select({ id: committeeTaskDeps.dependsOnId })
        .from(committeeTaskDeps)
        .where(eq(committeeTaskDeps.taskId, taskId))
    ).map((d) => d.id);
  if (status === "done" && (row.status !== "done" || patch.dependsOn)) await checkDepsDone(ctx.db, deps);

  const dueAt = newDue !== undefined ? newDue : row.dueAt;
  const title = patch.title ?? row.title;
  const description = patch.description !== undefined ? patch.description : row.description;
  const statusChanged = status !== row.status;
  const dueChanged = (dueAt?.getTime() ?? null) !== (row.dueAt?.getTime() ?? null);
  const updated = await ctx.db.transaction(async (tx) => {
    const [u] = await tx
      .update(T)
      .set({
        subcommitteeId: patch.subcommitteeId ?? row.subcommitteeId,
        title,
        description,
        ownerId,
        dueAt,
        status,
        blockedReason,
        priority: patch.priority ?? row.priority,
        boardPosition: patch.boardPosition ?? (statusChanged ? 0 : row.boardPosition),
        doneAt: status === "done" ? (row.doneAt ?? new Date()) : null,
        searchText: taskSearchText({ number: row.number, title, description }, await ownerName(tx, ownerId)),
        version: sql`${T.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(T.id, taskId), eq(T.version, patch.version)))
      .returning();
    if (!u) throw appError("VERSION_CONFLICT");
    if (patch.helperIds) {
      await tx.delete(committeeTaskHelpers).where(eq(committeeTaskHelpers.taskId, taskId));
      const helpers = [...new Set(patch.helperIds)].filter((h) => h !== ownerId);
      if (helpers.length)
        await tx.insert(committeeTaskHelpers).values(helpers.map((memberId) => ({ taskId, memberId })));
    }
    if (patch.dependsOn) {
      await tx.delete(committeeTaskDeps).where(eq(committeeTaskDeps.taskId, taskId));
      const d = [...new Set(patch.dependsOn)];
      if (d.length) await tx.insert(committeeTaskDeps).values(d.map((dependsOnId) => ({ taskId, dependsOnId })));
    }
    if (patch.links) {
      await tx.delete(committeeTaskLinks).where(eq(committeeTaskLinks.taskId, taskId));
      const l = dedupeLinks(patch.links);
      if (l.length) await tx.insert(committeeTaskLinks).values(l.map((x) => ({ taskId, ...x })));
    }
    if (statusChanged || dueChanged)
      await logTaskStatusTx(tx, { taskId: u.id, status: u.status, dueAt: u.dueAt, by: actor.id });
    await audit(tx, actor, {
      action: "committee_task.update",
      entity: "committee_task",
      entityId: taskId,
      before: {
        number: row.number,
        title: row.title,
        status: row.status,
        ownerId: row.ownerId,
        dueAt: row.dueAt?.toISOString() ?? null,
      },
      after: {
        number: u.number,
        title: u.title,
        status: u.status,
        ownerId: u.ownerId,
        dueAt: u.dueAt?.toISOString() ?? null,
        ...(patch.blockedReason ? { blockedReason: u.blockedReason } : {}),
      },
    });
    return u;
  });
  return presentTask(ctx.db, perms, updated);
}

export async function deleteTask(ctx: Ctx, actor: Actor, meetingId: string, taskId: string, version: number) {
  const { row, tp } = await readableTask(ctx.db, actor, meetingId, taskId);
  ensure(tp.edit);
  await ctx.db.transaction(async (tx) => {
    const [d] = await tx
      .delete(T)
      .where(and(eq(T.id, taskId), eq(T.version, version)))
      .returning({ id: T.id });
    if (!d) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "committee_task.delete",
      entity: "committee_task",
      entityId: taskId,
      before: { number: row.number, title: row.title, status: row.status },
    });
  });
  return { ok: true as const };
}

/** Tasks by id in the meeting, as references (the timeline and readiness name them). */
export async function taskRefs(db: Executor, ids: string[]): Promise<TaskRef[]> {
  if (!ids.length) return [];
  return db.select({ id: T.id, number: T.number, title: T.title, status: T.status }).from(T).where(inArray(T.id, ids));
}

/**
 * Writes again the search text of the tasks a member owns (call it in the transaction that renames the member), so
 * that a search by the owner's new name finds them.
 */
export async function refreshOwnerSearchTextTx(tx: Executor, memberId: string): Promise<void> {
  const name = await ownerName(tx, memberId);
  const rows = await tx
    .select({ id: T.id, number: T.number, title: T.title, description: T.description })
    .from(T)
    .where(eq(T.ownerId, memberId));
  for (const r of rows)
    await tx
      .update(T)
      .set({ searchText: taskSearchText(r, name) })
      .where(eq(T.id, r.id));
}
