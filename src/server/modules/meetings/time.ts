/**
 * Instants and the meeting's time zone. Sessions are stored as instants (timestamptz) and travel as ISO 8601
 * with the meeting's offset, so "08:30" in Hanoi reads 2022-08-05T08:30:00+07:00 wherever the reader is.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for an IANA zone name the runtime knows (Asia/Ho_Chi_Minh, Europe/Paris, UTC). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(date: Date, timeZone: string): Wall {
  const parts = formatter(timeZone).formatToParts(date);
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** The zone's offset from UTC at that instant, in minutes (+420 for Hanoi). */
export function offsetMinutes(date: Date, timeZone: string): number {
  return offsetOf(date, wallClock(date, timeZone));
}

function offsetOf(date: Date, w: Wall): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** `2022-08-05T08:30:00+07:00`: the instant written in the zone's wall-clock time with its offset. */
export function toZonedIso(date: Date, timeZone: string): string {
  // One reading of the wall clock serves both the text and the offset (formatToParts is the costly part).
  const w = wallClock(date, timeZone);
  const off = offsetOf(date, w);
  const sign = off < 0 ? "-" : "+";
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`
  );
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
export function zonedDate(date: Date, timeZone: string): string {
  return toZonedIso(date, timeZone).slice(0, 10);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads a date-time: with an offset (`…+07:00`, `…Z`) it is that instant; without one it is wall-clock time in
 * the meeting's zone (what the programme form sends). Null when it is not a real date and time.
 */
export function parseZoned(value: string, timeZone: string): Date | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(naive);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  const zone = m[7];
  if (zone) {
    if (zone === "Z") return new Date(naive);
    const sign = zone.startsWith("-") ? -1 : 1;
    const h = Number(zone.slice(1, 3));
    const mm = Number(zone.slice(4, 6));
    if (h > 14 || mm > 59) return null;
    return new Date(naive - sign * (h * 60 + mm) * 60000);
  }
  // Wall-clock time in the zone: guess with the offset at the naive instant, then correct once (DST edges).
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * 60000;
  guess = naive - offsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}
