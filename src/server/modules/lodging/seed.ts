import type { Db, Tx } from "../../db/client.js";
import { demoIds } from "../../seed/ids.js";
import { roomTypes, type RoomType } from "../../../shared/logistics.js";
import { assignStays } from "./assign.js";
import { daysBetween } from "./rooming.js";
import { insertHotelTx, loadRooming, replaceBlocksTx, upsertStaysTx } from "./service.js";

/** The demo hotels' fixed ids (the authorization walk exports the JW Marriott's list). */
export const lodgingDemoIds = {
  /** JW Marriott Hotel Hanoi, beside the National Convention Center; needs no passports on its list. */
  hotelMarriott: "0a0c5321-0000-4000-8000-00000000e001",
  /** InterContinental Hanoi Landmark72; registers its foreign guests' passports. */
  hotelLandmark: "0a0c5321-0000-4000-8000-00000000e002",
} as const;

/** Rooms held per night (1–7 August 2022) by type. */
const marriottRooms: Record<RoomType, number> = { single: 16, double: 2, twin: 6, suite: 8 };
const landmarkRooms: Record<RoomType, number> = { single: 14, double: 2, twin: 8, suite: 8 };

/**
 * ACCSM 21's demo data for this area (issue 14, point 7): two hotels near the National Convention Center (Mễ Trì,
 * Hà Nội) with contracts and room blocks for the nights of 1–7 August 2022, and a room for every travelling foreign
 * delegate placed the way "assign automatically" does — heads in suites, a delegation in one hotel, twins shared
 * within a delegation once the singles run out. Sample data (`sample: true`).
 */
export async function seedLodging(db: Db): Promise<void> {
  const M = demoIds.meetingAccsm21;
  await db.transaction(async (tx: Tx) => {
    const nights = daysBetween("2022-08-01", "2022-08-07");
    const specs = [
      {
        id: lodgingDemoIds.hotelMarriott,
        name: "JW Marriott Hotel Hanoi",
        address: "8 Đỗ Đức Dục, Mễ Trì, Nam Từ Liêm, Hà Nội",
        phone: "+84 24 0000 1001",
        email: "groups.jwhanoi@example.org",
        needsPassports: false,
        rooms: marriottRooms,
      },
      {
        id: lodgingDemoIds.hotelLandmark,
        name: "InterContinental Hanoi Landmark72",
        address: "Keangnam Hanoi Landmark Tower, Phạm Hùng, Nam Từ Liêm, Hà Nội",
        phone: "+84 24 0000 1002",
        email: "reservations.landmark72@example.org",
        needsPassports: true,
        rooms: landmarkRooms,
      },
    ];
    for (const s of specs) {
      const h = await insertHotelTx(tx, M, {
        id: s.id,
        name: s.name,
        address: s.address,
        phone: s.phone,
        email: s.email,
        contractFrom: "2022-08-01",
        contractTo: "2022-08-07",
        needsPassports: s.needsPassports,
        sample: true,
      });
      await replaceBlocksTx(
        tx,
        h,
        nights.flatMap((night) => roomTypes.map((roomType) => ({ night, roomType, rooms: s.rooms[roomType] }))),
      );
    }
    const { input } = await loadRooming(tx, M);
    await upsertStaysTx(tx, M, assignStays(input).stays);
  });
}
