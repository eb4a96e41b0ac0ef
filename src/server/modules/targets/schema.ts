import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { AgencyKind, IndicatorKind, ReportStatus } from "../../../shared/schemas/targets.js";

/** A government scheme with targets (Scheme 1439, Decision 1439/QĐ-TTg). */
export const targetSchemes = pgTable("target_schemes", {
  id: uuid("id").primaryKey(),
  code: text("code").notNull().unique(),
  titleVi: text("title_vi").notNull(),
  titleEn: text("title_en").notNull(),
  decisionNo: text("decision_no").notNull(),
  decisionDate: date("decision_date", { mode: "string" }).notNull(),
  /** Agencies report one period per calendar year from `startYear` to `endYear`. */
  startYear: integer("start_year").notNull(),
  endYear: integer("end_year").notNull(),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One indicator of a scheme: a numerator over a denominator (`ratio`), or a yes/no with the date it became yes
 * (`boolean`, counted as 1/1 or 0/1). Baseline and target are percentages; the path between them is a straight line
 * from `baselineDate` to `deadline`.
 */
export const targetIndicators = pgTable(
  "target_indicators",
  {
    id: uuid("id").primaryKey(),
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => targetSchemes.id),
    code: text("code").notNull(),
    position: integer("position").notNull(),
    kind: text("kind").$type<IndicatorKind>().notNull(),
    titleVi: text("title_vi").notNull(),
    titleEn: text("title_en").notNull(),
    numeratorLabelVi: text("numerator_label_vi").notNull(),
    numeratorLabelEn: text("numerator_label_en").notNull(),
    denominatorLabelVi: text("denominator_label_vi"),
    denominatorLabelEn: text("denominator_label_en"),
    baselinePercent: doublePrecision("baseline_percent").notNull(),
    baselineDate: date("baseline_date", { mode: "string" }).notNull(),
    targetPercent: doublePrecision("target_percent").notNull(),
    deadline: date("deadline", { mode: "string" }).notNull(),
  },
  (t) => [uniqueIndex("target_indicators_code_key").on(t.schemeId, t.code)],
);

/**
 * Ministries and provinces that report. The list changes over time: a unit is in force from `validFrom` (null: since
 * before the records begin) to `validTo` (null: still in force); a unit that was merged names the unit it became part
 * of in `successorCode`, so its reports roll up into that unit under a later map.
 */
export const targetAgencies = pgTable(
  "target_agencies",
  {
    code: text("code").primaryKey(),
    kind: text("kind").$type<AgencyKind>().notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    validFrom: date("valid_from", { mode: "string" }),
    validTo: date("valid_to", { mode: "string" }),
    successorCode: text("successor_code").references((): AnyPgColumn => targetAgencies.code),
    searchText: text("search_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("target_agencies_successor_idx").on(t.successorCode),
    index("target_agencies_search_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

/**
 * An agency's figures for one period (a calendar year) of a scheme. Status: draft → submitted → accepted (locked) or
 * returned (with a comment) → submitted again.
 */
export const targetReports = pgTable(
  "target_reports",
  {
    id: uuid("id").primaryKey(),
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => targetSchemes.id),
    agencyCode: text("agency_code")
      .notNull()
      .references(() => targetAgencies.code),
    period: integer("period").notNull(),
    status: text("status").$type<ReportStatus>().notNull().default("draft"),
    note: text("note"),
    returnComment: text("return_comment"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: text("submitted_by"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: text("reviewed_by"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("target_reports_key").on(t.schemeId, t.agencyCode, t.period),
    index("target_reports_status_idx").on(t.schemeId, t.status),
  ],
);

/** The figures of a report, one row per indicator. */
export const targetReportValues = pgTable(
  "target_report_values",
  {
    reportId: uuid("report_id")
      .notNull()
      .references(() => targetReports.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => targetIndicators.id),
    numerator: integer("numerator"),
    denominator: integer("denominator"),
    achieved: boolean("achieved"),
    achievedOn: date("achieved_on", { mode: "string" }),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId] })],
);

/** What happened to a report, for the timeline shown to the agency and the ICD (the audit log keeps the detail). */
export const targetReportEvents = pgTable(
  "target_report_events",
  {
    id: uuid("id").primaryKey(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => targetReports.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    actorName: text("actor_name").notNull(),
    comment: text("comment"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("target_report_events_report_idx").on(t.reportId)],
);

/**
 * A reporting year locked for a whole scheme by the ICD: no agency saves or submits figures for it, and no report
 * of it is accepted, returned or reopened, until the ICD unlocks it. (An accepted report locks one agency's year.)
 */
export const targetPeriodLocks = pgTable(
  "target_period_locks",
  {
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => targetSchemes.id),
    period: integer("period").notNull(),
    reason: text("reason"),
    lockedAt: timestamp("locked_at", { withTimezone: true }).notNull().defaultNow(),
    lockedBy: text("locked_by").notNull(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.period] })],
);
