/**
 * What other modules read of hotels and stays (no permission check: the caller has checked its own). Transfers plan
 * the hotel–venue shuttles from the stays; the security checklists name the hotels.
 */
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { lodgingHotels, lodgingStays } from "./schema.js";

export type HotelRow = typeof lodgingHotels.$inferSelect;

/** The meeting's hotels, by name. */
export async function hotelsOf(db: Executor, meetingId: string): Promise<HotelRow[]> {
  return db.select().from(lodgingHotels).where(eq(lodgingHotels.meetingId, meetingId)).orderBy(lodgingHotels.name);
}

/** Which hotel each delegate of a meeting stays at (those with a stay), by delegate id. */
export async function hotelOfDelegates(db: Executor, meetingId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ delegateId: lodgingStays.delegateId, hotelId: lodgingStays.hotelId })
    .from(lodgingStays)
    .where(eq(lodgingStays.meetingId, meetingId));
  return new Map(rows.map((r) => [r.delegateId, r.hotelId]));
}
