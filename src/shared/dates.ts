/**
 * The one dates helper, for the server (messages, documents, mail) and the web (`fmtDate` in `src/web/lib/i18n.tsx`):
 * dd/MM/yyyy in Vietnamese, "05 Aug 2022" in English (never ambiguous), times 24-hour; a moment in a message in the
 * ministry's zone (Hà Nội, UTC+7). "Today" is a calendar day in a named zone (`todayInHanoi`, `todayIn(zone)`), never
 * the server's own.
 */
import type { Lang } from "./errors.js";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_EN_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS_VI = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The ministry's zone. */
export const HANOI_TIME_ZONE = "Asia/Ho_Chi_Minh";
/** The zone a moment in a message is shown in. */
export const MESSAGE_TIME_ZONE = HANOI_TIME_ZONE;

export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A calendar day from its numbers: (2022, 8, 5) → "2022-08-05". */
export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function day(lang: Lang, y: number, m: number, d: number): string {
  return lang === "vi" ? `${pad(d)}/${pad(m)}/${y}` : `${pad(d)} ${MONTHS_EN[m - 1]} ${y}`;
}

/**
 * dd/MM/yyyy whatever the language — the way Vietnamese documents, option descriptions and spreadsheets write a
 * day: "2022-08-05" (or the day of "2022-08-05T…") → "05/08/2022"; "" for nothing.
 */
export function dmy(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** A calendar day "2022-08-05" → "05/08/2022" (vi) or "05 Aug 2022" (en); other text unchanged. */
export function formatDay(lang: Lang, iso: string): string {
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  // Not a real day (what someone typed wrongly, e.g. 1980-13-01): shown as typed.
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return iso;
  return day(lang, y, mo, d);
}

/** A day in running text (letters, mail): "05/08/2022" (vi) or "5 August 2022" (en). */
export function formatDayLong(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return lang === "vi" ? `${pad(d)}/${pad(m)}/${y}` : `${d} ${MONTHS_EN_LONG[m - 1]} ${y}`;
}

/** A day as a heading: "Thứ Sáu, 05/08/2022" (vi) or "Friday, 5 August 2022" (en). */
export function formatDayHeading(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${(lang === "vi" ? WEEKDAYS_VI : WEEKDAYS_EN)[weekday]}, ${formatDayLong(lang, iso)}`;
}

export interface DayTime {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}

/**
 * The calendar day and wall-clock time of a value in `timeZone` (the runtime's own zone when omitted). A string
 * that is only a day ("2022-08-05") is a calendar day: never shifted through a zone. Null when it is no date.
 */
export function dayTimeParts(value: string | Date, timeZone?: string): DayTime | null {
  if (typeof value === "string") {
    const only = ISO_DAY.exec(value);
    if (only) return { y: Number(only[1]), m: Number(only[2]), d: Number(only[3]), hh: 0, mm: 0 };
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  if (!timeZone)
    return {
      y: date.getFullYear(),
      m: date.getMonth() + 1,
      d: date.getDate(),
      hh: date.getHours(),
      mm: date.getMinutes(),
    };
  const f = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  });
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  return { y: p.year ?? 0, m: p.month ?? 0, d: p.day ?? 0, hh: p.hour ?? 0, mm: p.minute ?? 0 };
}

type Value = string | Date | null | undefined;

/** The day of a value: "05/08/2022" / "05 Aug 2022"; "" for nothing; text that is no date unchanged. */
export function formatDate(lang: Lang, value: Value, timeZone?: string): string {
  if (value === null || value === undefined || value === "") return "";
  const p = dayTimeParts(value, timeZone);
  return p ? day(lang, p.y, p.m, p.d) : String(value);
}

/** "08:12" (24-hour). */
export function formatTime(value: Value, timeZone?: string): string {
  if (value === null || value === undefined || value === "") return "";
  const p = dayTimeParts(value, timeZone);
  return p ? `${pad(p.hh)}:${pad(p.mm)}` : String(value);
}

/** "05/08/2022 14:20" (vi) or "05 Aug 2022, 14:20" (en), in `timeZone` (the runtime's own when omitted). */
export function formatDateTime(lang: Lang, value: Value, timeZone?: string): string {
  if (value === null || value === undefined || value === "") return "";
  const p = dayTimeParts(value, timeZone);
  if (!p) return String(value);
  const time = `${pad(p.hh)}:${pad(p.mm)}`;
  return lang === "vi" ? `${day(lang, p.y, p.m, p.d)} ${time}` : `${day(lang, p.y, p.m, p.d)}, ${time}`;
}

/** A moment in a message → "05/08/2022 14:20 (UTC+7)" (vi) or "05 Aug 2022, 14:20 (UTC+7)" (en), in Hà Nội time. */
export function formatMoment(lang: Lang, value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${formatDateTime(lang, date, MESSAGE_TIME_ZONE)} (UTC+7)`;
}

/** Today (or the day of `now`) in `timeZone`, as an ISO day "2022-08-05". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(now);
}

/** Today in Hà Nội, where the ministry works: the day deadlines, reports and plans are counted in. */
export const todayInHanoi = (now: Date = new Date()) => todayIn(HANOI_TIME_ZONE, now);
