/**
 * Dates in messages, written as the web app writes them (`src/web/lib/i18n.tsx`): dd/MM/yyyy in Vietnamese,
 * "05 Aug 2022" in English; a moment also with its 24-hour time in the ministry's zone (Hà Nội, UTC+7).
 */
import type { Lang } from "./errors.js";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The zone a moment in a message is shown in. */
export const MESSAGE_TIME_ZONE = "Asia/Ho_Chi_Minh";

export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function day(lang: Lang, y: number, m: number, d: number): string {
  return lang === "vi" ? `${pad(d)}/${pad(m)}/${y}` : `${pad(d)} ${MONTHS_EN[m - 1]} ${y}`;
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

/** A moment → "05/08/2022 14:20 (UTC+7)" (vi) or "05 Aug 2022, 14:20 (UTC+7)" (en), in Hà Nội time. */
export function formatMoment(lang: Lang, value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const f = new Intl.DateTimeFormat("en-GB", {
    timeZone: MESSAGE_TIME_ZONE,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  });
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  const d = day(lang, p.year!, p.month!, p.day!);
  const time = `${pad(p.hour!)}:${pad(p.minute!)} (UTC+7)`;
  return lang === "vi" ? `${d} ${time}` : `${d}, ${time}`;
}
