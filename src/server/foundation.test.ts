import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./test/harness.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("health", () => {
  it("answers without sign-in and names the database", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe("ok");
    expect(["pglite", "postgres"]).toContain(res.json().database);
  });
});

describe("null in a request body", () => {
  it("stays null instead of being coerced to an empty string", async () => {
    const admin = await t.login("admin@demo.focal");
    const list = await t.app.inject({ method: "GET", url: "/api/users?q=nhung", headers: admin });
    const user = list.json()[0];
    expect(user.title).not.toBeNull();
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { version: user.version, title: null },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().title).toBeNull();
  });
});
