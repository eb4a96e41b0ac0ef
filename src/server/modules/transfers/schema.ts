import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { VehicleKind } from "../../../shared/logistics.js";
import { meetings } from "../meetings/schema.js";

/**
 * Vehicles and their use (issue 14, point 3). Transfers themselves are derived from the delegates' flights (grouped
 * by airport, terminal and time window); what is kept is the fleet and which vehicle serves which transfer.
 * Tables prefixed `transfer_`.
 */
export const transferVehicles = pgTable(
  "transfer_vehicles",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    label: text("label").notNull(),
    kind: text("kind").$type<VehicleKind>().notNull().default("car"),
    /** Passenger seats (the driver's not counted). */
    seats: integer("seats").notNull(),
    driverName: text("driver_name"),
    driverPhone: text("driver_phone"),
    plate: text("plate"),
    sample: boolean("sample").notNull().default(false),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("transfer_vehicles_meeting_idx").on(t.meetingId)],
);

/** A vehicle serving one derived transfer (its stable key: direction, day, airport, terminal and window start). */
export const transferAllocations = pgTable(
  "transfer_allocations",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    transferKey: text("transfer_key").notNull(),
    vehicleId: uuid("vehicle_id")
      .notNull()
      .references(() => transferVehicles.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.transferKey, t.vehicleId] }),
    index("transfer_allocations_meeting_idx").on(t.meetingId),
  ],
);
