import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import type { Templates } from "./global-setup.js";
import { loadConfig } from "../config.js";
import { openDatabase, type Database } from "../db/client.js";
import { createMailer } from "../mail/mailer.js";
import { buildApp } from "../app.js";
import type { Ctx } from "../context.js";
import { seedDemoIfEmpty } from "../seed/demo.js";
import { DEMO_PASSWORD } from "../seed/ids.js";

/** The template databases built once per run by global-setup.ts (absent when the harness runs without it). */
function templates(): Templates | undefined {
  try {
    return inject("focalTemplates");
  } catch {
    return undefined;
  }
}

/**
 * A fresh database for one test file: in-memory PGlite by default, or a new database on the PostgreSQL server
 * named by TEST_DATABASE_URL (CI runs the suite both ways). It is a copy of a template made once per run, with the
 * demo data or without.
 */
export async function freshDatabase(opts: { demo?: boolean } = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const tpl = templates();
  const source = tpl ? (opts.demo === false ? tpl.empty : tpl.demo) : null;
  if (!url) {
    const loadDataDir = tpl?.kind === "pglite" && source ? new Blob([fs.readFileSync(source)]) : undefined;
    return openDatabase({ databaseUrl: null, dataDir: "memory://", loadDataDir });
  }
  const name = `focal_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(
    tpl?.kind === "postgres" && source ? `CREATE DATABASE ${name} TEMPLATE ${source}` : `CREATE DATABASE ${name}`,
  );
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString(), dataDir: "" });
  return {
    ...database,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>;
  ctx: Ctx;
  /** Every route the app registered, with its config (so tests cover new modules' routes automatically). */
  routes: { method: string; url: string; public: boolean }[];
  close(): Promise<void>;
  /** Signs in and returns the headers (cookie and CSRF token) for later requests. */
  login(email: string, password?: string): Promise<Record<string, string>>;
}

/** Builds the app on a fresh database, with the demo data unless `demo: false`. */
export async function createTestApp(opts: { demo?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<TestApp> {
  const database = await freshDatabase({ demo: opts.demo });
  // Test files sign in and open links many times a minute from one address; the rate-limit tests set their own.
  const limits = { RATE_LIMIT_SIGNIN: "100000", RATE_LIMIT_LINKS: "100000", RATE_LIMIT_ANONYMOUS: "100000" };
  const config = loadConfig({ ...limits, ...opts.env, FOCAL_DATA_DIR: "memory://" });
  const ctx: Ctx = { db: database.db, database, config, mailer: createMailer(config.smtpUrl, config.mailFrom) };
  if (opts.demo !== false) await seedDemoIfEmpty(database.db);
  const routes: TestApp["routes"] = [];
  const app = await buildApp(ctx, {
    serveWeb: false,
    onRoute: (r) => {
      for (const method of [r.method].flat()) routes.push({ method, url: r.url, public: r.config?.auth === "public" });
    },
  });
  await app.ready();
  return {
    app,
    ctx,
    routes,
    async close() {
      await app.close();
      await database.close();
    },
    async login(email, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      return { cookie, "x-csrf-token": res.json().csrfToken };
    },
  };
}
