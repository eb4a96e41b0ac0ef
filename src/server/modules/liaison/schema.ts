import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { LanguageLevel, OfficerKind } from "../../../shared/logistics.js";
import { users } from "../people/schema.js";
import { delegations, meetings } from "../meetings/schema.js";

/**
 * Liaison officers and volunteers of a hosted meeting (issue 14, point 1; seed 000: "chosen for their foreign
 * languages, quick and flexible, trained on the event and on Viet Nam"). Tables prefixed `liaison_`.
 */
export const liaisonOfficers = pgTable(
  "liaison_officers",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    kind: text("kind").$type<OfficerKind>().notNull().default("liaison"),
    fullName: text("full_name").notNull(),
    /** Their unit or school ("Vụ Hợp tác quốc tế", "Đại học Hà Nội"). */
    unit: text("unit").notNull().default(""),
    phone: text("phone"),
    email: text("email"),
    /** Their Focal account (a `liaison_officer` grant in the meeting), once they have one. */
    userId: uuid("user_id").references(() => users.id),
    /** Languages with a level: ISO 639-1 codes ("en", "th"). */
    languages: jsonb("languages").$type<{ code: string; level: LanguageLevel }[]>().notNull().default([]),
    /** Days (ISO dates) they are available; empty = every day of the meeting. */
    availableDays: jsonb("available_days").$type<string[]>().notNull().default([]),
    notes: text("notes"),
    sample: boolean("sample").notNull().default(false),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("liaison_officers_meeting_idx").on(t.meetingId)],
);

/** A training the committee schedules for its liaison officers and volunteers. */
export const liaisonTrainings = pgTable("liaison_trainings", {
  id: uuid("id").primaryKey(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id),
  titleVi: text("title_vi").notNull(),
  titleEn: text("title_en").notNull().default(""),
  startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
  endsAt: timestamp("ends_at", { withTimezone: true }),
  place: text("place"),
  version: integer("version").notNull().default(1),
});

/** Who was invited to a training and whether they attended. */
export const liaisonAttendance = pgTable(
  "liaison_attendance",
  {
    trainingId: uuid("training_id")
      .notNull()
      .references(() => liaisonTrainings.id, { onDelete: "cascade" }),
    officerId: uuid("officer_id")
      .notNull()
      .references(() => liaisonOfficers.id, { onDelete: "cascade" }),
    attended: boolean("attended").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.trainingId, t.officerId] })],
);

/** The liaison officer who accompanies a delegation (one per delegation; an officer may carry several). */
export const liaisonAssignments = pgTable(
  "liaison_assignments",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    officerId: uuid("officer_id")
      .notNull()
      .references(() => liaisonOfficers.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("liaison_assignments_delegation_key").on(t.delegationId)],
);

/** Each notice sent to a delegation's contact naming their liaison officer (the record of sending). */
export const liaisonNotices = pgTable(
  "liaison_notices",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    officerId: uuid("officer_id").references(() => liaisonOfficers.id, { onDelete: "set null" }),
    toEmail: text("to_email").notNull(),
    /** The officer's name and phone as the notice gave them: a change of either sends a new notice. */
    officerName: text("officer_name").notNull().default(""),
    officerPhone: text("officer_phone"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    sentBy: uuid("sent_by").references(() => users.id),
  },
  (t) => [index("liaison_notices_delegation_idx").on(t.delegationId)],
);
