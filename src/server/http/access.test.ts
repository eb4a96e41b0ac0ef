import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/harness.js";
import { expectError, expectNoLeak } from "../test/expect.js";

let t: TestApp;
let unitIds: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login("admin@demo.focal");
  const units = (await t.app.inject({ method: "GET", url: "/api/units", headers: admin })).json() as {
    id: string;
    code: string;
  }[];
  unitIds = new Map(units.map((u) => [u.code, u.id]));
});
afterAll(async () => t?.close());

/** The only routes an anonymous caller may reach (the foundation issue, "Tests and CI"). */
const PUBLIC = new Set([
  "/api/health",
  "/api/auth/login",
  "/api/openapi.json",
  "/api/auth/invitations/accept",
  // A delegation contact's personal registration link signs them in (registration module).
  "/api/registration/links/open",
]);
const isPublicUrl = (url: string) => PUBLIC.has(url) || url === "/api/docs" || url.startsWith("/api/docs/");

/** A concrete URL for a route pattern: every parameter becomes a random uuid, a wildcard becomes a name. */
const concrete = (url: string) => url.replace(/:[A-Za-z0-9_]+/g, () => randomUUID()).replace(/\*$/, "x");

describe("anonymous callers", () => {
  const apiRoutes = () => t.routes.filter((r) => r.url.startsWith("/api/") || r.url === "/api");

  it("sees the routes of every module registered (the list below is not hand-written)", () => {
    const urls = new Set(apiRoutes().map((r) => `${r.method} ${r.url}`));
    for (const expected of ["GET /api/me", "POST /api/users/:id/grants", "GET /api/audit", "GET /api/mail"]) {
      expect(urls).toContain(expected);
    }
    expect(apiRoutes().length).toBeGreaterThan(15);
  });

  it("only health, sign-in, the API documents and invitation acceptance are public", () => {
    const wronglyPublic = apiRoutes().filter((r) => r.public && !isPublicUrl(r.url));
    const wronglyPrivate = apiRoutes().filter((r) => !r.public && isPublicUrl(r.url));
    expect(wronglyPublic.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(wronglyPrivate.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it("gets 401 in the error shape on every other /api route, whatever the method", async () => {
    const checked: string[] = [];
    for (const r of apiRoutes()) {
      if (isPublicUrl(r.url)) continue;
      const res = await t.app.inject({
        method: r.method as "GET",
        url: concrete(r.url),
        ...(["POST", "PUT", "PATCH"].includes(r.method) ? { payload: {} } : {}),
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      if (r.method !== "HEAD") expectError(res, 401, "UNAUTHENTICATED");
      checked.push(`${r.method} ${r.url}`);
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  it("an unknown or forged session cookie is anonymous", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie: "focal_session=forged" } });
    expectError(res, 401, "UNAUTHENTICATED");
  });

  it("reaches health, the OpenAPI document and the docs without signing in", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).statusCode).toBe(200);
    // Follow the docs' redirects to the page a browser shows.
    let url = "/api/docs";
    let res = await t.app.inject({ method: "GET", url });
    for (let i = 0; i < 3 && res.statusCode === 302; i++) {
      url = new URL(String(res.headers.location), `http://localhost${url}`).pathname;
      res = await t.app.inject({ method: "GET", url });
    }
    expect(res.statusCode, url).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("swagger");
  });

  it("gets 400, not 401, from sign-in and invitation acceptance with an empty body", async () => {
    expectError(await t.app.inject({ method: "POST", url: "/api/auth/login", payload: {} }), 400, "VALIDATION_FAILED");
    expectError(
      await t.app.inject({ method: "POST", url: "/api/auth/invitations/accept", payload: {} }),
      400,
      "VALIDATION_FAILED",
    );
  });
});

describe("unknown routes", () => {
  it("get 404 in the error shape, signed in or not, in the caller's language", async () => {
    const anon = await t.app.inject({ method: "GET", url: "/api/does-not-exist?x=1" });
    const e = expectError(anon, 404, "ROUTE_NOT_FOUND");
    expect(e.message).toContain("/api/does-not-exist");
    expect(e.message).not.toContain("x=1");

    const en = await t.app.inject({
      method: "DELETE",
      url: "/api/nothing/here",
      headers: { "accept-language": "en-GB,en;q=0.9" },
    });
    expect(expectError(en, 404, "ROUTE_NOT_FOUND").message).toBe("There is no route /api/nothing/here.");

    const icd = await t.login("icd@demo.focal");
    expectError(await t.app.inject({ method: "GET", url: "/api/units/x/y/z", headers: icd }), 404, "ROUTE_NOT_FOUND");
  });
});

describe("a unit officer (State Records and Archives Department)", () => {
  let h: Record<string, string>;
  beforeAll(async () => {
    h = await t.login("unit.archives@demo.focal");
  });

  it("reads their own unit's people", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/units/${unitIds.get("ARCHIVES")}/members`, headers: h });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { email: string }[]).map((m) => m.email)).toContain("unit.archives@demo.focal");
  });

  it("cannot read another unit's records (NAPA's members → 403)", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/units/${unitIds.get("NAPA")}/members`, headers: h });
    const e = expectError(res, 403, "FORBIDDEN");
    expect(e.message).toBe("Bạn không có quyền thực hiện thao tác này.");
    expect(res.body).not.toContain("unit.napa@demo.focal");
  });

  it("cannot list users, read another user, or read the audit trail and the outbox", async () => {
    expectError(await t.app.inject({ method: "GET", url: "/api/users", headers: h }), 403, "FORBIDDEN");
    expectError(await t.app.inject({ method: "GET", url: "/api/users?q=nguyen", headers: h }), 403, "FORBIDDEN");
    const admin = await t.login("admin@demo.focal");
    const users = (await t.app.inject({ method: "GET", url: "/api/users", headers: admin })).json() as {
      id: string;
      email: string;
    }[];
    const napa = users.find((u) => u.email === "unit.napa@demo.focal")!;
    expectError(await t.app.inject({ method: "GET", url: `/api/users/${napa.id}`, headers: h }), 403, "FORBIDDEN");
    expectError(await t.app.inject({ method: "GET", url: "/api/audit", headers: h }), 403, "FORBIDDEN");
    expectError(await t.app.inject({ method: "GET", url: "/api/mail", headers: h }), 403, "FORBIDDEN");
  });

  it("cannot grant roles, to others or to themselves, and nothing changes", async () => {
    const admin = await t.login("admin@demo.focal");
    const users = (await t.app.inject({ method: "GET", url: "/api/users", headers: admin })).json() as {
      id: string;
      email: string;
      grants: unknown[];
    }[];
    const me = users.find((u) => u.email === "unit.archives@demo.focal")!;
    const napa = users.find((u) => u.email === "unit.napa@demo.focal")!;
    for (const [target, body] of [
      [me, { role: "admin" }],
      [me, { role: "unit_officer", scopeId: unitIds.get("NAPA") }],
      [napa, { role: "icd_officer" }],
    ] as const) {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/users/${target.id}/grants`,
        headers: h,
        payload: body,
      });
      expectError(res, 403, "FORBIDDEN");
    }
    const after = (await t.app.inject({ method: "GET", url: "/api/users", headers: admin })).json() as {
      id: string;
      grants: unknown[];
    }[];
    expect(after.find((u) => u.id === me.id)!.grants).toEqual(me.grants);
    expect(after.find((u) => u.id === napa.id)!.grants).toEqual(napa.grants);
    const audit = (
      await t.app.inject({ method: "GET", url: "/api/audit?entity=user&limit=200", headers: admin })
    ).json() as { action: string }[];
    expect(audit.filter((a) => a.action === "grant.add")).toEqual([]);
  });

  it("cannot invite, edit or deactivate users", async () => {
    expectError(
      await t.app.inject({
        method: "POST",
        url: "/api/users",
        headers: h,
        payload: { email: "x@example.org", name: "X", language: "vi" },
      }),
      403,
      "FORBIDDEN",
    );
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: h })).json() as { id: string };
    expectError(
      await t.app.inject({
        method: "PATCH",
        url: `/api/users/${me.id}`,
        headers: h,
        payload: { version: 1, name: "Tự đổi tên" },
      }),
      403,
      "FORBIDDEN",
    );
  });

  it("sees only the navigation their grant opens", async () => {
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: h })).json() as { nav: string[] };
    expect(me.nav).toEqual(["cooperation"]);
  });
});

describe("CSRF", () => {
  it("a cookie-authenticated write without the CSRF token gets 403 and changes nothing", async () => {
    const h = await t.login("icd@demo.focal");
    const { cookie } = h;
    const missing = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: { cookie },
      payload: { language: "en" },
    });
    expectError(missing, 403, "CSRF_FAILED");
    const wrong = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: { cookie, "x-csrf-token": "not-the-token" },
      payload: { language: "en" },
    });
    expectError(wrong, 403, "CSRF_FAILED");
    const logout = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expectError(logout, 403, "CSRF_FAILED");

    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect((me.json() as { language: string }).language).toBe("vi");

    const ok = await t.app.inject({ method: "PATCH", url: "/api/me", headers: h, payload: { language: "en" } });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as { language: string }).language).toBe("en");
  });

  it("a token from another session does not pass", async () => {
    const a = await t.login("personnel@demo.focal");
    const b = await t.login("deputy@demo.focal");
    const res = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: { cookie: a.cookie, "x-csrf-token": b["x-csrf-token"] },
      payload: { language: "en" },
    });
    expectError(res, 403, "CSRF_FAILED");
  });
});

describe("malformed requests", () => {
  it("bad JSON gets 400 in the error shape with a stable code", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json", "accept-language": "en" },
      payload: '{"email": "admin@demo.focal", "password": ',
    });
    const e = expectError(res, 400, "BAD_JSON");
    expect(e.message).toBe("The body sent is not valid JSON.");
  });

  it("a body over the limit gets 413 in the error shape", async () => {
    const h = await t.login("admin@demo.focal");
    const res = await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: { ...h, "content-type": "application/json" },
      payload: JSON.stringify({ language: "x".repeat(13 * 1024 * 1024) }),
    });
    expectError(res, 413, "PAYLOAD_TOO_LARGE");
  });

  it("validation errors name the field and leak nothing", async () => {
    const h = await t.login("admin@demo.focal");
    const res = await t.app.inject({
      method: "GET",
      url: "/api/users/not-a-uuid",
      headers: { ...h, "accept-language": "en" },
    });
    const e = expectError(res, 400, "VALIDATION_FAILED");
    expect((e.details as { field: string }[]).map((d) => d.field)).toContain("params.id");
    expectNoLeak(JSON.stringify(e));
  });
});
