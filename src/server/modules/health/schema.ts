import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { HealthEntryKind } from "../../../shared/logistics.js";
import type { HealthScreening } from "../../../shared/schemas/health.js";
import { users } from "../people/schema.js";
import { delegates, meetings } from "../meetings/schema.js";

/**
 * The health log (issue 14, point 6): health events of each delegate during the meeting and, while an epidemic
 * scenario is active, the screening records it asks for. Read and written by the meeting's health officers only;
 * purged with the meeting's personal data. Tables prefixed `health_`.
 */
export const healthEntries = pgTable(
  "health_entries",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegateId: uuid("delegate_id")
      .notNull()
      .references(() => delegates.id, { onDelete: "cascade" }),
    kind: text("kind").$type<HealthEntryKind>().notNull().default("event"),
    at: timestamp("at", { withTimezone: true }).notNull(),
    what: text("what").notNull(),
    action: text("action").notNull().default(""),
    followUp: text("follow_up"),
    /** A screening's answers (temperature, symptoms, test result…), as the active scenario asks. */
    screening: jsonb("screening").$type<HealthScreening>(),
    /** The health officer lets other roles see "needs medical attention: yes" for this delegate. */
    shareNeedsAttention: boolean("share_needs_attention").notNull().default(false),
    /** Invented demo entry. */
    sample: boolean("sample").notNull().default(false),
    recordedBy: uuid("recorded_by").references(() => users.id),
    /** The health officer's name as it was when they wrote the entry (shown in the log and the export). */
    recordedByName: text("recorded_by_name"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("health_entries_delegate_idx").on(t.delegateId), index("health_entries_meeting_idx").on(t.meetingId)],
);

/** An epidemic scenario (from the Ministry of Health's plan): while active, screenings ask for its fields. */
export const healthScenarios = pgTable("health_scenarios", {
  id: uuid("id").primaryKey(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id),
  nameVi: text("name_vi").notNull(),
  nameEn: text("name_en").notNull().default(""),
  /** What each screening records ("temperature", "symptoms", "rapid_test"). */
  fields: jsonb("fields").$type<string[]>().notNull().default([]),
  active: boolean("active").notNull().default(false),
  version: integer("version").notNull().default(1),
});
