/**
 * The badges list beyond one page (issue 9, point 4): a page of delegates with their badges, searched and filtered on
 * the server in name order with X-Total-Count, and the counts above it from the server; only badge managers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { compareViNames } from "../../../shared/text.js";
import { insertDelegatesTx, type DelegateInput } from "../meetings/delegates.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { getMeetingRow } from "../meetings/service.js";
import { delegates } from "../meetings/schema.js";
import { checkinScans } from "./schema.js";
import { eq } from "drizzle-orm";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const EXTRA = 650;
let t: TestApp;
let icd: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  const meeting = (await getMeetingRow(t.ctx.db, M))!;
  const inputs = Array.from(
    { length: EXTRA },
    (_, i) =>
      ({
        fullName: `${i % 2 ? "Phạm Thị" : "Lê Văn"} Huệ ${i}`,
        role: "member",
        nationality: "THA",
        passportNumber: `BP${String(i).padStart(7, "0")}`,
        passportExpiry: "2031-01-31",
      }) as DelegateInput,
  );
  await t.ctx.db.transaction((tx) =>
    insertDelegatesTx(tx, { id: null as unknown as string, name: "test" }, meeting, THA, inputs),
  );
}, 120_000);
afterAll(async () => t?.close());

interface Item {
  delegateId: string;
  fullName: string;
  delegationId: string;
  accreditationStatus: string;
  badge: unknown;
}

async function page(query: string, h = icd) {
  const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/badges${query}`, headers: h });
  expect(res.statusCode, res.body).toBe(200);
  return { rows: res.json() as Item[], total: Number(res.headers["x-total-count"]) };
}

describe("the badges list, a page at a time", () => {
  it("pages the meeting's delegates in name order and counts them all", async () => {
    const summary = (
      await t.app.inject({ method: "GET", url: `/api/meetings/${M}/badges/summary`, headers: icd })
    ).json();
    const first = await page("?limit=100");
    expect(first.rows).toHaveLength(100);
    expect(first.total).toBe(summary.total);
    expect(first.total).toBeGreaterThan(EXTRA);
    const seen: Item[] = [];
    for (let offset = 0; offset < first.total; offset += 500)
      seen.push(...(await page(`?offset=${offset}&limit=500`)).rows);
    expect(new Set(seen.map((r) => r.delegateId)).size).toBe(first.total);
    for (let i = 1; i < seen.length; i++)
      expect(compareViNames(seen[i - 1]!.fullName, seen[i]!.fullName)).toBeLessThanOrEqual(0);
  });

  it("searches ignoring diacritics and filters by delegation and accreditation on the server", async () => {
    const hue = await page(`?q=${encodeURIComponent("pham thi hue")}&limit=50`);
    expect(hue.total).toBe(EXTRA / 2);
    expect(hue.rows).toHaveLength(50);
    expect(hue.rows.every((r) => r.fullName.startsWith("Phạm Thị Huệ "))).toBe(true);
    const tha = await page(`?delegationId=${THA}&limit=1`);
    const summary = (
      await t.app.inject({ method: "GET", url: `/api/meetings/${M}/badges/summary?delegationId=${THA}`, headers: icd })
    ).json();
    expect(tha.total).toBe(summary.total);
    const accredited = await page(`?status=accredited&limit=500`);
    expect(accredited.total).toBe(
      (await t.app.inject({ method: "GET", url: `/api/meetings/${M}/badges/summary`, headers: icd })).json().accredited,
    );
    expect(accredited.rows.every((r) => r.accreditationStatus === "accredited")).toBe(true);
    expect((await page(`?status=pending&q=hue&limit=1`)).total).toBe(EXTRA);
  });

  it("the counts add up", async () => {
    const s = (await t.app.inject({ method: "GET", url: `/api/meetings/${M}/badges/summary`, headers: icd })).json();
    expect(s.accredited + s.notAccredited).toBe(s.total);
    expect(s.withBadge).toBeLessThanOrEqual(s.accredited);
  });

  it("refuses bad paging and is closed to those who do not print badges", async () => {
    for (const q of ["?limit=501", "?offset=-1", "?status=maybe"]) {
      const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/badges${q}`, headers: icd });
      expect(res.statusCode, q).toBe(400);
    }
    for (const who of ["contact.thailand@demo.focal", "security@demo.focal"]) {
      const h = await t.login(who);
      for (const url of [`/api/meetings/${M}/badges?limit=10`, `/api/meetings/${M}/badges/summary`]) {
        const res = await t.app.inject({ method: "GET", url, headers: h });
        expect(res.statusCode, `${who} ${url}`).toBe(403);
        expect(res.headers["x-total-count"]).toBeUndefined();
      }
    }
  });
});

describe("who came in at the door, a page at a time", () => {
  it("pages the admitted in the order they came, counts them and searches their names on the server", async () => {
    // Setup through the database: every added delegate admitted once at the door, a second later each.
    const added = await t.ctx.db
      .select({ id: delegates.id, fullName: delegates.fullName })
      .from(delegates)
      .where(eq(delegates.passportExpiry, "2031-01-31"));
    expect(added).toHaveLength(EXTRA);
    const officer = crypto.randomUUID();
    const start = Date.parse("2022-08-05T01:00:00Z");
    const rows = added.map((d, i) => ({
      id: crypto.randomUUID(),
      nonce: crypto.randomUUID(),
      meetingId: M,
      sessionId: null,
      delegateId: d.id,
      result: "admitted" as const,
      scannedAt: new Date(start + i * 1000),
      officerId: officer,
      officerName: "Door officer (test)",
    }));
    for (let i = 0; i < rows.length; i += 200) await t.ctx.db.insert(checkinScans).values(rows.slice(i, i + 200));
    const door = async (q: string) => {
      const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance/door${q}`, headers: icd });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { admittedTotal: number; admitted: { fullName: string; firstAdmittedAt: string }[] };
      expect(Number(res.headers["x-total-count"])).toBe(body.admittedTotal);
      return body;
    };
    const first = await door("?limit=100");
    expect(first.admittedTotal).toBe(EXTRA);
    expect(first.admitted).toHaveLength(100);
    const second = await door("?offset=100&limit=100");
    expect(second.admitted[0]!.fullName).toBe(added[100]!.fullName);
    expect(second.admitted.every((a, i) => a.firstAdmittedAt === rows[100 + i]!.scannedAt.toISOString())).toBe(true);
    const hue = await door(`?q=${encodeURIComponent("PHAM THI HUE")}&limit=50`);
    expect(hue.admittedTotal).toBe(EXTRA / 2);
    expect(hue.admitted.every((a) => a.fullName.startsWith("Phạm Thị Huệ "))).toBe(true);
    expect((await door("?offset=" + EXTRA)).admitted).toEqual([]);
    for (const q of ["?limit=501", "?offset=-1"]) {
      const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/attendance/door${q}`, headers: icd });
      expect(res.statusCode, q).toBe(400);
    }
    const contact = await t.login("contact.thailand@demo.focal");
    const denied = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${M}/attendance/door?limit=10`,
      headers: contact,
    });
    expect(denied.statusCode).toBe(403);
  });
});
