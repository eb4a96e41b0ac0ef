import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit } from "../audit/service.js";
import { type DelegateChangeListener, onDelegateChange } from "../meetings/delegates-write.js";
import { listDelegationsOf } from "../meetings/delegations.js";
import { type LogisticsArea, type TravelChangeKind, areasOfChange } from "../../../shared/logistics.js";
import type { TravelChange } from "../../../shared/schemas/logistics.js";
import { type TravelValues, logisticsChangeAcks, logisticsChanges } from "./schema.js";
import { logisticsErrors } from "./errors.js";
import { type LogisticsPermissions, requireLogistics } from "./policy.js";

const watchedKinds = ["arrival", "departure", "hotel", "diet"] as const;
/** The delegate fields each kind of change watches. */
const watched: Record<(typeof watchedKinds)[number], readonly string[]> = {
  arrival: ["arrivalDate", "arrivalTime", "arrivalFlight", "arrivalAirport"],
  departure: ["departureDate", "departureTime", "departureFlight", "departureAirport"],
  hotel: ["hotel"],
  diet: ["dietary"],
};

type Values = TravelValues;
/** Travel fields are text, dates ("YYYY-MM-DD") and times ("HH:MM:SS") as the driver returns them. */
const asText = (v: unknown): string | null =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : v instanceof Date ? v.toISOString() : null;
const pick = (row: Record<string, unknown>, fields: readonly string[]): Values =>
  Object.fromEntries(fields.map((f) => [f, asText(row[f])]));
const same = (a: Values, b: Values) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The meetings module's change listener: a delegate's changed arrival, departure, hotel, diet or sessions — or their
 * removal — becomes a row each area lists until it acknowledges it. Runs in the writer's transaction.
 */
export const recordTravelChange: DelegateChangeListener = async (tx, actor, { meetingId, before, after }) => {
  const rows: (typeof logisticsChanges.$inferInsert)[] = [];
  const base = {
    meetingId,
    delegateId: after ? after.id : null,
    delegateName: before.fullName,
    delegationId: before.delegationId,
    changedBy: actor?.id ?? null,
  };
  const add = (kind: TravelChangeKind, b: Values, a: Values) =>
    rows.push({ id: randomUUID(), ...base, kind, areas: [...areasOfChange[kind]], before: b, after: a });
  if (!after) {
    add("removed", pick(before, [...watched.arrival, ...watched.departure, "hotel"]), {});
  } else {
    for (const kind of watchedKinds) {
      const b = pick(before, watched[kind]);
      const a = pick(after, watched[kind]);
      if (!same(b, a)) add(kind, b, a);
    }
    const bs = [...before.sessionIds].sort();
    const now = [...after.sessionIds].sort();
    if (bs.join() !== now.join()) add("sessions", { sessionIds: bs }, { sessionIds: now });
  }
  if (rows.length) await tx.insert(logisticsChanges).values(rows);
};
onDelegateChange(recordTravelChange);

/** The changes an area has to act on (newest first); with `all`, the acknowledged ones too. */
export async function listChanges(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  q: { area: LogisticsArea; all?: boolean },
): Promise<TravelChange[]> {
  await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  return changesOf(ctx.db, meetingId, q.area, q.all ?? false);
}

/** For the areas' own pages and tests: the changes touching `area` (unacknowledged unless `all`). No permission check. */
export async function changesOf(
  db: Executor,
  meetingId: string,
  area: LogisticsArea,
  all: boolean,
): Promise<TravelChange[]> {
  const touching = await db
    .select()
    .from(logisticsChanges)
    .where(
      and(
        eq(logisticsChanges.meetingId, meetingId),
        sql`${logisticsChanges.areas} @> ${JSON.stringify([area])}::jsonb`,
      ),
    )
    .orderBy(desc(logisticsChanges.changedAt))
    .limit(1000);
  if (!touching.length) return [];
  const acks = await db
    .select()
    .from(logisticsChangeAcks)
    .where(
      inArray(
        logisticsChangeAcks.changeId,
        touching.map((r) => r.id),
      ),
    );
  const ackedBy = new Map<string, LogisticsArea[]>();
  for (const a of acks) ackedBy.set(a.changeId, [...(ackedBy.get(a.changeId) ?? []), a.area]);
  const names = new Map((await listDelegationsOf(db, meetingId)).map((d) => [d.id, d.nameEn || d.nameVi]));
  return touching
    .filter((r) => all || !(ackedBy.get(r.id) ?? []).includes(area))
    .map((r) => ({
      id: r.id,
      delegateId: r.delegateId,
      delegateName: r.delegateName,
      delegationId: r.delegationId,
      delegationName: (r.delegationId && names.get(r.delegationId)) || "",
      kind: r.kind,
      before: r.before,
      after: r.after,
      changedAt: r.changedAt.toISOString(),
      changedBy: r.changedBy,
      areas: r.areas,
      acknowledged: ackedBy.get(r.id) ?? [],
    }));
}

/** Marks a change dealt with for one area (those who keep that area). Audited; acknowledging twice changes nothing. */
export async function acknowledgeChange(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  changeId: string,
  area: LogisticsArea,
): Promise<{ ok: true }> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(keepsArea(perms, area));
  await ctx.db.transaction(async (tx: Tx) => {
    const [row] = await tx
      .select()
      .from(logisticsChanges)
      .where(and(eq(logisticsChanges.id, changeId), eq(logisticsChanges.meetingId, meetingId)));
    if (!row || !row.areas.includes(area)) throw logisticsErrors.CHANGE_NOT_FOUND();
    const done = await tx
      .insert(logisticsChangeAcks)
      .values({ changeId, area, ackBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (done.length)
      await audit(tx, actor, {
        action: "logistics_change.ack",
        entity: "logistics_change",
        entityId: changeId,
        after: { area, kind: row.kind, name: row.delegateName },
      });
  });
  return { ok: true };
}

/** Who keeps an area (and so acknowledges its changes): the logistics keepers, for all four. */
export function keepsArea(p: LogisticsPermissions, _area: LogisticsArea): boolean {
  return p.manage;
}
