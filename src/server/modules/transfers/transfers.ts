/**
 * Airport transfers (issue 14, point 3): derived from the delegates' flights on every read (so a changed flight moves
 * the person at once), with the vehicles allocated to them, the liaison officer meeting each delegation, the seating
 * and a warning when seats are short. The grouping and the seating are the pure functions of `grouping.ts`; this reads
 * the meeting's rows in a few queries (delegates, delegations, liaison, vehicles, allocations), never one per delegate.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { audit } from "../audit/service.js";
import { requireLogistics, type MeetingRow } from "../logistics/policy.js";
import { settingsOf } from "../logistics/settings.js";
import { changesOf } from "../logistics/changes.js";
import { liaisonOfDelegations } from "../liaison/repo.js";
import { hotelOfDelegates, hotelsOf } from "../lodging/repo.js";
import { listDelegateRows } from "../meetings/delegate-rows.js";
import { listDelegationsOf } from "../meetings/delegations.js";
import { listSessionsOf } from "../meetings/programme.js";
import { parseZoned, toZonedIso } from "../meetings/time.js";
import type {
  AutoAllocateResult,
  Shuttle,
  Transfer,
  TransferDays,
  TransferMove,
  Vehicle,
  VehicleInput,
  VehiclePatch,
} from "../../../shared/schemas/transfers.js";
import type { TransferDirection } from "../../../shared/logistics.js";
import { transferAllocations, transferVehicles } from "./schema.js";
import { transferErrors } from "./errors.js";
import {
  DEPARTURE_LEAD_MINUTES,
  type GroupedTransfer,
  type TravelRow,
  atMinutes,
  busyInterval,
  chooseVehicles,
  groupLegs,
  groupTransfers,
  legsOf,
  planShuttles,
  seatPassengers,
} from "./grouping.js";

type VehicleRow = typeof transferVehicles.$inferSelect;

/** "2022-08-02T09:40" (the meeting's wall clock) → "2022-08-02T09:40:00+07:00". */
export const zoned = (wall: string, tz: string): string => {
  const d = parseZoned(`${wall}:00`, tz);
  return d ? toZonedIso(d, tz) : `${wall}:00`;
};

/** The travel of the meeting's delegates who come (all but those refused accreditation). */
async function travelRows(db: Executor, meetingId: string): Promise<TravelRow[]> {
  const rows = await listDelegateRows(db, { meetingId });
  const time = (t: string | null) => (t ? t.slice(0, 5) : null);
  return rows
    .filter((r) => r.row.accreditationStatus !== "rejected")
    .map(({ row: r }) => ({
      delegateId: r.id,
      name: r.fullName,
      delegationId: r.delegationId,
      role: r.role,
      arrivalDate: r.arrivalDate,
      arrivalTime: time(r.arrivalTime),
      arrivalFlight: r.arrivalFlight,
      arrivalAirport: r.arrivalAirport,
      departureDate: r.departureDate,
      departureTime: time(r.departureTime),
      departureFlight: r.departureFlight,
      departureAirport: r.departureAirport,
    }));
}

/** Everything the transfers of a meeting are made of, read in a few queries. */
export async function transfersState(db: Executor, meeting: MeetingRow) {
  const [settings, travel, delegations, liaison, vehicles, allocations] = await Promise.all([
    settingsOf(db, meeting.id),
    travelRows(db, meeting.id),
    listDelegationsOf(db, meeting.id),
    liaisonOfDelegations(db, meeting.id),
    db
      .select()
      .from(transferVehicles)
      .where(eq(transferVehicles.meetingId, meeting.id))
      .orderBy(transferVehicles.label),
    db.select().from(transferAllocations).where(eq(transferAllocations.meetingId, meeting.id)),
  ]);
  const grouped = groupTransfers(travel, {
    windowMinutes: settings.transferWindowMinutes,
    departureLeadMinutes: DEPARTURE_LEAD_MINUTES,
  });
  const vehiclesOf = new Map<string, string[]>();
  for (const a of allocations) vehiclesOf.set(a.transferKey, [...(vehiclesOf.get(a.transferKey) ?? []), a.vehicleId]);
  return { settings, travel, delegations, liaison, vehicles, allocations, vehiclesOf, ...grouped };
}
type State = Awaited<ReturnType<typeof transfersState>>;

/** One derived transfer as the API sends it: people, vehicles with their passengers, liaison, seats and shortfall. */
export function presentTransfer(t: GroupedTransfer, s: State, tz: string): Transfer {
  const vehicleById = new Map(s.vehicles.map((v) => [v.id, v]));
  const vs = (s.vehiclesOf.get(t.key) ?? []).map((id) => vehicleById.get(id)).filter((v): v is VehicleRow => !!v);
  vs.sort((a, b) => a.label.localeCompare(b.label));
  const seating = seatPassengers(t.people, vs);
  const seatOf = new Map<string, string>();
  for (const [vid, ids] of seating.byVehicle) for (const id of ids) seatOf.set(id, vid);
  const delegationName = new Map(s.delegations.map((d) => [d.id, d.nameEn || d.nameVi]));
  const liaison = new Map<string, Transfer["liaison"][number]>();
  for (const p of t.people) {
    const l = s.liaison.get(p.delegationId);
    if (!l) continue;
    const x = liaison.get(l.officerId) ?? {
      officerId: l.officerId,
      name: l.fullName,
      phone: l.phone,
      delegationIds: [],
    };
    if (!x.delegationIds.includes(p.delegationId)) x.delegationIds.push(p.delegationId);
    liaison.set(l.officerId, x);
  }
  return {
    id: t.key,
    direction: t.direction,
    airport: t.airport,
    day: t.day,
    window: { from: zoned(t.from, tz), to: zoned(t.to, tz) },
    flights: [...new Set(t.people.map((p) => p.flight).filter((f): f is string => !!f))],
    people: t.people.map((p) => ({
      delegateId: p.delegateId,
      name: p.name,
      delegationId: p.delegationId,
      delegation: delegationName.get(p.delegationId) ?? "",
      role: p.role,
      flight: p.flight,
      time: zoned(p.flightAt, tz),
      pickUp: p.direction === "departure" ? zoned(p.at, tz) : null,
      vehicleId: seatOf.get(p.delegateId) ?? null,
    })),
    vehicles: vs.map((v) => ({
      id: v.id,
      label: v.label,
      kind: v.kind,
      seats: v.seats,
      driver: v.driverName,
      phone: v.driverPhone,
      plate: v.plate,
      passengers: seating.byVehicle.get(v.id)?.length ?? 0,
    })),
    liaison: [...liaison.values()],
    seats: vs.reduce((n, v) => n + v.seats, 0),
    shortBy: seating.leftOver.length,
  };
}

/** `GET /meetings/{id}/transfers?date=` — the day's (or every day's) arrivals and departures, by time. */
export async function listTransfers(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  q: { date?: string | undefined },
): Promise<Transfer[]> {
  const { meeting } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const s = await transfersState(ctx.db, meeting);
  return s.transfers.filter((t) => !q.date || t.day === q.date).map((t) => presentTransfer(t, s, meeting.timeZone));
}

/** The days with transfers, the delegates whose flights are too incomplete to place, and the settings used. */
export async function transferDays(ctx: Ctx, actor: Actor, meetingId: string): Promise<TransferDays> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const s = await transfersState(ctx.db, meeting);
  const days = new Map<string, { date: string; arrivals: number; departures: number }>();
  for (const t of s.transfers) {
    const d = days.get(t.day) ?? { date: t.day, arrivals: 0, departures: 0 };
    if (t.direction === "arrival") d.arrivals++;
    else d.departures++;
    days.set(t.day, d);
  }
  const name = new Map(s.travel.map((r) => [r.delegateId, r.name]));
  return {
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    incomplete: s.incomplete.map((i) => ({ ...i, name: name.get(i.delegateId) ?? "" })),
    canEdit: perms.manage,
    windowMinutes: s.settings.transferWindowMinutes,
    departureLeadMinutes: DEPARTURE_LEAD_MINUTES,
  };
}

/**
 * The delegates' flight changes still listed for transfers, each with the transfer the person was in (the current
 * transfer that would hold the old flight, or null when none would) and the one they are in now.
 */
export async function transferMoves(ctx: Ctx, actor: Actor, meetingId: string): Promise<TransferMove[]> {
  const { meeting } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const [s, changes] = await Promise.all([
    transfersState(ctx.db, meeting),
    changesOf(ctx.db, meeting.id, "transfers", false),
  ]);
  const window = s.settings.transferWindowMinutes;
  const nowOf = new Map<string, string>();
  for (const t of s.transfers) for (const p of t.people) nowOf.set(`${p.direction}|${p.delegateId}`, t.key);
  const travelOf = new Map(s.travel.map((r) => [r.delegateId, r]));
  const out: TransferMove[] = [];
  for (const c of changes) {
    if (c.kind !== "arrival" && c.kind !== "departure") continue;
    const direction: TransferDirection = c.kind;
    const d = c.delegateId ? travelOf.get(c.delegateId) : undefined;
    const v = (k: string) => {
      const x = c.before[`${direction}${k}`];
      return typeof x === "string" ? x : null;
    };
    const old = legsOf({
      ...(d ?? emptyTravel(c.delegateId ?? "", c.delegationId ?? "")),
      [`${direction}Date`]: v("Date"),
      [`${direction}Time`]: v("Time")?.slice(0, 5) ?? null,
      [`${direction}Flight`]: v("Flight"),
      [`${direction}Airport`]: v("Airport"),
    }).legs.find((l) => l.direction === direction);
    let before: string | null = null;
    if (old) {
      const m = atMinutes(old.at);
      const hit = s.transfers.find(
        (t) =>
          t.direction === direction &&
          t.airport === old.airport &&
          t.day === old.at.slice(0, 10) &&
          atMinutes(t.from) <= m &&
          m <= atMinutes(t.from) + window,
      );
      before = hit?.key ?? groupLegs([old], window).at(0)?.key ?? null;
    }
    out.push({
      changeId: c.id,
      delegateId: c.delegateId,
      name: c.delegateName,
      direction,
      before,
      after: c.delegateId ? (nowOf.get(`${direction}|${c.delegateId}`) ?? null) : null,
    });
  }
  return out;
}

const emptyTravel = (delegateId: string, delegationId: string): TravelRow => ({
  delegateId,
  name: "",
  delegationId,
  role: "member",
  arrivalDate: null,
  arrivalTime: null,
  arrivalFlight: null,
  arrivalAirport: null,
  departureDate: null,
  departureTime: null,
  departureFlight: null,
  departureAirport: null,
});

// --- vehicles

function presentVehicle(v: VehicleRow, s: { vehiclesOf: Map<string, string[]> } | null, canEdit: boolean): Vehicle {
  const transfers: string[] = [];
  if (s) for (const [key, ids] of s.vehiclesOf) if (ids.includes(v.id)) transfers.push(key);
  return {
    id: v.id,
    label: v.label,
    kind: v.kind,
    seats: v.seats,
    driverName: v.driverName,
    driverPhone: v.driverPhone,
    plate: v.plate,
    sample: v.sample,
    version: v.version,
    transfers: transfers.sort(),
    canEdit,
  };
}

export async function listVehicles(ctx: Ctx, actor: Actor, meetingId: string): Promise<Vehicle[]> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const [vehicles, allocations] = await Promise.all([
    ctx.db.select().from(transferVehicles).where(eq(transferVehicles.meetingId, meetingId)),
    ctx.db.select().from(transferAllocations).where(eq(transferAllocations.meetingId, meetingId)),
  ]);
  const vehiclesOf = new Map<string, string[]>();
  for (const a of allocations) vehiclesOf.set(a.transferKey, [...(vehiclesOf.get(a.transferKey) ?? []), a.vehicleId]);
  return vehicles
    .sort((a, b) => a.label.localeCompare(b.label, "vi", { numeric: true }))
    .map((v) => presentVehicle(v, { vehiclesOf }, perms.manage));
}

const clean = (s: string | null | undefined) => {
  const x = (s ?? "").trim();
  return x === "" ? null : x;
};

/** Inserts vehicles (the service and the seed): no check, the caller's transaction. */
export async function insertVehiclesTx(
  tx: Executor,
  meetingId: string,
  input: VehicleInput[],
  o: { sample?: boolean } = {},
): Promise<VehicleRow[]> {
  if (!input.length) return [];
  return tx
    .insert(transferVehicles)
    .values(
      input.map((v) => ({
        id: randomUUID(),
        meetingId,
        label: v.label.trim(),
        kind: v.kind,
        seats: v.seats,
        driverName: clean(v.driverName),
        driverPhone: clean(v.driverPhone),
        plate: clean(v.plate),
        sample: o.sample ?? false,
      })),
    )
    .returning();
}

/** Allocates vehicles to transfers (the service and the seed): no check, the caller's transaction. */
export async function insertAllocationsTx(
  tx: Executor,
  meetingId: string,
  rows: { transferKey: string; vehicleId: string }[],
): Promise<void> {
  if (rows.length)
    await tx
      .insert(transferAllocations)
      .values(rows.map((r) => ({ meetingId, ...r })))
      .onConflictDoNothing();
}

export async function createVehicle(ctx: Ctx, actor: Actor, meetingId: string, input: VehicleInput): Promise<Vehicle> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  if (!input.label.trim()) throw invalidFields([{ field: "label", rule: "required" }]);
  const row = await ctx.db.transaction(async (tx) => {
    const [v] = await insertVehiclesTx(tx, meetingId, [input]);
    if (!v) throw appError("INTERNAL");
    await audit(tx, actor, {
      action: "transfer_vehicle.create",
      entity: "transfer_vehicle",
      entityId: v.id,
      after: { label: v.label, kind: v.kind, seats: v.seats, plate: v.plate, driverName: v.driverName },
    });
    return v;
  });
  return presentVehicle(row, null, true);
}

async function vehicleOf(db: Executor, meetingId: string, vehicleId: string): Promise<VehicleRow> {
  const [v] = await db
    .select()
    .from(transferVehicles)
    .where(and(eq(transferVehicles.id, vehicleId), eq(transferVehicles.meetingId, meetingId)));
  if (!v) throw transferErrors.VEHICLE_NOT_FOUND();
  return v;
}

export async function updateVehicle(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  vehicleId: string,
  patch: VehiclePatch,
): Promise<Vehicle> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  if (patch.label !== undefined && !patch.label.trim()) throw invalidFields([{ field: "label", rule: "required" }]);
  const row = await ctx.db.transaction(async (tx) => {
    const before = await vehicleOf(tx, meetingId, vehicleId);
    if (before.version !== patch.version) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    const set: Partial<VehicleRow> = {};
    if (patch.label !== undefined) set.label = patch.label.trim();
    if (patch.kind !== undefined) set.kind = patch.kind;
    if (patch.seats !== undefined) set.seats = patch.seats;
    if (patch.driverName !== undefined) set.driverName = clean(patch.driverName);
    if (patch.driverPhone !== undefined) set.driverPhone = clean(patch.driverPhone);
    if (patch.plate !== undefined) set.plate = clean(patch.plate);
    const [after] = await tx
      .update(transferVehicles)
      .set({ ...set, version: sql`${transferVehicles.version} + 1` })
      .where(eq(transferVehicles.id, vehicleId))
      .returning();
    if (!after) throw appError("INTERNAL");
    await audit(tx, actor, {
      action: "transfer_vehicle.update",
      entity: "transfer_vehicle",
      entityId: vehicleId,
      before: pickVehicle(before),
      after: pickVehicle(after),
    });
    return after;
  });
  return presentVehicle(row, null, true);
}

const pickVehicle = (v: VehicleRow) => ({
  label: v.label,
  kind: v.kind,
  seats: v.seats,
  driverName: v.driverName,
  driverPhone: v.driverPhone,
  plate: v.plate,
});

/** Deletes a vehicle and its allocations (the transfers it served then show their shortfall). Audited. */
export async function deleteVehicle(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  vehicleId: string,
): Promise<{ ok: true }> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  await ctx.db.transaction(async (tx) => {
    const before = await vehicleOf(tx, meetingId, vehicleId);
    const allocated = await tx.select().from(transferAllocations).where(eq(transferAllocations.vehicleId, vehicleId));
    await tx.delete(transferAllocations).where(eq(transferAllocations.vehicleId, vehicleId));
    await tx.delete(transferVehicles).where(eq(transferVehicles.id, vehicleId));
    await audit(tx, actor, {
      action: "transfer_vehicle.delete",
      entity: "transfer_vehicle",
      entityId: vehicleId,
      before: { ...pickVehicle(before), transfers: allocated.map((a) => a.transferKey) },
    });
  });
  return { ok: true };
}

// --- allocation

/** Each vehicle's busy times from the allocations (only the transfers that still exist). */
function busyMap(s: State) {
  const byKey = new Map(s.transfers.map((t) => [t.key, t]));
  const busy = new Map<string, { key: string; interval: [number, number] }[]>();
  for (const a of s.allocations) {
    const t = byKey.get(a.transferKey);
    if (!t) continue;
    busy.set(a.vehicleId, [...(busy.get(a.vehicleId) ?? []), { key: t.key, interval: busyInterval(t) }]);
  }
  return busy;
}

/** Adds a vehicle to a transfer; refused when it serves another transfer at an overlapping time. Audited. */
export async function addAllocation(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  transferId: string,
  vehicleId: string,
): Promise<Transfer> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  return ctx.db.transaction(async (tx) => {
    const vehicle = await vehicleOf(tx, meetingId, vehicleId);
    const s = await transfersState(tx, meeting);
    const t = s.transfers.find((x) => x.key === transferId);
    if (!t) throw transferErrors.TRANSFER_NOT_FOUND();
    if ((s.vehiclesOf.get(t.key) ?? []).includes(vehicleId))
      throw transferErrors.VEHICLE_ALREADY_ALLOCATED({ vehicle: vehicle.label });
    const span = busyInterval(t);
    const clash = (busyMap(s).get(vehicleId) ?? []).find(
      (b) => b.key !== t.key && b.interval[0] < span[1] && span[0] < b.interval[1],
    );
    if (clash) throw transferErrors.VEHICLE_BUSY({ vehicle: vehicle.label, other: clash.key });
    await insertAllocationsTx(tx, meetingId, [{ transferKey: t.key, vehicleId }]);
    await audit(tx, actor, {
      action: "transfer_allocation.add",
      entity: "transfer",
      entityId: t.key,
      after: { vehicle: vehicle.label, vehicleId },
    });
    s.vehiclesOf.set(t.key, [...(s.vehiclesOf.get(t.key) ?? []), vehicleId]);
    return presentTransfer(t, s, meeting.timeZone);
  });
}

/**
 * Removes a vehicle from a transfer. Allowed even when it leaves people without a seat: the transfer then carries its
 * shortfall (`shortBy`), which the page shows as a warning until another vehicle is allocated. Audited.
 */
export async function removeAllocation(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  transferId: string,
  vehicleId: string,
): Promise<{ ok: true }> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  await ctx.db.transaction(async (tx) => {
    const vehicle = await vehicleOf(tx, meetingId, vehicleId);
    const gone = await tx
      .delete(transferAllocations)
      .where(
        and(
          eq(transferAllocations.meetingId, meetingId),
          eq(transferAllocations.transferKey, transferId),
          eq(transferAllocations.vehicleId, vehicleId),
        ),
      )
      .returning();
    if (!gone.length) throw transferErrors.NOT_ALLOCATED();
    await audit(tx, actor, {
      action: "transfer_allocation.remove",
      entity: "transfer",
      entityId: transferId,
      before: { vehicle: vehicle.label, vehicleId },
    });
  });
  return { ok: true };
}

/**
 * "Allocate automatically" for one day: for each of the day's transfers by time, adds free vehicles until nobody is
 * left over (see `chooseVehicles`); keeps what is already allocated. Reports the transfers still short. Audited once.
 */
export async function autoAllocate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  date: string,
): Promise<AutoAllocateResult> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  return ctx.db.transaction(async (tx) => {
    const r = await autoAllocateTx(tx, meeting, date);
    if (r.added)
      await audit(tx, actor, {
        action: "transfer_allocation.auto",
        entity: "meeting",
        entityId: meetingId,
        after: { date, allocations: r.added, short: r.short.length },
      });
    return r;
  });
}

/** Automatic allocation for one day, unchecked, in the caller's transaction (the service and the seed). */
export async function autoAllocateTx(tx: Executor, meeting: MeetingRow, date: string): Promise<AutoAllocateResult> {
  const s = await transfersState(tx, meeting);
  const busy = busyMap(s);
  const fleet = s.vehicles.map((v) => ({ id: v.id, seats: v.seats, label: v.label }));
  const added: { transferKey: string; vehicleId: string }[] = [];
  const short: AutoAllocateResult["short"] = [];
  for (const t of s.transfers.filter((x) => x.day === date)) {
    const current = s.vehiclesOf.get(t.key) ?? [];
    const r = chooseVehicles(t, fleet, current, busy);
    for (const id of r.add) {
      added.push({ transferKey: t.key, vehicleId: id });
      busy.set(id, [...(busy.get(id) ?? []), { key: t.key, interval: busyInterval(t) }]);
    }
    if (r.leftOver) short.push({ id: t.key, shortBy: r.leftOver });
  }
  await insertAllocationsTx(tx, meeting.id, added);
  return { added: added.length, short };
}

// --- shuttles

/**
 * Hotel ↔ venue shuttles: per session day and hotel, the people attending that day's sessions and when to leave
 * (the first session they attend minus the meeting's shuttle minutes); the site visit and the cultural evening each
 * get their own. Read from the stays (lodging) and the delegates' sessions.
 */
export async function listShuttles(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  q: { date?: string | undefined },
): Promise<Shuttle[]> {
  const { meeting } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const tz = meeting.timeZone;
  const [settings, rows, sessions, hotels, hotelOf] = await Promise.all([
    settingsOf(ctx.db, meetingId),
    listDelegateRows(ctx.db, { meetingId }),
    listSessionsOf(ctx.db, meeting),
    hotelsOf(ctx.db, meetingId),
    hotelOfDelegates(ctx.db, meetingId),
  ]);
  const wall = (iso: string) => iso.slice(0, 16);
  const byId = new Map(sessions.map((x) => [x.id, x]));
  const hotelName = new Map(hotels.map((h) => [h.id, h.name]));
  const plan = planShuttles(
    sessions.map((x) => ({ id: x.id, kind: x.kind, start: wall(x.start), title: x.titleEn })),
    rows
      .filter((r) => r.row.accreditationStatus !== "rejected")
      .map((r) => ({ delegateId: r.row.id, sessionIds: r.sessionIds })),
    hotelOf,
    settings.shuttleMinutes,
  );
  return plan
    .filter((p) => !q.date || p.day === q.date)
    .map((p) => {
      const session = byId.get(p.sessionId);
      if (!session) throw appError("INTERNAL");
      return {
        kind: p.kind,
        day: p.day,
        sessionId: p.sessionId,
        sessionTitleVi: session.titleVi,
        sessionTitleEn: session.titleEn,
        sessionStart: session.start,
        departAt: zoned(p.departAt, tz),
        hotelId: p.hotelId,
        hotelName: p.hotelId ? (hotelName.get(p.hotelId) ?? null) : null,
        people: p.people,
      };
    });
}
