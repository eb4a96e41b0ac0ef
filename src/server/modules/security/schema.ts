import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "../../db/columns.js";
import type { CheckItemStatus, CheckPlaceKind } from "../../../shared/logistics.js";
import { users } from "../people/schema.js";
import { meetings, venues } from "../meetings/schema.js";
import { lodgingHotels } from "../lodging/schema.js";

/**
 * Security and safety at the venues and hotels (issue 14, point 5; seed 000: security and order, fire safety,
 * escorting, food safety): checklists from templates, their items signed off by a security officer, and the incident
 * log. Tables prefixed `security_`.
 */
export const securityChecklists = pgTable(
  "security_checklists",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    placeKind: text("place_kind").$type<CheckPlaceKind>().notNull(),
    venueId: uuid("venue_id").references(() => venues.id, { onDelete: "cascade" }),
    hotelId: uuid("hotel_id").references(() => lodgingHotels.id, { onDelete: "cascade" }),
    /** The template it was made from ("fire_safety", "access_control", …), null when made by hand. */
    templateKey: text("template_key"),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull().default(""),
    /** Invented demo data. */
    sample: boolean("sample").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("security_checklists_meeting_idx").on(t.meetingId)],
);

export const securityItems = pgTable(
  "security_items",
  {
    id: uuid("id").primaryKey(),
    checklistId: uuid("checklist_id")
      .notNull()
      .references(() => securityChecklists.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    textVi: text("text_vi").notNull(),
    textEn: text("text_en").notNull().default(""),
    /** Who answers for it: a name and a phone, as written. */
    responsible: text("responsible"),
    dueAt: timestamp("due_at", { withTimezone: true }),
    status: text("status").$type<CheckItemStatus>().notNull().default("open"),
    evidenceNote: text("evidence_note"),
    evidenceType: text("evidence_type"),
    evidence: bytea("evidence"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by").references(() => users.id),
    signedOffAt: timestamp("signed_off_at", { withTimezone: true }),
    signedOffBy: uuid("signed_off_by").references(() => users.id),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("security_items_checklist_idx").on(t.checklistId)],
);

export const securityIncidents = pgTable(
  "security_incidents",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    at: timestamp("at", { withTimezone: true }).notNull(),
    place: text("place").notNull(),
    what: text("what").notNull(),
    action: text("action").notNull().default(""),
    reportedBy: uuid("reported_by").references(() => users.id),
    /** Who reported it, as written (a guard, a hotel's manager); the signed-in person's name when left empty. */
    reporter: text("reporter").notNull().default(""),
    /** Invented demo data. */
    sample: boolean("sample").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("security_incidents_meeting_idx").on(t.meetingId, t.at)],
);
