import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { delegatePhotos, delegates, meetings } from "../meetings/schema.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { purgedDelegateFields } from "../meetings/purge.js";
import { badgeJobChunks, badgeJobs } from "../badges/schema.js";
import { registrationVersions } from "../registration/schema.js";
import { printBadges, printedBadge, type Headers } from "../badges/testing.js";
import { purgeDueMeetings } from "./purge.js";

let t: TestApp;
let icd: Headers;
let security: Headers;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;

/** A tiny valid PNG (1×1), enough for a photo row. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  security = await t.login("security@demo.focal");
});
afterAll(async () => t?.close());

const send = (method: "POST" | "PATCH" | "PUT" | "GET", url: string, headers: Headers, payload?: unknown) =>
  t.app.inject({ method, url, headers, payload: payload as Record<string, unknown> });

async function meetingVersion(id = M): Promise<number> {
  return (await send("GET", `/api/meetings/${id}`, icd)).json().version as number;
}

async function setMeeting(patch: Record<string, unknown>, id = M) {
  const res = await send("PATCH", `/api/meetings/${id}`, icd, { version: await meetingVersion(id), ...patch });
  expect(res.statusCode, res.body).toBe(200);
}

async function status() {
  const res = await send("GET", `/api/meetings/${M}/privacy`, icd);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

interface Personal {
  passports: string[];
  emails: string[];
  flights: string[];
}
let personal: Personal;
let token: string;

describe("before the purge", () => {
  it("data exists: photos, passports, e-mails, flights, a badge batch, admissions", async () => {
    const tha = (await send("GET", `/api/meetings/${M}/delegations/${THA}/delegates`, icd)).json() as {
      id: string;
      accreditationStatus: string;
    }[];
    const first = tha.find((d) => d.accreditationStatus === "accredited")!;
    const up = await send("PUT", `/api/meetings/${M}/delegations/${THA}/delegates/${first.id}/photo`, icd, {
      data: PNG.toString("base64"),
    });
    expect(up.statusCode, up.body).toBe(200);
    // The photo sends the delegate back to pending; accredit again so the badge works.
    const d = (await send("GET", `/api/meetings/${M}/delegations/${THA}/delegates/${first.id}`, icd)).json();
    const { setAccreditationTx } = await import("../meetings/delegates.js");
    await t.ctx.db.transaction((tx) =>
      setAccreditationTx(tx, { id: crypto.randomUUID(), name: "t" }, M, first.id, d.version, "accredited", null),
    );
    await printBadges(t, icd, M, { size: "a6", delegationId: THA });
    token = (await printedBadge(t, first.id)).token;
    const scan = await send("POST", "/api/checkin/scan", security, {
      token,
      sessionId: null,
      meetingId: M,
      nonce: crypto.randomUUID(),
      scannedAt: new Date().toISOString(),
    });
    expect(scan.json().result).toBe("admitted");
    // An edit through the API leaves personal data in the audit trail (before and after).
    const other = (await send("GET", `/api/meetings/${M}/delegations/${THA}/delegates`, icd)).json()[1];
    const edit = await send("PATCH", `/api/meetings/${M}/delegations/${THA}/delegates/${other.id}`, icd, {
      version: other.version,
      passportNumber: "AA7654321",
      phone: "+66 81 234 5678",
      email: "edited.person@example.org",
    });
    expect(edit.statusCode, edit.body).toBe(200);
    // A submitted version freezes the list, passports included (registration's own table).
    const version = await send("POST", `/api/meetings/${M}/delegations/${THA}/versions`, icd, { note: "before purge" });
    expect(version.statusCode, version.body).toBe(201);
    const rows = await t.ctx.db.select().from(delegates).where(eq(delegates.meetingId, M));
    personal = {
      passports: rows.map((r) => r.passportNumber).filter((x): x is string => !!x),
      emails: rows.map((r) => r.email).filter((x): x is string => !!x),
      flights: rows.map((r) => r.arrivalFlight).filter((x): x is string => !!x),
    };
    expect(personal.passports.length).toBeGreaterThan(10);
    const frozen = JSON.stringify(await t.ctx.db.select().from(registrationVersions));
    expect(personal.passports.some((p) => frozen.includes(p))).toBe(true);
    expect(personal.emails.length).toBeGreaterThan(10);
    const audits = JSON.stringify(await t.ctx.db.select().from(auditLog));
    for (const s of ["AA7654321", "+66 81 234 5678", "edited.person@example.org"]) expect(audits).toContain(s);
  });

  it("is refused while the meeting is open, without a date, before the date, for a non-ICD, or unconfirmed — and changes nothing", async () => {
    const before = await status();
    expect(before).toMatchObject({ canPurge: false, blockedBy: "PURGE_MEETING_NOT_CLOSED", purgedAt: null });
    expectError(
      await send("POST", `/api/meetings/${M}/purge`, icd, { confirm: "ACCSM21" }),
      409,
      "PURGE_MEETING_NOT_CLOSED",
    );

    await setMeeting({ status: "closed" });
    expect((await status()).blockedBy).toBe("PURGE_DATE_NOT_SET");
    expectError(await send("POST", `/api/meetings/${M}/purge`, icd, { confirm: "ACCSM21" }), 409, "PURGE_DATE_NOT_SET");

    await setMeeting({ purgeAt: "2099-01-01" });
    const notDue = await send(
      "POST",
      `/api/meetings/${M}/purge`,
      { ...icd, "accept-language": "en" },
      { confirm: "ACCSM21" },
    );
    expect(expectError(notDue, 409, "PURGE_NOT_DUE").message).toContain("01/01/2099");
    expect(await purgeDueMeetings(t.ctx.db)).toEqual([]);

    await setMeeting({ purgeAt: "2022-09-06" });
    expect((await status()).canPurge).toBe(true);
    const registration = await t.login("registration@demo.focal");
    expect((await send("GET", `/api/meetings/${M}/privacy`, registration)).json().canPurge).toBe(false);
    expectError(await send("POST", `/api/meetings/${M}/purge`, registration, { confirm: "ACCSM21" }), 403, "FORBIDDEN");
    expectError(await send("POST", `/api/meetings/${M}/purge`, security, { confirm: "ACCSM21" }), 403, "FORBIDDEN");
    expectError(
      await send("POST", `/api/meetings/${M}/purge`, icd, { confirm: "ACCSM 22" }),
      400,
      "PURGE_CONFIRMATION_MISMATCH",
    );

    const [m] = await t.ctx.db.select().from(meetings).where(eq(meetings.id, M));
    expect(m!.purgedAt).toBeNull();
    const [n] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(delegates)
      .where(and(eq(delegates.meetingId, M), sql`passport_number is not null`));
    expect(n!.n).toBe(personal.passports.length);
  });
});

describe("the purge", () => {
  let countsBefore: Record<string, number>;

  it("erases the personal data and keeps the counts", async () => {
    countsBefore = (await status()).counts;
    expect(countsBefore.admissions).toBeGreaterThan(0);
    const res = await send("POST", `/api/meetings/${M}/purge`, icd, { confirm: "accsm21" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // Everything is still counted; the badges that worked are now void (the door refuses them), so none is active.
    const kept = {
      ...countsBefore,
      badgesActive: 0,
      badgesVoidedByPurge: countsBefore.badgesActive,
    };
    expect(countsBefore.badgesActive).toBeGreaterThan(0);
    expect(body.counts).toEqual(kept);
    expect(body.erased.delegates.photos).toBe(1);
    expect(body.auditRowsRedacted).toBeGreaterThan(0);

    // Query the rows themselves.
    const rows = await t.ctx.db.select().from(delegates).where(eq(delegates.meetingId, M));
    expect(rows.length).toBe(countsBefore.delegates);
    for (const r of rows) {
      for (const f of purgedDelegateFields) expect(r[f], `${r.fullName}.${f}`).toBeNull();
      expect(r.searchText).not.toContain("@");
      expect(r.fullName).toBeTruthy();
    }
    const ids = rows.map((r) => r.id);
    const photos = await t.ctx.db.select().from(delegatePhotos).where(inArray(delegatePhotos.delegateId, ids));
    expect(photos).toEqual([]);
    const files = await t.ctx.db.select({ id: badgeJobs.id }).from(badgeJobs).where(eq(badgeJobs.meetingId, M));
    expect(files.length).toBeGreaterThan(0);
    const pieces = await t.ctx.db
      .select({ seq: badgeJobChunks.seq })
      .from(badgeJobChunks)
      .where(
        inArray(
          badgeJobChunks.jobId,
          files.map((f) => f.id),
        ),
      );
    expect(pieces).toEqual([]);

    // Nor in registration's frozen versions, which keep their numbers and who was on the list.
    const versions = await t.ctx.db.select().from(registrationVersions).where(eq(registrationVersions.meetingId, M));
    expect(versions.length).toBeGreaterThan(0);
    const frozen = JSON.stringify(versions);
    for (const p of personal.passports) expect(frozen).not.toContain(p);
    for (const e of personal.emails) expect(frozen).not.toContain(e);
    expect(frozen).toContain(rows.find((r) => r.delegationId === THA)!.fullName);
    expect(body.erased.registration).toMatchObject({ versions: versions.length });

    // Nothing of it is left in the audit trail either.
    const trail = JSON.stringify(await t.ctx.db.select().from(auditLog));
    for (const p of personal.passports) expect(trail).not.toContain(p);
    for (const e of personal.emails) expect(trail).not.toContain(e);
    for (const f of personal.flights) expect(trail).not.toContain(`"${f}"`);
    expect(trail).not.toContain("+66 81 234 5678");

    const after = await status();
    expect(after.counts).toEqual(kept);
    expect(after.purgedAt).not.toBeNull();
    expect(after.blockedBy).toBe("ALREADY_PURGED");
  });

  it("is audited once, with counts and no personal data", async () => {
    const rows = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, "meeting.purge"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({
      counts: { ...countsBefore, badgesActive: 0, badgesVoidedByPurge: countsBefore.badgesActive },
      purgeAt: "2022-09-06",
    });
    expect(rows[0]!.before).toMatchObject({ counts: countsBefore });
    expect(rows[0]!.actorName).toBeTruthy();
  });

  it("badges stop working, the pack is empty, the exports hold no personal data, and nothing can be written again", async () => {
    const scan = await send("POST", "/api/checkin/scan", security, {
      token,
      sessionId: null,
      meetingId: M,
      nonce: crypto.randomUUID(),
      scannedAt: new Date().toISOString(),
    });
    expect(scan.json()).toMatchObject({ result: "refused", reason: "purged" });
    const pack = (await send("GET", `/api/meetings/${M}/checkin/pack`, security)).json();
    expect(pack).toMatchObject({ purged: true, badges: [], people: [] });
    const xlsx = await send("GET", `/api/meetings/${M}/participants.xlsx?personal=true`, icd);
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => (row.values as unknown[]).forEach((v) => cells.push(String(v ?? ""))));
    for (const p of personal.passports) expect(cells).not.toContain(p);
    expectError(
      await send("POST", `/api/meetings/${M}/badge-jobs`, icd, { size: "a6", delegationId: THA }),
      409,
      "MEETING_PURGED",
    );
    expectError(await send("POST", `/api/meetings/${M}/purge`, icd, { confirm: "ACCSM21" }), 409, "ALREADY_PURGED");
  });
});

describe("the scheduled check", () => {
  it("purges a closed meeting whose date has come, as the system, and leaves one whose date has not", async () => {
    const make = async (code: string, purgeAt: string) => {
      const res = await send("POST", "/api/meetings", icd, {
        code,
        titleVi: `Hội nghị ${code}`,
        titleEn: `Meeting ${code}`,
        startDate: "2024-03-04",
        endDate: "2024-03-05",
        cityVi: "Hà Nội",
        cityEn: "Hanoi",
        timeZone: "Asia/Ho_Chi_Minh",
        status: "closed",
        purgeAt,
      });
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id as string;
      const d = await send("POST", `/api/meetings/${id}/delegations`, icd, {
        country: "SGP",
        category: "asean_member",
      });
      expect(d.statusCode, d.body).toBe(201);
      const p = await send("POST", `/api/meetings/${id}/delegations/${d.json().id}/delegates`, icd, {
        fullName: "Tan Wei Ming (sample)",
        passportNumber: `K${code.replace(/\D/g, "")}1234`,
        passportExpiry: "2030-01-01",
        email: `tan.${code.toLowerCase()}@example.org`,
      });
      expect(p.statusCode, p.body).toBe(201);
      return id;
    };
    const due = await make("PURGE1", "2024-04-01");
    const later = await make("PURGE2", "2099-04-01");
    const done = await purgeDueMeetings(t.ctx.db);
    expect(done).toEqual([due]);
    const [a] = await t.ctx.db.select().from(delegates).where(eq(delegates.meetingId, due));
    expect(a!.passportNumber).toBeNull();
    expect(a!.email).toBeNull();
    const [b] = await t.ctx.db.select().from(delegates).where(eq(delegates.meetingId, later));
    expect(b!.passportNumber).not.toBeNull();
    const [row] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "meeting.purge"), eq(auditLog.entityId, due)));
    expect(row!.actorName).toBe("system");
  });
});
