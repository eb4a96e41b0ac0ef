/**
 * Issue 11, point 5: security headers on every answer (helmet) and `Cache-Control: no-store` on every API answer —
 * delegates with passports, delegate lists, registrations and exports included.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./test/harness.js";
import { buildApp } from "./app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(headers: Record<string, unknown>) {
  const csp = directives(String(headers["content-security-policy"] ?? ""));
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
}

const list = (body: unknown) => (Array.isArray(body) ? body : (body as { items: unknown[] }).items) as { id: string }[];

describe("security headers", () => {
  it("every answer carries the CSP, frame, nosniff and referrer headers; no HSTS on plain http", async () => {
    for (const url of ["/api/health", "/api/me", "/api/no-such-route"]) {
      const res = await t.app.inject({ method: "GET", url });
      expectSecurityHeaders(res.headers);
      expect(res.headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("the web app's page is served under the same policy", async () => {
    const web = fs.mkdtempSync(path.join(os.tmpdir(), "focal-web-"));
    fs.mkdirSync(path.join(web, "assets"));
    fs.writeFileSync(path.join(web, "index.html"), "<!doctype html><title>Focal</title>");
    const app = await buildApp(t.ctx, { webRoot: web });
    const res = await app.inject({ method: "GET", url: "/meetings" });
    expect(res.statusCode).toBe(200);
    expectSecurityHeaders(res.headers);
    await app.close();
    fs.rmSync(web, { recursive: true, force: true });
  });

  it("HSTS only when PUBLIC_URL is https", async () => {
    const app = await buildApp({ ...t.ctx, config: { ...t.ctx.config, hsts: true } }, { serveWeb: false });
    const res = await app.inject({ method: "GET", url: "/api/health" });
    expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(directives(String(res.headers["content-security-policy"])).has("upgrade-insecure-requests")).toBe(true);
    await app.close();
  });
});

describe("Cache-Control: no-store", () => {
  it("on every API answer: delegates, delegate lists, registrations, exports and every other GET route", async () => {
    const h = await t.login("icd@demo.focal");
    const get = (url: string) => t.app.inject({ method: "GET", url, headers: h });
    const meeting = list((await get("/api/meetings")).json())[0]!.id;
    const delegation = list((await get(`/api/meetings/${meeting}/delegations`)).json())[0]!.id;
    const delegate = list((await get(`/api/meetings/${meeting}/delegations/${delegation}/delegates`)).json())[0]!.id;
    const ids: Record<string, string> = { id: meeting, delegationId: delegation, delegateId: delegate };
    const personal = [
      `/api/meetings/${meeting}/delegations/${delegation}/delegates/${delegate}`,
      `/api/meetings/${meeting}/delegations/${delegation}/delegates`,
      `/api/meetings/${meeting}/delegates`,
      `/api/meetings/${meeting}/delegations/${delegation}/registration`,
      `/api/meetings/${meeting}/participants.xlsx`,
    ];
    for (const url of personal) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.headers["cache-control"], url).toBe("no-store");
    }
    // Every GET route of the API (the list is the app's own), with the demo's ids where it has them.
    const routes = t.routes.filter(
      (r) => r.method === "GET" && r.url.startsWith("/api/") && !r.url.startsWith("/api/docs"),
    );
    expect(routes.length).toBeGreaterThan(40);
    const notStored = [];
    for (const r of routes) {
      if (r.url === "/api/checkin/sw.js") continue; // the check-in page's service worker: code, revalidated
      const url = r.url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => ids[name] ?? randomUUID());
      const res = await get(url);
      if (res.headers["cache-control"] !== "no-store") notStored.push(`${r.url} → ${res.headers["cache-control"]}`);
    }
    expect(notStored).toEqual([]);
  });
});
