/**
 * The working-day calendar's routes (issue 12, item 4): the two calls every signed-in person may make (contract:
 * `{"workingDays":N}`, `{"date":"YYYY-MM-DD"}`), bad input refused in the caller's language, and the administrators'
 * list and edits — audited, versioned, refused to everyone else with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { auditLog } from "../audit/schema.js";
import { calendarDays } from "./schema.js";
import type { CalendarDay, CalendarYear } from "../../../shared/schemas/calendar.js";

let t: TestApp;
type H = Record<string, string>;
let admin: H, unit: H, english: H, icd: H;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
  unit = await t.login("unit.archives@demo.focal");
  english = await t.login("contact.japan@demo.focal");
  icd = await t.login("icd@demo.focal");
}, 120_000);
afterAll(async () => t?.close());

const get = (url: string, headers: H) => t.app.inject({ method: "GET", url, headers });
const auditOf = (entityId: string) =>
  t.ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "calendar_day"), eq(auditLog.entityId, entityId)));

describe("GET /api/calendar/working-days and /add-working-days", () => {
  it("answers every signed-in person as the contract says", async () => {
    for (const h of [unit, english, admin]) {
      const res = await get("/api/calendar/working-days?from=2026-02-01&to=2026-02-28", h);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ workingDays: 15 });
    }
    const add = await get("/api/calendar/add-working-days?date=2026-02-13&days=1", unit);
    expect(add.json()).toEqual({ date: "2026-02-23" });
    const back = await get("/api/calendar/add-working-days?date=2026-02-23&days=-1", unit);
    expect(back.json()).toEqual({ date: "2026-02-13" });
    const zero = await get("/api/calendar/add-working-days?date=2026-02-17&days=0", unit);
    expect(zero.json()).toEqual({ date: "2026-02-17" });
    const reversed = await get("/api/calendar/working-days?from=2026-03-09&to=2026-03-02", unit);
    expect(reversed.json()).toEqual({ workingDays: 0 });
  });

  it("needs a signed-in person", async () => {
    expectError(await get("/api/calendar/working-days?from=2026-02-01&to=2026-02-28", {}), 401);
  });

  it("refuses bad input with a 400 in the caller's language", async () => {
    const vi = expectError(await get("/api/calendar/working-days?from=2026-02-30&to=2026-03-01", unit), 400);
    expect(vi.message).toMatch(/Từ|from/);
    const en = expectError(await get("/api/calendar/working-days?from=2026-02-30&to=2026-03-01", english), 400);
    expect(en.message).not.toEqual(vi.message);
    expectError(await get("/api/calendar/working-days?from=2026-02-01", unit), 400);
    expectError(await get("/api/calendar/working-days?from=01/02/2026&to=2026-03-01", unit), 400);
    const long = expectError(await get("/api/calendar/working-days?from=2000-01-01&to=2026-01-01", english), 400);
    expect(long.message).toBe("The period is longer than 20 years.");
    const longVi = expectError(await get("/api/calendar/working-days?from=2000-01-01&to=2026-01-01", unit), 400);
    expect(longVi.message).toBe("Khoảng thời gian dài quá 20 năm.");
    expectError(await get("/api/calendar/add-working-days?date=2026-01-01&days=3661", english), 400);
    expectError(await get("/api/calendar/add-working-days?date=2026-01-01&days=-3661", english), 400);
    expectError(await get("/api/calendar/add-working-days?date=2026-01-01&days=1.5", english), 400);
    expectError(await get("/api/calendar/add-working-days?date=2026-13-01&days=1", english), 400);
  });
});

describe("the administrators' calendar", () => {
  it("lists a year: the law's days computed, the announced swaps stored", async () => {
    const res = await get("/api/calendar/days?year=2025", admin);
    expect(res.statusCode, res.body).toBe(200);
    const y = res.json() as CalendarYear;
    expect(y.workingDays).toBe(250);
    expect(y.permissions).toEqual({ edit: true });
    const byDate = new Map(y.days.map((d) => [d.date, d]));
    expect(byDate.get("2025-01-29")).toMatchObject({ kind: "holiday", source: "law", stored: false, version: null });
    expect(byDate.get("2025-04-26")).toMatchObject({ kind: "working_day", source: "announcement", stored: true });
    expect(byDate.get("2025-05-02")).toMatchObject({ kind: "day_off", source: "announcement", stored: true });
    expect(y.days.map((d) => d.date)).toEqual([...y.days.map((d) => d.date)].sort());
  });

  it("adds, edits and deletes a day — each audited, edits versioned — and the arithmetic follows", async () => {
    // 2026's Quốc khánh was not announced: the law's default gives 01–02/09. Say it was 02–03/09 instead.
    const count = () => get("/api/calendar/working-days?from=2026-08-31&to=2026-09-04", unit);
    expect((await count()).json()).toEqual({ workingDays: 3 });

    const work = await t.app.inject({
      method: "POST",
      url: "/api/calendar/days",
      headers: admin,
      payload: { date: "2026-09-01", kind: "working_day", nameVi: "Làm việc", nameEn: "Working" },
    });
    expect(work.statusCode, work.body).toBe(201);
    expect(work.json()).toMatchObject({
      date: "2026-09-01",
      stored: true,
      version: 1,
      source: "announcement",
      replaces: { kind: "holiday", nameEn: "National Day (adjacent day)" },
    });
    const off = await t.app.inject({
      method: "POST",
      url: "/api/calendar/days",
      headers: admin,
      payload: { date: "2026-09-03", kind: "holiday", nameVi: "Quốc khánh (ngày liền kề)", nameEn: "National Day" },
    });
    expect(off.statusCode, off.body).toBe(201);
    expect((await count()).json()).toEqual({ workingDays: 3 });
    expect((await get("/api/calendar/add-working-days?date=2026-09-02&days=1", unit)).json()).toEqual({
      date: "2026-09-04",
    });

    const twice = await t.app.inject({
      method: "POST",
      url: "/api/calendar/days",
      headers: admin,
      payload: { date: "2026-09-03", kind: "day_off", nameVi: "x", nameEn: "x" },
    });
    expectError(twice, 409, "CALENDAR_DAY_EXISTS");

    const edit = await t.app.inject({
      method: "PATCH",
      url: "/api/calendar/days/2026-09-03",
      headers: admin,
      payload: { kind: "day_off", nameVi: "Nghỉ Quốc khánh", nameEn: "National Day break", version: 1 },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((edit.json() as CalendarDay).version).toBe(2);
    const stale = await t.app.inject({
      method: "PATCH",
      url: "/api/calendar/days/2026-09-03",
      headers: admin,
      payload: { kind: "working_day", nameVi: "x", nameEn: "x", version: 1 },
    });
    expectError(stale, 409, "VERSION_CONFLICT");

    const staleDelete = await t.app.inject({
      method: "DELETE",
      url: "/api/calendar/days/2026-09-03?version=1",
      headers: admin,
    });
    expectError(staleDelete, 409, "VERSION_CONFLICT");
    const del = await t.app.inject({
      method: "DELETE",
      url: "/api/calendar/days/2026-09-03?version=2",
      headers: admin,
    });
    expect(del.statusCode, del.body).toBe(200);
    expect((await get("/api/calendar/add-working-days?date=2026-09-02&days=1", unit)).json()).toEqual({
      date: "2026-09-03",
    });
    expectError(
      await t.app.inject({ method: "DELETE", url: "/api/calendar/days/2026-09-03?version=2", headers: admin }),
      404,
      "CALENDAR_DAY_NOT_FOUND",
    );

    const trail = (await auditOf("2026-09-03")).map((r) => r.action).sort();
    expect(trail).toEqual(["calendar_day.create", "calendar_day.delete", "calendar_day.update"]);
    const update = (await auditOf("2026-09-03")).find((r) => r.action === "calendar_day.update")!;
    expect(update.before).toMatchObject({ kind: "holiday", version: 1 });
    expect(update.after).toMatchObject({ kind: "day_off", version: 2, nameEn: "National Day break" });
    expect((await auditOf("2026-09-01")).map((r) => r.action)).toEqual(["calendar_day.create"]);
  });

  it("refuses a bad entry with a 400, nothing stored", async () => {
    const bad = async (payload: object) =>
      expectError(await t.app.inject({ method: "POST", url: "/api/calendar/days", headers: admin, payload }), 400);
    await bad({ date: "2026-02-30", kind: "day_off", nameVi: "a", nameEn: "a" });
    await bad({ date: "2026-06-01", kind: "weekend", nameVi: "a", nameEn: "a" });
    await bad({ date: "2026-06-01", kind: "day_off", nameVi: "", nameEn: "a" });
    await bad({ date: "1999-06-01", kind: "day_off", nameVi: "a", nameEn: "a" });
    expectError(await get("/api/calendar/days?year=1999", admin), 400);
    const rows = await t.ctx.db.select().from(calendarDays).where(eq(calendarDays.date, "2026-06-01"));
    expect(rows).toEqual([]);
  });

  it("is for administrators only: others get 403 and nothing changes", async () => {
    const [before] = await t.ctx.db.select().from(calendarDays).where(eq(calendarDays.date, "2026-01-02"));
    for (const h of [icd, unit, english]) {
      expectError(await get("/api/calendar/days?year=2026", h), 403, "FORBIDDEN");
      expectError(
        await t.app.inject({
          method: "POST",
          url: "/api/calendar/days",
          headers: h,
          payload: { date: "2026-06-02", kind: "day_off", nameVi: "a", nameEn: "a" },
        }),
        403,
        "FORBIDDEN",
      );
      expectError(
        await t.app.inject({
          method: "PATCH",
          url: "/api/calendar/days/2026-01-02",
          headers: h,
          payload: { kind: "working_day", nameVi: "a", nameEn: "a", version: 1 },
        }),
        403,
        "FORBIDDEN",
      );
      expectError(
        await t.app.inject({ method: "DELETE", url: "/api/calendar/days/2026-01-02?version=1", headers: h }),
        403,
        "FORBIDDEN",
      );
    }
    const [after] = await t.ctx.db.select().from(calendarDays).where(eq(calendarDays.date, "2026-01-02"));
    expect(after).toEqual(before);
    expect(await t.ctx.db.select().from(calendarDays).where(eq(calendarDays.date, "2026-06-02"))).toEqual([]);
    expect(await auditOf("2026-01-02")).toEqual([]);
  });
});
