import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { RoomType } from "../../../shared/logistics.js";
import { delegates, meetings } from "../meetings/schema.js";

/**
 * Hotels, their room blocks and who stays where (issue 14, point 2). The nights of a stay come from the delegate's
 * arrival and departure dates (the delegation record), never typed twice. Tables prefixed `lodging_`.
 */
export const lodgingHotels = pgTable("lodging_hotels", {
  id: uuid("id").primaryKey(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id),
  name: text("name").notNull(),
  address: text("address").notNull().default(""),
  phone: text("phone"),
  email: text("email"),
  /** The contract's first and last night. */
  contractFrom: date("contract_from", { mode: "string" }).notNull(),
  contractTo: date("contract_to", { mode: "string" }).notNull(),
  /** The hotel must register foreign guests' passports: only then does its rooming list carry them (audited). */
  needsPassports: boolean("needs_passports").notNull().default(false),
  sample: boolean("sample").notNull().default(false),
  version: integer("version").notNull().default(1),
});

/** Rooms of one type held for one night. */
export const lodgingBlocks = pgTable(
  "lodging_blocks",
  {
    id: uuid("id").primaryKey(),
    hotelId: uuid("hotel_id")
      .notNull()
      .references(() => lodgingHotels.id, { onDelete: "cascade" }),
    night: date("night", { mode: "string" }).notNull(),
    roomType: text("room_type").$type<RoomType>().notNull(),
    rooms: integer("rooms").notNull(),
  },
  (t) => [uniqueIndex("lodging_blocks_key").on(t.hotelId, t.night, t.roomType)],
);

/** Where a delegate sleeps: a hotel and room type; delegates with the same `roomKey` share one room. */
export const lodgingStays = pgTable(
  "lodging_stays",
  {
    delegateId: uuid("delegate_id")
      .primaryKey()
      .references(() => delegates.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    hotelId: uuid("hotel_id")
      .notNull()
      .references(() => lodgingHotels.id),
    roomType: text("room_type").$type<RoomType>().notNull(),
    roomKey: text("room_key"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("lodging_stays_hotel_idx").on(t.hotelId)],
);
