/**
 * The working-day calendar (issue 12, item 4; decision 021). A day is a working day unless it is a Saturday or a
 * Sunday or a day off of the Labour Code (`law.ts`, computed) — and a row of `calendar_days` (announcements,
 * administrators' edits) overrides both for its day. Each call reads the rows of its period once.
 *
 * `workingDaysBetween`, `addWorkingDays` and `isWorkingDay` need no actor: other modules (the cooperation
 * register's lead time) call them with their own transaction.
 */
import { and, eq, gte, lte, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import {
  CALENDAR_YEAR_MAX,
  CALENDAR_YEAR_MIN,
  type CalendarDay,
  type CalendarDayCreate,
  type CalendarDayUpdate,
  type CalendarYear,
} from "../../../shared/schemas/calendar.js";
import { dayNumber, dayOf, isWeekend, isoOf, yearOf } from "./days.js";
import { calendarErrors } from "./errors.js";
import { type LawDay, lawDays, lawOffDays } from "./law.js";
import { calendarPermissions } from "./policy.js";
import { calendarDays } from "./schema.js";

/** A database or an open transaction. */
export type Db = Executor;

/** The longest period `workingDaysBetween` counts, in years. */
export const MAX_RANGE_YEARS = 20;
/** The most working days `addWorkingDays` moves, either way. */
export const MAX_ADD_DAYS = 3660;

/** The years the arithmetic answers for (each year's lunar dates cost a computation: the range bounds the work). */
export const ARITHMETIC_YEAR_MIN = 1990;
export const ARITHMETIC_YEAR_MAX = 2100;
const FIRST_DAY = dayOf(`${ARITHMETIC_YEAR_MIN}-01-01`);
const LAST_DAY = dayOf(`${ARITHMETIC_YEAR_MAX}-12-31`);
const outOfYears = () =>
  calendarErrors.YEAR_OUT_OF_RANGE({ minYear: ARITHMETIC_YEAR_MIN, maxYear: ARITHMETIC_YEAR_MAX });

/** The day number of `iso`, or a 400 naming the value (or the years answered for). */
export function parseDay(iso: string): number {
  const n = dayNumber(iso);
  if (n === null) throw calendarErrors.DAY_INVALID({ value: iso });
  if (n < FIRST_DAY || n > LAST_DAY) throw outOfYears();
  return n;
}

/** Whether each day of a loaded period is a working day. */
interface Period {
  from: number;
  to: number;
  isWorking(n: number): boolean;
}

/** Reads the overrides of [from, to] (one query) and the law's days of its years. */
async function loadPeriod(db: Db, wantFrom: number, wantTo: number): Promise<Period> {
  const from = Math.max(wantFrom, FIRST_DAY);
  const to = Math.min(wantTo, LAST_DAY);
  const rows = await db
    .select({ date: calendarDays.date, kind: calendarDays.kind })
    .from(calendarDays)
    .where(and(gte(calendarDays.date, isoOf(from)), lte(calendarDays.date, isoOf(to))));
  const override = new Map<number, boolean>();
  for (const r of rows) override.set(dayOf(r.date), r.kind === "working_day");
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
    if (n < FIRST_DAY || n > LAST_DAY) throw outOfYears();
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

// ------------------------------------------------------------------ the signed-in caller's API and the admin's

/** `workingDaysBetween` for a caller (every signed-in person). */
export async function countWorkingDays(ctx: Ctx, actor: Actor, from: string, to: string): Promise<number> {
  ensure(calendarPermissions(actor).use);
  return workingDaysBetween(ctx.db, from, to);
}

/** `addWorkingDays` for a caller (every signed-in person). */
export async function moveByWorkingDays(ctx: Ctx, actor: Actor, date: string, days: number): Promise<string> {
  ensure(calendarPermissions(actor).use);
  return addWorkingDays(ctx.db, date, days);
}

type Row = typeof calendarDays.$inferSelect;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) {
    throw calendarErrors.YEAR_OUT_OF_RANGE({ minYear: CALENDAR_YEAR_MIN, maxYear: CALENDAR_YEAR_MAX });
  }
}

/** The law's day of `date`, if the law gives it off. */
function lawDayOf(date: string): LawDay | null {
  return lawDays(Number(date.slice(0, 4))).find((d) => d.date === date) ?? null;
}

function present(r: Row): CalendarDay {
  const law = lawDayOf(r.date);
  return {
    date: r.date,
    kind: r.kind,
    nameVi: r.nameVi,
    nameEn: r.nameEn,
    source: r.source,
    stored: true,
    version: r.version,
    replaces: law ? { kind: law.kind, nameVi: law.nameVi, nameEn: law.nameEn } : null,
  };
}

/** A year's holidays, days off and make-up days: the law's days merged with the stored rows (administrators). */
export async function listYear(ctx: Ctx, actor: Actor, year: number): Promise<CalendarYear> {
  const perms = calendarPermissions(actor);
  ensure(perms.edit);
  checkYear(year);
  const rows = await ctx.db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`)));
  const stored = new Map(rows.map((r) => [r.date, r]));
  const days: CalendarDay[] = rows.map(present);
  for (const d of lawDays(year)) {
    if (stored.has(d.date)) continue;
    days.push({ ...d, source: "law", stored: false, version: null, replaces: null });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const workingDays = await workingDaysBetween(ctx.db, `${year}-01-01`, `${year}-12-31`);
  return { year, days, workingDays, permissions: { edit: perms.edit } };
}

function checkDate(date: string): void {
  parseDay(date);
  checkYear(Number(date.slice(0, 4)));
}

/** Adds a day (a day off, a holiday, a make-up working day, or an override of the law's day); audited. */
export async function createDay(ctx: Ctx, actor: Actor, body: CalendarDayCreate): Promise<CalendarDay> {
  ensure(calendarPermissions(actor).edit);
  checkDate(body.date);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calendarDays)
      .values({ ...body, source: "announcement" })
      .onConflictDoNothing()
      .returning();
    if (!row) throw calendarErrors.CALENDAR_DAY_EXISTS({ day: body.date });
    await audit(tx, actor, { action: "calendar_day.create", entity: "calendar_day", entityId: row.date, after: row });
    return present(row);
  });
}

/** Changes a stored day (kind, names), with the version the caller read; audited. */
export async function updateDay(ctx: Ctx, actor: Actor, date: string, body: CalendarDayUpdate): Promise<CalendarDay> {
  ensure(calendarPermissions(actor).edit);
  checkDate(date);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, date));
    if (!before) throw calendarErrors.CALENDAR_DAY_NOT_FOUND({ day: date });
    const { version, ...patch } = body;
    const [row] = await tx
      .update(calendarDays)
      .set({ ...patch, version: sql`${calendarDays.version} + 1`, updatedAt: new Date() })
      .where(and(eq(calendarDays.date, date), eq(calendarDays.version, version)))
      .returning();
    if (!row) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "calendar_day.update",
      entity: "calendar_day",
      entityId: date,
      before,
      after: row,
    });
    return present(row);
  });
}

/** Removes a stored day (the law's computation applies to it again); audited. */
export async function deleteDay(ctx: Ctx, actor: Actor, date: string, version: number): Promise<void> {
  ensure(calendarPermissions(actor).edit);
  checkDate(date);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, date));
    if (!before) throw calendarErrors.CALENDAR_DAY_NOT_FOUND({ day: date });
    const [gone] = await tx
      .delete(calendarDays)
      .where(and(eq(calendarDays.date, date), eq(calendarDays.version, version)))
      .returning();
    if (!gone) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, { action: "calendar_day.delete", entity: "calendar_day", entityId: date, before });
  });
}
