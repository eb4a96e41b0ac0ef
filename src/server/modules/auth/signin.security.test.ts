/**
 * Issue 11, point 1: the sign-in pause and the rate limits. Each test reproduces a finding of the outside probe:
 * parallel wrong passwords passing the lockout, anyone locking any account, existing e-mails answering differently
 * from unknown ones, and no rate limit on the anonymous routes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { buildApp } from "../../app.js";
import { DEMO_PASSWORD } from "../../seed/ids.js";
import { users } from "../people/schema.js";
import { auditLog } from "../audit/schema.js";
import { signinFailures } from "./schema.js";
import { pauseSeconds } from "./service.js";
import type { Config } from "../../config.js";

type App = TestApp["app"];
let t: TestApp;
/** The same database with a first pause of ten minutes: a burst ends long before it, however slow the machine. */
let slow: App;
beforeAll(async () => {
  t = await createTestApp();
  slow = await buildApp(
    { ...t.ctx, config: { ...t.ctx.config, signin: { ...t.ctx.config.signin, firstPauseSeconds: 600 } } },
    { serveWeb: false },
  );
});
afterAll(async () => {
  await slow?.close();
  await t?.close();
});

const login = (app: App, email: string, password: string, ip: string, headers: Record<string, string> = {}) =>
  app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, headers, remoteAddress: ip });

/** The password checks made for an existing user: each leaves one audit row. */
async function checks(email: string): Promise<number> {
  const [u] = await t.ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const rows = await t.ctx.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, u!.id), inArray(auditLog.action, ["auth.failed", "auth.locked"])));
  return rows.length;
}

/** Ends the current pause of (e-mail, address), as if its time had passed. */
async function endPause(email: string, ip: string) {
  await t.ctx.db
    .update(signinFailures)
    .set({ pausedUntil: new Date(Date.now() - 1000) })
    .where(and(eq(signinFailures.email, email), eq(signinFailures.ip, ip)));
}

describe("the sign-in pause", () => {
  it("a burst of 40 parallel wrong passwords gets no more than SIGNIN_FREE_FAILURES password checks", async () => {
    const free = t.ctx.config.signin.freeFailures;
    const email = "health@demo.focal";
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(slow, email, `burst-${i}`, "203.0.113.10")),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.every((c) => c === 401 || c === 429)).toBe(true);
    expect(codes.filter((c) => c === 401).length).toBe(free - 1);
    expect(codes.filter((c) => c === 429).length).toBe(40 - (free - 1));
    expect(await checks(email)).toBe(free);
    for (const r of answers.filter((x) => x.statusCode === 429)) {
      expectError(r, 429, "SIGNIN_PAUSED");
      expect(Number(r.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    }
    // The right password from the paused address waits too.
    expectError(await login(slow, email, DEMO_PASSWORD, "203.0.113.10"), 429, "SIGNIN_PAUSED");
  });

  it("the pause holds only for that address: the owner signs in from elsewhere meanwhile", async () => {
    const email = "agency.hanoi@demo.focal";
    await Promise.all(Array.from({ length: 20 }, (_, i) => login(slow, email, `attacker-${i}`, "198.51.100.66")));
    expectError(await login(slow, email, DEMO_PASSWORD, "198.51.100.66"), 429, "SIGNIN_PAUSED");
    const owner = await login(slow, email, DEMO_PASSWORD, "192.0.2.15");
    expect(owner.statusCode, owner.body).toBe(200);
    // Even the administrator cannot be locked out by someone else's failures.
    await Promise.all(Array.from({ length: 20 }, (_, i) => login(slow, "admin@demo.focal", `x-${i}`, "198.51.100.66")));
    expect((await login(slow, "admin@demo.focal", DEMO_PASSWORD, "192.0.2.16")).statusCode).toBe(200);
  });

  it("pauses double with each further failure up to the cap, and the right password starts the count again", async () => {
    // A first pause of a minute, so that "within the pause" does not depend on how fast this machine is.
    const cfg = { ...t.ctx.config.signin, firstPauseSeconds: 60, maxPauseSeconds: 300 };
    const app = await buildApp({ ...t.ctx, config: { ...t.ctx.config, signin: cfg } }, { serveWeb: false });
    const email = "unit.napa@demo.focal";
    const ip = "203.0.113.20";
    for (let i = 1; i < cfg.freeFailures; i++) {
      expectError(await login(app, email, `wrong-${i}`, ip), 401, "INVALID_CREDENTIALS");
    }
    const seen: number[] = [];
    for (let n = cfg.freeFailures; n < cfg.freeFailures + 4; n++) {
      const res = await login(app, email, `wrong-${n}`, ip, { "accept-language": "en" });
      const e = expectError(res, 429, "SIGNIN_PAUSED");
      seen.push(Number(res.headers["retry-after"]));
      expect(e.message).toBe(`Too many failed sign-in attempts. Wait ${pauseSeconds(n, cfg)} seconds and try again.`);
      // Within the pause nothing is checked, whatever the password.
      expectError(await login(app, email, DEMO_PASSWORD, ip), 429, "SIGNIN_PAUSED");
      await endPause(email, ip);
    }
    expect(seen).toEqual([60, 120, 240, 300]);
    expect(pauseSeconds(cfg.freeFailures + 40, cfg)).toBe(cfg.maxPauseSeconds);
    expect((await login(app, email, DEMO_PASSWORD, ip)).statusCode).toBe(200);
    const left = await t.ctx.db.select().from(signinFailures).where(eq(signinFailures.email, email));
    expect(left).toEqual([]);
    await app.close();
  });

  it("an unknown e-mail answers exactly like an existing one, attempt by attempt, pause included", async () => {
    const run = async (email: string, ip: string) => {
      const out: { status: number; body: string; retry: unknown }[] = [];
      for (let i = 0; i < t.ctx.config.signin.freeFailures + 2; i++) {
        const r = await login(slow, email, `guess-${i}`, ip);
        // Inside a pause the answer counts the seconds left, which may differ by one between the two runs.
        const inPause = i >= t.ctx.config.signin.freeFailures;
        const digits = (v: string) => (inPause ? v.replace(/\d+/g, "N") : v);
        out.push({ status: r.statusCode, body: digits(r.body), retry: digits(String(r.headers["retry-after"])) });
      }
      return out;
    };
    const existing = await run("minister@demo.focal", "203.0.113.30");
    const unknown = await run("no-such-person@demo.focal", "203.0.113.31");
    expect(unknown).toEqual(existing);
    expect(existing.map((x) => x.status)).toContain(429);
  });

  it("holds across processes: two instances on one database share the count", async () => {
    const other = await buildApp(
      { ...t.ctx, config: { ...t.ctx.config, signin: { ...t.ctx.config.signin, firstPauseSeconds: 600 } } },
      { serveWeb: false },
    );
    const email = "committee@demo.focal";
    const ip = "203.0.113.40";
    const free = t.ctx.config.signin.freeFailures;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(i % 2 ? other : slow, email, `both-${i}`, ip)),
    );
    expect(answers.filter((r) => r.statusCode === 401).length).toBe(free - 1);
    expect(await checks(email)).toBe(free);
    await other.close();
  });
});

describe("rate limits per address", () => {
  const limited = (over: Partial<Config["rateLimit"]>) =>
    buildApp(
      { ...t.ctx, config: { ...t.ctx.config, rateLimit: { ...t.ctx.config.rateLimit, ...over } } },
      { serveWeb: false },
    );

  it("sign-in: a parallel burst gets exactly the configured number through, then 429 in the caller's language", async () => {
    const app = await limited({ signIn: 4 });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        login(app, `burst${i}@nowhere.test`, "x", "198.51.100.1", { "accept-language": "en" }),
      ),
    );
    const limitedOnes = answers.filter((r) => r.statusCode === 429);
    expect(answers.length - limitedOnes.length).toBe(4);
    for (const r of limitedOnes) {
      const e = expectError(r, 429, "RATE_LIMITED");
      expect(e.message).toMatch(/^Too many requests from this address\. Wait \d+ seconds and try again\.$/);
      expect(Number(r.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    }
    const vi = expectError(await login(app, "a@nowhere.test", "x", "198.51.100.1"), 429, "RATE_LIMITED");
    expect(vi.message).toMatch(/^Quá nhiều yêu cầu từ địa chỉ này/);
    // Another address is not limited.
    expect((await login(app, "icd@demo.focal", DEMO_PASSWORD, "198.51.100.2")).statusCode).toBe(200);
    await app.close();
  });

  it("the count is in the database: a second instance continues it", async () => {
    const a = await limited({ signIn: 3 });
    const b = await limited({ signIn: 3 });
    const ip = "198.51.100.3";
    expect((await login(a, "p@nowhere.test", "x", ip)).statusCode).toBe(401);
    expect((await login(b, "p@nowhere.test", "x", ip)).statusCode).toBe(401);
    expect((await login(a, "p@nowhere.test", "x", ip)).statusCode).toBe(401);
    expectError(await login(b, "p@nowhere.test", "x", ip), 429, "RATE_LIMITED");
    await a.close();
    await b.close();
  });

  it("opening registration links and the other anonymous routes are limited too", async () => {
    const app = await limited({ links: 2, anonymous: 3 });
    const open = () =>
      app.inject({
        method: "POST",
        url: "/api/registration/links/open",
        payload: { token: "x".repeat(40) },
        remoteAddress: "198.51.100.4",
      });
    expect((await open()).statusCode).toBe(400);
    expect((await open()).statusCode).toBe(400);
    expectError(await open(), 429, "RATE_LIMITED");
    const health = () => app.inject({ method: "GET", url: "/api/health", remoteAddress: "198.51.100.4" });
    for (let i = 0; i < 3; i++) expect((await health()).statusCode).toBe(200);
    const over = await health();
    expectError(over, 429, "RATE_LIMITED");
    expect(over.headers["retry-after"]).toBeDefined();
    // A signed-in route is not an anonymous one: no limit here.
    const h = await t.login("icd@demo.focal");
    for (let i = 0; i < 5; i++) {
      expect(
        (await app.inject({ method: "GET", url: "/api/me", headers: h, remoteAddress: "198.51.100.4" })).statusCode,
      ).toBe(200);
    }
    await app.close();
  });
});
