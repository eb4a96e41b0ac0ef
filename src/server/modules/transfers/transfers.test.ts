import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { delegates } from "../meetings/schema.js";
import type { Shuttle, Transfer, TransferMove, Vehicle } from "../../../shared/schemas/transfers.js";

/**
 * Airport transfers through HTTP on the demo (issue 14, point 3): the grouped arrivals of 2 August with vehicles and
 * liaison and no passport data; heads with their delegation; vehicles added, changed, deleted with the version; a
 * vehicle refused for overlapping transfers; a removed vehicle leaves a visible shortfall that automatic allocation
 * fills; a manifest PDF; a changed flight moves the person and is listed with the old and new transfer; shuttles;
 * 403 for those without logistics and nothing written.
 */
type H = Record<string, string>;
let t: TestApp;
let icd: H, committee: H, registration: H, health: H, contact: H, security: H;
const M = demoIds.meetingAccsm21;
const JPN = demoDelegationIds.JPN;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  committee = await t.login("committee@demo.focal");
  registration = await t.login("registration@demo.focal");
  health = await t.login("health@demo.focal");
  contact = await t.login("contact.japan@demo.focal");
  security = await t.login("security@demo.focal");
});
afterAll(() => t.close());

const req = (method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT", h: H, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: h, ...(payload ? { payload } : {}) });
const day = async (h: H, date: string) => {
  const res = await req("GET", h, `/api/meetings/${M}/transfers?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Transfer[];
};
const count = async () =>
  Number(
    (
      (await t.ctx.db.execute(
        sql`select (select count(*) from transfer_vehicles)::int + (select count(*) from transfer_allocations)::int + (select count(*) from audit_log)::int as n`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n,
  );

describe("transfers of the demo", () => {
  it("groups 2 August's arrivals at HAN by time window, with vehicles seating everyone, liaison and no passport data", async () => {
    const list = await day(icd, "2022-08-02");
    expect(list.length).toBeGreaterThanOrEqual(5);
    for (const x of list) {
      expect(x).toMatchObject({ direction: "arrival", airport: "HAN", day: "2022-08-02" });
      expect(x.id).toMatch(/^arrival-2022-08-02-HAN-\d{4}$/);
      expect(x.shortBy).toBe(0);
      expect(x.vehicles.length).toBeGreaterThan(0);
      expect(x.people.every((p) => p.vehicleId)).toBe(true);
    }
    const first = list[0]!;
    expect(first.window.from).toBe("2022-08-02T09:40:00+07:00");
    // China (09:40) and Laos (10:25) arrive within the hour: one transfer.
    expect(new Set(first.people.map((p) => p.delegationId))).toEqual(
      new Set([demoDelegationIds.CHN, demoDelegationIds.LAO]),
    );
    const body = JSON.stringify(list);
    expect(body).not.toMatch(/passport|dateOfBirth/i);
    // Heads ride in the same vehicle as (part of) their delegation.
    for (const x of list)
      for (const head of x.people.filter((p) => p.role === "head"))
        expect(
          x.people.some((p) => p.delegationId === head.delegationId && p !== head && p.vehicleId === head.vehicleId),
        ).toBe(true);
    // Every delegation arrives on 1 or 2 August.
    expect(await day(icd, "2022-08-03")).toEqual([]);
    const all = (await req("GET", icd, `/api/meetings/${M}/transfers`)).json() as Transfer[];
    expect(new Set(all.filter((x) => x.direction === "arrival").map((x) => x.day))).toEqual(
      new Set(["2022-08-01", "2022-08-02"]),
    );
    expect(all.some((x) => x.direction === "departure" && x.people.every((p) => p.pickUp))).toBe(true);
  });

  it("readers read; the ICD's days list the days", async () => {
    for (const h of [committee, registration])
      expect((await req("GET", h, `/api/meetings/${M}/transfers`)).statusCode).toBe(200);
    const days = (await req("GET", icd, `/api/meetings/${M}/transfers/days`)).json();
    expect(days).toMatchObject({ canEdit: true, windowMinutes: 60, departureLeadMinutes: 180 });
    expect(days.days.map((d: { date: string }) => d.date)).toContain("2022-08-02");
  });

  it("refuses those without logistics (403) on every transfers route, writing nothing", async () => {
    const before = await count();
    const [x] = await day(icd, "2022-08-02");
    const vid = x!.vehicles[0]!.id;
    for (const h of [health, contact, security]) {
      for (const [m, u, p] of [
        ["GET", `/api/meetings/${M}/transfers`],
        ["GET", `/api/meetings/${M}/transfers/days`],
        ["GET", `/api/meetings/${M}/transfers/shuttles`],
        ["GET", `/api/meetings/${M}/vehicles`],
        ["GET", `/api/meetings/${M}/transfers/${x!.id}/vehicles/${vid}/manifest.pdf`],
        ["POST", `/api/meetings/${M}/vehicles`, { label: "X", kind: "car", seats: 4 }],
        ["POST", `/api/meetings/${M}/transfers/allocate`, { date: "2022-08-02" }],
        ["DELETE", `/api/meetings/${M}/transfers/${x!.id}/vehicles/${vid}`],
      ] as const) {
        const res = await req(m, h, u, p);
        expect(res.statusCode, `${m} ${u}`).toBe(403);
      }
    }
    // Readers who do not keep logistics cannot write either.
    expect(
      (await req("POST", registration, `/api/meetings/${M}/vehicles`, { label: "X", kind: "car", seats: 4 }))
        .statusCode,
    ).toBe(403);
    expect(await count()).toBe(before);
  });

  it("adds, changes and deletes a vehicle with the version; bad input is refused with a message", async () => {
    const before = await count();
    const bad = await req("POST", icd, `/api/meetings/${M}/vehicles`, { label: "  ", kind: "car", seats: 0 });
    expect(bad.statusCode).toBe(400);
    expect(
      (await req("POST", icd, `/api/meetings/${M}/vehicles`, { label: "Xe", kind: "boat", seats: 4 })).statusCode,
    ).toBe(400);
    expect(
      (await req("POST", icd, `/api/meetings/${M}/vehicles`, { label: "  ", kind: "car", seats: 4 })).statusCode,
    ).toBe(400);
    expect(await count()).toBe(before);
    const made = await req("POST", icd, `/api/meetings/${M}/vehicles`, {
      label: "Xe 09 — Kia Carnival",
      kind: "van",
      seats: 7,
      driverName: "Ngô Văn Tài",
      driverPhone: "+84 912 300 109",
      plate: "29A-999.09",
    });
    expect(made.statusCode, made.body).toBe(201);
    const v = made.json() as Vehicle;
    const stale = await req("PATCH", icd, `/api/meetings/${M}/vehicles/${v.id}`, { seats: 6, version: v.version + 1 });
    expect(stale.statusCode).toBe(409);
    const ok = await req("PATCH", icd, `/api/meetings/${M}/vehicles/${v.id}`, { seats: 6, version: v.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ seats: 6, version: v.version + 1 });
    expect((await req("DELETE", icd, `/api/meetings/${M}/vehicles/${v.id}`)).statusCode).toBe(200);
    expect((await req("DELETE", icd, `/api/meetings/${M}/vehicles/${v.id}`)).statusCode).toBe(404);
  });

  it("a removed vehicle leaves a visible shortfall; a busy vehicle is refused; automatic allocation fills the gap", async () => {
    const [x, y] = await day(icd, "2022-08-02");
    const v = x!.vehicles[0]!;
    expect((await req("DELETE", icd, `/api/meetings/${M}/transfers/${x!.id}/vehicles/${v.id}`)).statusCode).toBe(200);
    const short = (await day(icd, "2022-08-02")).find((z) => z.id === x!.id)!;
    expect(short.shortBy).toBe(
      x!.people.length - (x!.seats - v.seats >= x!.people.length ? x!.people.length : x!.seats - v.seats),
    );
    expect(short.shortBy).toBeGreaterThan(0);
    // The vehicle of the next transfer overlaps this one (its ride back is not over): refused, nothing written.
    const before = await count();
    const busyId = y!.vehicles[0]!.id;
    const clash = await req("PUT", icd, `/api/meetings/${M}/transfers/${x!.id}/vehicles/${busyId}`);
    expect(clash.statusCode, clash.body).toBe(409);
    expect(clash.json().error.message).toMatch(/already serves|trùng giờ/);
    expect(await count()).toBe(before);
    expect(
      (await req("PUT", icd, `/api/meetings/${M}/transfers/arrival-2022-08-02-HAN-0001/vehicles/${v.id}`)).statusCode,
    ).toBe(404);
    const auto = await req("POST", icd, `/api/meetings/${M}/transfers/allocate`, { date: "2022-08-02" });
    expect(auto.statusCode, auto.body).toBe(200);
    expect(auto.json().added).toBeGreaterThan(0);
    expect((await day(icd, "2022-08-02")).every((z) => z.shortBy === 0)).toBe(true);
  });

  it("prints a vehicle's manifest as a PDF", async () => {
    const x = (await day(icd, "2022-08-02")).find((z) => z.vehicles.length)!;
    const v = x.vehicles[0]!;
    const res = await req("GET", icd, `/api/meetings/${M}/transfers/${x!.id}/vehicles/${v.id}/manifest.pdf?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(res.headers["content-disposition"]).toContain(x!.id);
  });

  it("a changed flight moves the person to the right transfer and lists the move until acknowledged", async () => {
    const [d] = await t.ctx.db
      .select()
      .from(delegates)
      .where(and(eq(delegates.delegationId, JPN), eq(delegates.arrivalFlight, "VN311")));
    const before = (await day(icd, "2022-08-02")).find((x) => x.people.some((p) => p.delegateId === d!.id))!;
    const res = await req("PATCH", icd, `/api/meetings/${M}/delegations/${JPN}/delegates/${d!.id}`, {
      version: d!.version,
      arrivalFlight: "JL751",
      arrivalTime: "20:05",
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = (await day(icd, "2022-08-02")).find((x) => x.people.some((p) => p.delegateId === d!.id))!;
    expect(after.id).not.toBe(before.id);
    expect(after.people.find((p) => p.delegateId === d!.id)).toMatchObject({ flight: "JL751" });
    const moves = (await req("GET", icd, `/api/meetings/${M}/transfers/moves`)).json() as TransferMove[];
    expect(moves.find((m) => m.delegateId === d!.id)).toMatchObject({
      direction: "arrival",
      before: before.id,
      after: after.id,
    });
  });

  it("plans hotel–venue shuttles per session day", async () => {
    const res = await req("GET", icd, `/api/meetings/${M}/transfers/shuttles`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as Shuttle[];
    for (const s of list) expect(s.departAt < s.sessionStart).toBe(true);
  });
});
