/**
 * The working-day calendar (issue 12, item 4; decision 021). A day is a working day unless it is a Saturday or a
 * Sunday or a day off of the Labour Code (`law.ts`, computed) — and a row of `calendar_days` (announcements,
 * administrators' edits) overrides both for its day. Each call reads the rows of its period once.
 *
 * `workingDaysBetween`, `addWorkingDays` and `isWorkingDay` need no actor: other modules (the cooperation
 * register's lead time) call them with their own transaction.
 */
import { and, gte, lte } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { dayNumber, isWeekend, isoOf, yearOf } from "./days.js";
import { calendarErrors } from "./errors.js";
import { lawOffDays } from "./law.js";
import { calendarDays } from "./schema.js";

/** A database or an open transaction. */
export type Db = Executor;

/** The longest period `workingDaysBetween` counts, in years. */
export const MAX_RANGE_YEARS = 20;
/** The most working days `addWorkingDays` moves, either way. */
export const MAX_ADD_DAYS = 3660;

/** The day number of `iso`, or a 400 naming the value. */
export function parseDay(iso: string): number {
  const n = dayNumber(iso);
  if (n === null) throw calendarErrors.DAY_INVALID({ value: iso });
  return n;
}

/** Whether each day of a loaded period is a working day. */
interface Period {
  from: number;
  to: number;
  isWorking(n: number): boolean;
}

/** Reads the overrides of [from, to] (one query) and the law's days of its years. */
async function loadPeriod(db: Db, from: number, to: number): Promise<Period> {
  const rows = await db
    .select({ date: calendarDays.date, kind: calendarDays.kind })
    .from(calendarDays)
    .where(and(gte(calendarDays.date, isoOf(from)), lte(calendarDays.date, isoOf(to))));
  const override = new Map<number, boolean>();
  for (const r of rows) override.set(dayNumber(r.date)!, r.kind === "working_day");
  const law = lawOffDays(yearOf(from), yearOf(to));
  return {
    from,
    to,
    isWorking(n) {
      const o = override.get(n);
      if (o !== undefined) return o;
      return !isWeekend(n) && !law.has(n);
    },
  };
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export async function workingDaysBetween(db: Db, from: string, to: string): Promise<number> {
  const a = parseDay(from);
  const b = parseDay(to);
  if (b < a) return 0;
  if (b > (dayNumber(`${yearOf(a) + MAX_RANGE_YEARS}-${from.slice(5)}`) ?? a + MAX_RANGE_YEARS * 366)) {
    throw calendarErrors.RANGE_TOO_LONG({ years: MAX_RANGE_YEARS });
  }
  const period = await loadPeriod(db, a, b);
  let count = 0;
  for (let n = a; n <= b; n++) if (period.isWorking(n)) count++;
  return count;
}

/** The day `days` working days after `date` (before it when negative); `date` itself when `days` is 0. */
export async function addWorkingDays(db: Db, date: string, days: number): Promise<string> {
  let n = parseDay(date);
  if (!Number.isInteger(days) || Math.abs(days) > MAX_ADD_DAYS) {
    throw calendarErrors.DAYS_OUT_OF_RANGE({ max: MAX_ADD_DAYS });
  }
  if (days === 0) return date;
  const step = days > 0 ? 1 : -1;
  let left = Math.abs(days);
  // A window wide enough for the usual case (5 working days a week, the year's days off), widened when it is not.
  const span = Math.ceil(left * 1.6) + 40;
  let period = await loadPeriod(db, step > 0 ? n + 1 : n - span, step > 0 ? n + span : n - 1);
  while (left > 0) {
    n += step;
    if (n < period.from || n > period.to) {
      period = await loadPeriod(db, step > 0 ? n : n - span, step > 0 ? n + span : n);
    }
    if (period.isWorking(n)) left--;
  }
  return isoOf(n);
}

/** Whether `date` is a working day. */
export async function isWorkingDay(db: Db, date: string): Promise<boolean> {
  const n = parseDay(date);
  return (await loadPeriod(db, n, n)).isWorking(n);
}
