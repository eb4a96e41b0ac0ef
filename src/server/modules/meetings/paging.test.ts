/**
 * Delegates lists beyond one page (issue 9, point 4): a delegation of 3,003 delegates is read a page at a time, in
 * Vietnamese name order, searched and filtered on the server, with the count of every match in X-Total-Count; the
 * views (full / standard / badge) and the scope checks are those of the unpaged list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { compareViNames } from "../../../shared/text.js";
import { delegates } from "./schema.js";
import { DELEGATE_PAGE_MAX, insertDelegatesTx, type DelegateInput } from "./delegates.js";
import { demoDelegationIds } from "./seed.js";
import { getMeetingRow } from "./service.js";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const LAO = demoDelegationIds.LAO;
const base = `/api/meetings/${M}/delegations`;
const EXTRA = 3003;
const given = ["Ánh", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Khoa", "Linh", "Minh", "Ngọc", "Trang"];
const family = ["Nguyễn Thị", "Trần Văn", "Lê Hoàng", "Phạm Minh", "Đặng Quốc", "Bùi Thu"];

let t: TestApp;
let icd: Record<string, string>;
let contact: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  contact = await t.login("contact.thailand@demo.focal");
  const meeting = (await getMeetingRow(t.ctx.db, M))!;
  const inputs = Array.from(
    { length: EXTRA },
    (_, i) =>
      ({
        fullName: `${family[i % family.length]} ${given[i % given.length]} ${i} (mẫu)`,
        role: "member",
        nationality: "THA",
        passportNumber: `PG${String(i).padStart(7, "0")}`,
        passportExpiry: "2031-01-31",
        position: i % 10 === 0 ? "Chuyên viên chính (mẫu)" : "Officer (sample)",
      }) as DelegateInput,
  );
  await t.ctx.db.transaction((tx) =>
    insertDelegatesTx(tx, { id: null as unknown as string, name: "test" }, meeting, THA, inputs),
  );
  // A few decided, so that the status filter has something to find.
  for (const name of ["Trần Văn Bình 1 (mẫu)", "Nguyễn Thị Ánh 12 (mẫu)"])
    await t.ctx.db.update(delegates).set({ accreditationStatus: "rejected" }).where(eq(delegates.fullName, name));
}, 120_000);
afterAll(async () => t?.close());

interface Row {
  id: string;
  fullName: string;
  delegationId: string;
  passportNumber?: string | null;
  accreditationStatus?: string;
  photoUrl: string | null;
}

async function page(url: string, h: Record<string, string>) {
  const res = await t.app.inject({ method: "GET", url, headers: h });
  expect(res.statusCode, res.body).toBe(200);
  return { rows: res.json() as Row[], total: Number(res.headers["x-total-count"]) };
}

describe("a delegation's delegates, a page at a time", () => {
  it("says how many there are when one page cannot hold them, and a page holds what was asked", async () => {
    const all = await page(`${base}/${THA}/delegates`, icd);
    expect(all.total).toBeGreaterThan(EXTRA);
    expect(all.rows).toHaveLength(DELEGATE_PAGE_MAX);
    const first = await page(`${base}/${THA}/delegates?limit=100`, icd);
    expect(first.rows).toHaveLength(100);
    expect(first.total).toBe(all.total);
    expect(first.rows).toEqual(all.rows.slice(0, 100));
  });

  it("pages reach every delegate exactly once, in Vietnamese name order", async () => {
    const { total } = await page(`${base}/${THA}/delegates?limit=1`, icd);
    const seen: Row[] = [];
    for (let offset = 0; offset < total; offset += 500) {
      const p = await page(`${base}/${THA}/delegates?offset=${offset}&limit=500`, icd);
      expect(p.total).toBe(total);
      seen.push(...p.rows);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((d) => d.id)).size).toBe(total);
    expect(seen.every((d) => d.delegationId === THA)).toBe(true);
    for (let i = 1; i < seen.length; i++)
      expect(compareViNames(seen[i - 1]!.fullName, seen[i]!.fullName)).toBeLessThanOrEqual(0);
    expect((await page(`${base}/${THA}/delegates?offset=${total}`, icd)).rows).toEqual([]);
  });

  it("searches on the server, ignoring diacritics and word order, and counts the matches", async () => {
    const p = await page(`${base}/${THA}/delegates?q=${encodeURIComponent("anh nguyen thi")}&limit=100`, icd);
    // Every 12th delegate is an Ánh, and every one of those is a Nguyễn Thị (12 is a multiple of 6).
    expect(p.total).toBe(Math.ceil(EXTRA / 12));
    expect(p.rows).toHaveLength(100);
    expect(p.rows.every((d) => d.fullName.startsWith("Nguyễn Thị Ánh "))).toBe(true);
    const one = await page(`${base}/${THA}/delegates?q=${encodeURIComponent("Đặng Quốc Đức 3004")}`, icd);
    expect(one).toEqual({ rows: [], total: 0 });
    const exact = await page(`${base}/${THA}/delegates?q=${encodeURIComponent("dang quoc duc 2992")}`, icd);
    expect(exact.rows.map((d) => d.fullName)).toEqual(["Đặng Quốc Đức 2992 (mẫu)"]);
    expect(exact.total).toBe(1);
    // Titles are searched too.
    expect((await page(`${base}/${THA}/delegates?q=chuyen%20vien%20chinh&limit=1`, icd)).total).toBe(
      Math.ceil(EXTRA / 10),
    );
  });

  it("filters by accreditation status and by a missing photo on the server", async () => {
    const all = (await page(`${base}/${THA}/delegates?limit=1`, icd)).total;
    const rejected = await page(`${base}/${THA}/delegates?status=rejected`, icd);
    expect(rejected.rows.map((d) => d.fullName)).toEqual(
      expect.arrayContaining(["Trần Văn Bình 1 (mẫu)", "Nguyễn Thị Ánh 12 (mẫu)"]),
    );
    expect(rejected.rows.every((d) => d.accreditationStatus === "rejected")).toBe(true);
    const counts = await Promise.all(
      ["pending", "accredited", "rejected"].map(
        async (s) => (await page(`${base}/${THA}/delegates?status=${s}&limit=1`, icd)).total,
      ),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(all);
    const missing = await page(`${base}/${THA}/delegates?photo=missing&limit=200`, icd);
    const present = await page(`${base}/${THA}/delegates?photo=present&limit=200`, icd);
    expect(missing.rows.every((d) => d.photoUrl === null)).toBe(true);
    expect(present.rows.every((d) => d.photoUrl !== null)).toBe(true);
    expect(missing.total).toBeGreaterThanOrEqual(EXTRA);
    expect(missing.total + present.total).toBe(all);
    // Search and filter together.
    const both = await page(`${base}/${THA}/delegates?status=rejected&q=binh`, icd);
    expect(both.rows.map((d) => d.fullName)).toEqual(["Trần Văn Bình 1 (mẫu)"]);
  });

  it("refuses a page larger than the maximum, a negative offset and an unknown filter value", async () => {
    for (const q of [`limit=${DELEGATE_PAGE_MAX + 1}`, "limit=0", "offset=-1", "status=maybe", "photo=blurry"]) {
      const res = await t.app.inject({ method: "GET", url: `${base}/${THA}/delegates?${q}`, headers: icd });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBeTruthy();
    }
  });
});

describe("the views and the scope checks of the paged list", () => {
  it("the contact pages their own delegation, with its personal data", async () => {
    const p = await page(`${base}/${THA}/delegates?offset=100&limit=100&q=minh`, contact);
    expect(p.total).toBeGreaterThan(100);
    expect(p.rows).toHaveLength(100);
    expect(p.rows.every((d) => d.delegationId === THA && /^PG\d+/.test(d.passportNumber ?? ""))).toBe(true);
  });

  it("the contact cannot page, search or filter another delegation, nor the meeting-wide list", async () => {
    for (const q of ["", "?offset=0&limit=100", "?q=a", "?status=pending", "?photo=missing&offset=100"]) {
      const res = await t.app.inject({ method: "GET", url: `${base}/${LAO}/delegates${q}`, headers: contact });
      expect(res.statusCode, q).toBe(403);
      expect(res.headers["x-total-count"]).toBeUndefined();
      const wide = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/delegates${q}`, headers: contact });
      expect(wide.statusCode, q).toBe(403);
      const wideLao = await t.app.inject({
        method: "GET",
        url: `/api/meetings/${M}/delegates?delegationId=${LAO}${q.replace("?", "&")}`,
        headers: contact,
      });
      expect(wideLao.statusCode, q).toBe(403);
    }
  });

  it("a security officer's pages carry the name, photo and delegation only", async () => {
    const h = await t.login("security@demo.focal");
    const p = await page(`${base}/${THA}/delegates?limit=50&offset=1000`, h);
    expect(p.rows).toHaveLength(50);
    for (const d of p.rows)
      expect(Object.keys(d).sort()).toEqual(["delegationId", "fullName", "id", "meetingId", "photoUrl"]);
    expect(p.total).toBeGreaterThan(EXTRA);
    // Their view has no accreditation status, so they cannot filter by it either.
    for (const url of [`${base}/${THA}/delegates?status=rejected`, `/api/meetings/${M}/delegates?status=rejected`]) {
      const res = await t.app.inject({ method: "GET", url, headers: h });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it("the meeting-wide list is paged and counted for the host, and narrows to a delegation", async () => {
    const all = await page(`/api/meetings/${M}/delegates?limit=100`, icd);
    const tha = await page(`${base}/${THA}/delegates?limit=1`, icd);
    expect(all.rows).toHaveLength(100);
    expect(all.total).toBeGreaterThan(tha.total);
    const onlyTha = await page(`/api/meetings/${M}/delegates?delegationId=${THA}&limit=100&offset=200`, icd);
    expect(onlyTha.total).toBe(tha.total);
    expect(onlyTha.rows.every((d) => d.delegationId === THA)).toBe(true);
    const lao = await page(
      `/api/meetings/${M}/delegates?delegationId=${LAO}&q=${encodeURIComponent("nguyễn thị ánh")}`,
      icd,
    );
    expect(lao).toEqual({ rows: [], total: 0 });
  });

  it("the API document declares X-Total-Count on both lists", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<string, { get?: { responses: Record<string, { headers?: Record<string, unknown> }> } }>;
    };
    for (const p of ["/api/meetings/{id}/delegates", "/api/meetings/{id}/delegations/{delegationId}/delegates"])
      expect(doc.paths[p]?.get?.responses["200"]?.headers?.["X-Total-Count"], p).toBeTruthy();
  });
});
