/**
 * The users list is paged: one page holds at most 500 users and the X-Total-Count header counts every match, so a
 * ministry with more people than one page can still reach each of them (by paging or by a narrower search).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { compareViNames } from "../../../shared/text.js";
import { users } from "./schema.js";
import { USER_PAGE_MAX, userSearchText } from "./service.js";

let t: TestApp;
let admin: Record<string, string>;
const EXTRA = 620;
const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"];
const given = ["An", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Khoa", "Linh", "Minh", "Ngọc", "Trang"];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
  const rows = Array.from({ length: EXTRA }, (_, i) => {
    const name = `${family[i % family.length]} Thị ${given[i % given.length]} ${i}`;
    const email = `paging.${i}@example.org`;
    return {
      id: crypto.randomUUID(),
      email,
      name,
      language: "vi" as const,
      searchText: userSearchText({ name, email }),
    };
  });
  await t.ctx.db.insert(users).values(rows);
});
afterAll(async () => t?.close());

interface Row {
  id: string;
  name: string;
  email: string;
}

async function list(query: string) {
  const res = await t.app.inject({ method: "GET", url: `/api/users${query}`, headers: admin });
  expect(res.statusCode, res.body).toBe(200);
  return { rows: res.json() as Row[], total: Number(res.headers["x-total-count"]) };
}

describe("the users list beyond one page", () => {
  it("says how many users match when one page cannot hold them", async () => {
    const { rows, total } = await list("");
    expect(rows).toHaveLength(USER_PAGE_MAX);
    expect(total).toBeGreaterThan(EXTRA);
  });

  it("pages reach every user exactly once, in Vietnamese name order", async () => {
    const { total } = await list("");
    const seen: Row[] = [];
    for (let offset = 0; offset < total; offset += 200) {
      const page = await list(`?offset=${offset}&limit=200`);
      expect(page.total).toBe(total);
      seen.push(...page.rows);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((u) => u.id)).size).toBe(total);
    for (let i = 1; i < seen.length; i++)
      expect(compareViNames(seen[i - 1]!.name, seen[i]!.name)).toBeLessThanOrEqual(0);
    expect(seen.some((u) => u.email === "paging.619@example.org")).toBe(true);
    expect((await list(`?offset=${total}`)).rows).toEqual([]);
  });

  it("a search narrows the list and its count", async () => {
    const { rows, total } = await list(`?q=${encodeURIComponent("pham thi khoa")}`);
    expect(total).toBe(rows.length);
    expect(total).toBeGreaterThan(0);
    expect(rows.every((u) => u.name.startsWith("Phạm Thị Khoa "))).toBe(true);
  });

  it("refuses a page larger than the maximum", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/users?limit=${USER_PAGE_MAX + 1}`, headers: admin });
    expect(res.statusCode).toBe(400);
  });
});

describe("the API document", () => {
  it("declares the X-Total-Count header of the users list", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, { get?: { responses: Record<string, { headers?: Record<string, unknown> }> } }>;
    };
    expect(doc.paths["/api/users"]!.get!.responses["200"]!.headers).toHaveProperty("X-Total-Count");
  });
});
