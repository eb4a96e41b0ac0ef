/**
 * The public holidays of the Labour Code (Bộ luật Lao động 2019, art. 112), computed for any year — never typed in:
 * the lunar dates (Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch) come from `date-holidays`' lunar calendar.
 *
 * - Tết Dương lịch: 01/01.
 * - Tết Nguyên đán: 5 days. The law leaves their placement to the Prime Minister; every decision from 2021 to 2026
 *   placed them on the day before Giao thừa, Giao thừa (the last day of the lunar year) and the 1st–3rd days of the
 *   new year, so that is the default here (2021: 10–14/02, 2022: 30/01–03/02, 2023: 20–24/01, 2024: 08–12/02,
 *   2025: 27–31/01, 2026: 15–19/02; with the compensations below they give exactly the announced breaks).
 * - Giỗ Tổ Hùng Vương: 10/3 âm lịch.
 * - Ngày Chiến thắng 30/04 and Quốc tế Lao động 01/05.
 * - Quốc khánh: 02/09 and, from 2021, one adjacent day (before or after, the Prime Minister decides). Default: the
 *   weekday that joins 02/09 to a weekend — Monday 02/09 → 03/09 (2024), Tuesday → 01/09 (2025), Thursday → 03/09
 *   (2021), Friday → 01/09 (2022), Saturday → 01/09 (2023); Wednesday → 01/09, Sunday → 03/09.
 * - Art. 112(3): a holiday that falls on a weekly day off (Saturday, Sunday) is compensated by the next working day.
 *
 * Announced swaps (a weekday off made up on a Saturday) are not law: they are rows of `calendar_days`.
 */
import type HolidaysClass from "date-holidays";
import { onFirstUse } from "../../lib/onFirstUse.js";
import { dayNumber, dayOf, isWeekend, isoOf, weekdayOf } from "./days.js";

export interface LawDay {
  date: string;
  /** `holiday`: the holiday itself; `day_off`: the compensatory day off of a holiday on a weekend. */
  kind: "holiday" | "day_off";
  nameVi: string;
  nameEn: string;
}

/**
 * `date-holidays`' public holidays of Viet Nam, read for their two lunar dates (the others are written below): the
 * lunar computation costs ~60 ms a year, so each year is computed once per process (`cache`).
 */
let vn: HolidaysClass | undefined;
const holidays = onFirstUse<typeof HolidaysClass>("date-holidays");

/** The package and its calendar of Viet Nam are loaded when a year is first asked for, not at start (~0.3 s). */
function vietnam(): HolidaysClass {
  if (!vn) {
    const Holidays = holidays();
    vn = new Holidays("VN", { types: ["public"] });
  }
  return vn;
}

/** The day number of the lunar date `date-holidays` computes for `rule` in `year` (e.g. "vietnamese 1-0-1"). */
function lunarDay(year: number, rule: string, computed = vietnam().getHolidays(year)): number {
  const found = computed.find((h) => h.rule === rule);
  const n = found ? dayNumber(found.date.slice(0, 10)) : null;
  if (n === null) throw new Error(`date-holidays gave no ${rule} for ${year}`);
  return n;
}

const cache = new Map<number, LawDay[]>();

/** The Labour Code's days off of `year` (holidays and their compensatory days), in date order. */
export function lawDays(year: number): LawDay[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const holidays: { n: number; vi: string; en: string }[] = [];
  const fixed = (month: number, day: number, vi: string, en: string) => {
    const n = dayNumber(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
    if (n !== null) holidays.push({ n, vi, en });
  };
  fixed(1, 1, "Tết Dương lịch", "New Year's Day");

  const computed = vietnam().getHolidays(year); // slow (lunar astronomy): once per year and process
  const tet = lunarDay(year, "vietnamese 1-0-1", computed); // mùng 1 Tết; Giao thừa is the day before
  const tetNames: [string, string][] = [
    ["Tết Nguyên đán (ngày trước Giao thừa)", "Lunar New Year (the day before New Year's Eve)"],
    ["Tết Nguyên đán (Giao thừa)", "Lunar New Year (New Year's Eve)"],
    ["Tết Nguyên đán (mùng 1)", "Lunar New Year (1st day)"],
    ["Tết Nguyên đán (mùng 2)", "Lunar New Year (2nd day)"],
    ["Tết Nguyên đán (mùng 3)", "Lunar New Year (3rd day)"],
  ];
  tetNames.forEach(([vi, en], i) => holidays.push({ n: tet - 2 + i, vi, en }));

  holidays.push({
    n: lunarDay(year, "vietnamese 3-0-10", computed),
    vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
    en: "Hung Kings' Commemoration (10th day of the 3rd lunar month)",
  });
  fixed(4, 30, "Ngày Chiến thắng (30/4)", "Reunification Day (30 April)");
  fixed(5, 1, "Ngày Quốc tế Lao động (1/5)", "International Labour Day (1 May)");

  const national = dayOf(`${year}-09-02`);
  holidays.push({ n: national, vi: "Quốc khánh (2/9)", en: "National Day (2 September)" });
  if (year >= 2021) {
    const w = weekdayOf(national);
    const adjacent = w === 1 || w === 4 || w === 0 ? national + 1 : national - 1;
    holidays.push({ n: adjacent, vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)" });
  }

  holidays.sort((a, b) => a.n - b.n);
  const off = new Set(holidays.map((h) => h.n));
  const days: LawDay[] = holidays.map((h) => ({ date: isoOf(h.n), kind: "holiday", nameVi: h.vi, nameEn: h.en }));
  for (const h of holidays) {
    if (!isWeekend(h.n)) continue;
    let c = h.n + 1;
    while (isWeekend(c) || off.has(c)) c++;
    off.add(c);
    days.push({
      date: isoOf(c),
      kind: "day_off",
      nameVi: `Nghỉ bù ${h.vi}`,
      nameEn: `Compensatory day off: ${h.en}`,
    });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  cache.set(year, days);
  return days;
}

/** The law's days off from `fromYear` to `toYear` as a set of day numbers. */
export function lawOffDays(fromYear: number, toYear: number): Set<number> {
  const out = new Set<number>();
  for (let y = fromYear; y <= toYear; y++) for (const d of lawDays(y)) out.add(dayOf(d.date));
  return out;
}
