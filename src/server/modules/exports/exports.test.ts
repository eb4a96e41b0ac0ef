import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { listDelegateRows } from "../meetings/delegates.js";
import { pdfText, type Headers } from "../badges/testing.js";

let t: TestApp;
let icd: Headers;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;

interface Session {
  id: string;
  kind: string;
  titleVi: string;
  titleEn: string;
  start: string;
  end: string;
}
let sessions: Session[];

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  sessions = (await t.app.inject({ method: "GET", url: `/api/meetings/${M}/sessions`, headers: icd })).json();
});
afterAll(async () => t?.close());

const get = (url: string, headers: Headers) => t.app.inject({ method: "GET", url, headers });

async function workbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return { wb, header, rows };
}

/** Unfolds an iCalendar text into its content lines and parses each into name, parameters and value. */
function parseIcs(text: string) {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      const [name, ...params] = line.slice(0, colon).split(";");
      return {
        name: name!,
        params: Object.fromEntries(params.map((p) => p.split("=") as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

describe("the programme as a calendar", () => {
  it("one VEVENT per session, folded at 75 octets, the Heads meeting at 08:30 Hanoi time on 5 August 2022", async () => {
    const res = await get(`/api/meetings/${M}/programme.ics?lang=en`, icd);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(res.headers["content-disposition"]).toContain('filename="ACCSM21-programme.ics"');
    const text = res.body;
    for (const physical of text.split("\r\n")) expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);

    const lines = parseIcs(text);
    expect(lines[0]).toMatchObject({ name: "BEGIN", value: "VCALENDAR" });
    expect(lines.at(-1)).toMatchObject({ name: "END", value: "VCALENDAR" });
    expect(lines.find((l) => l.name === "VERSION")?.value).toBe("2.0");
    expect(lines.find((l) => l.name === "PRODID")).toBeTruthy();

    // The zone: declared once, +07:00 all year.
    const tzid = lines.find((l) => l.name === "TZID")!.value;
    expect(tzid).toBe("Asia/Ho_Chi_Minh");
    expect(lines.filter((l) => l.name === "TZOFFSETTO").map((l) => l.value)).toEqual(["+0700"]);

    // Events: one per session, each complete.
    const events: Record<string, { params: Record<string, string>; value: string }>[] = [];
    let current: Record<string, { params: Record<string, string>; value: string }> | null = null;
    for (const l of lines) {
      if (l.name === "BEGIN" && l.value === "VEVENT") current = {};
      else if (l.name === "END" && l.value === "VEVENT") {
        events.push(current!);
        current = null;
      } else if (current) current[l.name] = { params: l.params, value: l.value };
    }
    expect(events).toHaveLength(sessions.length);
    for (const e of events) {
      for (const k of ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"]) expect(e[k], k).toBeTruthy();
      expect(e.DTSTART!.params.TZID).toBe("Asia/Ho_Chi_Minh");
    }
    const heads = sessions.find((s) => s.kind === "Heads")!;
    expect(heads.start).toBe("2022-08-05T08:30:00+07:00");
    const e = events.find((x) => x.UID!.value === `${heads.id}@focal`)!;
    expect(e.DTSTART!.value).toBe("20220805T083000");
    expect(e.SUMMARY!.value).toContain(heads.titleEn.replace(/,/g, "\\,").slice(0, 20));
    // Read back as an instant: local time minus the zone's offset = 01:30 UTC.
    const local = e.DTSTART!.value;
    const asUtc =
      Date.UTC(
        +local.slice(0, 4),
        +local.slice(4, 6) - 1,
        +local.slice(6, 8),
        +local.slice(9, 11),
        +local.slice(11, 13),
      ) -
      7 * 3600_000;
    expect(new Date(asUtc).toISOString()).toBe("2022-08-05T01:30:00.000Z");
  });

  it("names the chair in English for English readers and in Vietnamese for Vietnamese ones", async () => {
    const unfold = (r: { body: string }) => r.body.replace(/\r\n[ \t]/g, "");
    const en = unfold(await get(`/api/meetings/${M}/programme.ics?lang=en`, icd));
    expect(en).toContain("Chair: Minister of Home Affairs Pham Thi Thanh Tra");
    expect(en).not.toContain("Chair: Bộ trưởng");
    const vi = unfold(await get(`/api/meetings/${M}/programme.ics?lang=vi`, icd));
    expect(vi).toContain("Chủ trì: Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà");
  });

  it("Vietnamese titles by default for a Vietnamese user; anyone who reads the meeting may download it; others may not", async () => {
    const vi = await get(`/api/meetings/${M}/programme.ics`, icd);
    expect(
      parseIcs(vi.body).some((l) => l.name === "SUMMARY" && l.value.includes(sessions[0]!.titleVi.slice(0, 10))),
    ).toBe(true);
    const contact = await t.login("contact.thailand@demo.focal");
    expect((await get(`/api/meetings/${M}/programme.ics`, contact)).statusCode).toBe(200);
    const unit = await t.login("unit.napa@demo.focal");
    expectError(await get(`/api/meetings/${M}/programme.ics`, unit), 403, "FORBIDDEN");
  });
});

describe("the programme as a PDF", () => {
  it("by day, in both languages", async () => {
    const res = await get(`/api/meetings/${M}/programme.pdf`, icd);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(res.rawPayload);
    expect(text).toContain("Thứ Sáu, 05/08/2022");
    expect(text).toContain("Friday, 5 August 2022");
    const heads = sessions.find((s) => s.kind === "Heads")!;
    expect(text).toContain("08:30–");
    expect(text).toContain(heads.titleVi.slice(0, 30));
    expect(text).toContain(heads.titleEn.slice(0, 30));
    expect(text).toContain("Hiện đại hóa nền công vụ");
  });
});

describe("the participants list", () => {
  it("all participants: one row per delegate, no personal columns unless asked for; the export is audited", async () => {
    const res = await get(`/api/meetings/${M}/participants.xlsx?lang=en`, icd);
    expect(res.statusCode).toBe(200);
    const { header, rows } = await workbook(res.rawPayload);
    const all = await listDelegateRows(t.ctx.db, { meetingId: M });
    expect(rows).toHaveLength(all.length);
    expect(header).toContain("Full name (as in passport)");
    expect(header).not.toContain("Passport number");
    expect(header).not.toContain("E-mail");
    expect(rows.map((r) => r["Full name (as in passport)"]).sort()).toEqual(all.map((a) => a.row.fullName).sort());
    const trail = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "export.participants"), eq(auditLog.entityId, M)));
    expect(trail.at(-1)).toMatchObject({ actorName: expect.any(String) });
    expect(trail.at(-1)!.after).toMatchObject({ rows: all.length, personal: false });
  });

  it("one delegation, and one session", async () => {
    const d = await get(`/api/meetings/${M}/participants.xlsx?delegationId=${THA}&lang=en`, icd);
    const tha = await listDelegateRows(t.ctx.db, { meetingId: M, delegationId: THA });
    const { rows } = await workbook(d.rawPayload);
    expect(rows).toHaveLength(tha.length);
    expect(new Set(rows.map((r) => r.Delegation))).toEqual(new Set(["Thailand"]));

    const heads = sessions.find((s) => s.kind === "Heads")!;
    const s = await get(`/api/meetings/${M}/participants.xlsx?sessionId=${heads.id}&lang=vi`, icd);
    const expected = (await listDelegateRows(t.ctx.db, { meetingId: M })).filter((r) =>
      r.sessionIds.includes(heads.id),
    );
    const sheet = await workbook(s.rawPayload);
    expect(sheet.rows).toHaveLength(expected.length);
    expect(sheet.header).toContain("Họ và tên (theo hộ chiếu)");
    expect(sheet.wb.worksheets[1]!.getCell("B2").value).toContain(heads.titleVi);
  });

  it("with personal data on purpose: passport columns for the full view, audited with who and which columns", async () => {
    const res = await get(`/api/meetings/${M}/participants.xlsx?delegationId=${THA}&personal=true&lang=en`, icd);
    const { header, rows } = await workbook(res.rawPayload);
    expect(header).toEqual(
      expect.arrayContaining(["Passport number", "Date of birth", "E-mail", "Arrival flight", "Hotel"]),
    );
    const tha = await listDelegateRows(t.ctx.db, { meetingId: M, delegationId: THA });
    const withPassport = tha.filter((r) => r.row.passportNumber);
    expect(withPassport.length).toBeGreaterThan(0);
    for (const r of withPassport) expect(rows.map((x) => x["Passport number"])).toContain(r.row.passportNumber);
    const [last] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "export.participants"))
      .orderBy(auditLog.id)
      .then((r) => r.slice(-1));
    const me = (await get("/api/me", icd)).json() as { id: string; name: string };
    expect(last).toMatchObject({ actorId: me.id, actorName: me.name, entity: "meeting", entityId: M });
    expect(last!.after).toMatchObject({
      delegationId: THA,
      personal: true,
      personalColumns: expect.arrayContaining(["passportNumber", "dateOfBirth"]),
    });
    // The audit row records what was exported, never the data itself.
    for (const r of withPassport) expect(JSON.stringify(last)).not.toContain(r.row.passportNumber!);
  });

  it("the standard view (committee) gets contact columns but never passport data", async () => {
    const committee = await t.login("committee@demo.focal");
    const res = await get(`/api/meetings/${M}/participants.xlsx?personal=true&lang=en`, committee);
    expect(res.statusCode).toBe(200);
    const { header } = await workbook(res.rawPayload);
    expect(header).toContain("E-mail");
    expect(header).not.toContain("Passport number");
    expect(header).not.toContain("Date of birth");
  });

  it("the door (security officers) gets no lists; a contact gets only their own delegation", async () => {
    const security = await t.login("security@demo.focal");
    expectError(await get(`/api/meetings/${M}/participants.xlsx`, security), 403, "FORBIDDEN");
    expectError(await get(`/api/meetings/${M}/participants.xlsx?personal=true`, security), 403, "FORBIDDEN");
    const contact = await t.login("contact.thailand@demo.focal");
    expectError(await get(`/api/meetings/${M}/participants.xlsx`, contact), 403, "FORBIDDEN");
    expectError(
      await get(`/api/meetings/${M}/participants.xlsx?delegationId=${demoDelegationIds.LAO}`, contact),
      403,
      "FORBIDDEN",
    );
    const own = await get(`/api/meetings/${M}/participants.xlsx?delegationId=${THA}&personal=true`, contact);
    expect(own.statusCode).toBe(200);
    expect((await workbook(own.rawPayload)).header).toContain("Passport number");
  });

  it("an unknown session is refused", async () => {
    expectError(
      await get(`/api/meetings/${M}/participants.xlsx?sessionId=${crypto.randomUUID()}`, icd),
      404,
      "SESSION_NOT_FOUND",
    );
  });
});

describe("a delegation's information pack", () => {
  it("for the delegation's own contact, in English: programme, members, flights and hotel; audited", async () => {
    const contact = await t.login("contact.thailand@demo.focal");
    const res = await get(`/api/meetings/${M}/delegations/${THA}/information-pack.pdf`, contact);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(res.rawPayload);
    const tha = await listDelegateRows(t.ctx.db, { meetingId: M, delegationId: THA });
    for (const r of tha) expect(text).toContain(r.row.fullName);
    expect(text).toContain("DELEGATION INFORMATION PACK");
    expect(text).toContain("Hotel and airport transfers");
    const flight = tha.find((r) => r.row.arrivalFlight)!.row.arrivalFlight!;
    expect(text).toContain(flight);
    const trail = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "export.info_pack"), eq(auditLog.entityId, THA)));
    expect(trail.length).toBe(1);
  });

  it("in Vietnamese for the host, and refused for another delegation's contact and for the door", async () => {
    const res = await get(`/api/meetings/${M}/delegations/${THA}/information-pack.pdf?lang=vi`, icd);
    expect(pdfText(res.rawPayload)).toContain("TÀI LIỆU THÔNG TIN CHO ĐOÀN");
    const laos = await t.login("contact.laos@demo.focal");
    expectError(await get(`/api/meetings/${M}/delegations/${THA}/information-pack.pdf`, laos), 403, "FORBIDDEN");
    const security = await t.login("security@demo.focal");
    expectError(await get(`/api/meetings/${M}/delegations/${THA}/information-pack.pdf`, security), 403, "FORBIDDEN");
  });
});
