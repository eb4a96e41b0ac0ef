import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { MealKind } from "../../../shared/logistics.js";
import { meetingSessions, meetings } from "../meetings/schema.js";

/**
 * Meal events (issue 14, point 4): lunches, the welcome dinner, coffee breaks, linked to the programme. Counts are
 * derived from who attends the linked sessions, by dietary need, until the cut-off; then they are frozen here.
 * Tables prefixed `meal_`.
 */
export const mealEvents = pgTable("meal_events", {
  id: uuid("id").primaryKey(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id),
  kind: text("kind").$type<MealKind>().notNull(),
  nameVi: text("name_vi").notNull(),
  nameEn: text("name_en").notNull().default(""),
  startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
  place: text("place"),
  /** After this moment the counts stop following registrations (the kitchen's deadline). */
  cutoffAt: timestamp("cutoff_at", { withTimezone: true }),
  /** The counts as they stood at the cut-off (set by the first read after it). */
  frozenCounts: jsonb("frozen_counts").$type<Record<string, number>>(),
  /** When the counts were frozen, and who ate then with their needs (delegate id → needs), to tell what changed. */
  frozenAt: timestamp("frozen_at", { withTimezone: true }),
  frozenRoster: jsonb("frozen_roster").$type<Record<string, string>>(),
  sample: boolean("sample").notNull().default(false),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const mealSessions = pgTable(
  "meal_sessions",
  {
    mealId: uuid("meal_id")
      .notNull()
      .references(() => mealEvents.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => meetingSessions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.mealId, t.sessionId] })],
);
