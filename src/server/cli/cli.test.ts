import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client.js";
import { openRaw, readDump } from "../db/backup.js";
import { seedDemoIfEmpty } from "../seed/demo.js";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { createMailer } from "../mail/mailer.js";
import { settings } from "../modules/system/schema.js";
import { freePort, runTs, startFocal, stop, tempDir, type Proc } from "../test/process.js";

const SLOW = { timeout: 180_000 };
let root: string;
let dataDir: string;
const procs: Proc[] = [];

beforeAll(() => {
  root = tempDir("focal-cli-");
  dataDir = path.join(root, "data");
});
afterAll(async () => {
  for (const p of procs) await stop(p);
  fs.rmSync(root, { recursive: true, force: true });
});

/** Runs one of the CLIs to the end with no terminal (stdin closed). */
async function cli(name: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const p = runTs(`src/server/cli/${name}.ts`, args, { FOCAL_DATA_DIR: dataDir, ...env });
  procs.push(p);
  const code = await p.exited;
  return { code, out: p.output() };
}

/** Users in a backup file, read from a throw-away in-memory copy. */
async function usersIn(file: string): Promise<string[]> {
  const pglite = await openRaw("memory://", readDump(file));
  try {
    return (await pglite.query<{ email: string }>("select email from users order by email")).rows.map((r) => r.email);
  } finally {
    await pglite.close();
  }
}

describe("create-admin", () => {
  it("creates the first administrator of a real deployment, and the demo is not loaded afterwards", SLOW, async () => {
    const res = await cli(
      "create-admin",
      ["--email", "Chief@Ministry.gov.vn", "--name", "Nguyễn Văn Quản".normalize("NFD")],
      {
        FOCAL_ADMIN_PASSWORD: "a-strong-admin-password",
      },
    );
    expect(res.code, res.out).toBe(0);
    expect(res.out).toContain("Administrator Nguyễn Văn Quản <chief@ministry.gov.vn> created");

    const database = await openDatabase({ databaseUrl: null, dataDir });
    try {
      // What `npm start` does next: the demo is seeded only into an empty database.
      expect(await seedDemoIfEmpty(database.db)).toBe(false);
      const ctx = { db: database.db, database, config: loadConfig({}), mailer: createMailer(null, "x") };
      const app = await buildApp(ctx, { serveWeb: false });
      const bad = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "admin@demo.focal", password: "focal-demo-2022" },
      });
      expect(bad.statusCode).toBe(401);
      const login = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "chief@ministry.gov.vn", password: "a-strong-admin-password" },
      });
      expect(login.statusCode, login.body).toBe(200);
      const me = login.json() as { name: string; grants: { role: string }[]; nav: string[]; csrfToken: string };
      expect(me.name).toBe("Nguyễn Văn Quản");
      expect(me.grants.map((g) => g.role)).toEqual(["admin"]);
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const users = (await app.inject({ method: "GET", url: "/api/users", headers: { cookie } })).json() as unknown[];
      expect(users).toHaveLength(1);
      const trail = (
        await app.inject({ method: "GET", url: "/api/audit?entity=user", headers: { cookie } })
      ).json() as {
        action: string;
        actorName: string;
      }[];
      expect(trail.map((a) => a.action)).toContain("user.create_admin");
      await app.close();
    } finally {
      await database.close();
    }
  });

  it("refuses without a password when there is no terminal, and refuses a taken e-mail", SLOW, async () => {
    const none = await cli("create-admin", ["--email", "second@ministry.gov.vn", "--name", "Second"]);
    expect(none.code).not.toBe(0);
    expect(none.out).toContain("set FOCAL_ADMIN_PASSWORD");
    const taken = await cli("create-admin", ["--email", "chief@ministry.gov.vn", "--name", "Again"], {
      FOCAL_ADMIN_PASSWORD: "another-long-password",
    });
    expect(taken.code).toBe(1);
    expect(taken.out).toContain("already exists");
    const short = await cli("create-admin", ["--email", "s@ministry.gov.vn", "--name", "Short"], {
      FOCAL_ADMIN_PASSWORD: "short",
    });
    expect(short.code).toBe(1);
    expect(short.out).toContain("at least 10 characters");
    const usage = await cli("create-admin", ["--name", "No E-mail"]);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain("usage: npm run create-admin");
  });

  it("refuses a database that holds the demo data unless told otherwise", SLOW, async () => {
    const demoDir = path.join(root, "demo");
    const database = await openDatabase({ databaseUrl: null, dataDir: demoDir });
    await database.db.insert(settings).values({ key: "demo_seeded", value: "2026-01-01T00:00:00Z" });
    await database.close();
    const res = await cli("create-admin", ["--email", "a@ministry.gov.vn", "--name", "A"], {
      FOCAL_DATA_DIR: demoDir,
      FOCAL_ADMIN_PASSWORD: "a-strong-admin-password",
    });
    expect(res.code).toBe(1);
    expect(res.out).toContain("holds the demo data");
  });
});

describe("backup and restore", () => {
  it("backs up the stopped database and restores it, keeping the replaced directory", SLOW, async () => {
    const file = path.join(root, "one.tar.gz");
    const b = await cli("backup", [file]);
    expect(b.code, b.out).toBe(0);
    expect(b.out).toContain(`Backup written to ${file}`);
    expect(await usersIn(file)).toEqual(["chief@ministry.gov.vn"]);
    expect((await cli("backup", [file])).out).toContain("already exists");

    // A change after the backup…
    const later = await cli("create-admin", ["--email", "later@ministry.gov.vn", "--name", "Later"], {
      FOCAL_ADMIN_PASSWORD: "a-strong-admin-password",
    });
    expect(later.code).toBe(0);
    // …is gone after the restore.
    const r = await cli("restore", [file]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("(1 user,");
    const kept = fs.readdirSync(root).filter((d) => d.startsWith("data.before-restore-"));
    expect(kept).toHaveLength(1);
    expect(fs.existsSync(path.join(dataDir, "focal.lock"))).toBe(false);
    const database = await openDatabase({ databaseUrl: null, dataDir });
    try {
      const { users } = await import("../modules/people/schema.js");
      const rows = await database.db.select({ email: users.email }).from(users);
      expect(rows.map((x) => x.email)).toEqual(["chief@ministry.gov.vn"]);
      expect(await database.db.select().from(users).where(eq(users.email, "later@ministry.gov.vn"))).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it("refuses a file that is not a Focal backup and leaves the data directory alone", SLOW, async () => {
    const junk = path.join(root, "junk.tar.gz");
    fs.writeFileSync(junk, "not a backup");
    const before = fs.readdirSync(dataDir).sort();
    const r = await cli("restore", [junk]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("is not a Focal backup");
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
    expect(fs.readdirSync(root).filter((d) => d.includes(".restoring-"))).toEqual([]);
  });

  it("while Focal runs: backup is taken by Focal itself, restore refuses", SLOW, async () => {
    const port = await freePort();
    const focal = startFocal({ FOCAL_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", FOCAL_DEMO: "0" });
    procs.push(focal);
    await focal.waitFor(/Focal is running/);
    const pid = fs.readFileSync(path.join(dataDir, "focal.lock"), "utf8");

    const file = path.join(root, "hot.tar.gz");
    const b = await cli("backup", [file]);
    expect(b.code, b.out).toBe(0);
    expect(b.out).toContain(`Focal (pid ${pid}) is running on ${dataDir}`);
    expect(b.out).toContain("taken by the running Focal");
    expect(await usersIn(file)).toEqual(["chief@ministry.gov.vn"]);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith("focal-backup"))).toEqual([]);

    const r = await cli("restore", [file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Focal (pid ${pid}) is running on ${dataDir}. Stop it first`);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    expect(await stop(focal)).toBe(0);
  });

  it("on PostgreSQL points to pg_dump and pg_restore", SLOW, async () => {
    const env = { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/focal" };
    const b = await cli("backup", [], env);
    expect(b.code).toBe(1);
    expect(b.out).toContain("pg_dump");
    const r = await cli("restore", [path.join(root, "one.tar.gz")], env);
    expect(r.code).toBe(1);
    expect(r.out).toContain("pg_restore");
  });
});
