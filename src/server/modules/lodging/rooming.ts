/**
 * The rooming list, computed from rows (issue 14, point 2) — pure, so it is unit-tested with its edge cases and
 * benchmarked for 5,000 delegates.
 *
 * Nights. A delegate sleeps the nights from their arrival date to the day before their departure date: arriving on
 * 2 August and leaving on 6 August is the nights of 2, 3, 4 and 5 August. The dates are the delegation record's,
 * never typed twice, so a changed flight moves the nights at once. A flight landing after midnight has the next
 * day as its arrival date, and the night before is NOT booked (an early check-in is arranged with the hotel, not
 * here). A delegate leaving early has a departure date before the end and so fewer nights. A delegate without both
 * dates, or leaving on the day they arrive, sleeps no night.
 *
 * Rooms. Delegates of one hotel and room type with the same room key share one room; a delegate without a key has
 * a room alone. On a night, the rooms used of a type are the distinct rooms someone sleeps in; against the rooms
 * held (the block), more used is `overbooked`, fewer is `unused`.
 */
import type { RoomType } from "../../../shared/logistics.js";
import { roomTypes } from "../../../shared/logistics.js";
import type { RoomCount, RoomingNight, RoomingStay } from "../../../shared/schemas/lodging.js";

export interface RHotel {
  id: string;
  name: string;
  contractFrom: string;
  contractTo: string;
}
export interface RBlock {
  hotelId: string;
  night: string;
  roomType: RoomType;
  rooms: number;
}
export interface RStay {
  delegateId: string;
  hotelId: string;
  roomType: RoomType;
  roomKey: string | null;
}
export interface RDelegate {
  id: string;
  name: string;
  delegationId: string;
  delegation: string;
  head: boolean;
  arrivalDate: string | null;
  departureDate: string | null;
}
export interface RoomingInput {
  hotels: RHotel[];
  blocks: RBlock[];
  stays: RStay[];
  delegates: RDelegate[];
}

/** The day after `day` (YYYY-MM-DD), in UTC arithmetic so no zone shifts it. */
export function nextDay(day: string, n = 1): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included (none when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 400; d = nextDay(d)) out.push(d);
  return out;
}

/** The nights a delegate sleeps: arrival date … departure date − 1. */
export function nightsOf(d: { arrivalDate: string | null; departureDate: string | null }): string[] {
  if (!d.arrivalDate || !d.departureDate || d.departureDate <= d.arrivalDate) return [];
  return daysBetween(d.arrivalDate, nextDay(d.departureDate, -1));
}

/** A delegate travels (and needs a hotel) when both dates are known and they stay at least one night. */
export const travels = (d: { arrivalDate: string | null; departureDate: string | null }) => nightsOf(d).length > 0;

/** The key of the room a stay sleeps in: shared key, or the delegate alone. */
export const roomOf = (s: RStay) => `${s.hotelId}|${s.roomType}|${s.roomKey ?? `solo:${s.delegateId}`}`;

const flagOf = (blocked: number, used: number): RoomCount["flag"] =>
  used > blocked ? "overbooked" : used < blocked ? "unused" : null;

/** Rooms used per hotel, night and type: `hotelId|night|type` → number of distinct rooms. */
export function roomsUsed(input: Pick<RoomingInput, "stays" | "delegates">): Map<string, number> {
  const byId = new Map(input.delegates.map((d) => [d.id, d]));
  const rooms = new Map<string, Set<string>>();
  for (const s of input.stays) {
    const d = byId.get(s.delegateId);
    if (!d) continue;
    const room = roomOf(s);
    for (const night of nightsOf(d)) {
      const k = `${s.hotelId}|${night}|${s.roomType}`;
      let set = rooms.get(k);
      if (!set) rooms.set(k, (set = new Set()));
      set.add(room);
    }
  }
  return new Map([...rooms].map(([k, v]) => [k, v.size]));
}

function blockMap(blocks: RBlock[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const b of blocks)
    m.set(`${b.hotelId}|${b.night}|${b.roomType}`, (m.get(`${b.hotelId}|${b.night}|${b.roomType}`) ?? 0) + b.rooms);
  return m;
}

function counts(hotelId: string, night: string, blocked: Map<string, number>, used: Map<string, number>): RoomCount[] {
  return roomTypes.map((roomType) => {
    const k = `${hotelId}|${night}|${roomType}`;
    const b = blocked.get(k) ?? 0;
    const u = used.get(k) ?? 0;
    return { roomType, blocked: b, used: u, flag: flagOf(b, u) };
  });
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");

/** Who sleeps where on one night, per hotel, with rooms used against rooms held and the flags. */
export function roomingForNight(input: RoomingInput, night: string): RoomingNight {
  const byId = new Map(input.delegates.map((d) => [d.id, d]));
  const used = roomsUsed(input);
  const blocked = blockMap(input.blocks);
  const sleeping = (d: RDelegate | undefined): d is RDelegate =>
    !!d && !!d.arrivalDate && !!d.departureDate && d.arrivalDate <= night && night < d.departureDate;
  const tonight = input.stays.filter((s) => sleeping(byId.get(s.delegateId)));
  const byRoom = new Map<string, RStay[]>();
  for (const s of tonight) byRoom.set(roomOf(s), [...(byRoom.get(roomOf(s)) ?? []), s]);
  const placed = new Set(input.stays.map((s) => s.delegateId));
  const hotels = [...input.hotels].sort(byName).map((h) => ({
    hotelId: h.id,
    name: h.name,
    inContract: h.contractFrom <= night && night <= h.contractTo,
    rooms: counts(h.id, night, blocked, used),
    guests: tonight
      .filter((s) => s.hotelId === h.id)
      .flatMap((s) => {
        const d = byId.get(s.delegateId);
        if (!d?.arrivalDate || !d.departureDate) return [];
        const { arrivalDate, departureDate } = d;
        const guest = {
          delegateId: d.id,
          name: d.name,
          delegationId: d.delegationId,
          delegation: d.delegation,
          head: d.head,
          roomType: s.roomType,
          roomKey: s.roomKey,
          roommates: (byRoom.get(roomOf(s)) ?? [])
            .filter((o) => o.delegateId !== s.delegateId)
            .flatMap((o) => byId.get(o.delegateId)?.name ?? [])
            .sort((a, b) => a.localeCompare(b, "vi")),
          arrivalDate,
          departureDate,
        };
        return [guest];
      })
      .sort((a, b) => a.delegation.localeCompare(b.delegation, "en") || byName(a, b)),
  }));
  const unplaced = input.delegates
    .filter((d) => !placed.has(d.id) && sleeping(d))
    .map((d) => ({ delegateId: d.id, name: d.name, delegation: d.delegation }))
    .sort((a, b) => a.delegation.localeCompare(b.delegation, "en") || byName(a, b));
  return { night, hotels, unplaced };
}

/** The whole stay: every night of any contract, block or stay × room type, per hotel. */
export function roomingStay(input: RoomingInput): RoomingStay {
  const used = roomsUsed(input);
  const blocked = blockMap(input.blocks);
  const all = new Set<string>();
  for (const h of input.hotels) for (const n of daysBetween(h.contractFrom, h.contractTo)) all.add(n);
  for (const b of input.blocks) if (b.rooms > 0) all.add(b.night);
  for (const k of used.keys()) {
    const [, night] = k.split("|");
    if (night) all.add(night);
  }
  const nights = [...all].sort();
  return {
    nights,
    hotels: [...input.hotels].sort(byName).map((h) => ({
      hotelId: h.id,
      name: h.name,
      contractFrom: h.contractFrom,
      contractTo: h.contractTo,
      nights: nights.map((night) => ({
        night,
        inContract: h.contractFrom <= night && night <= h.contractTo,
        rooms: counts(h.id, night, blocked, used),
      })),
    })),
  };
}

/** The block cells of a grid that lie outside a hotel's contract and hold rooms (the grid is refused then). */
export function blocksOutsideContract(
  h: Pick<RHotel, "contractFrom" | "contractTo">,
  blocks: { night: string; rooms: number }[],
) {
  return blocks.filter((b) => b.rooms > 0 && (b.night < h.contractFrom || b.night > h.contractTo));
}
