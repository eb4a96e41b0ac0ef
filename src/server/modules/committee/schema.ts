import { sql } from "drizzle-orm";
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
import { bytea } from "../../db/columns.js";
import type {
  CommitteeRole,
  ContingencyKind,
  CueNeed,
  CueStatus,
  SubcommitteeKey,
  SubcommitteeRole,
  TaskLinkKind,
  TaskPriority,
  TaskStatus,
} from "../../../shared/committee.js";
import { users } from "../people/schema.js";
import { meetingSessions, meetings, rooms } from "../meetings/schema.js";

/**
 * The organising committee of a hosted meeting at work (issue 13, seed 000): its members and sub-committees, their
 * tasks, the detailed script (kịch bản chi tiết) of every session and the contingency plans (phương án xử lý tình
 * huống). Tables are prefixed `committee_`; only this module reads or writes them (lint: `focal/module-tables`).
 * Sessions, rooms and delegations belong to `meetings` and are referred to by id.
 */

/** A person on the organising committee: from the ministry or another agency, with or without a Focal account. */
export const committeeMembers = pgTable(
  "committee_members",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    fullName: text("full_name").notNull(),
    /** The agency they come from ("Bộ Công an", "Văn phòng Bộ"), as written, in Vietnamese and English. */
    agencyVi: text("agency_vi").notNull(),
    agencyEn: text("agency_en").notNull().default(""),
    position: text("position"),
    phone: text("phone"),
    email: text("email"),
    /** Their Focal account, once they have one (an invitation accepted, or an existing user picked). */
    userId: uuid("user_id").references(() => users.id),
    /** Their place in the committee as a whole (chair, vice chair, member…). */
    committeeRole: text("committee_role").$type<CommitteeRole>().notNull().default("member"),
    /** Invented demo person (seed 000 names only a few people). */
    sample: boolean("sample").notNull().default(false),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("committee_members_meeting_idx").on(t.meetingId),
    uniqueIndex("committee_members_user_key")
      .on(t.meetingId, t.userId)
      .where(sql`${t.userId} is not null`),
    index("committee_members_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** A sub-committee (tiểu ban) of the meeting's organising committee. */
export const committeeSubcommittees = pgTable(
  "committee_subcommittees",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    /** One of seed 000's three, or null for another the meeting adds. Templates match sub-committees by it. */
    key: text("key").$type<SubcommitteeKey>(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    /** What it is responsible for, in a line or two. */
    remitVi: text("remit_vi"),
    remitEn: text("remit_en"),
    position: integer("position").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("committee_subcommittees_meeting_idx").on(t.meetingId, t.position),
    uniqueIndex("committee_subcommittees_key").on(t.meetingId, t.key),
  ],
);

/**
 * A member's seat in a sub-committee, with a role. A member sits once in a sub-committee (the primary key refuses a
 * second seat); a sub-committee has at most one head (partial unique index).
 */
export const committeeSeats = pgTable(
  "committee_seats",
  {
    subcommitteeId: uuid("subcommittee_id")
      .notNull()
      .references(() => committeeSubcommittees.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => committeeMembers.id, { onDelete: "cascade" }),
    role: text("role").$type<SubcommitteeRole>().notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.subcommitteeId, t.memberId] }),
    index("committee_seats_member_idx").on(t.memberId),
    uniqueIndex("committee_seats_one_head")
      .on(t.subcommitteeId)
      .where(sql`${t.role} = 'head'`),
  ],
);

/** A task of a sub-committee. */
export const committeeTasks = pgTable(
  "committee_tasks",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    subcommitteeId: uuid("subcommittee_id")
      .notNull()
      .references(() => committeeSubcommittees.id),
    /** Short number within the meeting (#12), for talk and mentions. */
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    ownerId: uuid("owner_id").references(() => committeeMembers.id),
    dueAt: timestamp("due_at", { withTimezone: true }),
    status: text("status").$type<TaskStatus>().notNull().default("not_started"),
    /** Why it is blocked; required while status is `blocked`. */
    blockedReason: text("blocked_reason"),
    priority: text("priority").$type<TaskPriority>().notNull().default("normal"),
    /** Order within its status column on the board. */
    boardPosition: integer("board_position").notNull().default(0),
    doneAt: timestamp("done_at", { withTimezone: true }),
    searchText: text("search_text").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("committee_tasks_number_key").on(t.meetingId, t.number),
    index("committee_tasks_meeting_idx").on(t.meetingId, t.status, t.dueAt),
    index("committee_tasks_subcommittee_idx").on(t.subcommitteeId),
    index("committee_tasks_owner_idx").on(t.ownerId),
    index("committee_tasks_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * Every status a task has had, with when: readiness "as of" a date reads the status each task had then. The row of
 * the task's creation is written too (status `not_started` or what it was created with).
 */
export const committeeTaskStatusLog = pgTable(
  "committee_task_status_log",
  {
    id: uuid("id").primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
    status: text("status").$type<TaskStatus>().notNull(),
    /** The due date from this moment on (a task moved later changes what was overdue when). */
    dueAt: timestamp("due_at", { withTimezone: true }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    by: uuid("by").references(() => users.id),
  },
  (t) => [index("committee_task_status_log_task_idx").on(t.taskId, t.at)],
);

/** Members who help the owner. */
export const committeeTaskHelpers = pgTable(
  "committee_task_helpers",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => committeeMembers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.memberId] }), index("committee_task_helpers_member_idx").on(t.memberId)],
);

/** `taskId` cannot be done before `dependsOnId` is done. Cycles are refused by the service (graph.ts). */
export const committeeTaskDeps = pgTable(
  "committee_task_deps",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
    dependsOnId: uuid("depends_on_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.dependsOnId] }),
    index("committee_task_deps_depends_idx").on(t.dependsOnId),
  ],
);

/** A task's checklist, in `position` order. */
export const committeeTaskChecks = pgTable(
  "committee_task_checks",
  {
    id: uuid("id").primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    done: boolean("done").notNull().default(false),
    doneBy: uuid("done_by").references(() => users.id),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [index("committee_task_checks_task_idx").on(t.taskId, t.position)],
);

/** A comment on a task; `mentions` are committee members named with @ (they are mailed). */
export const committeeTaskComments = pgTable(
  "committee_task_comments",
  {
    id: uuid("id").primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    mentions: jsonb("mentions").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("committee_task_comments_task_idx").on(t.taskId, t.createdAt)],
);

/** A file attached to a task (PDF, Word, Excel, JPEG, PNG, read from its first bytes). */
export const committeeTaskFiles = pgTable(
  "committee_task_files",
  {
    id: uuid("id").primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("committee_task_files_task_idx").on(t.taskId)],
);

/** What in the meeting a task concerns: a session, a room or a delegation (ids of `meetings`' records). */
export const committeeTaskLinks = pgTable(
  "committee_task_links",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => committeeTasks.id, { onDelete: "cascade" }),
    kind: text("kind").$type<TaskLinkKind>().notNull(),
    targetId: uuid("target_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.kind, t.targetId] }),
    index("committee_task_links_target_idx").on(t.kind, t.targetId),
  ],
);

/**
 * A reusable task list: saved from a meeting, applied to the next. Items carry their due date as days before the
 * opening day and their sub-committee by key.
 */
export const committeeTemplates = pgTable("committee_templates", {
  id: uuid("id").primaryKey(),
  nameVi: text("name_vi").notNull(),
  nameEn: text("name_en").notNull(),
  /** The meeting it was saved from, when it was. */
  fromMeetingId: uuid("from_meeting_id").references(() => meetings.id),
  createdBy: uuid("created_by").references(() => users.id),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const committeeTemplateItems = pgTable(
  "committee_template_items",
  {
    id: uuid("id").primaryKey(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => committeeTemplates.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    subcommitteeKey: text("subcommittee_key").$type<SubcommitteeKey>(),
    /** The sub-committee's name when it has no key (matched by name on apply). */
    subcommitteeName: text("subcommittee_name"),
    title: text("title").notNull(),
    description: text("description"),
    priority: text("priority").$type<TaskPriority>().notNull().default("normal"),
    /** Due this many days before the meeting's first day (0 = the first day; negative = after it). */
    daysBefore: integer("days_before"),
    checklist: jsonb("checklist").$type<string[]>().notNull().default([]),
    /** Positions of the items of the same template it depends on. */
    dependsOn: jsonb("depends_on").$type<number[]>().notNull().default([]),
  },
  (t) => [index("committee_template_items_template_idx").on(t.templateId, t.position)],
);

/** A timed cue of a session's detailed script (run of show), in `position` order. */
export const committeeCues = pgTable(
  "committee_cues",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => meetingSessions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** When it starts (a moment; shown in the meeting's time zone) and for how long. */
    at: timestamp("at", { withTimezone: true }).notNull(),
    minutes: integer("minutes").notNull(),
    /** What happens, in Vietnamese and English (the English script reads `whatEn`, or `whatVi` when empty). */
    whatVi: text("what_vi").notNull(),
    whatEn: text("what_en").notNull().default(""),
    /** Who does it, as written ("MC", "Bộ trưởng Phạm Thị Thanh Trà"), and the member responsible, when one is. */
    whoVi: text("who_vi").notNull().default(""),
    whoEn: text("who_en").notNull().default(""),
    responsibleId: uuid("responsible_id").references(() => committeeMembers.id),
    /** Where: a room of the meeting, or a place as written ("Sảnh chính"). */
    roomId: uuid("room_id").references(() => rooms.id),
    placeVi: text("place_vi"),
    placeEn: text("place_en"),
    needs: jsonb("needs").$type<CueNeed[]>().notNull().default([]),
    needsOther: text("needs_other"),
    /** Notes for the protocol team. */
    notes: text("notes"),
    status: text("status").$type<CueStatus>().notNull().default("pending"),
    /** Minutes late, when delayed. */
    delayMinutes: integer("delay_minutes"),
    statusAt: timestamp("status_at", { withTimezone: true }),
    statusBy: uuid("status_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("committee_cues_session_idx").on(t.sessionId, t.position),
    index("committee_cues_meeting_idx").on(t.meetingId, t.at),
  ],
);

/**
 * A printed script: what the cues were when it was printed (one snapshot per print), so a later change shows what
 * changed since. `revision` counts the session's prints.
 */
export const committeeScriptPrints = pgTable(
  "committee_script_prints",
  {
    id: uuid("id").primaryKey(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => meetingSessions.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    lang: text("lang").$type<"vi" | "en">().notNull(),
    cues: jsonb("cues").$type<Record<string, unknown>[]>().notNull(),
    printedBy: uuid("printed_by").references(() => users.id),
    printedAt: timestamp("printed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("committee_script_prints_revision_key").on(t.sessionId, t.revision)],
);

/** A contingency plan for the meeting (sessionId null) or one session. */
export const committeeContingencies = pgTable(
  "committee_contingencies",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    sessionId: uuid("session_id").references(() => meetingSessions.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ContingencyKind>().notNull().default("other"),
    /** The situation ("Đoàn đến muộn do chuyến bay bị hoãn"), in Vietnamese and English. */
    situationVi: text("situation_vi").notNull(),
    situationEn: text("situation_en").notNull().default(""),
    /** When the plan is set in motion. */
    trigger: text("trigger").notNull().default(""),
    /** The response, step by step. */
    steps: jsonb("steps").$type<string[]>().notNull().default([]),
    /** The one person responsible. */
    responsibleId: uuid("responsible_id").references(() => committeeMembers.id),
    /** Who is informed: members, and others as written. */
    informIds: jsonb("inform_ids").$type<string[]>().notNull().default([]),
    informOther: text("inform_other"),
    /** Fall-back resources (a generator, a covered walkway, a standby car, a doctor on call). */
    resources: text("resources"),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("committee_contingencies_meeting_idx").on(t.meetingId, t.sessionId)],
);

/** Which contingency plans a cue concerns (shown beside the cue in the script and the live view). */
export const committeeCueContingencies = pgTable(
  "committee_cue_contingencies",
  {
    cueId: uuid("cue_id")
      .notNull()
      .references(() => committeeCues.id, { onDelete: "cascade" }),
    contingencyId: uuid("contingency_id")
      .notNull()
      .references(() => committeeContingencies.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.cueId, t.contingencyId] }),
    index("committee_cue_contingencies_plan_idx").on(t.contingencyId),
  ],
);

/**
 * A counter per meeting bumped in the transaction of every cue change: the live view asks "anything after
 * revision N?" and gets an answer from one indexed row, from any process on the database.
 */
export const committeeLiveRevisions = pgTable("committee_live_revisions", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id),
  revision: integer("revision").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
