/**
 * What other modules read of the security checklists (no permission check: the caller has checked its own). The
 * organising committee's readiness page shows each venue's and hotel's readiness (`placesReadinessOf`).
 */
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { PlaceReadiness } from "../../../shared/schemas/security.js";
import { hotelsOf } from "../lodging/repo.js";
import { meetingVenueRows } from "../meetings/repo.js";
import { placeReadiness, type ReadinessItem } from "./readiness.js";
import { securityChecklists, securityItems } from "./schema.js";

export interface Place {
  kind: "venue" | "hotel";
  id: string;
  nameVi: string;
  nameEn: string;
}

/** The meeting's venues (by Vietnamese name) then its hotels (by name): the places a checklist is kept for. */
export async function placesOf(db: Executor, meetingId: string): Promise<Place[]> {
  const [vs, hs] = await Promise.all([meetingVenueRows(db, meetingId), hotelsOf(db, meetingId)]);
  return [
    ...vs.map((v) => ({ kind: "venue" as const, ...v })),
    ...hs.map((h) => ({ kind: "hotel" as const, id: h.id, nameVi: h.name, nameEn: h.name })),
  ];
}

/** Each place's readiness from its items (grouped by place; `items` carry their checklist's place). */
export function readinessOfPlaces(
  places: readonly Place[],
  items: readonly (ReadinessItem & { placeId: string })[],
  now: Date,
): PlaceReadiness[] {
  const byPlace = new Map<string, ReadinessItem[]>();
  for (const i of items) {
    const list = byPlace.get(i.placeId) ?? [];
    list.push(i);
    byPlace.set(i.placeId, list);
  }
  return places.map((p) => ({ ...p, ...placeReadiness(byPlace.get(p.id) ?? [], now) }));
}

/** Every item of the meeting's checklists with the place it is kept for (one query). */
export async function itemsWithPlace(db: Executor, meetingId: string) {
  const rows = await db
    .select({
      status: securityItems.status,
      dueAt: securityItems.dueAt,
      venueId: securityChecklists.venueId,
      hotelId: securityChecklists.hotelId,
    })
    .from(securityItems)
    .innerJoin(securityChecklists, eq(securityChecklists.id, securityItems.checklistId))
    .where(eq(securityChecklists.meetingId, meetingId));
  return rows.map((r) => ({ status: r.status, dueAt: r.dueAt, placeId: (r.venueId ?? r.hotelId)! }));
}

/** The readiness of each venue and hotel of a meeting at `now` (signed off / total, overdue, a status word). */
export async function placesReadinessOf(db: Executor, meetingId: string, now = new Date()): Promise<PlaceReadiness[]> {
  const [places, items] = await Promise.all([placesOf(db, meetingId), itemsWithPlace(db, meetingId)]);
  return readinessOfPlaces(places, items, now);
}
