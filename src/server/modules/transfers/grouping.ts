/**
 * Airport transfers derived from the delegates' flights (issue 14, point 3) — pure functions over rows, no database.
 *
 * Grouping. Every arrival and every departure with a date, a time and an airport is a "leg". Legs are grouped by
 * direction, airport, day and time window: sorted by time, a window opens at the first leg not yet placed and takes
 * every leg within `windowMinutes` of it (inclusive); the next leg after that opens the next window. A window never
 * crosses midnight: a flight at 00:20 belongs to its own date, even if the window opened at 23:50 the day before.
 *
 * Terminal. Focal cannot tell the terminal from a flight: at Nội Bài (HAN) T1 serves domestic and T2 international
 * flights, but a carrier code or a flight number does not say which (Vietnam Airlines flies both from either), and the
 * delegate record has no terminal field. Transfers are therefore grouped by airport only; the manifest names the
 * flights so the driver can find the terminal.
 *
 * Departures. A departing delegate is picked up `departureLeadMinutes` before the flight (default 180: three hours,
 * what an international flight needs — and Focal cannot tell domestic from international, see above). Departures are
 * grouped by that pick-up time, and belong to the pick-up's date (a flight at 01:30 on 7 August is picked up at 22:30
 * on 6 August).
 *
 * The transfer's stable key: `<direction>-<YYYY-MM-DD>-<AIRPORT>-<HHMM>` (the window's start, arrival or pick-up
 * time) — what vehicle allocations are kept against. Sorting is O(n log n); the sweep is linear.
 *
 * Seating. Vehicles are allocated to a transfer; who sits where is derived again each time (so a changed flight
 * re-seats everyone): a delegation's people in one transfer form a party, kept in one vehicle when one fits it, and a
 * head of delegation always rides with (some of) their own delegation — when a party must be split, the head goes in
 * the vehicle carrying the largest part of it. Nobody is left over while seats remain, except when the delegation
 * constraint cannot be met (never: a split party always fills the remaining seats).
 */
import { type TransferDirection, transferDirections } from "../../../shared/logistics.js";
import { isOneOf } from "../../../shared/text.js";

export const DEFAULT_WINDOW_MINUTES = 60;
/** How long before a departing flight its passengers are picked up (3 h, international). */
export const DEPARTURE_LEAD_MINUTES = 180;
/** How long a vehicle stays busy after a transfer's last pick-up or arrival (the ride and the way back). */
export const VEHICLE_BUSY_AFTER_MINUTES = 120;
/** The roles that count as the head of a delegation for seating. */
export const headRoles: readonly string[] = ["head"];

/** A delegate's travel, as the delegate row holds it. */
export interface TravelRow {
  delegateId: string;
  name: string;
  delegationId: string;
  role: string;
  arrivalDate: string | null;
  arrivalTime: string | null;
  arrivalFlight: string | null;
  arrivalAirport: string | null;
  departureDate: string | null;
  departureTime: string | null;
  departureFlight: string | null;
  departureAirport: string | null;
}

/** One person on one leg. `at` is the transfer's time for them ("YYYY-MM-DDTHH:MM", the meeting's wall clock). */
export interface Leg {
  direction: TransferDirection;
  delegateId: string;
  name: string;
  delegationId: string;
  role: string;
  flight: string | null;
  airport: string;
  /** The flight's own date and time ("YYYY-MM-DDTHH:MM"). */
  flightAt: string;
  /** Arrival: the landing; departure: the pick-up (flight − lead). */
  at: string;
}

export interface GroupedTransfer {
  key: string;
  direction: TransferDirection;
  day: string;
  airport: string;
  /** The first and last leg's `at` ("YYYY-MM-DDTHH:MM"). */
  from: string;
  to: string;
  people: Leg[];
}

export interface GroupOptions {
  windowMinutes?: number;
  departureLeadMinutes?: number;
}

const MIN_PER_DAY = 1440;
const pad = (n: number) => String(n).padStart(2, "0");

/** Minutes since 1970-01-01 00:00 of a wall-clock date and time (no zone: calendar arithmetic only). */
export function wallMinutes(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!d || !t) return null;
  const days = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) / 86_400_000;
  const h = Number(t[1]);
  const m = Number(t[2]);
  if (!Number.isFinite(days) || h > 23 || m > 59) return null;
  return days * MIN_PER_DAY + h * 60 + m;
}

/** Minutes since 1970-01-01 00:00 of a "YYYY-MM-DDTHH:MM" this module made (throws on anything else). */
export function atMinutes(at: string): number {
  const m = wallMinutes(at.slice(0, 10), at.slice(11));
  if (m === null) throw new Error(`not a wall-clock time: ${at}`);
  return m;
}

/** "YYYY-MM-DDTHH:MM" of minutes since 1970-01-01 00:00. */
export function wallText(minutes: number): string {
  const day = Math.floor(minutes / MIN_PER_DAY);
  const d = new Date(day * 86_400_000);
  const m = minutes - day * MIN_PER_DAY;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** The transfer's stable key. */
export function transferKey(direction: TransferDirection, at: string, airport: string): string {
  return `${direction}-${at.slice(0, 10)}-${airport}-${at.slice(11, 13)}${at.slice(14, 16)}`;
}

const keyRe = /^(arrival|departure)-(\d{4}-\d{2}-\d{2})-([A-Z]{3})-(\d{4})$/;
/** Reads a key back (null when it is not one). */
export function parseTransferKey(
  key: string,
): { direction: TransferDirection; day: string; airport: string; start: string } | null {
  const [, direction = "", day, airport, hhmm] = keyRe.exec(key) ?? [];
  if (!isOneOf(transferDirections, direction) || !day || !airport || !hhmm) return null;
  return { direction, day, airport, start: `${hhmm.slice(0, 2)}:${hhmm.slice(2)}` };
}

/** A delegate's legs (none for a leg without a date, a time or an airport). */
export function legsOf(r: TravelRow, lead = DEPARTURE_LEAD_MINUTES): { legs: Leg[]; incomplete: TransferDirection[] } {
  const legs: Leg[] = [];
  const incomplete: TransferDirection[] = [];
  const base = { delegateId: r.delegateId, name: r.name, delegationId: r.delegationId, role: r.role };
  const add = (
    direction: TransferDirection,
    date: string | null,
    time: string | null,
    flight: string | null,
    airport: string | null,
  ) => {
    if (!date && !time && !flight && !airport) return;
    const m = date && time ? wallMinutes(date, time) : null;
    const code = (airport ?? "").trim().toUpperCase();
    if (m === null || !/^[A-Z]{3}$/.test(code)) {
      incomplete.push(direction);
      return;
    }
    const at = direction === "arrival" ? m : m - lead;
    legs.push({ ...base, direction, flight, airport: code, flightAt: wallText(m), at: wallText(at) });
  };
  add("arrival", r.arrivalDate, r.arrivalTime, r.arrivalFlight, r.arrivalAirport);
  add("departure", r.departureDate, r.departureTime, r.departureFlight, r.departureAirport);
  return { legs, incomplete };
}

/**
 * Groups legs into transfers by direction, airport, day and time window (see the module's comment). Transfers come
 * out by time, then direction and airport; people within one by time, then delegation, then name order as given.
 */
export function groupLegs(legs: Leg[], windowMinutes = DEFAULT_WINDOW_MINUTES): GroupedTransfer[] {
  const sorted = legs
    .map((l, i) => ({ l, i }))
    .sort(
      (a, b) =>
        cmp(a.l.direction, b.l.direction) ||
        cmp(a.l.airport, b.l.airport) ||
        cmp(a.l.at, b.l.at) ||
        cmp(a.l.delegationId, b.l.delegationId) ||
        a.i - b.i,
    )
    .map((x) => x.l);
  const out: GroupedTransfer[] = [];
  let cur: GroupedTransfer | null = null;
  let limit = 0;
  for (const l of sorted) {
    const m = atMinutes(l.at);
    const sameGroup =
      cur && cur.direction === l.direction && cur.airport === l.airport && cur.day === l.at.slice(0, 10) && m <= limit;
    if (!cur || !sameGroup) {
      cur = {
        key: transferKey(l.direction, l.at, l.airport),
        direction: l.direction,
        day: l.at.slice(0, 10),
        airport: l.airport,
        from: l.at,
        to: l.at,
        people: [],
      };
      limit = m + windowMinutes;
      out.push(cur);
    }
    cur.people.push(l);
    cur.to = l.at;
  }
  return out.sort((a, b) => cmp(a.from, b.from) || cmp(a.direction, b.direction) || cmp(a.airport, b.airport));
}

/** Every delegate's legs grouped into transfers, and who has a flight too incomplete to place. */
export function groupTransfers(
  rows: TravelRow[],
  o: GroupOptions = {},
): { transfers: GroupedTransfer[]; incomplete: { delegateId: string; direction: TransferDirection }[] } {
  const legs: Leg[] = [];
  const incomplete: { delegateId: string; direction: TransferDirection }[] = [];
  for (const r of rows) {
    const x = legsOf(r, o.departureLeadMinutes ?? DEPARTURE_LEAD_MINUTES);
    legs.push(...x.legs);
    for (const direction of x.incomplete) incomplete.push({ delegateId: r.delegateId, direction });
  }
  return { transfers: groupLegs(legs, o.windowMinutes ?? DEFAULT_WINDOW_MINUTES), incomplete };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// --- seating

export interface Seat {
  id: string;
  seats: number;
}
export interface Passenger {
  delegateId: string;
  delegationId: string;
  role: string;
}
export interface Seating {
  /** Vehicle id → the delegate ids it carries, in the order given. */
  byVehicle: Map<string, string[]>;
  /** Delegate ids no seat is left for. */
  leftOver: string[];
}

/**
 * Seats a transfer's people in its vehicles: a delegation in one vehicle when one has room for all of it (the
 * tightest such vehicle), larger delegations first; a delegation too large for any vehicle's remaining seats is split
 * over the roomiest, its head in the first (largest) part. Deterministic for the same input.
 */
export function seatPassengers(people: Passenger[], vehicles: Seat[]): Seating {
  const byVehicle = new Map<string, string[]>(vehicles.map((v) => [v.id, []]));
  const free = new Map<string, number>(vehicles.map((v) => [v.id, Math.max(0, v.seats)]));
  const parties = new Map<string, Passenger[]>();
  for (const p of people) parties.set(p.delegationId, [...(parties.get(p.delegationId) ?? []), p]);
  const hasHead = (ps: Passenger[]) => ps.some((p) => headRoles.includes(p.role));
  const ordered = [...parties.values()]
    .map((ps) => [...ps.filter((p) => headRoles.includes(p.role)), ...ps.filter((p) => !headRoles.includes(p.role))])
    .sort((a, b) => b.length - a.length || Number(hasHead(b)) - Number(hasHead(a)));
  // Every vehicle is in `free` and `byVehicle` from the start.
  const freeOf = (id: string) => free.get(id) ?? 0;
  const board = (id: string, ps: Passenger[]) => {
    byVehicle.set(id, [...(byVehicle.get(id) ?? []), ...ps.map((p) => p.delegateId)]);
    free.set(id, freeOf(id) - ps.length);
  };
  const leftOver: string[] = [];
  for (const party of ordered) {
    const fit = vehicles.filter((v) => freeOf(v.id) >= party.length).sort((a, b) => freeOf(a.id) - freeOf(b.id))[0];
    if (fit) {
      board(fit.id, party);
      continue;
    }
    let rest = party;
    for (const v of [...vehicles].sort((a, b) => freeOf(b.id) - freeOf(a.id))) {
      const n = Math.min(freeOf(v.id), rest.length);
      if (!n) break;
      board(v.id, rest.slice(0, n));
      rest = rest.slice(n);
      if (!rest.length) break;
    }
    leftOver.push(...rest.map((p) => p.delegateId));
  }
  return { byVehicle, leftOver };
}

// --- allocation

/** A vehicle's busy time for a transfer: from its first pick-up to the last plus the ride (minutes since 1970). */
export function busyInterval(t: { from: string; to: string }): [number, number] {
  return [atMinutes(t.from), atMinutes(t.to) + VEHICLE_BUSY_AFTER_MINUTES];
}

export const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export interface FleetVehicle extends Seat {
  label: string;
}

/**
 * The vehicles to add to a transfer so that nobody is left over: while someone is, the smallest free vehicle that
 * seats all who are left, else the largest free one. A vehicle is free when none of its other transfers' busy times
 * overlaps this one's. Returns the added vehicles and how many would still be left over (no vehicle free).
 */
export function chooseVehicles(
  transfer: { key: string; from: string; to: string; people: Passenger[] },
  fleet: FleetVehicle[],
  current: string[],
  busy: Map<string, { key: string; interval: [number, number] }[]>,
): { add: string[]; leftOver: number } {
  const span = busyInterval(transfer);
  const chosen = [...current];
  const add: string[] = [];
  const isFree = (v: FleetVehicle) =>
    !chosen.includes(v.id) && !(busy.get(v.id) ?? []).some((b) => b.key !== transfer.key && overlaps(b.interval, span));
  const byId = new Map(fleet.map((v) => [v.id, v]));
  const seat = () =>
    seatPassengers(
      transfer.people,
      chosen.map((id) => byId.get(id)).filter((v): v is FleetVehicle => !!v),
    );
  let left = seat().leftOver.length;
  while (left > 0) {
    const candidates = fleet.filter(isFree).sort((a, b) => a.seats - b.seats || cmp(a.label, b.label));
    const pick = candidates.find((v) => v.seats >= left) ?? candidates.at(-1);
    if (!pick) break;
    chosen.push(pick.id);
    add.push(pick.id);
    left = seat().leftOver.length;
  }
  return { add, leftOver: left };
}

// --- shuttles between hotels and the venue

export interface ShuttleSession {
  id: string;
  kind: string;
  /** Wall-clock start "YYYY-MM-DDTHH:MM". */
  start: string;
  title: string;
}
export interface Shuttle {
  /** "day" (to the day's first session) or the site visit's / cultural evening's session id. */
  key: string;
  kind: "day" | "site_visit" | "cultural";
  day: string;
  sessionId: string;
  sessionTitle: string;
  sessionStart: string;
  departAt: string;
  hotelId: string | null;
  people: number;
}

/**
 * Hotel → venue shuttles: per session day, per hotel, the people attending one of that day's sessions, leaving
 * `shuttleMinutes` before the first of those sessions they attend; and for each site visit and cultural evening, per
 * hotel, those attending it, leaving `shuttleMinutes` before it starts. People without a hotel are counted under null.
 */
export function planShuttles(
  sessions: ShuttleSession[],
  attendees: { delegateId: string; sessionIds: string[] }[],
  hotelOf: Map<string, string>,
  shuttleMinutes: number,
): Shuttle[] {
  const special = (k: string): k is "site_visit" | "cultural" => k === "site_visit" || k === "cultural";
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const out = new Map<string, Shuttle>();
  const leave = (start: string) => wallText(atMinutes(start) - shuttleMinutes);
  for (const a of attendees) {
    const hotel = hotelOf.get(a.delegateId) ?? null;
    const firstOfDay = new Map<string, ShuttleSession>();
    for (const id of a.sessionIds) {
      const s = byId.get(id);
      if (!s) continue;
      if (special(s.kind)) {
        const k = `${s.id}|${hotel ?? ""}`;
        const x = out.get(k) ?? {
          key: s.id,
          kind: s.kind,
          day: s.start.slice(0, 10),
          sessionId: s.id,
          sessionTitle: s.title,
          sessionStart: s.start,
          departAt: leave(s.start),
          hotelId: hotel,
          people: 0,
        };
        x.people++;
        out.set(k, x);
        continue;
      }
      const day = s.start.slice(0, 10);
      const f = firstOfDay.get(day);
      if (!f || s.start < f.start) firstOfDay.set(day, s);
    }
    for (const [day, s] of firstOfDay) {
      const k = `day|${day}|${hotel ?? ""}|${s.id}`;
      const x = out.get(k) ?? {
        key: `day-${day}`,
        kind: "day" as const,
        day,
        sessionId: s.id,
        sessionTitle: s.title,
        sessionStart: s.start,
        departAt: leave(s.start),
        hotelId: hotel,
        people: 0,
      };
      x.people++;
      out.set(k, x);
    }
  }
  return [...out.values()].sort(
    (a, b) => cmp(a.departAt, b.departAt) || cmp(a.kind, b.kind) || cmp(a.hotelId ?? "", b.hotelId ?? ""),
  );
}
