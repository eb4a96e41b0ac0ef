/**
 * The working-day arithmetic (issue 12, item 4): weekends, the Labour Code's holidays computed from the lunar
 * calendar, the compensatory days, the announced swaps seeded by the migration, negative days, ranges across years.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../test/harness.js";
import type { Database } from "../../db/client.js";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./service.js";
import { lawDays } from "./law.js";
import { calendarDays } from "./schema.js";

let database: Database;
beforeAll(async () => {
  database = await freshDatabase({ demo: false });
});
afterAll(() => database.close());

/** The days of [from, to] that are not working days. */
async function daysOff(from: string, to: string): Promise<string[]> {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    if (!(await isWorkingDay(database.db, iso))) out.push(iso);
  }
  return out;
}

/** Every day of [from, to]. */
function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

describe("the Labour Code's holidays, computed", () => {
  it("places Tết from the lunar calendar: the day before Giao thừa, Giao thừa and the 1st–3rd days", () => {
    const tet = (y: number) => lawDays(y).filter((d) => d.kind === "holiday" && d.nameEn.startsWith("Lunar"));
    expect(tet(2026).map((d) => d.date)).toEqual(["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"]);
    expect(tet(2027).map((d) => d.date)).toEqual(["2027-02-04", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]);
  });

  it("finds Giỗ Tổ Hùng Vương on the 10th day of the 3rd lunar month", () => {
    const hung = (y: number) => lawDays(y).find((d) => d.kind === "holiday" && d.nameEn.startsWith("Hung"))?.date;
    expect([2022, 2023, 2024, 2025, 2026, 2027].map(hung)).toEqual([
      "2022-04-10",
      "2023-04-29",
      "2024-04-18",
      "2025-04-07",
      "2026-04-26",
      "2027-04-16",
    ]);
  });
});

describe("the announced breaks of 2022–2026 (law + seeded swaps)", () => {
  const breaks: [string, string, string][] = [
    ["Tết 2022", "2022-01-29", "2022-02-06"],
    ["Tết 2023", "2023-01-20", "2023-01-26"],
    ["Tết 2024", "2024-02-08", "2024-02-14"],
    ["Tết 2025", "2025-01-25", "2025-02-02"],
    ["Tết 2026", "2026-02-14", "2026-02-22"],
    ["Tết Dương lịch 2022", "2022-01-01", "2022-01-03"],
    ["Tết Dương lịch 2023", "2022-12-31", "2023-01-02"],
    ["Tết Dương lịch 2026", "2026-01-01", "2026-01-04"],
    ["Giỗ Tổ 2022", "2022-04-09", "2022-04-11"],
    ["30/4–1/5 2022", "2022-04-30", "2022-05-03"],
    ["Giỗ Tổ + 30/4–1/5 2023", "2023-04-29", "2023-05-03"],
    ["30/4–1/5 2024", "2024-04-27", "2024-05-01"],
    ["Giỗ Tổ 2025", "2025-04-05", "2025-04-07"],
    ["30/4–1/5 2025", "2025-04-30", "2025-05-04"],
    ["Giỗ Tổ 2026", "2026-04-25", "2026-04-27"],
    ["Quốc khánh 2022", "2022-09-01", "2022-09-04"],
    ["Quốc khánh 2023", "2023-09-01", "2023-09-04"],
    ["Quốc khánh 2024", "2024-08-31", "2024-09-03"],
    ["Quốc khánh 2025", "2025-08-30", "2025-09-02"],
  ];
  for (const [name, from, to] of breaks) {
    it(`${name}: off from ${from} to ${to}, and working the weekday on either side`, async () => {
      expect(await daysOff(from, to)).toEqual(range(from, to));
      const before = await addWorkingDays(database.db, from, -1);
      const after = await addWorkingDays(database.db, to, 1);
      expect(await daysOff(before, before)).toEqual([]);
      expect(await daysOff(after, after)).toEqual([]);
      expect(await workingDaysBetween(database.db, before, after)).toBe(2);
    });
  }

  it("make-up Saturdays are working days", async () => {
    for (const d of ["2024-05-04", "2025-04-26", "2026-01-10"]) expect(await isWorkingDay(database.db, d)).toBe(true);
    // the week of the 2025 make-up Saturday: Mon 21/04 – Sat 26/04 is six working days
    expect(await workingDaysBetween(database.db, "2025-04-21", "2025-04-27")).toBe(6);
  });
});

describe("workingDaysBetween", () => {
  it("counts both ends, weekends excluded", async () => {
    expect(await workingDaysBetween(database.db, "2026-03-02", "2026-03-08")).toBe(5); // Mon–Sun
    expect(await workingDaysBetween(database.db, "2026-03-02", "2026-03-02")).toBe(1); // one Monday
    expect(await workingDaysBetween(database.db, "2026-03-07", "2026-03-07")).toBe(0); // one Saturday
    expect(await workingDaysBetween(database.db, "2026-03-09", "2026-03-02")).toBe(0); // to before from
  });

  it("spans Tết 2026 and New Year 2027", async () => {
    // February 2026: 20 weekdays, 5 of them Tết
    expect(await workingDaysBetween(database.db, "2026-02-01", "2026-02-28")).toBe(15);
    // 28/12/2026 (Mon) – 08/01/2027 (Fri): 10 weekdays, 01/01/2027 off
    expect(await workingDaysBetween(database.db, "2026-12-28", "2027-01-08")).toBe(9);
    // 2027 from New Year to after Tết: Tết 2027 is 04–08/02 with 06–07/02 on a weekend → 09–10/02 off too
    expect(await daysOff("2027-02-04", "2027-02-10")).toEqual(range("2027-02-04", "2027-02-10"));
    expect(await workingDaysBetween(database.db, "2027-02-01", "2027-02-12")).toBe(5);
  });

  it("counts a whole year: 2025 has 250 working days", async () => {
    // 261 weekdays − 1/1 − 5 Tết − Giỗ Tổ 7/4 − 30/4 − 1/5 − swapped 2/5 + make-up 26/4 − 1/9 − 2/9 = 250
    expect(await workingDaysBetween(database.db, "2025-01-01", "2025-12-31")).toBe(250);
  });

  it("refuses a bad day and a range over 20 years", async () => {
    await expect(workingDaysBetween(database.db, "2026-02-30", "2026-03-01")).rejects.toMatchObject({
      code: "DAY_INVALID",
    });
    await expect(workingDaysBetween(database.db, "2000-01-01", "2020-01-02")).rejects.toMatchObject({
      code: "RANGE_TOO_LONG",
    });
    expect(await workingDaysBetween(database.db, "2000-01-01", "2020-01-01")).toBeGreaterThan(5000);
  });
});

describe("addWorkingDays", () => {
  it("0 days is the day itself, even a holiday", async () => {
    expect(await addWorkingDays(database.db, "2026-02-17", 0)).toBe("2026-02-17");
  });

  it("skips weekends both ways", async () => {
    expect(await addWorkingDays(database.db, "2026-03-06", 1)).toBe("2026-03-09"); // Fri → Mon
    expect(await addWorkingDays(database.db, "2026-03-09", -1)).toBe("2026-03-06"); // Mon → Fri
    expect(await addWorkingDays(database.db, "2026-03-07", 1)).toBe("2026-03-09"); // Sat → Mon
  });

  it("skips Tết, and counts back across it", async () => {
    expect(await addWorkingDays(database.db, "2026-02-13", 1)).toBe("2026-02-23");
    expect(await addWorkingDays(database.db, "2026-02-23", -1)).toBe("2026-02-13");
    expect(await addWorkingDays(database.db, "2026-03-06", -15)).toBe("2026-02-06");
  });

  it("stops on a make-up Saturday and skips the swapped day", async () => {
    expect(await addWorkingDays(database.db, "2025-04-25", 1)).toBe("2025-04-26");
    expect(await addWorkingDays(database.db, "2025-04-29", 1)).toBe("2025-05-05");
    expect(await addWorkingDays(database.db, "2025-05-05", -1)).toBe("2025-04-29");
  });

  it("agrees with workingDaysBetween over years, both ways", async () => {
    const end = await addWorkingDays(database.db, "2022-01-04", 1000);
    expect(await workingDaysBetween(database.db, "2022-01-05", end)).toBe(1000);
    expect(await addWorkingDays(database.db, end, -1000)).toBe("2022-01-04");
    expect(await addWorkingDays(database.db, "2026-12-31", 3660)).toMatch(/^20[45]\d-/);
  });

  it("refuses more than 3660 days and a bad day", async () => {
    await expect(addWorkingDays(database.db, "2026-01-01", 3661)).rejects.toMatchObject({ code: "DAYS_OUT_OF_RANGE" });
    await expect(addWorkingDays(database.db, "2026-1-1", 1)).rejects.toMatchObject({ code: "DAY_INVALID" });
  });

  it("follows an override of a computed holiday", async () => {
    await database.db.insert(calendarDays).values({
      date: "2027-09-01",
      kind: "working_day",
      nameVi: "Làm việc (thử)",
      nameEn: "Working (test)",
      source: "announcement",
    });
    expect(await isWorkingDay(database.db, "2027-09-01")).toBe(true);
    expect(await isWorkingDay(database.db, "2027-09-02")).toBe(false);
  });
});
