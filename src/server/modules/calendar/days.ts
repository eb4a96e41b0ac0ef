/**
 * Day arithmetic on ISO days (YYYY-MM-DD) as whole day numbers (days since 1970-01-01, UTC), so that no time zone
 * or daylight-saving rule can move a day. Pure: the calendar's law and service build on it.
 */
import { ISO_DAY } from "../../../shared/dates.js";

const MS_PER_DAY = 86_400_000;

/** The day number of an ISO day, or null when the text is not a real day of years 1000–9999 (2026-02-30 is not). */
export function dayNumber(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** The ISO day of a day number. */
export function isoOf(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export const isWeekend = (n: number) => {
  const w = weekdayOf(n);
  return w === 0 || w === 6;
};

/** The calendar year of a day number. */
export function yearOf(n: number): number {
  return new Date(n * MS_PER_DAY).getUTCFullYear();
}
