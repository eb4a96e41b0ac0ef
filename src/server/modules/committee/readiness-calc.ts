/**
 * Readiness as of a date (issue 13, point 3), as pure functions: each task counts with the status and due date it
 * had at the end of that day (from `committee_task_status_log`), tasks created after that day do not count,
 * cancelled tasks are left out; overdue = open and due before the end of that day; percent = done / (done + open),
 * rounded. The critical path is graph.ts's over the tasks open at that moment. Tested without a database.
 */
import { isOpenTask, type TaskStatus } from "../../../shared/committee.js";
import { criticalPath, type DepEdge } from "./graph.js";

export interface ReadinessTask {
  id: string;
  subcommitteeId: string;
  createdAt: Date;
  /** Now; used when the log has no row for the task up to the moment (stored data from before the log). */
  status: TaskStatus;
  dueAt: Date | null;
}

export interface StatusLogRow {
  taskId: string;
  status: TaskStatus;
  dueAt: Date | null;
  at: Date;
}

export interface Counts {
  done: number;
  open: number;
  overdue: number;
  blocked: number;
  percent: number;
}

export interface TaskAsOf {
  id: string;
  subcommitteeId: string;
  status: TaskStatus;
  dueAt: Date | null;
}

export interface ReadinessResult {
  overall: Counts;
  bySubcommittee: Map<string, Counts>;
  /** Task ids of the critical path, in doing order. */
  criticalPath: string[];
  /** Each counted task with its status and due date at the moment (cancelled ones left out). */
  tasks: Map<string, TaskAsOf>;
}

const empty = (): Counts => ({ done: 0, open: 0, overdue: 0, blocked: 0, percent: 0 });

/** done / (done + open) in whole percent; 0 when nothing counts. */
export const percentDone = (done: number, open: number) => (done + open ? Math.round((done * 100) / (done + open)) : 0);

/** Each task's status and due date at `moment` (exclusive), or null when it did not exist yet. */
export function tasksAsOf(tasks: readonly ReadinessTask[], log: readonly StatusLogRow[], moment: Date): TaskAsOf[] {
  const last = new Map<string, StatusLogRow>();
  for (const row of log) {
    if (row.at.getTime() >= moment.getTime()) continue;
    const seen = last.get(row.taskId);
    if (!seen || seen.at.getTime() <= row.at.getTime()) last.set(row.taskId, row);
  }
  const out: TaskAsOf[] = [];
  for (const t of tasks) {
    if (t.createdAt.getTime() >= moment.getTime()) continue;
    const row = last.get(t.id);
    out.push({
      id: t.id,
      subcommitteeId: t.subcommitteeId,
      status: row ? row.status : t.status,
      dueAt: row ? row.dueAt : t.dueAt,
    });
  }
  return out;
}

/**
 * Readiness at `moment` — the end of the day asked for (the first instant of the next day in the meeting's time
 * zone: see `dayEndIn`).
 */
export function readinessAt(
  tasks: readonly ReadinessTask[],
  log: readonly StatusLogRow[],
  edges: readonly DepEdge[],
  moment: Date,
): ReadinessResult {
  const overall = empty();
  const bySubcommittee = new Map<string, Counts>();
  const counted = new Map<string, TaskAsOf>();
  for (const t of tasksAsOf(tasks, log, moment)) {
    if (t.status === "cancelled") continue;
    counted.set(t.id, t);
    const sub = bySubcommittee.get(t.subcommitteeId) ?? empty();
    bySubcommittee.set(t.subcommitteeId, sub);
    for (const c of [overall, sub]) {
      if (t.status === "done") c.done++;
      else {
        c.open++;
        if (t.status === "blocked") c.blocked++;
        if (t.dueAt && t.dueAt.getTime() < moment.getTime()) c.overdue++;
      }
    }
  }
  for (const c of [overall, ...bySubcommittee.values()]) c.percent = percentDone(c.done, c.open);
  const path = criticalPath(
    [...counted.values()].map((t) => ({ id: t.id, open: isOpenTask(t.status), dueAt: t.dueAt?.toISOString() ?? null })),
    edges,
  );
  return { overall, bySubcommittee, criticalPath: path, tasks: counted };
}

/** The offset of `timeZone` from UTC at `at`, in milliseconds. */
function offsetMs(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The end of the ISO day `day` in `timeZone`: the instant its next day begins there (exclusive bound). */
export function dayEndIn(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wallNext = Date.UTC(y, m - 1, d + 1);
  let guess = wallNext - offsetMs(timeZone, new Date(wallNext));
  guess = wallNext - offsetMs(timeZone, new Date(guess));
  return new Date(guess);
}
