import { sql } from "drizzle-orm";
import type { ActivityKind, ActivityStatus } from "../../../shared/workplans.js";
import type { Review } from "../../../shared/schemas/workplans.js";

/** A snapshot's frozen review: the API's `Review` without the plan's id (the row has it). */
export type SnapshotData = Omit<Review, "workplanId">;
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** A multilateral programme: the ACCSM Work Plan 2021–2025, the ACCSM+3 Work Plan 2021–2025 (seeds 001, 003). */
export const workplans = pgTable(
  "workplans",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    /** Member countries, ISO 3166-1 alpha-3. */
    members: jsonb("members").$type<string[]>().notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("workplans_code_key").on(t.code)],
);

/**
 * An activity of a programme. `status` and `statusOn` mirror the last row of its status history (kept in the same
 * transaction); reviews "as of" a date read the history, never these columns.
 */
export const workplanActivities = pgTable(
  "workplan_activities",
  {
    id: uuid("id").primaryKey(),
    workplanId: uuid("workplan_id")
      .notNull()
      .references(() => workplans.id),
    /** Null while a proposal waits for adoption; the plan's code is given when a meeting adopts it. */
    code: text("code"),
    titleVi: text("title_vi"),
    titleEn: text("title_en").notNull(),
    leads: jsonb("leads").$type<string[]>().notNull(),
    coLeads: jsonb("co_leads").$type<string[]>().notNull().default([]),
    plannedYears: jsonb("planned_years").$type<number[]>().notNull().default([]),
    kind: text("kind").$type<ActivityKind>().notNull(),
    status: text("status").$type<ActivityStatus>().notNull(),
    statusOn: date("status_on", { mode: "string" }).notNull(),
    /** The member that proposed it (seed 003: Japan), when it came in as a proposal. */
    proposedBy: text("proposed_by"),
    proposedOn: date("proposed_on", { mode: "string" }),
    /** The meeting that adopted the proposal, as its name ("SOM+3 7, …"); the meeting's id when it is in Focal. */
    adoptedAt: text("adopted_at"),
    adoptedOn: date("adopted_on", { mode: "string" }),
    adoptedMeetingId: uuid("adopted_meeting_id"),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("workplan_activities_plan_idx").on(t.workplanId),
    uniqueIndex("workplan_activities_code_key").on(t.workplanId, t.code),
    index("workplan_activities_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Dated status changes of an activity, with the note and who recorded it. Append-only. */
export const workplanStatusChanges = pgTable(
  "workplan_status_changes",
  {
    id: uuid("id").primaryKey(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => workplanActivities.id),
    workplanId: uuid("workplan_id")
      .notNull()
      .references(() => workplans.id),
    /** 1, 2, 3… per activity: orders changes that take effect on the same day. */
    seq: integer("seq").notNull(),
    fromStatus: text("from_status").$type<ActivityStatus>(),
    status: text("status").$type<ActivityStatus>().notNull(),
    /** The day the status took effect (may be earlier than the day it was recorded). */
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    note: text("note"),
    recordedBy: uuid("recorded_by"),
    recordedByName: text("recorded_by_name").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("workplan_status_changes_seq_key").on(t.activityId, t.seq),
    index("workplan_status_changes_plan_idx").on(t.workplanId, t.effectiveOn),
  ],
);

/** A review frozen under a name ("SOM 21, 3 August 2022"): counts, shares and each activity's status that day. */
export const workplanSnapshots = pgTable(
  "workplan_snapshots",
  {
    id: uuid("id").primaryKey(),
    workplanId: uuid("workplan_id")
      .notNull()
      .references(() => workplans.id),
    name: text("name").notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    data: jsonb("data").$type<SnapshotData>().notNull(),
    createdBy: uuid("created_by"),
    createdByName: text("created_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("workplan_snapshots_name_key").on(t.workplanId, t.name)],
);
