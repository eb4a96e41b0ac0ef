import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { LogisticsArea, TravelChangeKind } from "../../../shared/logistics.js";
import { users } from "../people/schema.js";
import { delegations, meetings } from "../meetings/schema.js";

/**
 * What the logistics areas share (issue 14): the meeting's logistics settings, and the log of changes to delegates'
 * travel (flights, dates, hotel, diet, sessions) that each area lists until it has acknowledged them — so a changed
 * flight shows who must be told. Tables are prefixed `logistics_`; only this module writes them.
 */

/** A change's values: travel fields as text (or null), session ids as a list. */
export type TravelValues = Record<string, string | null | string[]>;

/** One row per meeting, created on first write; defaults hold until then. */
export const logisticsSettings = pgTable("logistics_settings", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id),
  /** Arrivals (departures) at one airport within this many minutes of the first share a transfer. */
  transferWindowMinutes: integer("transfer_window_minutes").notNull().default(60),
  /** The head of each delegation is told their liaison officer this many days before the delegation arrives. */
  liaisonNoticeDays: integer("liaison_notice_days").notNull().default(7),
  /** Minutes the shuttle takes from a hotel to the venue (it leaves this long before the day's first session). */
  shuttleMinutes: integer("shuttle_minutes").notNull().default(30),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A change to a delegate that moves logistics: recorded in the same transaction as the delegate's update (the
 * meetings module's change listener), with what it was and what it is. `areas` are the areas it touches; each
 * area acknowledges it separately (`logistics_change_acks`).
 */
export const logisticsChanges = pgTable(
  "logistics_changes",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    /** The delegate (null once deleted; the name stays). */
    delegateId: uuid("delegate_id"),
    delegateName: text("delegate_name").notNull(),
    delegationId: uuid("delegation_id").references(() => delegations.id, { onDelete: "cascade" }),
    kind: text("kind").$type<TravelChangeKind>().notNull(),
    areas: jsonb("areas").$type<LogisticsArea[]>().notNull(),
    before: jsonb("before").$type<TravelValues>().notNull(),
    after: jsonb("after").$type<TravelValues>().notNull(),
    changedBy: uuid("changed_by").references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("logistics_changes_meeting_idx").on(t.meetingId, t.changedAt)],
);

export const logisticsChangeAcks = pgTable(
  "logistics_change_acks",
  {
    changeId: uuid("change_id")
      .notNull()
      .references(() => logisticsChanges.id, { onDelete: "cascade" }),
    area: text("area").$type<LogisticsArea>().notNull(),
    ackBy: uuid("ack_by").references(() => users.id),
    ackAt: timestamp("ack_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.changeId, t.area] })],
);
