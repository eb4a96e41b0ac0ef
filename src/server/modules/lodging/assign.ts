/**
 * "Assign automatically" (issue 14, point 2) — pure: places every travelling delegate who has no stay yet, keeping
 * the stays already made (they are the host's choices and override this).
 *
 * - A head of delegation gets a suite; when no suite is free on all their nights, a single.
 * - Everyone else gets a single; when singles run out, a twin shared with a member of their own delegation (of the
 *   same gender where both are known), else a twin of their own.
 * - A delegation is kept in one hotel where it can be: the hotel where most of it already stays, else the one with
 *   the most free rooms over its nights; the others are tried only when that hotel is full.
 * - A room is free on a night when the rooms used of that type are fewer than the rooms held. A delegate no free
 *   room can take stays unplaced and is named in the answer.
 */
import type { RoomType } from "../../../shared/logistics.js";
import { type RBlock, type RDelegate, type RHotel, type RStay, nightsOf, roomOf, travels } from "./rooming.js";

export interface ADelegate extends RDelegate {
  gender: string | null;
}
export interface AssignInput {
  hotels: RHotel[];
  blocks: RBlock[];
  stays: RStay[];
  delegates: ADelegate[];
}

interface TwinRoom {
  hotelId: string;
  key: string;
  delegationId: string;
  occupants: { gender: string | null; nights: Set<string> }[];
}

export function assignStays(input: AssignInput): { stays: RStay[]; unplaced: ADelegate[] } {
  const byId = new Map(input.delegates.map((d) => [d.id, d]));
  const blocked = new Map<string, number>();
  for (const b of input.blocks) blocked.set(`${b.hotelId}|${b.night}|${b.roomType}`, b.rooms);
  // The nights each room is slept in, and the rooms used per hotel, night and type.
  const roomNights = new Map<string, Set<string>>();
  const used = new Map<string, number>();
  const occupy = (hotelId: string, type: RoomType, room: string, nights: string[]) => {
    let set = roomNights.get(room);
    if (!set) roomNights.set(room, (set = new Set()));
    for (const n of nights) {
      if (set.has(n)) continue;
      set.add(n);
      const k = `${hotelId}|${n}|${type}`;
      used.set(k, (used.get(k) ?? 0) + 1);
    }
  };
  const keys = new Map<string, Set<string>>(); // hotel|type → room keys in use
  const twins: TwinRoom[] = [];
  for (const s of input.stays) {
    const d = byId.get(s.delegateId);
    if (s.roomKey) {
      const k = `${s.hotelId}|${s.roomType}`;
      keys.set(k, (keys.get(k) ?? new Set()).add(s.roomKey));
    }
    if (!d) continue;
    occupy(s.hotelId, s.roomType, roomOf(s), nightsOf(d));
    if (s.roomType === "twin" && s.roomKey) {
      let room = twins.find((t) => t.hotelId === s.hotelId && t.key === s.roomKey);
      if (!room)
        twins.push((room = { hotelId: s.hotelId, key: s.roomKey, delegationId: d.delegationId, occupants: [] }));
      room.occupants.push({ gender: d.gender, nights: new Set(nightsOf(d)) });
    }
  }
  const freeOn = (hotelId: string, type: RoomType, nights: string[]) =>
    nights.every((n) => (blocked.get(`${hotelId}|${n}|${type}`) ?? 0) > (used.get(`${hotelId}|${n}|${type}`) ?? 0));
  const newKey = (hotelId: string, type: RoomType) => {
    const k = `${hotelId}|${type}`;
    const taken = keys.get(k) ?? new Set<string>();
    keys.set(k, taken);
    let i = 1;
    while (taken.has(`T${i}`)) i++;
    taken.add(`T${i}`);
    return `T${i}`;
  };

  const placed = new Set(input.stays.map((s) => s.delegateId));
  const waiting = input.delegates.filter((d) => !placed.has(d.id) && travels(d));
  const groups = new Map<string, ADelegate[]>();
  for (const d of waiting) groups.set(d.delegationId, [...(groups.get(d.delegationId) ?? []), d]);
  const out: RStay[] = [];
  const unplaced: ADelegate[] = [];
  const order = [...groups.values()].sort((a, b) => a[0]!.delegation.localeCompare(b[0]!.delegation, "en"));

  for (const group of order) {
    group.sort((a, b) => Number(b.head) - Number(a.head) || a.name.localeCompare(b.name, "vi"));
    const delegationId = group[0]!.delegationId;
    const groupNights = [...new Set(group.flatMap(nightsOf))];
    const already = (h: RHotel) =>
      input.stays.filter((s) => s.hotelId === h.id && byId.get(s.delegateId)?.delegationId === delegationId).length;
    const freeRooms = (h: RHotel) =>
      groupNights.reduce(
        (sum, n) =>
          sum +
          (["single", "twin", "suite"] as const).reduce(
            (s, t) => s + Math.max(0, (blocked.get(`${h.id}|${n}|${t}`) ?? 0) - (used.get(`${h.id}|${n}|${t}`) ?? 0)),
            0,
          ),
        0,
      );
    const hotels = [...input.hotels].sort(
      (a, b) => already(b) - already(a) || freeRooms(b) - freeRooms(a) || a.name.localeCompare(b.name, "vi"),
    );
    const place = (d: ADelegate, hotelId: string, roomType: RoomType, roomKey: string | null) => {
      const s = { delegateId: d.id, hotelId, roomType, roomKey };
      occupy(hotelId, roomType, roomOf(s), nightsOf(d));
      out.push(s);
      return true;
    };
    const tryOwn = (d: ADelegate, hotelId: string, type: RoomType) =>
      freeOn(hotelId, type, nightsOf(d)) && place(d, hotelId, type, null);
    const tryShare = (d: ADelegate, hotelId: string) => {
      const nights = nightsOf(d);
      for (const room of twins) {
        if (room.hotelId !== hotelId || room.delegationId !== delegationId || room.occupants.length !== 1) continue;
        const mate = room.occupants[0]!;
        if (mate.gender && d.gender && mate.gender !== d.gender) continue;
        const extra = nights.filter((n) => !mate.nights.has(n));
        if (!freeOn(hotelId, "twin", extra)) continue;
        room.occupants.push({ gender: d.gender, nights: new Set(nights) });
        return place(d, hotelId, "twin", room.key);
      }
      if (!freeOn(hotelId, "twin", nights)) return false;
      const key = newKey(hotelId, "twin");
      twins.push({ hotelId, key, delegationId, occupants: [{ gender: d.gender, nights: new Set(nights) }] });
      return place(d, hotelId, "twin", key);
    };
    for (const d of group) {
      const done = d.head
        ? hotels.some((h) => tryOwn(d, h.id, "suite")) || hotels.some((h) => tryOwn(d, h.id, "single"))
        : hotels.some((h) => tryOwn(d, h.id, "single") || tryShare(d, h.id));
      if (!done) unplaced.push(d);
    }
  }
  return { stays: out, unplaced };
}
