/**
 * What bench/soak.ts and bench/kill.ts share: a database for Focal (a PGlite data directory, or a fresh PostgreSQL
 * database created and dropped here), the demo data with a badge for every accredited delegate and their tokens
 * (written in-process before Focal starts, since a running Focal holds PGlite's directory), the compiled Focal
 * started as `npm start` runs it (`node scripts/start.mjs`), signing in, RSS.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "../src/server/db/client.js";
import { seedDemoIfEmpty } from "../src/server/seed/demo.js";
import { demoIds } from "../src/server/seed/ids.js";
import { listDelegateRows } from "../src/server/modules/meetings/delegates.js";
import { badgeCredentials, issueMissingBadgesTx } from "../src/server/modules/badges/service.js";
import { request, root, sleep } from "./lib.js";

/** The PostgreSQL server the databases are made on: BENCH_ADMIN_URL, else TEST_DATABASE_URL (as in CI), else the local one. */
export const ADMIN_URL =
  process.env.BENCH_ADMIN_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface Target {
  kind: "pglite" | "postgres";
  dataDir: string;
  databaseUrl: string | null;
  /** Drops the PostgreSQL database (if any) and removes the work directory. */
  dispose(): Promise<void>;
}

/** `--name value` from argv, or the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** A work directory and, for PostgreSQL, a new empty database on ADMIN_URL's server. */
export async function makeTarget(kind: string, prefix: string): Promise<Target> {
  if (kind !== "pglite" && kind !== "postgres") throw new Error(`--db is pglite or postgres, not "${kind}"`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  let databaseUrl: string | null = null;
  const dbName = `${prefix.replace(/[^a-z0-9]/g, "_")}${Date.now().toString(36)}`;
  if (kind === "postgres") {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(ADMIN_URL);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  return {
    kind,
    dataDir: path.join(work, "data"),
    databaseUrl,
    async dispose() {
      if (databaseUrl) {
        const admin = new pg.Client({ connectionString: ADMIN_URL });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await admin.end();
      }
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Seeds the demo data, issues a badge to every accredited delegate of ACCSM 21; the badge tokens. */
export async function seedWithBadges(t: Target): Promise<string[]> {
  const database = await openDatabase({ databaseUrl: t.databaseUrl, dataDir: t.dataDir });
  try {
    await seedDemoIfEmpty(database.db);
    const M = demoIds.meetingAccsm21;
    const people = (await listDelegateRows(database.db, { meetingId: M })).filter(
      (p) => p.row.accreditationStatus === "accredited",
    );
    const badges = await database.db.transaction((tx) =>
      issueMissingBadgesTx(
        tx,
        { id: crypto.randomUUID(), name: "bench" },
        M,
        people.map((p) => p.row.id),
      ),
    );
    const tokens: string[] = [];
    for (const b of badges.values()) tokens.push((await badgeCredentials(database.db, b)).token);
    return tokens;
  } finally {
    await database.close();
  }
}

export interface Focal {
  child: ChildProcess;
  port: number;
  log: string;
  exited: Promise<number>;
}

/**
 * Starts Focal as `npm start` does (`node scripts/start.mjs`: a no-op build when nothing changed, then the compiled
 * server in the same process, so `child.pid` is Focal's own pid). Sign-in and anonymous rate limits are raised: the
 * load generator is one address speaking for many users. Resolves once /api/health answers 200.
 */
export async function startFocal(t: Target, port: number, log: string, extra: NodeJS.ProcessEnv = {}): Promise<Focal> {
  const out = fs.openSync(log, "a");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    FOCAL_DATA_DIR: t.dataDir,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    FOCAL_DEMO: "1",
    RATE_LIMIT_SIGNIN: "1000000",
    RATE_LIMIT_ANONYMOUS: "1000000",
    // The sign-in pause counts every attempt in flight for one e-mail from one address (so parallel guesses cannot
    // outrun it): the load generator's many simultaneous correct sign-ins of four accounts from one address would
    // trip it, as no person does. The pause itself is proven by auth/signin.security.test.ts.
    SIGNIN_FREE_FAILURES: "1000",
    ...extra,
  };
  if (t.databaseUrl) env.DATABASE_URL = t.databaseUrl;
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env,
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1))),
  );
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      if (child.exitCode === null) child.kill("SIGKILL");
      throw new Error(`Focal did not start:\n${fs.readFileSync(log, "utf8").slice(-3000)}`);
    }
    try {
      if ((await request(port, "GET", "/api/health", { timeoutMs: 5000 })).status === 200) break;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  return { child, port, log, exited };
}

/** SIGTERM, then SIGKILL after 20 s; the exit code. */
export async function stopFocal(f: Focal): Promise<number> {
  if (f.child.exitCode === null && f.child.signalCode === null) f.child.kill("SIGTERM");
  const timer = setTimeout(() => f.child.kill("SIGKILL"), 20_000);
  const code = await f.exited;
  clearTimeout(timer);
  return code;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export async function signInAs(port: number, email: string): Promise<Session> {
  const res = await request(port, "POST", "/api/auth/login", {
    body: JSON.stringify({ email, password: "focal-demo-2022" }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${res.body}`);
  const cookies = [res.headers["set-cookie"] ?? []].flat();
  const cookie = cookies.map((c) => c.split(";")[0]).join("; ");
  const body: unknown = JSON.parse(res.body);
  const csrfToken =
    typeof body === "object" && body !== null && "csrfToken" in body && typeof body.csrfToken === "string"
      ? body.csrfToken
      : "";
  return { cookie, csrfToken, headers: { cookie, "x-csrf-token": csrfToken } };
}

/** Resident set size of a process in MB. */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/** A JSON body's field, or undefined. */
export function field(body: string, key: string): unknown {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === "object" && v !== null ? Object.entries(v).find(([k]) => k === key)?.[1] : undefined;
  } catch {
    return undefined;
  }
}
