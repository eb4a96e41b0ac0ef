import { bytea } from "../../db/columns.js";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
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
import type {
  AttachmentKind,
  CoopKind,
  CoopMode,
  CoopPlanStatus,
  CoopStatus,
  FundingSource,
  LeaderRank,
  PartnerKind,
  PlanItemStatus,
  RouteStep,
  StepDecision,
  StepStatus,
} from "../../../shared/cooperation.js";
import { units, users } from "../people/schema.js";

/**
 * The cooperation register (issue 12, seed 002): every unit's international activity from proposal to decision and
 * results. Tables are prefixed `coop_`. Only this module reads or writes them (lint: `focal/module-tables`).
 */

/** The partner directory: foreign agencies, governments, international organisations, searchable without diacritics. */
export const coopPartners = pgTable(
  "coop_partners",
  {
    id: uuid("id").primaryKey(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    /** Short name or acronym ("NARA", "UNDP"). */
    shortName: text("short_name"),
    kind: text("kind").$type<PartnerKind>().notNull(),
    /** ISO 3166-1 alpha-3; null for an international organisation without a seat country. */
    country: text("country"),
    active: boolean("active").notNull().default(true),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("coop_partners_country_idx").on(t.country),
    index("coop_partners_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** The ministry's annual plan of international cooperation for one year. */
export const coopPlans = pgTable(
  "coop_plans",
  {
    id: uuid("id").primaryKey(),
    year: integer("year").notNull(),
    status: text("status").$type<CoopPlanStatus>().notNull().default("open"),
    /** The Minister's decision approving the plan: its number ("123/QĐ-BNV") and date. */
    decisionNumber: text("decision_number"),
    decisionDate: date("decision_date", { mode: "string" }),
    approvedBy: uuid("approved_by").references(() => users.id),
    note: text("note"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("coop_plans_year_key").on(t.year)],
);

/** An item of a year's plan, proposed by a unit; included in the ministry's plan (or left out) by the ICD. */
export const coopPlanItems = pgTable(
  "coop_plan_items",
  {
    id: uuid("id").primaryKey(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => coopPlans.id),
    year: integer("year").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    kind: text("kind").$type<CoopKind>().notNull(),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en"),
    /** ISO 3166-1 alpha-3. */
    countries: jsonb("countries").$type<string[]>().notNull().default([]),
    partnerIds: jsonb("partner_ids").$type<string[]>().notNull().default([]),
    /** Expected timing, as months of the year (1–12). */
    monthFrom: integer("month_from"),
    monthTo: integer("month_to"),
    leaderRank: text("leader_rank").$type<LeaderRank>(),
    /** Members expected, and the funding planned. */
    memberCount: integer("member_count"),
    fundingSource: text("funding_source").$type<FundingSource>(),
    fundingEstimate: bigint("funding_estimate", { mode: "number" }),
    /** An outbound delegation in the ministry-level plan approved by the Prime Minister. */
    pmApproved: boolean("pm_approved").notNull().default(false),
    status: text("status").$type<PlanItemStatus>().notNull().default("proposed"),
    note: text("note"),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("coop_plan_items_plan_idx").on(t.planId),
    index("coop_plan_items_unit_year_idx").on(t.unitId, t.year),
    index("coop_plan_items_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * A rule of the approval table maps an activity's facts to an ordered route and lead time. Every value of a
 * condition that is absent matches anything; the first rule (in order) whose conditions all hold chooses the route.
 */
export interface CoopRule {
  /** Stable across versions ("outbound-deputy-not-pm"): the activity records which rule chose its route. */
  id: string;
  nameVi: string;
  nameEn: string;
  when: {
    kinds?: CoopKind[];
    leaderRanks?: LeaderRank[];
    inPlan?: boolean;
    inPmPlan?: boolean;
    fundingSources?: FundingSource[];
    partnerKinds?: PartnerKind[];
  };
  steps: RouteStep[];
  /** Working days required between submission and the activity's start. */
  leadDays: number;
  /** Days after the activity's end within which its unit reports the results. */
  resultsDays: number;
  /** Why this route (shown on the activity's page), both languages. */
  reasonVi: string;
  reasonEn: string;
}

/**
 * The decision table, versioned as a whole: each edit by the ICD writes a new version (audited); an activity keeps
 * the version it was routed with. The current table is the highest version.
 */
export const coopRuleVersions = pgTable("coop_rule_versions", {
  version: integer("version").primaryKey(),
  rules: jsonb("rules").$type<CoopRule[]>().notNull(),
  note: text("note"),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Kind-specific facts: a conference's foreign participants, an agreement's type and counterpart, a project's donor. */
export interface CoopDetails {
  foreignParticipants?: number | null;
  totalParticipants?: number | null;
  agreementType?: string | null;
  counterpart?: string | null;
  donor?: string | null;
  projectCode?: string | null;
  durationMonths?: number | null;
  /** A free note (the demo marks sample data here). */
  note?: string | null;
}

export const coopActivities = pgTable(
  "coop_activities",
  {
    id: uuid("id").primaryKey(),
    /** "2026-0001": year of the start and a sequence, given at creation. */
    code: text("code").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    kind: text("kind").$type<CoopKind>().notNull(),
    status: text("status").$type<CoopStatus>().notNull().default("draft"),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en"),
    /** ISO 3166-1 alpha-3 of the countries concerned. */
    countries: jsonb("countries").$type<string[]>().notNull().default([]),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    place: text("place"),
    mode: text("mode").$type<CoopMode>().notNull().default("in_person"),
    leaderName: text("leader_name"),
    leaderRank: text("leader_rank").$type<LeaderRank>(),
    fundingSource: text("funding_source").$type<FundingSource>(),
    /** Estimate in VND. */
    fundingEstimate: bigint("funding_estimate", { mode: "number" }),
    purpose: text("purpose"),
    expectedResults: text("expected_results"),
    planItemId: uuid("plan_item_id").references(() => coopPlanItems.id),
    /** Required when the activity fulfils no item of the approved plan. */
    outOfPlanReason: text("out_of_plan_reason"),
    details: jsonb("details").$type<CoopDetails>().notNull().default({}),
    /** The rule and table version that chose the route, set at (re)submission. */
    ruleId: text("rule_id"),
    ruleVersion: integer("rule_version"),
    /** Index into the route of the step that waits for a decision; null when none does. */
    currentStep: integer("current_step"),
    /** Working days the rule requires and those the submission left before the start (at the last submission). */
    leadRequired: integer("lead_required"),
    leadAvailable: integer("lead_available"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Results: due date (end + the rule's days), the report and when it was given. */
    resultsDueOn: date("results_due_on", { mode: "string" }),
    results: text("results"),
    followUp: text("follow_up"),
    resultsReportedAt: timestamp("results_reported_at", { withTimezone: true }),
    resultsReminderSentAt: timestamp("results_reminder_sent_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("coop_activities_code_key").on(t.code),
    index("coop_activities_unit_idx").on(t.unitId, t.startDate),
    // The list's order (start date, latest first, undated last; then code): the first pages read 50 index entries
    // instead of sorting every activity (bench/cooperation.ts, EXPLAIN in bench/RESULTS.md). Also serves date ranges.
    index("coop_activities_list_idx").on(t.startDate.desc().nullsLast(), t.code.desc().nullsFirst()),
    // The country filter (`countries @> '["FRA"]'`).
    index("coop_activities_countries_gin").using("gin", t.countries.op("jsonb_path_ops")),
    index("coop_activities_status_idx").on(t.status),
    index("coop_activities_plan_item_idx").on(t.planItemId),
    index("coop_activities_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const coopActivityPartners = pgTable(
  "coop_activity_partners",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => coopActivities.id, { onDelete: "cascade" }),
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => coopPartners.id),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.partnerId] }),
    index("coop_activity_partners_partner_idx").on(t.partnerId),
  ],
);

/** People of the ministry in a delegation or taking part, with their unit and position, in the order given. */
export const coopActivityMembers = pgTable(
  "coop_activity_members",
  {
    id: uuid("id").primaryKey(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => coopActivities.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    name: text("name").notNull(),
    unitId: uuid("unit_id").references(() => units.id),
    position: text("position"),
    userId: uuid("user_id").references(() => users.id),
  },
  (t) => [index("coop_activity_members_activity_idx").on(t.activityId, t.seq)],
);

export const coopAttachments = pgTable(
  "coop_attachments",
  {
    id: uuid("id").primaryKey(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => coopActivities.id, { onDelete: "cascade" }),
    kind: text("kind").$type<AttachmentKind>().notNull(),
    fileName: text("file_name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("coop_attachments_activity_idx").on(t.activityId)],
);

/**
 * The route of an activity: one row per step, in order, for the current round. A resubmission after a return keeps
 * the decided steps' log (`coop_step_log`) and sets the returned step current again.
 */
export const coopRouteSteps = pgTable(
  "coop_route_steps",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => coopActivities.id, { onDelete: "cascade" }),
    idx: integer("idx").notNull(),
    step: text("step").$type<RouteStep>().notNull(),
    status: text("status").$type<StepStatus>().notNull().default("waiting"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decision: text("decision").$type<StepDecision>(),
    comment: text("comment"),
    documentNumber: text("document_number"),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.idx] }), index("coop_route_steps_waiting_idx").on(t.step, t.status)],
);

/** Every decision ever taken on an activity's route (approve / return / refuse), append-only. */
export const coopStepLog = pgTable(
  "coop_step_log",
  {
    id: uuid("id").primaryKey(),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => coopActivities.id, { onDelete: "cascade" }),
    idx: integer("idx").notNull(),
    step: text("step").$type<RouteStep>().notNull(),
    /** 1 for the first submission, +1 for each resubmission after a return. */
    round: integer("round").notNull(),
    decision: text("decision").$type<StepDecision | "submit">().notNull(),
    comment: text("comment"),
    documentNumber: text("document_number"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("coop_step_log_activity_idx").on(t.activityId, t.decidedAt)],
);
