import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { freshDatabase } from "../../test/harness.js";
import type { Database } from "../../db/client.js";
import { createMailer } from "../../mail/mailer.js";
import {
  JobFailure,
  claimJob,
  defineJob,
  enqueueJob,
  getJob,
  queueSchedules,
  registerJobs,
  releaseDeadHolders,
  runJobNow,
  startJobWorker,
  type JobCtx,
  type JobDef,
} from "./service.js";
import { jobs } from "./schema.js";

let database: Database;
let ctx: JobCtx;

/** Which job ran, once per run (the handlers below append to it). */
const runs: string[] = [];
const gates = new Map<string, Promise<void>>();
const failuresLeft = new Map<string, number>();
const failedCalls: string[] = [];

const countJob = defineJob<{ n: number }>({
  name: "test.count",
  handler: async (_ctx, job) => {
    runs.push(job.id);
    // A little work between queries, so that parallel workers overlap.
    await new Promise((r) => setTimeout(r, 2));
    return { n: job.payload.n };
  },
});

const flakyJob = defineJob<Record<string, never>>({
  name: "test.flaky",
  maxAttempts: 3,
  backoffMs: 60_000,
  handler: async (_ctx, job) => {
    const left = failuresLeft.get(job.id) ?? 0;
    if (left > 0) {
      failuresLeft.set(job.id, left - 1);
      throw new Error(`attempt ${job.attempt} broke`);
    }
    return { attempt: job.attempt };
  },
  onFailed: async (_ctx, job) => {
    failedCalls.push(job.id);
  },
});

const permanentJob = defineJob<Record<string, never>>({
  name: "test.permanent",
  maxAttempts: 5,
  handler: async () => {
    throw new JobFailure("this cannot work");
  },
});

/** Writes its effect and its completion in one transaction, after an optional gate (a stalled worker). */
const effectJob = defineJob<{ tag: string }>({
  name: "test.effect",
  handler: async (c, job) => {
    await gates.get(`${job.payload.tag}:${job.attempt}`);
    await c.db.transaction(async (tx) => {
      await tx.execute(sql`insert into test_effects (job_id, attempt) values (${job.id}, ${job.attempt})`);
      await job.complete(tx, { attempt: job.attempt });
    });
  },
});

let progressGate: () => void = () => undefined;
const progressJob = defineJob<Record<string, never>>({
  name: "test.progress",
  handler: async (_c, job) => {
    await job.setProgress({ done: 40, total: 100 });
    await new Promise<void>((r) => (progressGate = r));
    return "ok";
  },
});

beforeAll(async () => {
  database = await freshDatabase({ demo: false });
  ctx = { db: database.db, mailer: createMailer(null, "x") };
  await database.db.execute(sql`create table test_effects (job_id uuid not null, attempt integer not null)`);
  registerJobs([countJob, flakyJob, permanentJob, effectJob, progressJob] as JobDef<never>[], [
    { job: countJob.name, every: "hour", payload: { n: 0 } },
  ]);
});
afterAll(async () => {
  await database?.close();
});

const jobRow = async (id: string) => (await getJob(ctx.db, id))!;

describe("the job runner", () => {
  it("gives each job to one worker only, with several workers claiming at once", async () => {
    const ids: string[] = [];
    for (let n = 0; n < 40; n++) ids.push(await enqueueJob(ctx.db, countJob.name, { n }));
    // Ten claims at the same moment: each returns a different job (or none), never the same one twice.
    const claimed = await Promise.all(
      Array.from({ length: 10 }, (_, i) => claimJob(ctx.db, `test-claimer-${i}`, { names: [countJob.name] })),
    );
    const claimedIds = claimed.map((c) => c!.id);
    expect(new Set(claimedIds).size).toBe(10);
    // Give them back, then three workers empty the queue together.
    await ctx.db
      .update(jobs)
      .set({ state: "queued", attempts: 0, lockedBy: null, lockedUntil: null })
      .where(
        sql`${jobs.id} in (${sql.join(
          claimedIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      );
    const workers = [0, 1, 2].map(() => startJobWorker(ctx, { pollMs: 20 }));
    for (;;) {
      const left = await ctx.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(sql`name = 'test.count' and state <> 'done'`);
      if (!left.length) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(workers.map((w) => w.stop()));
    for (const id of ids) expect(runs.filter((r) => r === id)).toHaveLength(1);
    for (const id of ids) expect(await jobRow(id)).toMatchObject({ state: "done", attempts: 1 });
  });

  it("retries a failing job after a backoff that doubles, and records the error meanwhile", async () => {
    const id = await enqueueJob(ctx.db, flakyJob.name, {}, { key: "flaky-1" });
    failuresLeft.set(id, 2);
    const t0 = Date.now();
    expect(await runJobNow(ctx, "flaky-1")).toBe("queued");
    const first = await jobRow(id);
    expect(first).toMatchObject({ state: "queued", attempts: 1, error: "attempt 1 broke" });
    expect(first.runAfter.getTime()).toBeGreaterThanOrEqual(t0 + 60_000);
    // Not due yet: a worker leaves it alone.
    expect(await claimJob(ctx.db, "test-early", { names: [flakyJob.name] })).toBeNull();
    const t1 = Date.now();
    expect(await runJobNow(ctx, "flaky-1")).toBe("queued");
    const second = await jobRow(id);
    expect(second).toMatchObject({ state: "queued", attempts: 2, error: "attempt 2 broke" });
    expect(second.runAfter.getTime()).toBeGreaterThanOrEqual(t1 + 120_000);
    expect(await runJobNow(ctx, "flaky-1")).toBe("done");
    expect(await jobRow(id)).toMatchObject({ state: "done", attempts: 3, result: { attempt: 3 }, error: null });
    expect(failedCalls).not.toContain(id);
  });

  it("fails a job with its error after its last attempt, and tells its owner once", async () => {
    const id = await enqueueJob(ctx.db, flakyJob.name, {}, { key: "flaky-2" });
    failuresLeft.set(id, 99);
    expect(await runJobNow(ctx, "flaky-2")).toBe("queued");
    expect(await runJobNow(ctx, "flaky-2")).toBe("queued");
    expect(await runJobNow(ctx, "flaky-2")).toBe("failed");
    expect(await jobRow(id)).toMatchObject({ state: "failed", attempts: 3, error: "attempt 3 broke" });
    expect(failedCalls.filter((f) => f === id)).toHaveLength(1);
    // A failed job is not run again.
    expect(await runJobNow(ctx, "flaky-2")).toBeNull();
  });

  it("fails a job at once when its handler says it cannot succeed", async () => {
    const id = await enqueueJob(ctx.db, permanentJob.name, {}, { key: "permanent-1" });
    expect(await runJobNow(ctx, "permanent-1")).toBe("failed");
    expect(await jobRow(id)).toMatchObject({ state: "failed", attempts: 1, error: "this cannot work" });
  });

  it("queues a job with a key once, however many times it is asked", async () => {
    const a = await enqueueJob(ctx.db, countJob.name, { n: 1 }, { key: "once" });
    const b = await enqueueJob(ctx.db, countJob.name, { n: 2 }, { key: "once" });
    expect(b).toBe(a);
    expect(await ctx.db.select().from(jobs).where(eq(jobs.key, "once"))).toHaveLength(1);
  });

  it("queues each schedule's slot once, however many processes get there", async () => {
    const at = new Date("2030-01-01T10:15:00Z");
    await Promise.all([
      queueSchedules(ctx.db, at),
      queueSchedules(ctx.db, at),
      queueSchedules(ctx.db, new Date("2030-01-01T10:59:00Z")),
    ]);
    await queueSchedules(ctx.db, new Date("2030-01-01T11:00:00Z"));
    const slots = await ctx.db
      .select({ key: jobs.key })
      .from(jobs)
      .where(sql`key like 'schedule:test.count:2030%'`);
    expect(slots.map((s) => s.key).sort()).toEqual([
      "schedule:test.count:2030-01-01T10:00:00.000Z",
      "schedule:test.count:2030-01-01T11:00:00.000Z",
    ]);
  });

  it("shows a job's progress to any reader while it runs", async () => {
    const id = await enqueueJob(ctx.db, progressJob.name, {}, { key: "progress-1" });
    const running = runJobNow(ctx, "progress-1");
    let row = await jobRow(id);
    while (!row.progress) {
      await new Promise((r) => setTimeout(r, 10));
      row = await jobRow(id);
    }
    expect(row).toMatchObject({ state: "running", progress: { done: 40, total: 100 } });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    progressGate();
    expect(await running).toBe("done");
    expect(await jobRow(id)).toMatchObject({ state: "done", result: "ok" });
  });

  it("gives a job whose holder stalled past its lease to another worker; the stalled one cannot complete it", async () => {
    let open: () => void = () => undefined;
    gates.set("stall:1", new Promise<void>((r) => (open = r)));
    const id = await enqueueJob(ctx.db, effectJob.name, { tag: "stall" }, { key: "stall" });
    const stalled = runJobNow(ctx, "stall");
    while ((await jobRow(id)).state !== "running") await new Promise((r) => setTimeout(r, 10));
    // The lease runs out (as it does when a holder hangs or its machine stops answering).
    await ctx.db
      .update(jobs)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(jobs.id, id));
    expect(await runJobNow(ctx, "stall")).toBe("done");
    open();
    await stalled;
    const effects = await ctx.db.execute(sql`select attempt from test_effects where job_id = ${id}`);
    expect((effects as unknown as { rows: { attempt: number }[] }).rows).toEqual([{ attempt: 2 }]);
    expect(await jobRow(id)).toMatchObject({ state: "done", attempts: 2, result: { attempt: 2 } });
  });

  it("at start, takes back the jobs of a process that is gone, and leaves a live holder's", async () => {
    const dead = await enqueueJob(ctx.db, effectJob.name, { tag: "dead" }, { key: "dead" });
    const live = await enqueueJob(ctx.db, effectJob.name, { tag: "live" }, { key: "live" });
    const future = sql`now() + interval '1 hour'`;
    // A pid that cannot exist (above Linux's maximum) stands for a process killed with -9.
    await ctx.db
      .update(jobs)
      .set({
        state: "running",
        attempts: 1,
        lockedBy: `${(await import("node:os")).hostname()}:4194400:x`,
        lockedUntil: future,
      })
      .where(eq(jobs.id, dead));
    await ctx.db
      .update(jobs)
      .set({
        state: "running",
        attempts: 1,
        lockedBy: `${(await import("node:os")).hostname()}:${process.pid}:y`,
        lockedUntil: future,
      })
      .where(eq(jobs.id, live));
    expect(await releaseDeadHolders(ctx.db, database.kind === "pglite")).toBe(1);
    expect(await runJobNow(ctx, "dead")).toBe("done");
    expect(await runJobNow(ctx, "live")).toBeNull();
    expect(await jobRow(dead)).toMatchObject({ state: "done", attempts: 2 });
  });
});
