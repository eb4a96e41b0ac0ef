/**
 * A small iCalendar (RFC 5545) writer for a meeting's programme: one VEVENT per session, times in the meeting's
 * own zone (DTSTART;TZID=…) with a VTIMEZONE built from the runtime's time-zone data, so calendars show 08:30 in
 * Hanoi as 08:30 Hanoi time wherever they are. Lines end in CRLF and are folded at 75 octets without splitting a
 * UTF-8 character. No pinned library fitted (the maintained ones pull in large dependency trees for this).
 */
import { offsetMinutes } from "../meetings/time.js";

export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  categories?: string[];
  /** Incremented each time the event changes (the session's version − 1). */
  sequence: number;
}

export interface IcsCalendar {
  name: string;
  timeZone: string;
  events: IcsEvent[];
  /** When this calendar was written (every event's DTSTAMP, as METHOD:PUBLISH asks). */
  stamp: Date;
  /** The range the VTIMEZONE must cover (the meeting's dates); transitions a year either side are included. */
  from: Date;
  to: Date;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds one content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never cut inside a UTF-8 sequence: continuation bytes are 10xxxxxx.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    out.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74; // the leading space counts
  }
  return out.join("\r\n ");
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** `20220805T013000Z`. */
export function utcStamp(d: Date): string {
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** Wall-clock time of an instant at a given offset, `20220805T083000`. */
function localStamp(d: Date, offset: number): string {
  return utcStamp(new Date(d.getTime() + offset * 60000)).slice(0, -1);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.trunc(a / 60))}${pad(a % 60)}`;
}

interface Transition {
  at: Date;
  from: number;
  to: number;
}

/** The zone's offset changes between two instants, to the minute (daily sampling, then bisection). */
export function transitions(timeZone: string, from: Date, to: Date): Transition[] {
  const out: Transition[] = [];
  const day = 86400_000;
  let t = from.getTime();
  let off = offsetMinutes(new Date(t), timeZone);
  while (t < to.getTime()) {
    const next = Math.min(t + day, to.getTime());
    const nextOff = offsetMinutes(new Date(next), timeZone);
    if (nextOff !== off) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(new Date(mid), timeZone) === off) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: off, to: nextOff });
      off = nextOff;
    }
    t = next;
  }
  return out;
}

/** VTIMEZONE lines for the zone over the range: a STANDARD/DAYLIGHT block per observance, explicit onsets. */
export function vtimezone(timeZone: string, from: Date, to: Date): string[] {
  const year = 366 * 86400_000;
  const start = new Date(from.getTime() - year);
  const end = new Date(to.getTime() + year);
  const changes = transitions(timeZone, start, end);
  const initial = offsetMinutes(start, timeZone);
  const standard = Math.min(initial, ...changes.map((c) => c.to));
  const block = (onset: string, fromOff: number, toOff: number) => {
    const kind = toOff > standard ? "DAYLIGHT" : "STANDARD";
    return [
      `BEGIN:${kind}`,
      `DTSTART:${onset}`,
      `TZOFFSETFROM:${offsetText(fromOff)}`,
      `TZOFFSETTO:${offsetText(toOff)}`,
      `END:${kind}`,
    ];
  };
  // The observance in force at the start of the range, then one per change (onset in the time before it).
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`, ...block(localStamp(start, initial), initial, initial)];
  for (const c of changes) lines.push(...block(localStamp(c.at, c.from), c.from, c.to));
  lines.push("END:VTIMEZONE");
  return lines;
}

/** The whole calendar as text. */
export function writeIcs(cal: IcsCalendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Focal//Meeting programme//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${cal.timeZone}`,
    ...vtimezone(cal.timeZone, cal.from, cal.to),
  ];
  for (const e of cal.events) {
    const local = (d: Date) => `;TZID=${cal.timeZone}:${localStamp(d, offsetMinutes(d, cal.timeZone))}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(cal.stamp)}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTART${local(e.start)}`,
      `DTEND${local(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(",")}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
