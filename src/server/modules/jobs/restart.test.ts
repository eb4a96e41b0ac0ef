/**
 * A job survives the death of its process: real Focal processes on one data directory (PGlite) or one database
 * (PostgreSQL with TEST_DATABASE_URL), killed with SIGKILL in the middle of a 5,000-row upload's confirmation and in
 * the middle of a badge batch, then started again. The work is finished after the restart, exactly once.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { openDatabase, type Database } from "../../db/client.js";
import { freePort, startFocal, stop, tempDir, type Proc } from "../../test/process.js";
import { DEMO_PASSWORD, demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { delegates } from "../meetings/schema.js";
import { auditLog } from "../audit/schema.js";
import { badges, badgeJobs } from "../badges/schema.js";
import { registrationImports } from "../registration/schema.js";
import { jobs } from "./schema.js";

const SLOW = { timeout: 600_000 };
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const ROWS = 5000;

const root = tempDir("focal-jobs-restart-");
const dataDir = path.join(root, "data");
const adminUrl = process.env.TEST_DATABASE_URL;
const dbName = `focal_restart_${Date.now().toString(36)}`;
let databaseUrl: string | null = null;
const procs: Proc[] = [];
let port = 0;

beforeAll(async () => {
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  port = await freePort();
});

afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
  await Promise.all(procs.map((p) => p.exited));
  fs.rmSync(root, { recursive: true, force: true });
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

async function start(extra: NodeJS.ProcessEnv = {}): Promise<Proc> {
  const env: NodeJS.ProcessEnv = {
    ...extra,
    FOCAL_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    FOCAL_DEMO: "1",
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const p = startFocal(env);
  procs.push(p);
  await p.waitFor(/Focal is running/, 300_000);
  return p;
}

async function kill(p: Proc) {
  p.child.kill("SIGKILL");
  expect(await p.exited).toBe(128 + 9);
}

const base = () => `http://127.0.0.1:${port}`;

async function login(email: string): Promise<Record<string, string>> {
  const res = await fetch(`${base()}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
}

async function call<T>(method: string, url: string, h: Record<string, string>, body?: unknown) {
  const res = await fetch(`${base()}${url}`, {
    method,
    headers: h,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Waits (no time assertion) until `check` holds. */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean): Promise<T> {
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Reads the database while no Focal runs on it (PGlite's directory is locked by a running one). */
async function inspect<T>(fn: (db: Database["db"]) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

interface ImportView {
  id: string;
  status: string;
  summary: { rows: number; ok: number };
  version: number;
}

describe("a job survives a restart", () => {
  it("a 5,000-row upload's confirmation, killed midway, is finished once after the restart", SLOW, async () => {
    // This process is killed with SIGKILL inside the confirmation's transaction, after its 5,000 inserts and their
    // audit rows and before the commit (FOCAL_TEST_KILL_IN_JOB; from outside, on PGlite, no request can tell when
    // the job's one transaction is under way: every other query waits for it).
    let focal = await start({ FOCAL_TEST_KILL_IN_JOB: "registration.import-commit" });
    const host = await login("icd@demo.focal");
    const url = `/api/meetings/${M}/delegations/${THA}/imports`;
    const csv = ["Full name,Passport number"];
    const stamp = Date.now().toString(36).toUpperCase();
    for (let i = 0; i < ROWS; i++) csv.push(`Restart Person ${i} (sample),R${stamp}${String(i).padStart(5, "0")}`);
    const started = await call<ImportView>("POST", url, host, {
      fileName: "restart.csv",
      data: Buffer.from(csv.join("\r\n")).toString("base64"),
    });
    expect(started.status).toBe(202);
    const id = started.body.id;
    const ready = await until(
      () => call<ImportView>("GET", `${url}/${id}`, host),
      (r) => r.body.status !== "parsing",
    );
    expect(ready.body).toMatchObject({ status: "ready", summary: { rows: ROWS, ok: ROWS } });

    const confirming = await call("POST", `${url}/${id}/commit`, host, { version: ready.body.version }).catch(
      () => "connection lost",
    );
    expect(confirming).toBe("connection lost");
    expect(await focal.exited).toBe(128 + 9);
    const cut = await inspect(async (db) => {
      const [job] = await db
        .select()
        .from(jobs)
        .where(eq(jobs.key, `registration.import-commit:${id}`));
      const [imp] = await db
        .select({ status: registrationImports.status })
        .from(registrationImports)
        .where(eq(registrationImports.id, id));
      const stored = await db
        .select({ id: delegates.id })
        .from(delegates)
        .where(sql`${delegates.fullName} like 'Restart Person %'`);
      return { job, imp, stored: stored.length };
    });
    // Cut off in the middle: the job was running, nothing of the upload is stored yet.
    expect(cut.job).toMatchObject({ state: "running", attempts: 1 });
    expect(cut.imp!.status).toBe("committing");
    expect(cut.stored).toBe(0);

    focal = await start();
    const done = await until(
      () => call<ImportView>("GET", `${url}/${id}`, host),
      (r) => r.body.status !== "committing",
    );
    expect(done.body.status).toBe("committed");
    expect(await stop(focal)).toBe(0);

    const after = await inspect(async (db) => {
      const stored = await db
        .select({ id: delegates.id })
        .from(delegates)
        .where(and(eq(delegates.delegationId, THA), sql`${delegates.fullName} like 'Restart Person %'`));
      const ids = stored.map((d) => d.id);
      const [created] = await db
        .select({ n: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct ${auditLog.entityId})::int` })
        .from(auditLog)
        .where(and(eq(auditLog.action, "delegate.create"), inArray(auditLog.entityId, ids)));
      const commits = await db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.action, "registration.import_commit"), eq(auditLog.entityId, id)));
      const [job] = await db
        .select()
        .from(jobs)
        .where(eq(jobs.key, `registration.import-commit:${id}`));
      return { stored: ids.length, created, commits: commits.length, job };
    });
    expect(after.stored).toBe(ROWS);
    expect(after.created).toEqual({ n: ROWS, distinct: ROWS });
    expect(after.commits).toBe(1);
    expect(after.job).toMatchObject({ state: "done", attempts: 2, result: { created: ROWS } });
  });

  it("a badge batch, killed midway, is finished once after the restart", SLOW, async () => {
    let focal = await start();
    const host = await login("icd@demo.focal");
    const queued = await call<{ id: string; status: string; total: number }>(
      "POST",
      `/api/meetings/${M}/badge-jobs`,
      host,
      { size: "a6" },
    );
    expect(queued.status).toBe(202);
    const id = queued.body.id;
    const total = queued.body.total;
    await until(
      () => call<{ status: string; done: number }>("GET", `/api/badge-jobs/${id}`, host),
      (r) => r.body.status === "running" && r.body.done > 0,
    );
    await kill(focal);
    const cut = await inspect(async (db) => {
      const [job] = await db
        .select()
        .from(jobs)
        .where(eq(jobs.key, `badges.batch:${id}`));
      const [batch] = await db
        .select({ status: badgeJobs.status, done: badgeJobs.done })
        .from(badgeJobs)
        .where(eq(badgeJobs.id, id));
      return { job, batch };
    });
    expect(cut.job).toMatchObject({ state: "running", attempts: 1 });
    // Cut before it finished: still running (the worker may have drawn every badge and be storing the PDF).
    expect(cut.batch!.status).toBe("running");
    expect(cut.batch!.done).toBeLessThanOrEqual(total);

    focal = await start();
    const done = await until(
      () => call<{ status: string; done: number; downloadUrl: string | null }>("GET", `/api/badge-jobs/${id}`, host),
      (r) => r.body.status === "done" || r.body.status === "failed",
    );
    expect(done.body).toMatchObject({ status: "done", done: total });
    const file = await fetch(`${base()}${done.body.downloadUrl!}`, { headers: host });
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(await stop(focal)).toBe(0);

    const after = await inspect(async (db) => {
      const perDelegate = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(badges)
        .where(and(eq(badges.meetingId, M), eq(badges.status, "active")))
        .groupBy(badges.delegateId);
      const batches = await db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.action, "badge.batch"), eq(auditLog.entityId, id)));
      const [job] = await db
        .select()
        .from(jobs)
        .where(eq(jobs.key, `badges.batch:${id}`));
      return { perDelegate: perDelegate.map((r) => r.n), batches: batches.length, job };
    });
    // Every printed delegate has one active badge: the second run reused the badges the first one issued.
    expect(after.perDelegate.length).toBeGreaterThanOrEqual(total);
    expect(Math.max(...after.perDelegate)).toBe(1);
    expect(after.batches).toBe(1);
    expect(after.job).toMatchObject({ state: "done", attempts: 2, result: { badges: total } });
  });
});
