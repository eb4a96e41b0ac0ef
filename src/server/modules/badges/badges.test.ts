import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { badgeJobs, badges } from "./schema.js";
import { pdfImages, pdfPages, pdfText, printBadges, printedBadge, qrOnPage, type Headers } from "./testing.js";
import { testJpeg, testPng } from "../../test/images.js";
import { delegatePhotos } from "../meetings/schema.js";
import { PHOTO_HEIGHT, PHOTO_WIDTH, normalisePhoto } from "../meetings/photos.js";

let t: TestApp;
let icd: Headers;
let registration: Headers;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const VNM = demoDelegationIds.VNM;
const PHL = demoDelegationIds.PHL;

interface Item {
  delegateId: string;
  fullName: string;
  delegationId: string;
  accreditationStatus: string;
  badge: { id: string; issueNumber: number; status: string } | null;
  revokedCount: number;
}

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  registration = await t.login("registration@demo.focal");
});
afterAll(async () => t?.close());

const list = async (headers: Headers, delegationId?: string) => {
  const res = await t.app.inject({
    method: "GET",
    url: `/api/meetings/${M}/badges${delegationId ? `?delegationId=${delegationId}` : ""}`,
    headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Item[];
};

describe("printing badges", () => {
  it("a delegation's badges: one A6 page per accredited delegate, names and short codes readable in the PDF; others listed as skipped", async () => {
    const before = await list(icd, THA);
    const accredited = before.filter((d) => d.accreditationStatus === "accredited");
    const others = before.filter((d) => d.accreditationStatus !== "accredited");
    expect(accredited.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    expect(before.every((d) => d.badge === null)).toBe(true);

    const { job, pdf } = await printBadges(t, registration, M, { size: "a6", delegationId: THA });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(job.total).toBe(accredited.length);
    expect(job.done).toBe(accredited.length);
    expect(job.skipped.map((s) => s.delegateId).sort()).toEqual(others.map((o) => o.delegateId).sort());
    expect(job.skipped.every((s) => s.reason === "not_accredited")).toBe(true);
    expect(pdfPages(pdf)).toBe(accredited.length);

    const text = pdfText(pdf);
    for (const d of accredited) expect(text).toContain(d.fullName);
    for (const d of others) expect(text).not.toContain(d.fullName);
    expect(text).toContain("ACCSM21");
    expect(text).toContain("THÀNH VIÊN ASEAN · ASEAN MEMBER");
    for (const d of accredited) {
      const { code } = await printedBadge(t, d.delegateId);
      expect(text).toContain(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`);
    }

    const after = await list(icd, THA);
    for (const d of after) {
      if (d.accreditationStatus === "accredited") expect(d.badge).toMatchObject({ issueNumber: 1, status: "active" });
      else expect(d.badge).toBeNull();
    }
  });

  it("Vietnamese text keeps its diacritics (the font has the glyphs); card size works", async () => {
    const host = (await list(icd, VNM)).filter((d) => d.accreditationStatus === "accredited");
    const { pdf } = await printBadges(t, icd, M, { size: "card", delegationId: VNM });
    expect(pdfPages(pdf)).toBe(host.length);
    const text = pdfText(pdf);
    for (const d of host) expect(text).toContain(d.fullName);
    expect(text).toContain("Việt Nam (nước chủ nhà)");
    expect(text).toContain("Hà Nội · Hanoi · 02–06/08/2022");
    expect(text).toContain("NƯỚC CHỦ NHÀ · HOST");
  });

  it("the QR code printed on a badge reads back (from the rendered page) as that delegate's signed token", async () => {
    const d = (await list(icd, THA)).find((x) => x.badge)!;
    const { pdf } = await printBadges(t, icd, M, { size: "card", delegateIds: [d.delegateId] });
    expect(await qrOnPage(pdf, 1)).toBe((await printedBadge(t, d.delegateId)).token);
  });

  it("printing again reuses the active badge: same token, same issue number, no new badge rows", async () => {
    const d = (await list(icd, THA)).find((x) => x.badge)!;
    const first = await printedBadge(t, d.delegateId);
    const [n0] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(badges);
    await printBadges(t, icd, M, { size: "a6", delegateIds: [d.delegateId] });
    const [n1] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(badges);
    expect(n1!.n).toBe(n0!.n);
    expect((await printedBadge(t, d.delegateId)).token).toBe(first.token);
  });

  it("the token does not contain the delegate's id in the clear and differs between delegates", async () => {
    const [a, b] = (await list(icd, THA)).filter((x) => x.badge);
    const ta = await printedBadge(t, a!.delegateId);
    const tb = await printedBadge(t, b!.delegateId);
    expect(ta.token).not.toContain(a!.delegateId);
    expect(ta.token).not.toBe(tb.token);
    expect(ta.badgeId).not.toBe(a!.delegateId);
    expect(ta.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
  });

  it("a selection with nobody accredited is refused with the reason, and stores nothing", async () => {
    const pending = (await list(icd)).filter((d) => d.accreditationStatus !== "accredited").slice(0, 2);
    const [jobs0] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(badgeJobs);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/badge-jobs`,
      headers: { ...icd, "accept-language": "en" },
      payload: { size: "a6", delegateIds: pending.map((p) => p.delegateId) },
    });
    const e = expectError(res, 400, "NOTHING_TO_PRINT");
    expect(e.message).toContain("chỉ đại biểu đã được duyệt");
    const [jobs1] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(badgeJobs);
    expect(jobs1!.n).toBe(jobs0!.n);
  });

  it("delegates of another meeting cannot be slipped into a batch", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/badge-jobs`,
      headers: icd,
      payload: { size: "a6", delegateIds: [crypto.randomUUID()] },
    });
    expectError(res, 400, "DELEGATES_NOT_IN_MEETING");
  });

  it("only the ICD and the meeting's registration managers print badges or see batches", async () => {
    const { job } = await printBadges(t, icd, M, { size: "card", delegationId: THA });
    for (const who of [
      "security@demo.focal",
      "committee@demo.focal",
      "contact.thailand@demo.focal",
      "unit.napa@demo.focal",
    ]) {
      const h = await t.login(who);
      const create = await t.app.inject({
        method: "POST",
        url: `/api/meetings/${M}/badge-jobs`,
        headers: h,
        payload: { size: "a6", delegationId: THA },
      });
      expectError(create, 403, "FORBIDDEN");
      expect((await t.app.inject({ method: "GET", url: `/api/badge-jobs/${job.id}`, headers: h })).statusCode).toBe(
        404,
      );
      expect(
        (await t.app.inject({ method: "GET", url: `/api/badge-jobs/${job.id}/file`, headers: h })).statusCode,
      ).toBe(404);
      expect((await t.app.inject({ method: "GET", url: `/api/meetings/${M}/badges`, headers: h })).statusCode).toBe(
        403,
      );
    }
  });

  it("issuing is audited: one badge.issue row per new badge", async () => {
    const rows = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, "badge.issue"));
    const all = await t.ctx.db.select().from(badges);
    expect(rows.length).toBe(all.length);
  });
});

describe("photos on badges", () => {
  it("each badge carries its delegate's stored JPEG as it is (not decoded or re-encoded), a shared photo embedded once; no photo, the silhouette", async () => {
    const people = (await list(icd, PHL)).filter((d) => d.accreditationStatus === "accredited");
    expect(people.length).toBeGreaterThanOrEqual(3);
    const [a, b, c, ...rest] = people;
    // Stored as an upload stores them (normalised); a and b share one photo, c has its own, the rest none.
    const shared = await normalisePhoto(await testJpeg(300, 400));
    const own = await normalisePhoto(await testPng(500, 500));
    const ids = [a!, b!, c!].map((d) => d.delegateId);
    await t.ctx.db.delete(delegatePhotos).where(inArray(delegatePhotos.delegateId, ids));
    await t.ctx.db.insert(delegatePhotos).values(
      [
        { delegateId: a!.delegateId, contentType: "image/jpeg", bytes: shared, size: shared.length, etag: "shared" },
        { delegateId: b!.delegateId, contentType: "image/jpeg", bytes: shared, size: shared.length, etag: "shared" },
        { delegateId: c!.delegateId, contentType: "image/jpeg", bytes: own, size: own.length, etag: "own" },
      ].map((p) => ({ ...p, normalisedAt: new Date() })),
    );

    const { job, pdf } = await printBadges(t, icd, M, { size: "a6", delegationId: PHL });
    expect(job.done).toBe(people.length);
    expect(pdfPages(pdf)).toBe(people.length);
    // The stored bytes are in the file as they are: embedded as DCT, not decoded.
    expect(pdf.indexOf(shared)).toBeGreaterThan(0);
    expect(pdf.indexOf(own)).toBeGreaterThan(0);
    expect(pdf.indexOf(shared, pdf.indexOf(shared) + 1)).toBe(-1);
    const images = pdfImages(pdf);
    expect(images.every((i) => i.enc === "jpeg" && i.width === PHOTO_WIDTH && i.height === PHOTO_HEIGHT)).toBe(true);
    // One image on each of the three pages with a photo, two of them the same object; none on the others.
    expect(images.length).toBe(3);
    expect(new Set(images.map((i) => i.page)).size).toBe(3);
    expect(new Set(images.map((i) => i.object)).size).toBe(2);
    expect(rest.length + 3).toBe(people.length);
    const text = pdfText(pdf);
    for (const d of people) expect(text).toContain(d.fullName);
  });
});

describe("reissuing a lost badge", () => {
  it("revokes the old badge and makes a new one with the next issue number; both audited", async () => {
    const d = (await list(icd, THA)).find((x) => x.badge)!;
    const old = await printedBadge(t, d.delegateId);
    const res = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/badges/${d.delegateId}/reissue`,
      headers: registration,
      payload: { reason: "lost at the hotel" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().badge).toMatchObject({ issueNumber: 2, status: "active" });
    const now = await printedBadge(t, d.delegateId);
    expect(now.token).not.toBe(old.token);
    expect(now.code).not.toBe(old.code);
    const [oldRow] = await t.ctx.db.select().from(badges).where(eq(badges.id, old.badgeId));
    expect(oldRow).toMatchObject({ status: "revoked", revokedReason: "lost at the hotel" });
    const item = (await list(icd, THA)).find((x) => x.delegateId === d.delegateId)!;
    expect(item.revokedCount).toBe(1);
    const trail = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, old.badgeId));
    expect(trail.map((r) => r.action)).toContain("badge.revoke");
  });

  it("a delegate who is not accredited gets no badge, and the message says so", async () => {
    const pending = (await list(icd, THA)).find((x) => x.accreditationStatus !== "accredited")!;
    const res = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/badges/${pending.delegateId}/reissue`,
      headers: icd,
      payload: {},
    });
    const e = expectError(res, 409, "NOT_ACCREDITED");
    expect(e.message).toContain(pending.fullName);
  });

  it("a security officer cannot reissue", async () => {
    const d = (await list(icd, THA)).find((x) => x.badge)!;
    const sec = await t.login("security@demo.focal");
    const res = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/badges/${d.delegateId}/reissue`,
      headers: sec,
      payload: {},
    });
    expectError(res, 403, "FORBIDDEN");
  });
});
