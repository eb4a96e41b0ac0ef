/**
 * Hotels and rooming (issue 14, point 2): hotels with their contract and room blocks, where each delegate sleeps
 * (sharing, suites for heads, "assign automatically"), and the rooming list per night and over the whole stay. The
 * nights come from the delegation record's arrival and departure dates (see `rooming.ts`). Every service checks the
 * actor first; every write is audited in its transaction. The lead's benchmark calls `roomingNight` and `roomingWhole`.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { listDelegateRows, type DelegateRow } from "../meetings/delegate-rows.js";
import { listDelegationsOf } from "../meetings/delegations.js";
import { requireLogistics } from "../logistics/policy.js";
import type { RoomType } from "../../../shared/logistics.js";
import type {
  AssignResult,
  BlocksInput,
  Hotel,
  HotelInput,
  HotelPatch,
  HotelsAnswer,
  RoomingNight,
  RoomingStay,
  StayInput,
  StayRow,
} from "../../../shared/schemas/lodging.js";
import { dmy } from "../../../shared/dates.js";
import { lodgingBlocks, lodgingHotels, lodgingStays } from "./schema.js";
import { hotelsOf, type HotelRow } from "./repo.js";
import { lodgingErrors } from "./errors.js";
import {
  type RoomingInput,
  blocksOutsideContract,
  nightsOf,
  roomingForNight,
  roomingStay,
  travels,
} from "./rooming.js";
import { type ADelegate, assignStays } from "./assign.js";

/** How many people a room of each type takes. */
export const roomCapacity: Record<RoomType, number> = { single: 1, double: 2, twin: 2, suite: 2 };

const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Everything the rooming needs of a meeting, in a few queries (hotels, blocks, stays, delegates, delegations). */
export async function loadRooming(db: Executor, meetingId: string) {
  const hotels = await hotelsOf(db, meetingId);
  const hotelIds = hotels.map((h) => h.id);
  const blocks = hotelIds.length
    ? await db.select().from(lodgingBlocks).where(inArray(lodgingBlocks.hotelId, hotelIds))
    : [];
  const stays = await db.select().from(lodgingStays).where(eq(lodgingStays.meetingId, meetingId));
  const delegations = await listDelegationsOf(db, meetingId);
  const delegationById = new Map(delegations.map((d) => [d.id, d]));
  const rows = await listDelegateRows(db, { meetingId });
  const heads = new Set(delegations.map((d) => d.headDelegateId).filter((x): x is string => !!x));
  const delegates: ADelegate[] = rows.map(({ row: r }) => ({
    id: r.id,
    name: r.fullName,
    delegationId: r.delegationId,
    delegation: delegationById.get(r.delegationId)?.nameEn ?? "",
    head: r.role === "head" || heads.has(r.id),
    arrivalDate: r.arrivalDate,
    departureDate: r.departureDate,
    gender: r.gender,
  }));
  const input: RoomingInput & { delegates: ADelegate[] } = {
    hotels: hotels.map((h) => ({ id: h.id, name: h.name, contractFrom: h.contractFrom, contractTo: h.contractTo })),
    blocks: blocks.map((b) => ({ hotelId: b.hotelId, night: b.night, roomType: b.roomType, rooms: b.rooms })),
    stays: stays.map((s) => ({
      delegateId: s.delegateId,
      hotelId: s.hotelId,
      roomType: s.roomType,
      roomKey: s.roomKey,
    })),
    delegates,
  };
  return { hotels, blocks, stays, rows, delegationById, input };
}

function presentHotel(h: HotelRow, blocks: (typeof lodgingBlocks.$inferSelect)[], guests: number): Hotel {
  return {
    id: h.id,
    name: h.name,
    address: h.address,
    phone: h.phone,
    email: h.email,
    contractFrom: h.contractFrom,
    contractTo: h.contractTo,
    needsPassports: h.needsPassports,
    sample: h.sample,
    version: h.version,
    blocks: blocks
      .filter((b) => b.hotelId === h.id && b.rooms > 0)
      .map((b) => ({ night: b.night, roomType: b.roomType, rooms: b.rooms }))
      .sort((a, b) => a.night.localeCompare(b.night) || a.roomType.localeCompare(b.roomType)),
    guests,
  };
}

/** The meeting's hotels with their blocks (those who read logistics). */
export async function listHotels(ctx: Ctx, actor: Actor, meetingId: string): Promise<HotelsAnswer> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const hotels = await hotelsOf(ctx.db, meetingId);
  const ids = hotels.map((h) => h.id);
  const blocks = ids.length ? await ctx.db.select().from(lodgingBlocks).where(inArray(lodgingBlocks.hotelId, ids)) : [];
  const stays = await ctx.db
    .select({ hotelId: lodgingStays.hotelId, n: sql<number>`count(*)::int` })
    .from(lodgingStays)
    .where(eq(lodgingStays.meetingId, meetingId))
    .groupBy(lodgingStays.hotelId);
  const guests = new Map(stays.map((s) => [s.hotelId, Number(s.n)]));
  const { meetingId: _, ...permissions } = perms;
  return {
    hotels: hotels.map((h) => presentHotel(h, blocks, guests.get(h.id) ?? 0)),
    canEdit: perms.manage,
    permissions,
  };
}

async function hotelIn(db: Executor, meetingId: string, hotelId: string): Promise<HotelRow> {
  const [h] = await db
    .select()
    .from(lodgingHotels)
    .where(and(eq(lodgingHotels.id, hotelId), eq(lodgingHotels.meetingId, meetingId)));
  if (!h) throw lodgingErrors.HOTEL_NOT_FOUND();
  return h;
}

async function hotelAnswer(db: Executor, h: HotelRow): Promise<Hotel> {
  const blocks = await db.select().from(lodgingBlocks).where(eq(lodgingBlocks.hotelId, h.id));
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(lodgingStays)
    .where(eq(lodgingStays.hotelId, h.id));
  return presentHotel(h, blocks, Number(c?.n ?? 0));
}

function checkContract(from: string, to: string) {
  if (to < from) throw lodgingErrors.CONTRACT_DATES({ from: dmy(from), to: dmy(to) });
}

/** Inserts a hotel (the service and the seed). No permission check. */
export async function insertHotelTx(
  tx: Executor,
  meetingId: string,
  input: HotelInput & { id?: string; sample?: boolean },
): Promise<HotelRow> {
  checkContract(input.contractFrom, input.contractTo);
  const [row] = await tx
    .insert(lodgingHotels)
    .values({
      id: input.id ?? randomUUID(),
      meetingId,
      name: input.name.trim(),
      address: input.address?.trim() ?? "",
      phone: orNull(input.phone),
      email: orNull(input.email),
      contractFrom: input.contractFrom,
      contractTo: input.contractTo,
      needsPassports: input.needsPassports ?? false,
      sample: input.sample ?? false,
    })
    .returning();
  if (!row) throw appError("INTERNAL");
  return row;
}

/** Adds a hotel (those who keep logistics). Audited. */
export async function createHotel(ctx: Ctx, actor: Actor, meetingId: string, input: HotelInput): Promise<Hotel> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  return ctx.db.transaction(async (tx: Tx) => {
    const h = await insertHotelTx(tx, meetingId, input);
    await audit(tx, actor, { action: "lodging_hotel.create", entity: "lodging_hotel", entityId: h.id, after: input });
    return hotelAnswer(tx, h);
  });
}

/** Changes a hotel's details or contract; a contract that would leave held rooms outside it is refused. Audited. */
export async function updateHotel(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  hotelId: string,
  patch: HotelPatch,
): Promise<Hotel> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  return ctx.db.transaction(async (tx: Tx) => {
    const h = await hotelIn(tx, meetingId, hotelId);
    if (h.version !== patch.version) throw appError("VERSION_CONFLICT");
    const from = patch.contractFrom ?? h.contractFrom;
    const to = patch.contractTo ?? h.contractTo;
    checkContract(from, to);
    const blocks = await tx.select().from(lodgingBlocks).where(eq(lodgingBlocks.hotelId, h.id));
    const outside = blocksOutsideContract({ contractFrom: from, contractTo: to }, blocks);
    if (outside.length)
      throw lodgingErrors.CONTRACT_LEAVES_BLOCKS({
        from: dmy(from),
        to: dmy(to),
        nights: [...new Set(outside.map((b) => dmy(b.night)))].sort().join(", "),
      });
    const { version: _, ...changes } = patch;
    const [row] = await tx
      .update(lodgingHotels)
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.address !== undefined ? { address: patch.address.trim() } : {}),
        ...(patch.phone !== undefined ? { phone: orNull(patch.phone) } : {}),
        ...(patch.email !== undefined ? { email: orNull(patch.email) } : {}),
        ...(patch.needsPassports !== undefined ? { needsPassports: patch.needsPassports } : {}),
        contractFrom: from,
        contractTo: to,
        version: h.version + 1,
      })
      .where(eq(lodgingHotels.id, h.id))
      .returning();
    await audit(tx, actor, {
      action: "lodging_hotel.update",
      entity: "lodging_hotel",
      entityId: h.id,
      before: {
        name: h.name,
        contractFrom: h.contractFrom,
        contractTo: h.contractTo,
        needsPassports: h.needsPassports,
      },
      after: changes,
    });
    if (!row) throw appError("INTERNAL");
    return hotelAnswer(tx, row);
  });
}

/** Replaces a hotel's room blocks (no permission check: the service and the seed). Refuses nights outside the contract. */
export async function replaceBlocksTx(tx: Executor, h: HotelRow, blocks: BlocksInput["blocks"]): Promise<void> {
  const seen = new Set<string>();
  for (const b of blocks) {
    const k = `${b.night}|${b.roomType}`;
    if (seen.has(k)) throw lodgingErrors.DUPLICATE_BLOCK({ night: dmy(b.night), type: b.roomType });
    seen.add(k);
  }
  const outside = blocksOutsideContract(h, blocks);
  if (outside.length)
    throw lodgingErrors.NIGHT_OUTSIDE_CONTRACT({
      hotel: h.name,
      nights: [...new Set(outside.map((b) => b.night))].sort().map(dmy).join(", "),
      from: dmy(h.contractFrom),
      to: dmy(h.contractTo),
    });
  await tx.delete(lodgingBlocks).where(eq(lodgingBlocks.hotelId, h.id));
  const kept = blocks.filter((b) => b.rooms > 0);
  if (kept.length)
    await tx
      .insert(lodgingBlocks)
      .values(
        kept.map((b) => ({ id: randomUUID(), hotelId: h.id, night: b.night, roomType: b.roomType, rooms: b.rooms })),
      );
}

/** Saves a hotel's block grid (nights × room types) as a whole. Stale version → 409; nights outside the contract → 400. */
export async function saveBlocks(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  hotelId: string,
  body: BlocksInput,
): Promise<Hotel> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  return ctx.db.transaction(async (tx: Tx) => {
    const h = await hotelIn(tx, meetingId, hotelId);
    if (h.version !== body.version) throw appError("VERSION_CONFLICT");
    const before = await tx.select().from(lodgingBlocks).where(eq(lodgingBlocks.hotelId, h.id));
    await replaceBlocksTx(tx, h, body.blocks);
    const [row] = await tx
      .update(lodgingHotels)
      .set({ version: h.version + 1 })
      .where(eq(lodgingHotels.id, h.id))
      .returning();
    const cell = (b: { night: string; roomType: string; rooms: number }) => `${b.night} ${b.roomType}: ${b.rooms}`;
    await audit(tx, actor, {
      action: "lodging_blocks.update",
      entity: "lodging_hotel",
      entityId: h.id,
      before: {
        blocks: before
          .filter((b) => b.rooms > 0)
          .map(cell)
          .sort(),
      },
      after: {
        blocks: body.blocks
          .filter((b) => b.rooms > 0)
          .map(cell)
          .sort(),
      },
    });
    if (!row) throw appError("INTERNAL");
    return hotelAnswer(tx, row);
  });
}

/** The default night of the rooming list: the first night anybody sleeps, else the first contract night. */
function firstNight(input: RoomingInput): string {
  const nights = input.delegates.flatMap((d) => (travels(d) ? [d.arrivalDate!] : []));
  const contract = input.hotels.map((h) => h.contractFrom);
  return [...nights, ...contract].sort()[0] ?? new Date().toISOString().slice(0, 10);
}

/** `GET /rooming?night=`: who sleeps where that night, per hotel, rooms used against held, flags. */
export async function roomingNight(ctx: Ctx, actor: Actor, meetingId: string, night?: string): Promise<RoomingNight> {
  await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const { input } = await loadRooming(ctx.db, meetingId);
  return roomingForNight(input, night ?? firstNight(input));
}

/** The whole stay: per hotel, nights × room types with used and held rooms and the flags. */
export async function roomingWhole(ctx: Ctx, actor: Actor, meetingId: string): Promise<RoomingStay> {
  await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const { input } = await loadRooming(ctx.db, meetingId);
  return roomingStay(input);
}

/** Every travelling delegate (both dates, at least one night) with their stay, by delegation then name. */
export async function listStays(ctx: Ctx, actor: Actor, meetingId: string): Promise<StayRow[]> {
  await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const { input, stays } = await loadRooming(ctx.db, meetingId);
  const stayOf = new Map(stays.map((s) => [s.delegateId, s]));
  return input.delegates
    .filter(travels)
    .map((d) => {
      const s = stayOf.get(d.id);
      return {
        delegateId: d.id,
        name: d.name,
        delegationId: d.delegationId,
        delegation: d.delegation,
        head: d.head,
        arrivalDate: d.arrivalDate!,
        departureDate: d.departureDate!,
        nights: nightsOf(d).length,
        stay: s ? { hotelId: s.hotelId, roomType: s.roomType, roomKey: s.roomKey, version: s.version } : null,
      };
    })
    .sort((a, b) => a.delegation.localeCompare(b.delegation, "en") || a.name.localeCompare(b.name, "vi"));
}

async function delegateIn(db: Executor, meetingId: string, delegateId: string): Promise<DelegateRow> {
  const [d] = await listDelegateRows(db, { meetingId, ids: [delegateId] });
  if (!d) throw lodgingErrors.DELEGATE_NOT_FOUND();
  return d.row;
}

/** Writes stays (the service, "assign automatically" and the seed). No permission check. */
export async function upsertStaysTx(
  tx: Executor,
  meetingId: string,
  stays: { delegateId: string; hotelId: string; roomType: RoomType; roomKey: string | null }[],
): Promise<void> {
  if (!stays.length) return;
  await tx
    .insert(lodgingStays)
    .values(stays.map((s) => ({ ...s, meetingId })))
    .onConflictDoUpdate({
      target: lodgingStays.delegateId,
      set: {
        hotelId: sql`excluded.hotel_id`,
        roomType: sql`excluded.room_type`,
        roomKey: sql`excluded.room_key`,
        version: sql`${lodgingStays.version} + 1`,
        updatedAt: sql`now()`,
      },
    });
}

/** Places one delegate (or moves them): hotel, room type, shared room key. Audited; stale version → 409. */
export async function setStay(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegateId: string,
  body: StayInput,
): Promise<StayRow> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  await ctx.db.transaction(async (tx: Tx) => {
    const d = await delegateIn(tx, meetingId, delegateId);
    if (!travels(d)) throw lodgingErrors.NOT_TRAVELLING({ name: d.fullName });
    const h = await hotelIn(tx, meetingId, body.hotelId);
    const [before] = await tx.select().from(lodgingStays).where(eq(lodgingStays.delegateId, delegateId));
    if (before && body.version !== undefined && before.version !== body.version) throw appError("VERSION_CONFLICT");
    if (before && body.version === undefined) throw appError("VERSION_CONFLICT");
    const roomKey = orNull(body.roomKey);
    if (roomKey && body.roomType === "single") throw lodgingErrors.SINGLE_SHARED();
    if (roomKey) {
      const mates = await tx
        .select({ delegateId: lodgingStays.delegateId })
        .from(lodgingStays)
        .where(
          and(
            eq(lodgingStays.hotelId, h.id),
            eq(lodgingStays.roomType, body.roomType),
            eq(lodgingStays.roomKey, roomKey),
          ),
        );
      const others = mates.filter((m) => m.delegateId !== delegateId);
      if (others.length >= roomCapacity[body.roomType]) {
        const names = await listDelegateRows(tx, { meetingId, ids: others.map((o) => o.delegateId) });
        throw lodgingErrors.ROOM_FULL({
          key: roomKey,
          type: body.roomType,
          names: names.map((n) => n.row.fullName).join(", "),
        });
      }
    }
    await upsertStaysTx(tx, meetingId, [{ delegateId, hotelId: h.id, roomType: body.roomType, roomKey }]);
    await audit(tx, actor, {
      action: "lodging_stay.set",
      entity: "lodging_stay",
      entityId: delegateId,
      before: before ? { hotelId: before.hotelId, roomType: before.roomType, roomKey: before.roomKey } : null,
      after: { name: d.fullName, hotel: h.name, hotelId: h.id, roomType: body.roomType, roomKey },
    });
  });
  const rows = await listStays(ctx, actor, meetingId);
  const row = rows.find((r) => r.delegateId === delegateId);
  if (!row) throw lodgingErrors.DELEGATE_NOT_FOUND();
  return row;
}

/** Takes a delegate's room away (they stay unplaced). Audited. */
export async function removeStay(ctx: Ctx, actor: Actor, meetingId: string, delegateId: string): Promise<{ ok: true }> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  await ctx.db.transaction(async (tx: Tx) => {
    const d = await delegateIn(tx, meetingId, delegateId);
    const gone = await tx.delete(lodgingStays).where(eq(lodgingStays.delegateId, delegateId)).returning();
    if (gone[0])
      await audit(tx, actor, {
        action: "lodging_stay.remove",
        entity: "lodging_stay",
        entityId: delegateId,
        before: { name: d.fullName, hotelId: gone[0].hotelId, roomType: gone[0].roomType, roomKey: gone[0].roomKey },
      });
  });
  return { ok: true };
}

/** "Assign automatically": places every travelling delegate without a stay (see `assign.ts`). Audited once. */
export async function assignAutomatically(ctx: Ctx, actor: Actor, meetingId: string): Promise<AssignResult> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  return ctx.db.transaction(async (tx: Tx) => {
    await tx.execute(sql`select id from lodging_hotels where meeting_id = ${meetingId} for update`);
    const { input } = await loadRooming(tx, meetingId);
    const { stays, unplaced } = assignStays(input);
    await upsertStaysTx(tx, meetingId, stays);
    if (stays.length || unplaced.length)
      await audit(tx, actor, {
        action: "lodging_stay.assign",
        entity: "meeting",
        entityId: meetingId,
        after: { placed: stays.length, unplaced: unplaced.map((d) => d.name) },
      });
    return { placed: stays.length, unplaced: unplaced.map((d) => d.name) };
  });
}
