import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import type { DelegationContacts, Liaison, MyLiaison, Suggestion } from "../../../shared/schemas/liaison.js";

/**
 * Liaison officers and volunteers (issue 14, point 1) through HTTP on the demo meeting: the roster with its search
 * and Vietnamese order, add/change/delete with versions, trainings and attendance, suggestions and assignments (an
 * unavailable officer refused with a clear message), and a liaison officer who sees the delegation they accompany —
 * its head's contacts, never passport data — and nothing of the others.
 */

type H = Record<string, string>;
let t: TestApp;
let icd: H, registration: H, liaison: H, security: H, contact: H, committee: H;
const M = demoIds.meetingAccsm21;
const base = `/api/meetings/${M}/liaison`;
const req = (method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT", h: H, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: h, ...(payload ? { payload } : {}) });
const count = async () =>
  Number(
    (
      (await t.ctx.db.execute(
        sql`select (select count(*) from liaison_officers)::int + (select count(*) from liaison_assignments)::int + (select count(*) from liaison_trainings)::int + (select count(*) from liaison_attendance)::int + (select count(*) from audit_log)::int as n`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n,
  );
const roster = async () => (await req("GET", icd, base)).json() as Liaison;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  registration = await t.login("registration@demo.focal");
  liaison = await t.login("liaison@demo.focal");
  security = await t.login("security@demo.focal");
  contact = await t.login("contact.japan@demo.focal");
  committee = await t.login("committee@demo.focal");
}, 120_000);
afterAll(async () => t?.close());

describe("the roster", () => {
  it("lists the twelve demo officers in Vietnamese name order, each foreign delegation with its officer", async () => {
    const l = await roster();
    expect(l.officers).toHaveLength(12);
    const names = l.officers.map((o) => o.fullName);
    // Vietnamese order is by given name: Anh (Hoàng Thị Mai Anh) before Anh (Nguyễn Đức Anh) before Ánh…
    expect(names.indexOf("Hoàng Thị Mai Anh")).toBeLessThan(names.indexOf("Trịnh Ngọc Ánh"));
    expect(names.indexOf("Phạm Minh Châu")).toBeLessThan(names.indexOf("Vũ Hoàng Long"));
    expect(l.delegations).toHaveLength(14);
    expect(l.delegations.every((d) => d.officerId)).toBe(true);
    expect(l.delegations.find((d) => d.id === demoDelegationIds.JPN)!.languages).toEqual(["ja", "en"]);
    const trang = l.officers.find((o) => o.fullName === "Ngô Thu Trang")!;
    expect(trang.account).toBe("liaison@demo.focal");
    expect(trang.trainings.map((x) => x.attended)).toEqual([true, true]);
    expect(l.trainings).toHaveLength(2);
    expect(l.permissions.manage).toBe(true);
  });

  it("searches without diacritics", async () => {
    const l = (await req("GET", icd, `${base}?q=ngoc`)).json() as Liaison;
    expect(l.officers.map((o) => o.fullName).sort()).toEqual(["Trần Thị Bích Ngọc", "Trịnh Ngọc Ánh"]);
  });

  it("registration managers and committee members read it; liaison, security officers and contacts get 403", async () => {
    expect((await req("GET", registration, base)).json().permissions.manage).toBe(false);
    expect((await req("GET", committee, base)).statusCode).toBe(200);
    for (const h of [liaison, security, contact]) expect((await req("GET", h, base)).statusCode).toBe(403);
  });

  it("adds, changes with the version and deletes an officer; refusals change nothing", async () => {
    const before = await count();
    const empty = await req("POST", icd, `${base}/officers`, { fullName: "   " });
    expect(empty.statusCode).toBe(400);
    const twice = await req("POST", icd, `${base}/officers`, {
      fullName: "Lý Thị Hoa",
      languages: [
        { code: "en", level: "fluent" },
        { code: "en", level: "basic" },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toMatch(/hai lần|twice/);
    const noAccount = await req("POST", icd, `${base}/officers`, { fullName: "Lý Thị Hoa", account: "x@nowhere.vn" });
    expect(noAccount.statusCode).toBe(400);
    const taken = await req("POST", icd, `${base}/officers`, { fullName: "Lý Thị Hoa", account: "liaison@demo.focal" });
    expect(taken.statusCode).toBe(409);
    const denied = await req("POST", registration, `${base}/officers`, { fullName: "Lý Thị Hoa" });
    expect(denied.statusCode).toBe(403);
    expect(await count()).toBe(before);

    const added = await req("POST", icd, `${base}/officers`, {
      fullName: "Lý Thị Hoa",
      unit: "Trường Đại học Hà Nội",
      phone: "0911 000 111",
      languages: [{ code: "th", level: "working" }],
      availableDays: ["2022-08-02"],
    });
    expect(added.statusCode, added.body).toBe(200);
    const o = added.json() as Liaison["officers"][number];
    expect(o).toMatchObject({ fullName: "Lý Thị Hoa", version: 1, kind: "liaison" });
    const changed = await req("PATCH", icd, `${base}/officers/${o.id}`, { version: 1, phone: "0911 000 222" });
    expect(changed.json()).toMatchObject({ phone: "0911 000 222", version: 2 });
    const stale = await req("PATCH", icd, `${base}/officers/${o.id}`, { version: 1, phone: "0" });
    expect(stale.statusCode).toBe(409);
    expect((await req("DELETE", icd, `${base}/officers/${o.id}?version=1`)).statusCode).toBe(409);
    expect((await req("DELETE", icd, `${base}/officers/${o.id}?version=2`)).statusCode).toBe(200);
    expect((await roster()).officers.some((x) => x.id === o.id)).toBe(false);
  });

  it("refuses to delete an officer who accompanies a delegation", async () => {
    const trang = (await roster()).officers.find((o) => o.fullName === "Ngô Thu Trang")!;
    const res = await req("DELETE", icd, `${base}/officers/${trang.id}?version=${trang.version}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("Ngô Thu Trang");
  });
});

describe("trainings", () => {
  it("schedules a training, invites officers and marks attendance; the roster shows it", async () => {
    const bad = await req("POST", icd, `${base}/trainings`, {
      titleVi: "Diễn tập",
      startsAt: "2022-07-30T10:00",
      endsAt: "2022-07-30T09:00",
    });
    expect(bad.statusCode).toBe(400);
    const created = await req("POST", icd, `${base}/trainings`, {
      titleVi: "Diễn tập lễ đón",
      titleEn: "Welcome rehearsal",
      startsAt: "2022-07-30T08:00",
      place: "Trung tâm Hội nghị Quốc gia",
    });
    expect(created.statusCode, created.body).toBe(200);
    const tr = created.json() as Liaison["trainings"][number];
    expect(tr.startsAt).toBe("2022-07-30T01:00:00.000Z");
    const l = await roster();
    const [a, b] = l.officers;
    const set = await req("PUT", icd, `${base}/trainings/${tr.id}/attendance`, {
      version: 1,
      officers: [
        { officerId: a!.id, attended: true },
        { officerId: b!.id, attended: false },
      ],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().invited).toHaveLength(2);
    const stranger = await req("PUT", icd, `${base}/trainings/${tr.id}/attendance`, {
      version: 2,
      officers: [{ officerId: crypto.randomUUID(), attended: true }],
    });
    expect(stranger.statusCode).toBe(400);
    const after = (await roster()).officers.find((o) => o.id === a!.id)!;
    expect(after.trainings.find((x) => x.trainingId === tr.id)?.attended).toBe(true);
  });
});

describe("assignments", () => {
  it("suggests by language and availability, and never the officer away on the arrival day", async () => {
    const res = await req("POST", icd, `${base}/suggest`, { all: true });
    expect(res.statusCode, res.body).toBe(200);
    const { proposals } = res.json() as Suggestion;
    expect(proposals).toHaveLength(14);
    const of = (k: keyof typeof demoDelegationIds) => proposals.find((p) => p.delegationId === demoDelegationIds[k])!;
    expect(of("JPN")).toMatchObject({ officerName: "Ngô Thu Trang", match: "language" });
    expect(of("THA").match).toBe("language");
    expect(of("KOR").officerName).toBe("Đỗ Thị Hải Yến");
    expect(of("PHL").officerName).not.toBe("Bùi Tuấn Kiệt");
    expect((await req("POST", registration, `${base}/suggest`, {})).statusCode).toBe(403);
    // Nothing is written by a suggestion; every delegation has its officer already, so none is proposed by default.
    expect(((await req("POST", icd, `${base}/suggest`, {})).json() as Suggestion).proposals).toEqual([]);
  });

  it("refuses an officer unavailable on the delegation's arrival day, naming them, the day and the delegation", async () => {
    const l = await roster();
    const kiet = l.officers.find((o) => o.fullName === "Bùi Tuấn Kiệt")!;
    const before = await count();
    const res = await t.app.inject({
      method: "PUT",
      url: `${base}/assignments`,
      headers: { ...icd, "accept-language": "en" },
      payload: { assignments: [{ delegationId: demoDelegationIds.PHL, officerId: kiet.id }] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("Bùi Tuấn Kiệt");
    expect(res.json().error.message).toContain("01/08/2022");
    expect(await count()).toBe(before);
    // Nor may his availability change so as to leave Myanmar's arrival day uncovered.
    const away = await req("PATCH", icd, `${base}/officers/${kiet.id}`, {
      version: kiet.version,
      availableDays: ["2022-08-05"],
    });
    expect(away.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });

  it("assigns by hand and clears, audited; the host sees the delegation's officer with phone", async () => {
    const l = await roster();
    const long = l.officers.find((o) => o.fullName === "Vũ Hoàng Long")!;
    const res = await req("PUT", icd, `${base}/assignments`, {
      assignments: [{ delegationId: demoDelegationIds.THA, officerId: long.id }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Liaison).delegations.find((d) => d.id === demoDelegationIds.THA)!.officerId).toBe(long.id);
    const c = (await req("GET", icd, `${base}/delegations/${demoDelegationIds.THA}`)).json() as DelegationContacts;
    expect(c.officer).toMatchObject({ fullName: "Vũ Hoàng Long", phone: "0913 250 318" });
    expect((await req("GET", registration, `${base}/delegations/${demoDelegationIds.THA}`)).statusCode).toBe(200);
  });
});

describe("the liaison officer's own page", () => {
  it("shows the delegation they accompany with the head's contacts and flight, and no passport data", async () => {
    const res = await req("GET", liaison, `${base}/mine`);
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json() as MyLiaison;
    expect(mine.officer?.fullName).toBe("Ngô Thu Trang");
    expect(mine.delegations.map((d) => d.id)).toEqual([demoDelegationIds.JPN]);
    const jp = mine.delegations[0]!;
    expect(jp.head).toMatchObject({ fullName: "Tanaka Kenji", arrivalFlight: "VN311", arrivalDate: "2022-08-02" });
    expect(jp.delegates.length).toBeGreaterThan(1);
    expect(res.body).not.toMatch(/passport|dateOfBirth|TK\d/i);
    const one = await req("GET", liaison, `${base}/delegations/${demoDelegationIds.JPN}`);
    expect(one.statusCode).toBe(200);
    expect(one.body).not.toMatch(/passport|dateOfBirth/i);
  });

  it("gets 403 for every other delegation, and for the roster and the hosts' writes", async () => {
    for (const k of ["THA", "KOR", "ASEC"] as const)
      expect((await req("GET", liaison, `${base}/delegations/${demoDelegationIds[k]}`)).statusCode).toBe(403);
    expect((await req("GET", liaison, `${base}/delegations/${crypto.randomUUID()}`)).statusCode).toBe(403);
    expect((await req("POST", liaison, `${base}/suggest`, {})).statusCode).toBe(403);
    expect((await req("GET", icd, `${base}/mine`)).statusCode).toBe(403);
    expect((await req("GET", contact, `${base}/delegations/${demoDelegationIds.JPN}`)).statusCode).toBe(403);
  });

  it("sees nothing once their delegation is given to someone else", async () => {
    const l = await roster();
    const yen = l.officers.find((o) => o.fullName === "Đỗ Thị Hải Yến")!;
    const trang = l.officers.find((o) => o.fullName === "Ngô Thu Trang")!;
    await req("PUT", icd, `${base}/assignments`, {
      assignments: [{ delegationId: demoDelegationIds.JPN, officerId: yen.id }],
    });
    expect(((await req("GET", liaison, `${base}/mine`)).json() as MyLiaison).delegations).toEqual([]);
    expect((await req("GET", liaison, `${base}/delegations/${demoDelegationIds.JPN}`)).statusCode).toBe(403);
    await req("PUT", icd, `${base}/assignments`, {
      assignments: [{ delegationId: demoDelegationIds.JPN, officerId: trang.id }],
    });
  });
});
