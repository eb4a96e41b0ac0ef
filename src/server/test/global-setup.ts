/**
 * Runs once per `vitest run --project server`: builds two template databases — migrated, and migrated with the
 * demo data — so each test file gets its fresh database by copying a template instead of running initdb, the
 * migrations and the seeds again (that was ~6 s of CPU per file). On PGlite a template is a `dumpDataDir()` tarball;
 * on PostgreSQL (TEST_DATABASE_URL) it is a database that `CREATE DATABASE … TEMPLATE` copies.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client.js";
import { seedDemoIfEmpty } from "../seed/demo.js";

export interface Templates {
  kind: "pglite" | "postgres";
  /** PGlite: dump files. PostgreSQL: database names on the TEST_DATABASE_URL server. */
  empty: string;
  demo: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    focalTemplates: Templates;
  }
}

async function pgliteTemplates(): Promise<{ templates: Templates; teardown: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-templates-"));
  const files = { empty: path.join(dir, "empty.tar"), demo: path.join(dir, "demo.tar") };
  const database = await openDatabase({ databaseUrl: null, dataDir: "memory://" });
  try {
    const dump = async (file: string) =>
      fs.writeFileSync(file, Buffer.from(await (await database.pglite!.dumpDataDir("none")).arrayBuffer()));
    await dump(files.empty);
    await seedDemoIfEmpty(database.db);
    await dump(files.demo);
  } finally {
    await database.close();
  }
  return {
    templates: { kind: "pglite", ...files },
    teardown: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTemplates(url: string): Promise<{ templates: Templates; teardown: () => Promise<void> }> {
  const stamp = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const names = { empty: `focal_tpl_${stamp}_empty`, demo: `focal_tpl_${stamp}_demo` };
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const urlOf = (name: string) => {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  for (const [which, name] of Object.entries(names)) {
    await admin(`CREATE DATABASE ${name}`);
    const database = await openDatabase({ databaseUrl: urlOf(name), dataDir: "" });
    try {
      if (which === "demo") await seedDemoIfEmpty(database.db);
    } finally {
      await database.close();
    }
  }
  return {
    templates: { kind: "postgres", ...names },
    teardown: async () => {
      for (const name of Object.values(names)) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  const { templates, teardown } = url ? await postgresTemplates(url) : await pgliteTemplates();
  project.provide("focalTemplates", templates);
  return teardown;
}
