import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { buildApp } from "../../app.js";
import { DEMO_PASSWORD } from "../../seed/ids.js";
import { sessions } from "./schema.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, headers });

describe("sign-in", () => {
  it("opens a server-side session behind HTTP-only, SameSite cookies", async () => {
    const res = await login("icd@demo.focal", DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const me = res.json() as { email: string; grants: { role: string }[]; csrfToken: string };
    expect(me.email).toBe("icd@demo.focal");
    expect(me.grants.map((g) => g.role)).toEqual(["icd_officer"]);
    expect(res.body).not.toMatch(/passwordHash|argon2/);
    const session = res.cookies.find((c) => c.name === "focal_session")!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe("Lax");
    expect(session.path).toBe("/");
    expect(session.secure).toBeFalsy();
    const csrf = res.cookies.find((c) => c.name === "focal_csrf")!;
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toBe(me.csrfToken);
    // Only the token's hash is stored.
    const rows = await t.ctx.db.select().from(sessions);
    expect(rows.map((r) => r.id)).not.toContain(session.value);
  });

  it("takes the e-mail in any case", async () => {
    expect((await login("ICD@Demo.Focal", DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it("marks cookies Secure behind TLS (PUBLIC_URL https)", async () => {
    const app = await buildApp({ ...t.ctx, config: { ...t.ctx.config, secureCookies: true } }, { serveWeb: false });
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "icd@demo.focal", password: DEMO_PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === "focal_session")!.secure).toBe(true);
    await app.close();
  });

  it("a wrong password and an unknown e-mail get the same 401", async () => {
    const wrong = expectError(await login("minister@demo.focal", "not-the-password"), 401, "INVALID_CREDENTIALS");
    const unknown = expectError(await login("nobody@demo.focal", "not-the-password"), 401, "INVALID_CREDENTIALS");
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.message).toBe("Email hoặc mật khẩu không đúng.");
  });

  it("sessions live in the database, so a second instance honours them; sign-out ends them everywhere", async () => {
    const other = await buildApp(t.ctx, { serveWeb: false });
    const h = await t.login("committee@demo.focal");
    const meThere = await other.inject({ method: "GET", url: "/api/me", headers: h });
    expect(meThere.statusCode).toBe(200);
    expect((meThere.json() as { email: string }).email).toBe("committee@demo.focal");

    const out = await other.inject({ method: "POST", url: "/api/auth/logout", headers: h });
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((c) => c.name === "focal_session")!.value).toBe("");
    expectError(await t.app.inject({ method: "GET", url: "/api/me", headers: h }), 401, "UNAUTHENTICATED");
    await other.close();
  });

  it("an expired session is anonymous", async () => {
    const h = await t.login("registration@demo.focal");
    await t.ctx.db.execute(sql`update sessions set expires_at = now() - interval '1 minute'`);
    expectError(await t.app.inject({ method: "GET", url: "/api/me", headers: h }), 401, "UNAUTHENTICATED");
  });
});

describe("deactivation", () => {
  it("ends the person's sessions and refuses their sign-in", async () => {
    const admin = await t.login("admin@demo.focal");
    const h = await t.login("personnel@demo.focal");
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: h })).json() as { id: string };
    const u = (await t.app.inject({ method: "GET", url: `/api/users/${me.id}`, headers: admin })).json() as {
      version: number;
    };
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${me.id}`,
      headers: admin,
      payload: { version: u.version, active: false },
    });
    expect(res.statusCode).toBe(200);
    expectError(await t.app.inject({ method: "GET", url: "/api/me", headers: h }), 401, "UNAUTHENTICATED");
    expectError(await login("personnel@demo.focal", DEMO_PASSWORD), 403, "ACCOUNT_INACTIVE");
  });

  it("an administrator cannot deactivate themselves", async () => {
    const admin = await t.login("admin@demo.focal");
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: admin })).json() as { id: string };
    const u = (await t.app.inject({ method: "GET", url: `/api/users/${me.id}`, headers: admin })).json() as {
      version: number;
    };
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${me.id}`,
      headers: admin,
      payload: { version: u.version, active: false },
    });
    expectError(res, 400, "CANNOT_DEACTIVATE_SELF");
  });
});

describe("language", () => {
  it("a signed-in user's language setting decides the language of messages", async () => {
    const h = await t.login("deputy@demo.focal");
    await t.app.inject({ method: "PATCH", url: "/api/me", headers: h, payload: { language: "en" } });
    const res = await t.app.inject({ method: "GET", url: "/api/users", headers: { ...h, "accept-language": "vi" } });
    expect(expectError(res, 403, "FORBIDDEN").message).toBe("You are not allowed to do this.");
    const again = await login("deputy@demo.focal", DEMO_PASSWORD);
    expect((again.json() as { language: string }).language).toBe("en");
  });
});
