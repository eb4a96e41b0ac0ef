/**
 * Reading personal data is itself audited (issue 11 item 2): who, when, from which address, which delegates and
 * which fields — never the values. A view without personal data (the door's badge view) is not recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { auditLog } from "./schema.js";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const delegates = `/api/meetings/${M}/delegations/${THA}/delegates`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function readsBy(userId: string) {
  return t.ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "personal_data.read"), eq(auditLog.actorId, userId)))
    .orderBy(desc(auditLog.id));
}

async function me(h: Record<string, string>) {
  return ((await t.app.inject({ method: "GET", url: "/api/me", headers: h })).json() as { id: string }).id;
}

describe("reads of delegates' personal data", () => {
  it("a registration manager opening a delegate (full view): who, from where, which delegate and fields", async () => {
    const h = await t.login("registration@demo.focal");
    const list = await t.app.inject({ method: "GET", url: `${delegates}?limit=5`, headers: h });
    expect(list.statusCode).toBe(200);
    const page = list.json() as { id: string; passportNumber: string | null }[];
    expect(page.length).toBeGreaterThan(0);
    const one = await t.app.inject({ method: "GET", url: `${delegates}/${page[0]!.id}`, headers: h });
    expect(one.statusCode).toBe(200);

    const [single, ofList] = await readsBy(await me(h));
    expect(single).toMatchObject({ entity: "delegate", entityId: page[0]!.id, ip: "127.0.0.1" });
    expect(single!.after).toMatchObject({ view: "full", delegates: 1, delegateIds: [page[0]!.id] });
    expect((single!.after as { fields: string[] }).fields).toEqual(
      expect.arrayContaining(["passportNumber", "dateOfBirth", "email"]),
    );
    expect(ofList).toMatchObject({ entity: "delegation", entityId: THA, ip: "127.0.0.1" });
    expect((ofList!.after as { delegateIds: string[] }).delegateIds).toEqual(page.map((d) => d.id));
    // The row says what was read, never the values read.
    const passports = page.map((d) => d.passportNumber).filter((p): p is string => !!p);
    expect(passports.length).toBeGreaterThan(0);
    for (const p of passports) expect(JSON.stringify([single, ofList])).not.toContain(p);
  });

  it("a committee member's list (standard view) is recorded without the passport fields", async () => {
    const h = await t.login("committee@demo.focal");
    const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/delegates?limit=3`, headers: h });
    expect(res.statusCode).toBe(200);
    const [row] = await readsBy(await me(h));
    expect(row).toMatchObject({ entity: "meeting", entityId: M });
    const after = row!.after as { view: string; fields: string[]; delegates: number };
    expect(after.view).toBe("standard");
    expect(after.delegates).toBe(3);
    expect(after.fields).toContain("phone");
    expect(after.fields).not.toContain("passportNumber");
  });

  it("the door's badge view (name, photo, delegation) is not recorded", async () => {
    const h = await t.login("security@demo.focal");
    const res = await t.app.inject({ method: "GET", url: `${delegates}?limit=3`, headers: h });
    expect(res.statusCode).toBe(200);
    expect(await readsBy(await me(h))).toEqual([]);
  });

  it("a delegation contact reading a submitted version of their own list is recorded", async () => {
    const h = await t.login("contact.japan@demo.focal");
    const res = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${M}/delegations/${demoDelegationIds.JPN}/versions/1`,
      headers: h,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [row] = await readsBy(await me(h));
    expect(row).toMatchObject({ entity: "delegation", entityId: demoDelegationIds.JPN, ip: "127.0.0.1" });
    expect((row!.after as { view: string }).view).toBe("full");
  });

  it("an export with personal columns records the address it went to", async () => {
    const h = await t.login("registration@demo.focal");
    const res = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${M}/participants.xlsx?personal=true`,
      headers: h,
    });
    expect(res.statusCode).toBe(200);
    const [row] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "export.participants"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(row).toMatchObject({ entity: "meeting", entityId: M, ip: "127.0.0.1" });
    expect((row!.after as { personalColumns: string[] }).personalColumns).toContain("passportNumber");
  });

  it("the administrator reads the trail's read rows in words, and they carry no personal values", async () => {
    const h = await t.login("admin@demo.focal");
    const res = await t.app.inject({
      method: "GET",
      url: "/api/audit?module=privacy&limit=50",
      headers: { ...h, "accept-language": "en" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain("personal_data.read");
  });
});
