import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { auditLog } from "../audit/schema.js";
import type { Hotel, HotelsAnswer, RoomingNight, RoomingStay, StayRow } from "../../../shared/schemas/lodging.js";
import { lodgingDemoIds } from "./seed.js";

/**
 * Hotels and rooming (issue 14, point 2) through HTTP on the ACCSM 21 demo: the demo's hotels and rooming, a block
 * grid refused outside the contract and its flags moving, sharing and the refusals, "assign automatically", the
 * hotel's Excel (passports only where the hotel needs them, for logistics keepers, audited) and the 403s.
 */
type H = Record<string, string>;
let t: TestApp;
let icd: H, registration: H;
const M = demoIds.meetingAccsm21;
const MARRIOTT = lodgingDemoIds.hotelMarriott;
const LANDMARK = lodgingDemoIds.hotelLandmark;
const req = (method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", h: H, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: h, ...(payload ? { payload } : {}) });
const count = async () =>
  Number(
    (
      (await t.ctx.db.execute(
        sql`select (select count(*) from lodging_blocks)::int + (select count(*) from lodging_stays)::int + (select count(*) from audit_log)::int as n`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n,
  );
const hotel = async (id: string) =>
  ((await req("GET", icd, `/api/meetings/${M}/hotels`)).json() as HotelsAnswer).hotels.find((h) => h.id === id)!;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  registration = await t.login("registration@demo.focal");
}, 120_000);
afterAll(async () => t?.close());

describe("the demo's hotels and rooming", () => {
  it("two hotels near the Convention Center with contracts and blocks for 1–7 August", async () => {
    const res = await req("GET", icd, `/api/meetings/${M}/hotels`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json() as HotelsAnswer;
    expect(a.canEdit).toBe(true);
    expect(a.hotels.map((h) => h.name).sort()).toEqual([
      "InterContinental Hanoi Landmark72",
      "JW Marriott Hotel Hanoi",
    ]);
    for (const h of a.hotels) {
      expect([h.contractFrom, h.contractTo]).toEqual(["2022-08-01", "2022-08-07"]);
      expect(new Set(h.blocks.map((b) => b.night)).size).toBe(7);
      expect(h.guests).toBeGreaterThan(0);
    }
    expect(a.hotels.find((h) => h.id === LANDMARK)!.needsPassports).toBe(true);
  });

  it("every travelling delegate has a room; heads in suites; some share", async () => {
    const stays = (await req("GET", icd, `/api/meetings/${M}/stays`)).json() as StayRow[];
    expect(stays.length).toBeGreaterThan(20);
    expect(stays.filter((s) => !s.stay)).toEqual([]);
    for (const s of stays.filter((x) => x.head)) expect(s.stay!.roomType).toBe("suite");
    expect(stays.some((s) => s.stay!.roomType === "twin" && s.stay!.roomKey)).toBe(true);
    // a delegation sleeps in one hotel
    const hotelsOf = new Map<string, Set<string>>();
    for (const s of stays)
      hotelsOf.set(s.delegationId, (hotelsOf.get(s.delegationId) ?? new Set()).add(s.stay!.hotelId));
    expect([...hotelsOf.values()].filter((x) => x.size > 1).length).toBeLessThanOrEqual(1);
  });

  it("the rooming of a night: guests per hotel, rooms used against held, roommates, flags", async () => {
    const res = await req("GET", icd, `/api/meetings/${M}/rooming?night=2022-08-03`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as RoomingNight;
    expect(r.night).toBe("2022-08-03");
    expect(r.unplaced).toEqual([]);
    const guests = r.hotels.flatMap((h) => h.guests);
    expect(guests.length).toBeGreaterThan(20);
    expect(guests.some((g) => g.roommates.length === 1)).toBe(true);
    for (const h of r.hotels)
      for (const c of h.rooms)
        expect(c.flag).toBe(c.used > c.blocked ? "overbooked" : c.used < c.blocked ? "unused" : null);
    // 1 August: nobody has arrived yet (the flights land on 1 and 2 August)
    const first = (await req("GET", icd, `/api/meetings/${M}/rooming?night=2022-07-30`)).json() as RoomingNight;
    expect(first.hotels.flatMap((h) => h.guests)).toEqual([]);
    expect(first.hotels.every((h) => !h.inContract)).toBe(true);
  });

  it("the whole stay: per hotel, nights × room types", async () => {
    const s = (await req("GET", icd, `/api/meetings/${M}/rooming/stay`)).json() as RoomingStay;
    expect(s.nights).toContain("2022-08-01");
    expect(s.nights).toContain("2022-08-07");
    expect(s.hotels).toHaveLength(2);
    expect(s.hotels[0]!.nights[0]!.rooms).toHaveLength(4);
  });
});

describe("room blocks", () => {
  it("a block on a night outside the contract is refused with the hotel and the night, nothing written", async () => {
    const h = await hotel(MARRIOTT);
    const before = await count();
    const res = await req("PUT", icd, `/api/meetings/${M}/hotels/${MARRIOTT}/blocks`, {
      version: h.version,
      blocks: [...h.blocks, { night: "2022-08-08", roomType: "single", rooms: 3 }],
    });
    const e = expectError(res, 400, "NIGHT_OUTSIDE_CONTRACT");
    expect(e.message).toContain("JW Marriott Hotel Hanoi");
    expect(e.message).toContain("08/08/2022");
    expect(await count()).toBe(before);
    expect((await hotel(MARRIOTT)).version).toBe(h.version);
  });

  it("a cell given twice is refused; a stale version is 409", async () => {
    const h = await hotel(MARRIOTT);
    const twice = await req("PUT", icd, `/api/meetings/${M}/hotels/${MARRIOTT}/blocks`, {
      version: h.version,
      blocks: [
        { night: "2022-08-03", roomType: "single", rooms: 3 },
        { night: "2022-08-03", roomType: "single", rooms: 4 },
      ],
    });
    expectError(twice, 400, "DUPLICATE_BLOCK");
    const stale = await req("PUT", icd, `/api/meetings/${M}/hotels/${MARRIOTT}/blocks`, {
      version: h.version + 5,
      blocks: h.blocks,
    });
    expectError(stale, 409, "VERSION_CONFLICT");
  });

  it("fewer rooms held than used flags the night over-booked; the change is audited", async () => {
    const h = await hotel(MARRIOTT);
    const night = "2022-08-03";
    const used = ((await req("GET", icd, `/api/meetings/${M}/rooming?night=${night}`)).json() as RoomingNight).hotels
      .find((x) => x.hotelId === MARRIOTT)!
      .rooms.find((c) => c.roomType === "suite")!.used;
    expect(used).toBeGreaterThan(0);
    const blocks = h.blocks.map((b) => (b.night === night && b.roomType === "suite" ? { ...b, rooms: used - 1 } : b));
    const res = await req("PUT", icd, `/api/meetings/${M}/hotels/${MARRIOTT}/blocks`, { version: h.version, blocks });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Hotel).version).toBe(h.version + 1);
    const after = (await req("GET", icd, `/api/meetings/${M}/rooming?night=${night}`)).json() as RoomingNight;
    expect(after.hotels.find((x) => x.hotelId === MARRIOTT)!.rooms.find((c) => c.roomType === "suite")).toEqual({
      roomType: "suite",
      blocked: used - 1,
      used,
      flag: "overbooked",
    });
    const [row] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "lodging_blocks.update"), eq(auditLog.entityId, MARRIOTT)));
    expect(row).toBeTruthy();
  });

  it("a contract that would leave held rooms outside it is refused; a reversed contract too", async () => {
    const h = await hotel(LANDMARK);
    const res = await req("PATCH", icd, `/api/meetings/${M}/hotels/${LANDMARK}`, {
      version: h.version,
      contractFrom: "2022-08-02",
    });
    expectError(res, 409, "CONTRACT_LEAVES_BLOCKS");
    const reversed = await req("PATCH", icd, `/api/meetings/${M}/hotels/${LANDMARK}`, {
      version: h.version,
      contractFrom: "2022-08-09",
      contractTo: "2022-08-08",
    });
    expectError(reversed, 400, "CONTRACT_DATES");
  });

  it("a new hotel, then its blocks", async () => {
    const res = await req("POST", icd, `/api/meetings/${M}/hotels`, {
      name: "Khách sạn Mường Thanh Grand Xa La",
      address: "Hà Đông, Hà Nội",
      contractFrom: "2022-08-02",
      contractTo: "2022-08-05",
    });
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json() as Hotel;
    const b = await req("PUT", icd, `/api/meetings/${M}/hotels/${h.id}/blocks`, {
      version: h.version,
      blocks: [{ night: "2022-08-02", roomType: "twin", rooms: 4 }],
    });
    expect((b.json() as Hotel).blocks).toEqual([{ night: "2022-08-02", roomType: "twin", rooms: 4 }]);
  });
});

describe("stays", () => {
  const stays = async () => (await req("GET", icd, `/api/meetings/${M}/stays`)).json() as StayRow[];

  it("sharing: a full room is refused, a single cannot be shared, a delegate without dates gets no room", async () => {
    const all = await stays();
    const pair = all.filter((s) => s.stay?.roomType === "twin" && s.stay.roomKey);
    const shared = pair.find(
      (s) =>
        pair.filter((o) => o.stay!.roomKey === s.stay!.roomKey && o.stay!.hotelId === s.stay!.hotelId).length === 2,
    )!;
    const third = all.find(
      (s) =>
        s.delegationId === shared.delegationId &&
        s.delegateId !== shared.delegateId &&
        s.stay!.roomKey !== shared.stay!.roomKey,
    )!;
    const before = await count();
    const full = await req("PUT", icd, `/api/meetings/${M}/stays/${third.delegateId}`, {
      hotelId: shared.stay!.hotelId,
      roomType: "twin",
      roomKey: shared.stay!.roomKey,
      version: third.stay!.version,
    });
    expectError(full, 409, "ROOM_FULL");
    const single = await req("PUT", icd, `/api/meetings/${M}/stays/${third.delegateId}`, {
      hotelId: shared.stay!.hotelId,
      roomType: "single",
      roomKey: "S1",
      version: third.stay!.version,
    });
    expectError(single, 400, "SINGLE_SHARED");
    // A Vietnamese delegate has no flights: no nights, no room.
    const vn = await t.ctx.db.execute(
      sql`select id from delegates where delegation_id = ${demoDelegationIds.VNM} limit 1`,
    );
    const vnId = (vn as unknown as { rows: { id: string }[] }).rows[0]!.id;
    const none = await req("PUT", icd, `/api/meetings/${M}/stays/${vnId}`, { hotelId: MARRIOTT, roomType: "single" });
    expectError(none, 400, "NOT_TRAVELLING");
    expect(await count()).toBe(before);
  });

  it("moves a delegate (override), takes the room away, and assign automatically places them again", async () => {
    const all = await stays();
    const one = all.find((s) => !s.head)!;
    const moved = await req("PUT", icd, `/api/meetings/${M}/stays/${one.delegateId}`, {
      hotelId: LANDMARK,
      roomType: "double",
      roomKey: null,
      version: one.stay!.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((moved.json() as StayRow).stay).toMatchObject({ hotelId: LANDMARK, roomType: "double", version: 2 });
    const gone = await req("DELETE", icd, `/api/meetings/${M}/stays/${one.delegateId}`);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await stays()).find((s) => s.delegateId === one.delegateId)!.stay).toBeNull();
    const night = one.arrivalDate;
    const r = (await req("GET", icd, `/api/meetings/${M}/rooming?night=${night}`)).json() as RoomingNight;
    expect(r.unplaced.map((u) => u.delegateId)).toContain(one.delegateId);
    const assigned = await req("POST", icd, `/api/meetings/${M}/stays/assign`);
    expect(assigned.statusCode, assigned.body).toBe(200);
    const a = assigned.json() as { placed: number; unplaced: string[] };
    expect(a.placed + a.unplaced.length).toBe(1);
  });
});

describe("the hotel's Excel", () => {
  async function sheet(body: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb.worksheets[0]!;
  }

  it("without passports for a hotel that needs none; audited", async () => {
    const res = await req("GET", registration, `/api/meetings/${M}/hotels/${MARRIOTT}/rooming.xlsx?lang=en`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const ws = await sheet(res.rawPayload);
    const header = (ws.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toContain("Sharing with");
    expect(header).not.toContain("Passport number");
    expect(ws.rowCount).toBeGreaterThan(5);
    const rows = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "export.rooming"), eq(auditLog.entityId, MARRIOTT)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ personalColumns: [] });
  });

  it("with passports where the hotel needs them: logistics keepers only, audited as a personal-data read", async () => {
    const before = await count();
    expectError(
      await req("GET", registration, `/api/meetings/${M}/hotels/${LANDMARK}/rooming.xlsx`),
      403,
      "PASSPORTS_KEEPERS_ONLY",
    );
    expect(await count()).toBe(before);
    const res = await req("GET", icd, `/api/meetings/${M}/hotels/${LANDMARK}/rooming.xlsx?lang=en`);
    expect(res.statusCode).toBe(200);
    const ws = await sheet(res.rawPayload);
    const header = (ws.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toContain("Passport number");
    const col = header.indexOf("Passport number") + 1;
    // Guests named in the seeds travel without invented passport data; the others carry theirs.
    const passports = Array.from({ length: ws.rowCount - 1 }, (_, i) =>
      String(ws.getRow(i + 2).getCell(col).value ?? ""),
    );
    expect(passports.filter((p) => /\w{5,}/.test(p)).length).toBeGreaterThan(5);
    const exp = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "export.rooming"), eq(auditLog.entityId, LANDMARK)));
    expect(exp[0]!.after).toMatchObject({ personalColumns: ["nationality", "passportNumber"] });
    const read = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "personal_data.read"), eq(auditLog.entityId, LANDMARK)));
    expect(read).toHaveLength(1);
    expect((read[0]!.after as { delegates: number }).delegates).toBeGreaterThan(0);
  });

  it("an unknown hotel is 404", async () => {
    expectError(
      await req("GET", icd, `/api/meetings/${M}/hotels/0a0c5321-dead-4000-8000-00000000dead/rooming.xlsx`),
      404,
      "HOTEL_NOT_FOUND",
    );
  });
});

describe("who may not", () => {
  const urls = [
    `/api/meetings/${M}/hotels`,
    `/api/meetings/${M}/rooming?night=2022-08-03`,
    `/api/meetings/${M}/rooming/stay`,
    `/api/meetings/${M}/stays`,
    `/api/meetings/${M}/hotels/${MARRIOTT}/rooming.xlsx`,
  ];
  // Liaison officers read the delegations they accompany in the liaison area, not the rooming of everyone.
  for (const email of ["health@demo.focal", "contact.japan@demo.focal", "admin@demo.focal", "liaison@demo.focal"])
    it(`${email} reads no hotel, rooming or export and changes nothing`, async () => {
      const h = await t.login(email);
      for (const u of urls) expectError(await req("GET", h, u), 403);
      const before = await count();
      expectError(await req("POST", h, `/api/meetings/${M}/stays/assign`), 403);
      expectError(await req("PUT", h, `/api/meetings/${M}/hotels/${MARRIOTT}/blocks`, { version: 1, blocks: [] }), 403);
      expect(await count()).toBe(before);
    });

  it("a registration manager reads but does not keep", async () => {
    expect((await req("GET", registration, `/api/meetings/${M}/rooming`)).statusCode).toBe(200);
    expectError(await req("POST", registration, `/api/meetings/${M}/stays/assign`), 403);
  });
});
