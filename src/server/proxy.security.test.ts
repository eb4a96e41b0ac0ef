/**
 * Issue 11, point 7: the audit records the client's address for every write — the socket's address by default,
 * the one a proxy names only when that proxy is configured as trusted (TRUST_PROXY).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "./test/harness.js";
import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { DEMO_PASSWORD } from "./seed/ids.js";
import { auditLog } from "./modules/audit/schema.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type App = TestApp["app"];

/** Signs in from `ip` (with an X-Forwarded-For claiming another address), then changes the language: two writes. */
async function signInAndWrite(app: App, email: string, ip: string, forwardedFor: string) {
  const headers = { "x-forwarded-for": forwardedFor };
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password: DEMO_PASSWORD },
    headers,
    remoteAddress: ip,
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const write = await app.inject({
    method: "PATCH",
    url: "/api/me",
    payload: { language: "en" },
    headers: { ...headers, cookie, "x-csrf-token": csrf },
    remoteAddress: ip,
  });
  expect(write.statusCode, write.body).toBe(200);
  const rows = await t.ctx.db
    .select({ action: auditLog.action, ip: auditLog.ip })
    .from(auditLog)
    .where(eq(auditLog.actorName, (res.json() as { name: string }).name))
    .orderBy(desc(auditLog.id))
    .limit(2);
  return Object.fromEntries(rows.map((r) => [r.action, r.ip]));
}

describe("the client's address in the audit", () => {
  it("by default X-Forwarded-For is ignored: sign-ins and ordinary writes record the socket's address", async () => {
    expect(t.ctx.config.trustProxy).toBe(false);
    const ips = await signInAndWrite(t.app, "icd@demo.focal", "192.0.2.50", "203.0.113.99");
    expect(ips).toEqual({ "auth.login": "192.0.2.50", "user.preferences": "192.0.2.50" });
  });

  it("behind a trusted proxy the address it names is recorded; from anywhere else the header is ignored", async () => {
    const config = loadConfig({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16" });
    const app = await buildApp(
      { ...t.ctx, config: { ...t.ctx.config, trustProxy: config.trustProxy } },
      {
        serveWeb: false,
      },
    );
    expect(await signInAndWrite(app, "committee@demo.focal", "10.1.2.3", "203.0.113.7")).toEqual({
      "auth.login": "203.0.113.7",
      "user.preferences": "203.0.113.7",
    });
    expect(await signInAndWrite(app, "registration@demo.focal", "192.0.2.77", "203.0.113.8")).toEqual({
      "auth.login": "192.0.2.77",
      "user.preferences": "192.0.2.77",
    });
    await app.close();
  });

  it("TRUST_PROXY takes addresses, CIDRs and range names, and refuses anything else with a clear message", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "loopback,10.0.0.0/8,::1" }).trustProxy).toEqual([
      "loopback",
      "10.0.0.0/8",
      "::1",
    ]);
    for (const bad of ["1", "10.0.0.0/33", "proxy.local", "true"]) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ TRUST_PROXY: "2" })).toThrow(/TRUST_PROXY must list the reverse proxies/);
  });
});
