/**
 * The sessions, users and /api/me answers held in memory (decision 027): every change that alters what a cached
 * answer says is seen by the next request — sign-out, deactivation, grants, the user's language and name, a meeting
 * or unit renamed — on PGlite and PostgreSQL alike; an expired session is never served; and two Focal instances on
 * one database (on PostgreSQL over two connections: LISTEN/NOTIFY) see each other's changes, also after the
 * listening connection was cut.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { loadConfig } from "../../config.js";
import { openDatabase, queryRows, type Database } from "../../db/client.js";
import { createMailer } from "../../mail/mailer.js";
import { buildApp } from "../../app.js";
import type { Ctx } from "../../context.js";
import { demoIds } from "../../seed/ids.js";
import { grants, users } from "../people/schema.js";
import { authCaches, CACHE_TTL_MS } from "./cache.js";
import { ALL, invalidate } from "../../db/notify.js";

type Headers = Record<string, string>;
const M = demoIds.meetingAccsm21;

let t: TestApp;
let admin: Headers;
let icd: Headers;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
  icd = await t.login("icd@demo.focal");
});
afterAll(async () => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

const me = (headers: Headers, app = t.app) => app.inject({ method: "GET", url: "/api/me", headers });
const pack = (headers: Headers, app = t.app) =>
  app.inject({ method: "GET", url: `/api/meetings/${M}/checkin/pack`, headers });

async function userByEmail(email: string) {
  const [u] = await t.ctx.db.select().from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  return u;
}

async function grantOf(userId: string, role: string) {
  const rows = await t.ctx.db.select().from(grants).where(eq(grants.userId, userId));
  const g = rows.find((r) => r.role === role);
  if (!g) throw new Error(`no ${role} grant`);
  return g;
}

describe("one process", () => {
  it("serves a session from memory once read, and forgets it at sign-out", async () => {
    const h = await t.login("liaison@demo.focal");
    expect((await me(h)).statusCode).toBe(200);
    expect(authCaches(t.ctx.database.notices).sessions.size).toBeGreaterThan(0);
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: h });
    expect(out.statusCode).toBe(200);
    expect((await me(h)).statusCode).toBe(401);
  });

  it("refuses a deactivated user at once, and their old session stays ended after reactivation", async () => {
    const h = await t.login("health@demo.focal");
    expect((await me(h)).statusCode).toBe(200);
    const u = await userByEmail("health@demo.focal");
    const off = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version, active: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await me(h)).statusCode).toBe(401);
    const on = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version + 1, active: true },
    });
    expect(on.statusCode, on.body).toBe(200);
    expect((await me(h)).statusCode).toBe(401);
    expect((await me(await t.login("health@demo.focal"))).statusCode).toBe(200);
  });

  it("follows a grant taken back and given again: /api/me and the routes it opens", async () => {
    const h = await t.login("security@demo.focal");
    expect((await pack(h)).statusCode).toBe(200);
    const u = await userByEmail("security@demo.focal");
    const g = await grantOf(u.id, "security_officer");
    const del = await t.app.inject({ method: "DELETE", url: `/api/users/${u.id}/grants/${g.id}`, headers: admin });
    expect(del.statusCode, del.body).toBe(200);
    expect((await pack(h)).statusCode).toBe(403);
    expect((await me(h)).json().grants).toEqual([]);
    const add = await t.app.inject({
      method: "POST",
      url: `/api/users/${u.id}/grants`,
      headers: admin,
      payload: { role: "security_officer", scopeId: M },
    });
    expect(add.statusCode, add.body).toBe(200);
    expect((await pack(h)).statusCode).toBe(200);
    expect((await me(h)).json().grants.map((x: { role: string }) => x.role)).toEqual(["security_officer"]);
  });

  it("shows the user's new language and name, and a renamed meeting and unit, in /api/me", async () => {
    const h = await t.login("unit.archives@demo.focal");
    const before = (await me(h)).json();
    const lang = before.language === "vi" ? "en" : "vi";
    expect(
      (await t.app.inject({ method: "PATCH", url: "/api/me", headers: h, payload: { language: lang } })).statusCode,
    ).toBe(200);
    expect((await me(h)).json().language).toBe(lang);

    const u = await userByEmail("unit.archives@demo.focal");
    const renamed = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version, name: "Trần Văn Đức (đổi tên)" },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await me(h)).json().name).toBe("Trần Văn Đức (đổi tên)");

    const unit = before.unit;
    const [row] = await queryRows<{ version: number }>(t.ctx.db, sql`select version from units where id = ${unit.id}`);
    const unitPatch = await t.app.inject({
      method: "PATCH",
      url: `/api/units/${unit.id}`,
      headers: admin,
      payload: { version: row?.version, nameVi: "Cục Văn thư và Lưu trữ nhà nước (mới)", nameEn: "Archives (renamed)" },
    });
    expect(unitPatch.statusCode, unitPatch.body).toBe(200);
    const after = (await me(h)).json();
    expect([after.unit.nameVi, after.unit.nameEn]).toEqual([
      "Cục Văn thư và Lưu trữ nhà nước (mới)",
      "Archives (renamed)",
    ]);
    const label = after.grants.find((g: { scopeKind: string }) => g.scopeKind === "unit").scopeLabel;
    expect(["Cục Văn thư và Lưu trữ nhà nước (mới)", "Archives (renamed)"]).toContain(label);

    // A meeting renamed: the registration manager's grant is labelled with the meeting's new title.
    const reg = await t.login("registration@demo.focal");
    const meetingLabel = () =>
      me(reg).then((r) => r.json().grants.find((g: { scopeKind: string }) => g.scopeKind === "meeting").scopeLabel);
    expect(await meetingLabel()).not.toContain("(renamed)");
    const m = (await t.app.inject({ method: "GET", url: `/api/meetings/${M}`, headers: icd })).json();
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/meetings/${M}`,
      headers: icd,
      payload: { version: m.version, titleVi: `${m.titleVi} (renamed)`, titleEn: `${m.titleEn} (renamed)` },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(await meetingLabel()).toContain("(renamed)");
  });

  it("never serves a session past its expiry, even from memory", async () => {
    const h = await t.login("committee@demo.focal");
    expect((await me(h)).statusCode).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + (t.ctx.config.sessionTtlHours + 1) * 3600_000);
    expect((await me(h)).statusCode).toBe(401);
  });
});

/** A second Focal over its own connection to the same PostgreSQL database (another process, as far as caches go). */
async function secondApp(database: Database) {
  const config = loadConfig({ FOCAL_DATA_DIR: "memory://", RATE_LIMIT_SIGNIN: "100000" });
  const ctx: Ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  return { app, ctx };
}

/**
 * On PostgreSQL, B has its own connection to A's database (its own pool and listener: another process as far as
 * caches go). On PGlite one process holds the database, so B is a second app over the same instance and its notices.
 */
describe("two instances on one database", () => {
  let database: Database;
  let b: Awaited<ReturnType<typeof secondApp>>;

  beforeAll(async () => {
    if (process.env.TEST_DATABASE_URL) {
      const [row] = await queryRows<{ name: string }>(t.ctx.db, sql`select current_database() as name`);
      const url = new URL(process.env.TEST_DATABASE_URL);
      url.pathname = `/${row?.name}`;
      database = await openDatabase({ databaseUrl: url.toString(), dataDir: "" });
    } else database = t.ctx.database;
    b = await secondApp(database);
  });
  afterAll(async () => {
    await b?.app.close();
    if (database !== t.ctx.database) await database?.close();
  });

  it("a grant revoked and a user deactivated through A are refused on B", async () => {
    const h = await t.login("liaison@demo.focal");
    const u = await userByEmail("liaison@demo.focal");
    const g = await grantOf(u.id, "liaison_officer");
    const liaison = () => b.app.inject({ method: "GET", url: `/api/meetings/${M}`, headers: h });
    expect((await me(h, b.app)).json().grants.length).toBeGreaterThan(0);
    expect((await liaison()).statusCode).toBe(200);
    expect(authCaches(b.ctx.database.notices).sessions.size).toBeGreaterThan(0);

    const del = await t.app.inject({ method: "DELETE", url: `/api/users/${u.id}/grants/${g.id}`, headers: admin });
    expect(del.statusCode, del.body).toBe(200);
    // B has heard every notice committed before this point (a round trip on its listening connection).
    await b.ctx.database.notices.sync();
    const grantsOnB = (await me(h, b.app)).json().grants as { role: string }[];
    expect(grantsOnB.map((x) => x.role)).not.toContain("liaison_officer");
    expect((await liaison()).statusCode).toBe(403);

    const off = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${u.id}`,
      headers: admin,
      payload: { version: u.version, active: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    await b.ctx.database.notices.sync();
    expect((await me(h, b.app)).statusCode).toBe(401);
  });

  it("empties B's caches when notices may have been missed (PostgreSQL: its listening connection cut)", async () => {
    const h = await t.login("director.icd@demo.focal");
    expect((await me(h, b.app)).statusCode).toBe(200);
    const u = await userByEmail("director.icd@demo.focal");
    // A change no notice announces (as if the notice had been sent while B was not listening).
    await t.ctx.db.update(users).set({ name: "Chu Tuấn Tú (silent)" }).where(eq(users.id, u.id));
    expect((await me(h, b.app)).json().name).not.toBe("Chu Tuấn Tú (silent)");
    const notices = b.ctx.database.notices;
    if (database.kind === "postgres") {
      const epoch = notices.epoch;
      await queryRows(
        t.ctx.db,
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and application_name = 'focal-listen'`,
      );
      for (let i = 0; i < 200 && notices.epoch === epoch; i++) await new Promise((r) => setTimeout(r, 50));
      expect(notices.epoch).toBeGreaterThan(epoch);
      expect(notices.listening).toBe(true);
    } else {
      // PGlite's listener lives in the process and cannot be cut: the notice that empties everything, which the
      // PostgreSQL listener acts on when its connection comes back.
      await t.ctx.db.transaction((tx) => invalidate(tx, ALL, null));
    }
    expect((await me(h, b.app)).json().name).toBe("Chu Tuấn Tú (silent)");
  });

  it("bounds by its time to live how long a change no notice announced is served", async () => {
    const h = await t.login("deputy@demo.focal");
    expect((await me(h, b.app)).statusCode).toBe(200);
    const u = await userByEmail("deputy@demo.focal");
    await t.ctx.db.update(users).set({ name: "Vũ Chiến Thắng (silent)" }).where(eq(users.id, u.id));
    expect((await me(h, b.app)).json().name).not.toBe("Vũ Chiến Thắng (silent)");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + CACHE_TTL_MS + 1000);
    expect((await me(h, b.app)).json().name).toBe("Vũ Chiến Thắng (silent)");
  });
});
