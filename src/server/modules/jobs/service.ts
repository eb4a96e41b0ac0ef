/**
 * Focal's one job runner, on its own `jobs` table (docs/decisions/016-durable-jobs.md): the same SQL on PGlite and
 * PostgreSQL. A module queues work with `enqueueJob` inside the transaction that makes the work necessary, so the
 * job exists exactly when that transaction committed. Each process runs one worker (`startJobWorker`, started with
 * the app and stopped when it closes) that claims one job at a time with `FOR UPDATE SKIP LOCKED`, holds a lease it
 * renews while the handler runs, and records the outcome: done with its result, or queued again after a backoff,
 * or failed with its error after its last attempt. A process killed mid-job leaves a lease that expires; the job is
 * claimed again (by the restarted process or another one) and runs from the start.
 *
 * "Never done twice": a handler either is idempotent (it reads what is already done and skips it), or writes its
 * effects and `job.complete(tx)` in one transaction — `complete` checks that this worker still holds the lease, so
 * a worker that lost it (it stalled past the lease and another claimed the job) rolls its transaction back.
 */
import os from "node:os";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { queryRows, type Db, type Executor } from "../../db/client.js";
import type { Mailer } from "../../mail/mailer.js";
import { jobs, type JobState } from "./schema.js";
import { errnoCode } from "../../lib/errno.js";
import { returnedRow } from "../../db/rows.js";

/** What a handler is given besides its job (a subset of the app's `Ctx`, so the mailer can run its own jobs). */
export interface JobCtx {
  db: Db;
  mailer: Mailer;
}

export interface RunningJob<P = unknown> {
  id: string;
  name: string;
  key: string | null;
  payload: P;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
  maxAttempts: number;
  /** Records progress on the job's row (any process reads it with `getJob`). */
  setProgress(progress: unknown): Promise<void>;
  /**
   * Marks the job done inside the handler's own transaction, with its writes: both commit or neither does. Throws
   * (rolling the transaction back) when this worker no longer holds the job.
   */
  complete(tx: Executor, result?: unknown): Promise<void>;
}

export interface JobDef<P = unknown> {
  name: string;
  /** Runs the job. Its return value is the job's result (unless it called `job.complete`). Throwing retries it. */
  handler: (ctx: JobCtx, job: RunningJob<P>) => Promise<unknown>;
  /** Attempts before the job is failed (default 3). */
  maxAttempts?: number;
  /** The wait before retry n is `backoffMs · 2^(n-1)` (default 10 s). */
  backoffMs?: number;
  /** How long a claim lasts without renewal (default 60 s); renewed every third of it while the handler runs. */
  leaseMs?: number;
  /** Called once when the job is failed for good (its last attempt failed), e.g. to tell its record. */
  onFailed?: (ctx: JobCtx, job: RunningJob<P>, error: string) => Promise<void>;
}

/** A recurring job: queued once per slot (hour or day, UTC) by whichever process gets there first. */
export interface Schedule {
  job: string;
  every: "minute" | "hour" | "day";
  payload?: unknown;
}

/** Defines a job kind (its handler is type-checked against its payload). */
export function defineJob<P>(def: JobDef<P>): JobDef<P> {
  return def;
}

/** Permanent failure: the job is failed at once, without the remaining attempts. */
export class JobFailure extends Error {}

export type JobRow = typeof jobs.$inferSelect;

export interface EnqueueOptions {
  /** At most one job with this key exists: queuing it again is a no-op that returns the existing job's id. */
  key?: string;
  runAfter?: Date;
  maxAttempts?: number;
}

/** Queues a job within the caller's transaction; returns its id (the existing job's when its key is taken). */
export async function enqueueJob(
  exec: Executor,
  name: string,
  payload: unknown,
  opts: EnqueueOptions = {},
): Promise<string> {
  const id = crypto.randomUUID();
  const rows = await exec
    .insert(jobs)
    .values({
      id,
      name,
      key: opts.key ?? null,
      payload: payload ?? {},
      maxAttempts: opts.maxAttempts ?? defs.get(name)?.maxAttempts ?? 3,
      ...(opts.runAfter ? { runAfter: opts.runAfter } : {}),
    })
    .onConflictDoNothing({ target: jobs.key })
    .returning({ id: jobs.id });
  if (rows.length) return id;
  // Nothing inserted: a job holding this key is there already (only a key can conflict).
  if (opts.key === undefined) throw new Error(`The job ${name} was not inserted`);
  const existing = await exec.select({ id: jobs.id }).from(jobs).where(eq(jobs.key, opts.key));
  return returnedRow(existing, `the job holding the key ${opts.key}`).id;
}

/** A job's row (state, attempts, progress, result, error), from whichever process reads it. */
export async function getJob(db: Executor, id: string): Promise<JobRow | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}

export async function getJobByKey(db: Executor, key: string): Promise<JobRow | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.key, key));
  return row ?? null;
}

/** Every job kind this process can run, by name (filled by `registerJobs` from src/server/jobs.ts). */
const defs = new Map<string, JobDef<never>>();
let schedules: Schedule[] = [];

/** Registers the job kinds and the schedules (src/server/jobs.ts, the one list of them). */
export function registerJobs(list: JobDef<never>[], recurring: Schedule[]): void {
  for (const d of list) defs.set(d.name, d);
  schedules = recurring;
}

const workerId = () => `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;

const backoff = (def: JobDef<never>, attempt: number) => (def.backoffMs ?? 10_000) * 2 ** Math.max(0, attempt - 1);
const leaseOf = (def: JobDef<never> | undefined) => def?.leaseMs ?? 60_000;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 2000);

/**
 * Claims the next runnable job among `names` (or the job with `key`, due or not): queued and due, or running under a
 * lease that expired. Exclusive: the row is locked with SKIP LOCKED inside the single UPDATE, so two workers never get the same.
 */
export async function claimJob(
  db: Db,
  by: string,
  where: { names: string[] } | { key: string },
): Promise<JobRow | null> {
  const filter =
    "key" in where
      ? sql`key = ${where.key}`
      : sql`name in (${sql.join(
          where.names.map((n) => sql`${n}`),
          sql`, `,
        )})`;
  const res = await queryRows<{ id: string }>(
    db,
    sql`
    update jobs set state = 'running', attempts = attempts + 1, locked_by = ${by},
      locked_until = now() + (${leaseOf(undefined)} * interval '1 millisecond'), updated_at = now()
    where id = (
      select id from jobs
      where ${filter}
        and ((state = 'queued' and (run_after <= now() or ${"key" in where})) or (state = 'running' and locked_until < now()))
      order by run_after, created_at
      limit 1
      for update skip locked
    )
    returning id`,
  );
  const id = res[0]?.id;
  if (!id) return null;
  const row = await getJob(db, id);
  if (!row) throw new Error(`The job ${id} just claimed is not there`);
  // The lease is the kind's own (the UPDATE above used the default so it could stay one statement).
  const def = defs.get(row.name);
  if (def?.leaseMs) await renew(db, id, by, def.leaseMs);
  return row;
}

async function renew(db: Db, id: string, by: string, leaseMs: number): Promise<void> {
  await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + (${leaseMs} * interval '1 millisecond')`, updatedAt: new Date() })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, by), eq(jobs.state, "running")));
}

/** Runs a claimed job to its end: done, queued again after a backoff, or failed. Never throws. */
async function execute(ctx: JobCtx, by: string, row: JobRow, def: JobDef<never> | undefined): Promise<JobState> {
  const mine = and(eq(jobs.id, row.id), eq(jobs.lockedBy, by), eq(jobs.state, "running"));
  let completed = false;
  /** Marks the job done, if this worker still holds it; true when it did. */
  const markDone = async (db: Executor, result: unknown): Promise<boolean> => {
    const done = await db
      .update(jobs)
      .set({
        state: "done",
        result: result ?? null,
        error: null,
        lockedUntil: null,
        finishedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(mine)
      .returning({ id: jobs.id });
    return done.length > 0;
  };
  const job: RunningJob<never> = {
    id: row.id,
    name: row.name,
    key: row.key,
    payload: row.payload as never,
    attempt: row.attempts,
    maxAttempts: row.maxAttempts,
    async setProgress(progress) {
      await ctx.db.update(jobs).set({ progress, updatedAt: new Date() }).where(mine);
    },
    async complete(tx, result) {
      // Fault injection for the restart test (modules/jobs/restart.test.ts): the process kills itself with SIGKILL
      // inside the job's transaction, after all its writes and before they commit — the worst moment to die.
      if (process.env.FOCAL_TEST_KILL_IN_JOB === row.name && row.attempts === 1) process.kill(process.pid, "SIGKILL");
      if (!(await markDone(tx, result))) throw new Error(`job ${row.id} is no longer held by this worker`);
      completed = true;
    },
  };
  const fail = async (err: unknown, permanent: boolean): Promise<JobState> => {
    const error = message(err);
    const last = permanent || !def || row.attempts >= row.maxAttempts;
    const updated = await ctx.db
      .update(jobs)
      .set(
        last
          ? { state: "failed", error, lockedUntil: null, finishedAt: new Date(), updatedAt: new Date() }
          : {
              state: "queued",
              error,
              lockedUntil: null,
              runAfter: new Date(Date.now() + backoff(def, row.attempts)),
              updatedAt: new Date(),
            },
      )
      .where(mine)
      .returning({ id: jobs.id });
    if (last && updated.length && def?.onFailed) await def.onFailed(ctx, job, error).catch(() => undefined);
    return last ? "failed" : "queued";
  };
  if (!def) return fail(new Error(`no handler for the job "${row.name}"`), true);
  if (row.attempts > row.maxAttempts)
    return fail(new Error(`interrupted (attempt ${row.attempts - 1} was cut off)`), true);
  const lease = def.leaseMs ?? 60_000;
  const timer = setInterval(() => void renew(ctx.db, row.id, by, lease).catch(() => undefined), lease / 3);
  try {
    const result = await def.handler(ctx, job);
    if (!completed && !(await markDone(ctx.db, result))) return "running";
    return "done";
  } catch (err) {
    return await fail(err, err instanceof JobFailure).catch(() => "failed" as const);
  } finally {
    clearInterval(timer);
  }
}

/**
 * Runs one job now in this process, by its key, when nobody holds it (the mailer's first attempt happens in the
 * request that sent the message). Resolves with the job's state afterwards, or null when it was not runnable.
 */
export async function runJobNow(ctx: JobCtx, key: string): Promise<JobState | null> {
  const by = workerId();
  const row = await claimJob(ctx.db, by, { key });
  if (!row) return null;
  return execute(ctx, by, row, defs.get(row.name));
}

const slotStart = (every: Schedule["every"], now: Date) => {
  const d = new Date(now);
  d.setUTCSeconds(0, 0);
  if (every !== "minute") d.setUTCMinutes(0);
  if (every === "day") d.setUTCHours(0);
  return d;
};

/** Queues the current slot of every schedule; the slot's key makes this a no-op in every process but the first. */
export async function queueSchedules(db: Executor, now = new Date()): Promise<void> {
  for (const s of schedules) {
    const slot = slotStart(s.every, now).toISOString();
    await enqueueJob(db, s.job, s.payload ?? {}, { key: `schedule:${s.job}:${slot}` });
  }
}

export interface JobWorker {
  /** Looks for work now instead of at the next poll (after queuing a job). */
  wake(): void;
  /** Resolves when no job this worker can run is queued and due, or running here. */
  idle(): Promise<void>;
  /** Stops claiming, waits for the running job to finish. */
  stop(): Promise<void>;
}

const workers = new Map<Db, Set<JobWorker>>();

/** Wakes the workers of this process that work on `db` (after a transaction that queued a job committed). */
export function wakeJobs(db: Db): void {
  for (const w of workers.get(db) ?? []) w.wake();
}

/** Resolves when the workers of this process on `db` have nothing left to do (tests). */
export async function jobsIdle(db: Db): Promise<void> {
  for (const w of workers.get(db) ?? []) await w.idle();
}

export interface WorkerOptions {
  /** How often an idle worker looks for jobs queued by other processes or come due (default 1 s). */
  pollMs?: number;
  onError?: (err: unknown) => void;
  /** Told when a job starts and how it ended (the app's log, at info level). */
  onRun?: (event: { job: string; name: string; attempt: number; state?: JobState }) => void;
}

/**
 * Jobs left running by a process that is gone get their lease back at once instead of when it expires: on PGlite
 * every holder is gone (the data directory is locked by this process); on PostgreSQL, holders on this machine whose
 * process no longer exists. Holders elsewhere keep their lease until it expires.
 */
export async function releaseDeadHolders(db: Db, embedded: boolean): Promise<number> {
  const held = await db.selectDistinct({ by: jobs.lockedBy }).from(jobs).where(eq(jobs.state, "running"));
  const gone = held
    .map((h) => h.by)
    .filter((by): by is string => {
      if (!by) return false;
      const [host, pid] = by.split(":");
      if (host === os.hostname() && Number(pid) === process.pid) return false;
      if (embedded) return true;
      if (host !== os.hostname() || !pid) return false;
      try {
        process.kill(Number(pid), 0);
        return false;
      } catch (err) {
        return errnoCode(err) === "ESRCH";
      }
    });
  if (!gone.length) return 0;
  const freed = await db
    .update(jobs)
    .set({ lockedUntil: sql`now() - interval '1 second'` })
    .where(and(eq(jobs.state, "running"), inArray(jobs.lockedBy, gone)))
    .returning({ id: jobs.id });
  return freed.length;
}

/** Starts this process's worker: one job at a time, every registered kind, the schedules queued once a minute. */
export function startJobWorker(ctx: JobCtx, opts: WorkerOptions = {}): JobWorker {
  const by = workerId();
  const pollMs = opts.pollMs ?? 1000;
  let stopped = false;
  let sleeping: { timer: NodeJS.Timeout; resolve: () => void } | null = null;
  let lastSchedule = 0;
  let busy = false;
  const idleWaiters: (() => void)[] = [];

  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        sleeping = null;
        resolve();
      }, pollMs);
      sleeping = { timer, resolve };
    });
  const wake = () => {
    if (!sleeping) return;
    clearTimeout(sleeping.timer);
    const r = sleeping.resolve;
    sleeping = null;
    r();
  };

  const loop = async () => {
    while (!stopped) {
      let ran = false;
      busy = true;
      try {
        if (Date.now() - lastSchedule >= 60_000) {
          lastSchedule = Date.now();
          await queueSchedules(ctx.db);
        }
        const row = defs.size ? await claimJob(ctx.db, by, { names: [...defs.keys()] }) : null;
        if (row) {
          ran = true;
          const event = { job: row.id, name: row.name, attempt: row.attempts };
          opts.onRun?.(event);
          // Run first: `opts.onRun?.(…)` would not evaluate its argument when no listener is given.
          const state = await execute(ctx, by, row, defs.get(row.name));
          opts.onRun?.({ ...event, state });
        }
      } catch (err) {
        if (!stopped) opts.onError?.(err);
      } finally {
        busy = false;
      }
      if (!ran) {
        for (const w of idleWaiters.splice(0)) w();
        if (!stopped) await sleep();
      } else {
        // Let requests in between two jobs.
        await new Promise((r) => setImmediate(r));
      }
    }
  };
  const done = loop();
  const worker: JobWorker = {
    wake,
    idle() {
      if (stopped) return Promise.resolve();
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        if (!busy) wake();
      });
    },
    async stop() {
      stopped = true;
      wake();
      await done;
      for (const w of idleWaiters.splice(0)) w();
      workers.get(ctx.db)?.delete(worker);
    },
  };
  const running = workers.get(ctx.db) ?? new Set();
  workers.set(ctx.db, running.add(worker));
  return worker;
}

/** Old finished jobs are dropped after a week (their payloads may name people). */
export async function tidyJobs(db: Executor, now = new Date()): Promise<number> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600_000);
  const gone = await db
    .delete(jobs)
    .where(and(inArray(jobs.state, ["done", "failed"]), lt(jobs.updatedAt, weekAgo)))
    .returning({ id: jobs.id });
  return gone.length;
}

export const tidyJobsJob = defineJob<Record<string, never>>({
  name: "jobs.tidy",
  handler: async (ctx) => ({ removed: await tidyJobs(ctx.db) }),
});
