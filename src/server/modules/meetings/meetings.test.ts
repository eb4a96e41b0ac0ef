import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { agendaItems, meetingSessions, meetings, rooms, venues } from "./schema.js";
import { demoDelegationIds } from "./seed.js";

let t: TestApp;
let icd: Record<string, string>;
const M = demoIds.meetingAccsm21;
const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

interface SessionView {
  id: string;
  kind: string;
  titleVi: string;
  titleEn: string;
  start: string;
  end: string;
  roomId: string | null;
  chair: string | null;
  agenda: { titleVi: string; presenter: string | null; position: number }[];
  delegationIds: string[];
  clashes: { sessionId: string; on: "room" | "chair" }[];
  version: number;
}
interface VenueView {
  id: string;
  sample: boolean;
  version: number;
  rooms: { id: string; nameEn: string; version: number }[];
}

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
});
afterAll(async () => t?.close());

const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: "GET", url, headers });
const send = (
  method: "POST" | "PATCH" | "DELETE" | "PUT",
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
) => t.app.inject({ method, url, headers, payload: payload as Record<string, unknown> });

async function count(table: typeof meetingSessions | typeof meetings | typeof agendaItems | typeof auditLog) {
  const [r] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(table);
  return Number(r!.n);
}

async function sessions(headers = icd): Promise<SessionView[]> {
  const res = await get(`/api/meetings/${M}/sessions`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function plenaryRoom(): Promise<string> {
  const venues = (await get(`/api/meetings/${M}/venues`, icd)).json() as VenueView[];
  return venues.flatMap((v) => v.rooms).find((r) => r.nameEn === "Plenary hall")!.id;
}

describe("ACCSM 21 as the seeds describe it", () => {
  it("the meeting: 2–6 August 2022, Hanoi, Asia/Ho_Chi_Minh, the theme in both languages", async () => {
    const res = await get(`/api/meetings/${M}`, icd);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m).toMatchObject({
      code: "ACCSM21",
      startDate: "2022-08-02",
      endDate: "2022-08-06",
      cityVi: "Hà Nội",
      cityEn: "Hanoi",
      timeZone: "Asia/Ho_Chi_Minh",
      themeEn: "Modernising the civil service towards a cohesive and adaptive ASEAN Community",
      themeVi: "Hiện đại hóa nền công vụ hướng tới Cộng đồng ASEAN gắn kết và thích ứng",
    });
    expect(m.counts.delegations).toBe(15);
  });

  it("the programme: SOM and SOM+3 on 3 August, Heads in the morning and Heads+3 in the afternoon of 5 August", async () => {
    const list = await sessions();
    const of = (kind: string) => list.filter((s) => s.kind === kind);
    for (const s of list) {
      expect(s.start).toMatch(OFFSET_ISO);
      expect(s.end).toMatch(OFFSET_ISO);
      expect(s.start.endsWith("+07:00")).toBe(true);
    }
    expect(of("SOM")[0]!.start.slice(0, 10)).toBe("2022-08-03");
    expect(of("SOM+3")[0]!.start.slice(0, 10)).toBe("2022-08-03");
    const heads = of("Heads")[0]!;
    const heads3 = of("Heads+3")[0]!;
    expect(heads.start.slice(0, 10)).toBe("2022-08-05");
    expect(Number(heads.end.slice(11, 13))).toBeLessThanOrEqual(12);
    expect(heads3.start.slice(0, 10)).toBe("2022-08-05");
    expect(Number(heads3.start.slice(11, 13))).toBeGreaterThanOrEqual(12);
    expect(of("forum")[0]!.titleEn).toBe("Forum on Good Governance");
    expect(of("press_conference")).toHaveLength(1);
    expect(of("cultural")).toHaveLength(1);
    expect(heads.agenda.at(-1)!.titleVi).toContain("Brunei");
    // The demo programme itself has no double bookings.
    expect(list.every((s) => s.clashes.length === 0)).toBe(true);
    // Sorted by start time.
    const starts = list.map((s) => Date.parse(s.start));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("the invented venue is marked as sample", async () => {
    const list = (await get(`/api/meetings/${M}/venues`, icd)).json() as VenueView[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((v) => v.sample)).toBe(true);
  });
});

describe("who may read a meeting", () => {
  it("anonymous callers get 401", async () => {
    for (const url of [
      `/api/meetings`,
      `/api/meetings/${M}`,
      `/api/meetings/${M}/sessions`,
      `/api/meetings/${M}/delegations`,
    ]) {
      expectError(await get(url, {}), 401, "UNAUTHENTICATED");
    }
  });

  it("a unit officer and an administrator (without a meeting grant) cannot read it", async () => {
    for (const who of ["unit.archives@demo.focal", "admin@demo.focal", "focal.japan@demo.focal"]) {
      const h = await t.login(who);
      expectError(await get(`/api/meetings`, h), 403, "FORBIDDEN");
      expectError(await get(`/api/meetings/${M}`, h), 403, "FORBIDDEN");
      expectError(await get(`/api/meetings/${M}/sessions`, h), 403, "FORBIDDEN");
      expectError(await get(`/api/meetings/${M}/delegations`, h), 403, "FORBIDDEN");
      expectError(await get(`/api/meetings/${M}/venues`, h), 403, "FORBIDDEN");
    }
  });

  it("every meeting grant reads the meeting and the programme; an unknown meeting id does not reveal itself", async () => {
    for (const who of [
      "committee@demo.focal",
      "registration@demo.focal",
      "security@demo.focal",
      "health@demo.focal",
      "liaison@demo.focal",
      "contact.thailand@demo.focal",
    ]) {
      const h = await t.login(who);
      const list = await get(`/api/meetings`, h);
      expect(list.statusCode, who).toBe(200);
      expect((list.json() as { id: string }[]).map((m) => m.id)).toEqual([M]);
      expect((await get(`/api/meetings/${M}`, h)).statusCode).toBe(200);
      expect((await get(`/api/meetings/${M}/sessions`, h)).statusCode).toBe(200);
      expectError(await get(`/api/meetings/${crypto.randomUUID()}`, h), 403, "FORBIDDEN");
    }
    expectError(await get(`/api/meetings/${crypto.randomUUID()}`, icd), 404, "MEETING_NOT_FOUND");
  });
});

describe("meetings: create and edit", () => {
  const body = {
    code: "ACCSM22-TEST",
    titleVi: "Hội nghị thử",
    titleEn: "Test meeting",
    startDate: "2023-09-12",
    endDate: "2023-09-14",
    cityVi: "Bandar Seri Begawan",
    cityEn: "Bandar Seri Begawan",
    timeZone: "Asia/Brunei",
    registrationDeadline: "2023-08-31T17:00",
  };

  it("only the ICD creates meetings; others get 403 and nothing is stored", async () => {
    const before = await count(meetings);
    for (const who of [
      "registration@demo.focal",
      "committee@demo.focal",
      "contact.thailand@demo.focal",
      "unit.napa@demo.focal",
    ]) {
      expectError(await send("POST", "/api/meetings", await t.login(who), body), 403, "FORBIDDEN");
    }
    expect(await count(meetings)).toBe(before);
  });

  it("bad input gets 400 in the caller's language and stores nothing", async () => {
    const en = await t.login("contact.thailand@demo.focal");
    const before = await count(meetings);
    const auditBefore = await count(auditLog);
    const tz = expectError(
      await send("POST", "/api/meetings", icd, { ...body, timeZone: "Asia/Hanoi" }),
      400,
      "TIME_ZONE_INVALID",
    );
    expect(tz.message).toContain("Múi giờ Asia/Hanoi");
    expectError(
      await send("POST", "/api/meetings", icd, { ...body, endDate: "2023-09-01" }),
      400,
      "MEETING_DATES_INVALID",
    );
    expectError(
      await send("POST", "/api/meetings", icd, { ...body, startDate: "12/09/2023" }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(await send("POST", "/api/meetings", icd, { ...body, titleVi: "" }), 400, "VALIDATION_FAILED");
    expectError(
      await send("POST", "/api/meetings", icd, { ...body, registrationDeadline: "2023-02-30T10:00" }),
      400,
      "DATE_TIME_INVALID",
    );
    expectError(
      await send("POST", "/api/meetings", icd, { ...body, purgeAt: "2023-09-13" }),
      400,
      "PURGE_DATE_INVALID",
    );
    expectError(await send("POST", "/api/meetings", icd, { ...body, code: "ACCSM21" }), 409, "MEETING_CODE_TAKEN");
    // An English-speaking user (a delegation contact) is answered in English.
    expect(expectError(await send("POST", "/api/meetings", en, body), 403).message).toBe(
      "You are not allowed to do this.",
    );
    expect(await count(meetings)).toBe(before);
    expect(await count(auditLog)).toBe(auditBefore);
  });

  it("creates, then a stale edit gets 409 and changes nothing; the deadline reads back in the meeting's zone", async () => {
    const res = await send("POST", "/api/meetings", icd, body);
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json();
    expect(m.registrationDeadline).toBe("2023-08-31T17:00:00+08:00");
    expect(m.status).toBe("planning");
    const ok = await send("PATCH", `/api/meetings/${m.id}`, icd, { version: m.version, status: "registration_open" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(m.version + 1);
    const stale = await send("PATCH", `/api/meetings/${m.id}`, icd, { version: m.version, titleEn: "Lost update" });
    expectError(stale, 409, "VERSION_CONFLICT");
    const now = (await get(`/api/meetings/${m.id}`, icd)).json();
    expect(now.titleEn).toBe("Test meeting");
    expect(now.status).toBe("registration_open");
    const [a] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "meeting"), eq(auditLog.entityId, m.id), eq(auditLog.action, "meeting.update")));
    expect(a).toBeTruthy();
    // Another meeting stays invisible to ACCSM 21's committee member.
    const committee = await t.login("committee@demo.focal");
    expectError(await get(`/api/meetings/${m.id}`, committee), 403, "FORBIDDEN");
  });

  it("a committee member or registration manager cannot edit the meeting", async () => {
    for (const who of ["committee@demo.focal", "registration@demo.focal"]) {
      expectError(
        await send("PATCH", `/api/meetings/${M}`, await t.login(who), { version: 1, titleEn: "x" }),
        403,
        "FORBIDDEN",
      );
    }
  });
});

describe("venues and rooms", () => {
  it("the ICD adds a venue and a room; a room in use cannot be deleted; versions are checked", async () => {
    const v = await send("POST", `/api/meetings/${M}/venues`, icd, { nameVi: "Khách sạn thử", nameEn: "Test hotel" });
    expect(v.statusCode, v.body).toBe(201);
    const venue = v.json() as VenueView;
    const r = await send("POST", `/api/meetings/${M}/rooms`, icd, {
      venueId: venue.id,
      nameVi: "Phòng A",
      nameEn: "Room A",
      capacity: 30,
    });
    expect(r.statusCode, r.body).toBe(201);
    const room = (r.json() as VenueView[]).find((x) => x.id === venue.id)!.rooms[0]!;
    expectError(
      await send("DELETE", `/api/meetings/${M}/venues/${venue.id}?version=${venue.version}`, icd),
      409,
      "VENUE_IN_USE",
    );
    expectError(
      await send("PATCH", `/api/meetings/${M}/rooms/${room.id}`, icd, { version: room.version + 5, nameEn: "B" }),
      409,
      "VERSION_CONFLICT",
    );
    const s = await send("POST", `/api/meetings/${M}/sessions`, icd, {
      kind: "bilateral",
      titleVi: "Gặp song phương thử",
      titleEn: "Test bilateral",
      start: "2022-08-06T09:00",
      end: "2022-08-06T09:30",
      roomId: room.id,
    });
    expect(s.statusCode, s.body).toBe(201);
    expectError(
      await send("DELETE", `/api/meetings/${M}/rooms/${room.id}?version=${room.version}`, icd),
      409,
      "ROOM_IN_USE",
    );
    const committee = await t.login("committee@demo.focal");
    expectError(
      await send("POST", `/api/meetings/${M}/venues`, committee, { nameVi: "x", nameEn: "x" }),
      403,
      "FORBIDDEN",
    );
    const del = await send("DELETE", `/api/meetings/${M}/sessions/${s.json().id}?version=1`, icd);
    expect(del.statusCode, del.body).toBe(200);
    expect((await send("DELETE", `/api/meetings/${M}/rooms/${room.id}?version=${room.version}`, icd)).statusCode).toBe(
      200,
    );
    expect(
      (await send("DELETE", `/api/meetings/${M}/venues/${venue.id}?version=${venue.version}`, icd)).statusCode,
    ).toBe(200);
    expect(await t.ctx.db.select().from(rooms).where(eq(rooms.id, room.id))).toHaveLength(0);
    expect(await t.ctx.db.select().from(venues).where(eq(venues.id, venue.id))).toHaveLength(0);
  });
});

describe("programme", () => {
  it("a session in the same room at an overlapping time is flagged on both sessions, and in the list", async () => {
    const room = await plenaryRoom();
    const heads = (await sessions()).find((s) => s.kind === "Heads")!;
    const res = await send("POST", `/api/meetings/${M}/sessions`, icd, {
      kind: "bilateral",
      titleVi: "Gặp song phương Việt Nam – Thái Lan",
      titleEn: "Bilateral Viet Nam – Thailand",
      start: "2022-08-05T11:00",
      end: "2022-08-05T11:30",
      roomId: room,
      chair: "Vụ trưởng Chu Tuấn Tú",
      delegationIds: [demoDelegationIds.VNM, demoDelegationIds.THA],
      agenda: [{ titleVi: "Hợp tác đào tạo", titleEn: "Training cooperation", presenter: "Thailand" }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as SessionView;
    expect(created.start).toBe("2022-08-05T11:00:00+07:00");
    expect(created.clashes).toEqual([{ sessionId: heads.id, on: "room" }]);
    expect(created.agenda).toEqual([expect.objectContaining({ position: 1, titleVi: "Hợp tác đào tạo" })]);
    expect(created.delegationIds.sort()).toEqual([demoDelegationIds.VNM, demoDelegationIds.THA].sort());
    const listed = (await sessions()).find((s) => s.id === heads.id)!;
    expect(listed.clashes).toContainEqual({ sessionId: created.id, on: "room" });

    // Moved to 11:45 (the Heads meeting ends at 11:45): touching is not a clash.
    const moved = await send("PATCH", `/api/meetings/${M}/sessions/${created.id}`, icd, {
      version: created.version,
      start: "2022-08-05T11:45:00+07:00",
      end: "2022-08-05T12:00:00+07:00",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((moved.json() as SessionView).clashes).toEqual([]);
    expect((moved.json() as SessionView).agenda).toHaveLength(1); // agenda untouched when not sent
    // The chair in English is kept, and an edit that does not send it leaves it.
    const named = await send("PATCH", `/api/meetings/${M}/sessions/${created.id}`, icd, {
      version: created.version + 1,
      chairEn: "Director General Chu Tuan Tu",
    });
    expect(named.json()).toMatchObject({ chair: "Vụ trưởng Chu Tuấn Tú", chairEn: "Director General Chu Tuan Tu" });
    const retitled = await send("PATCH", `/api/meetings/${M}/sessions/${created.id}`, icd, {
      version: created.version + 2,
      titleEn: "Bilateral meeting Viet Nam – Thailand",
    });
    expect(retitled.json()).toMatchObject({ chairEn: "Director General Chu Tuan Tu" });
    await send("DELETE", `/api/meetings/${M}/sessions/${created.id}?version=${created.version + 3}`, icd);
  });

  it("the same chair in two places at once is flagged, whatever the case or diacritics", async () => {
    const som = (await sessions()).find((s) => s.kind === "SOM")!;
    const res = await send("POST", `/api/meetings/${M}/sessions`, icd, {
      kind: "press_conference",
      titleVi: "Họp báo thử",
      titleEn: "Test press conference",
      start: "2022-08-03T04:00:00Z", // 11:00 in Hanoi, during the SOM
      end: "2022-08-03T05:00:00Z",
      chair: "THU TRUONG BO NOI VU VU CHIEN THANG",
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json() as SessionView;
    expect(s.start).toBe("2022-08-03T11:00:00+07:00");
    expect(s.clashes).toContainEqual({ sessionId: som.id, on: "chair" });
    await send("DELETE", `/api/meetings/${M}/sessions/${s.id}?version=${s.version}`, icd);
  });

  it("bad sessions get 400 and store nothing", async () => {
    const base = {
      kind: "forum",
      titleVi: "Diễn đàn thử",
      titleEn: "Test forum",
      start: "2022-08-04T14:00",
      end: "2022-08-04T15:00",
    };
    const before = { s: await count(meetingSessions), a: await count(agendaItems), audit: await count(auditLog) };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, end: "2022-08-04T13:00" }, 400, "SESSION_TIME_INVALID"],
      [{ ...base, start: "2022-08-09T09:00", end: "2022-08-09T10:00" }, 400, "SESSION_OUTSIDE_MEETING"],
      [{ ...base, start: "2022-08-04 14:00" }, 400, "VALIDATION_FAILED"],
      [{ ...base, start: "2022-02-30T14:00" }, 400, "DATE_TIME_INVALID"],
      [{ ...base, kind: "gala" }, 400, "VALIDATION_FAILED"],
      [{ ...base, roomId: crypto.randomUUID() }, 404, "ROOM_NOT_FOUND"],
      [{ ...base, delegationIds: [crypto.randomUUID()] }, 400, "UNKNOWN_DELEGATION"],
      [{ ...base, agenda: [{ titleVi: "", titleEn: "x" }] }, 400, "VALIDATION_FAILED"],
    ];
    for (const [payload, status, code] of cases) {
      expectError(await send("POST", `/api/meetings/${M}/sessions`, icd, payload), status, code);
    }
    const e = expectError(await send("POST", `/api/meetings/${M}/sessions`, icd, cases[1]![0]), 400);
    expect(e.message).toBe("Phiên họp phải nằm trong thời gian hội nghị (02/08/2022 – 06/08/2022).");
    expect(await count(meetingSessions)).toBe(before.s);
    expect(await count(agendaItems)).toBe(before.a);
    expect(await count(auditLog)).toBe(before.audit);
  });

  it("a stale session edit gets 409 and changes nothing; agenda and attendance are replaced when sent", async () => {
    const forum = (await sessions()).find((s) => s.kind === "forum")!;
    const ok = await send("PATCH", `/api/meetings/${M}/sessions/${forum.id}`, icd, {
      version: forum.version,
      agenda: [
        { titleVi: "Khai mạc", titleEn: "Opening", presenter: "Bộ trưởng" },
        { titleVi: "Thảo luận", titleEn: "Discussion", documents: "Tài liệu 1\nTài liệu 2" },
      ],
      delegationIds: [demoDelegationIds.VNM, demoDelegationIds.ASEC],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = ok.json() as SessionView;
    expect(after.agenda.map((a) => a.position)).toEqual([1, 2]);
    expect(after.delegationIds).toHaveLength(2);
    const stale = await send("PATCH", `/api/meetings/${M}/sessions/${forum.id}`, icd, {
      version: forum.version,
      titleEn: "Lost",
      agenda: [],
    });
    expectError(stale, 409, "VERSION_CONFLICT");
    const now = (await get(`/api/meetings/${M}/sessions/${forum.id}`, icd)).json() as SessionView;
    expect(now.titleEn).toBe("Forum on Good Governance");
    expect(now.agenda).toHaveLength(2);
  });

  it("only the ICD edits the programme", async () => {
    const forum = (await sessions()).find((s) => s.kind === "forum")!;
    for (const who of [
      "committee@demo.focal",
      "registration@demo.focal",
      "security@demo.focal",
      "contact.thailand@demo.focal",
    ]) {
      const h = await t.login(who);
      expectError(
        await send("PATCH", `/api/meetings/${M}/sessions/${forum.id}`, h, { version: forum.version, titleEn: "x" }),
        403,
        "FORBIDDEN",
      );
      expectError(
        await send("DELETE", `/api/meetings/${M}/sessions/${forum.id}?version=${forum.version}`, h),
        403,
        "FORBIDDEN",
      );
    }
  });
});

describe("scope resolvers", () => {
  it("labels meeting and delegation grants and refuses unknown ids", async () => {
    const admin = await t.login("admin@demo.focal");
    const users = (await get(`/api/users?q=contact.thailand`, admin)).json() as {
      id: string;
      grants: { role: string; scopeLabel: string }[];
    }[];
    expect(users[0]!.grants[0]).toMatchObject({ role: "delegation_contact", scopeLabel: "ACCSM21 — Thái Lan" });
    const committee = (await get(`/api/users?q=committee@demo`, admin)).json() as typeof users;
    expect(committee[0]!.grants[0]!.scopeLabel).toBe(
      "ACCSM21 — Hội nghị Hợp tác ASEAN về các vấn đề công vụ lần thứ 21 (ACCSM 21)",
    );
    const uid = users[0]!.id;
    expectError(
      await send("POST", `/api/users/${uid}/grants`, admin, { role: "committee_member", scopeId: crypto.randomUUID() }),
      400,
      "INVALID_SCOPE",
    );
    expectError(
      await send("POST", `/api/users/${uid}/grants`, admin, { role: "delegation_contact", scopeId: "THA" }),
      400,
      "INVALID_SCOPE",
    );
    const ok = await send("POST", `/api/users/${uid}/grants`, admin, {
      role: "delegation_contact",
      scopeId: demoDelegationIds.LAO,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const lao = (ok.json() as { grants: { id: string; scopeLabel: string }[] }).grants.find((g) =>
      g.scopeLabel.includes("Lào"),
    );
    expect(lao).toBeTruthy();
    expect((await send("DELETE", `/api/users/${uid}/grants/${lao!.id}`, admin)).statusCode).toBe(200);
  });
});
