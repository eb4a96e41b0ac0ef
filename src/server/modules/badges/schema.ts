import { bytea } from "../../db/columns.js";
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { delegates, meetings } from "../meetings/schema.js";
import {
  badgeJobStatuses,
  badgeSizes,
  badgeStatuses,
  type BadgeJobStatus,
  type BadgeSize,
  type BadgeStatus,
  type ScanReason,
} from "../../../shared/badges.js";

// The enums are defined once with the badges' API schemas (src/shared/badges.ts, decision 013).
export { badgeJobStatuses, badgeSizes, badgeStatuses };
export type { BadgeJobStatus, BadgeSize, BadgeStatus };

/** What a badge batch is for: everyone (neither), one delegation, or chosen delegates. */
export interface BadgeSelection {
  delegationId?: string;
  delegateIds?: string[];
}

/** A delegate a badge batch left out, with why. */
export interface SkippedDelegate {
  delegateId: string;
  fullName: string;
  reason: "not_accredited";
}

/**
 * A badge issued to a delegate. The id is random and is what the signed token names, so a token cannot be derived
 * from the delegate. One active badge per delegate; reissuing revokes the old one (its code stops working).
 * `codeHash` is the SHA-256 of the short code printed under the QR code (the code itself is not kept).
 */
export const badges = pgTable(
  "badges",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegateId: uuid("delegate_id")
      .notNull()
      .references(() => delegates.id, { onDelete: "cascade" }),
    issueNumber: integer("issue_number").notNull(),
    status: text("status").$type<BadgeStatus>().notNull().default("active"),
    codeHash: text("code_hash").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid("issued_by"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by"),
    revokedReason: text("revoked_reason"),
  },
  (t) => [
    index("badges_meeting_idx").on(t.meetingId, t.status),
    uniqueIndex("badges_delegate_issue_key").on(t.delegateId, t.issueNumber),
    uniqueIndex("badges_one_active_key")
      .on(t.delegateId)
      .where(sql`${t.status} = 'active'`),
    uniqueIndex("badges_code_hash_key").on(t.codeHash),
  ],
);

/**
 * A batch of badges rendered to one PDF in the background, with progress the page polls. The PDF is kept for a day
 * in `badge_job_chunks` (and removed at once when the meeting's personal data is purged).
 */
export const badgeJobs = pgTable(
  "badge_jobs",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    requestedBy: uuid("requested_by").notNull(),
    size: text("size").$type<BadgeSize>().notNull(),
    /** What was asked: `{ delegationId?, delegateIds? }`. */
    selection: jsonb("selection").$type<BadgeSelection>().notNull(),
    status: text("status").$type<BadgeJobStatus>().notNull().default("queued"),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    /** Delegates left out, with why: `[{ delegateId, fullName, reason: "not_accredited" }]`. */
    skipped: jsonb("skipped")
      .$type<SkippedDelegate[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    error: text("error"),
    fileName: text("file_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("badge_jobs_meeting_idx").on(t.meetingId, t.createdAt)],
);

/**
 * A batch's PDF in pieces of about a megabyte, in order (`seq` from 0), written while the PDF is made and read one
 * piece at a time when it is downloaded — by whichever process answers — so no process holds the whole file.
 */
export const badgeJobChunks = pgTable(
  "badge_job_chunks",
  {
    jobId: uuid("job_id")
      .notNull()
      .references(() => badgeJobs.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
);

export const checkinResults = ["admitted", "refused"] as const;

/**
 * Every scan at a door, admitted or refused. `nonce` comes from the device and is unique, so a scan queued offline
 * and sent twice counts once. `sessionId` null is the venue door (meeting-wide). `scannedAt` is the device's time of
 * the scan, `receivedAt` when the server got it (later for scans queued offline).
 */
export const checkinScans = pgTable(
  "checkin_scans",
  {
    id: uuid("id").primaryKey(),
    nonce: text("nonce").notNull(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    sessionId: uuid("session_id"),
    badgeId: uuid("badge_id"),
    delegateId: uuid("delegate_id"),
    result: text("result").$type<(typeof checkinResults)[number]>().notNull(),
    /** Why a refused scan was refused; null for an admitted one. */
    reason: text("reason").$type<ScanReason>(),
    scannedAt: timestamp("scanned_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    officerId: uuid("officer_id").notNull(),
    /** The officer's name at the time, like the audit trail's actor name. */
    officerName: text("officer_name").notNull(),
  },
  (t) => [
    uniqueIndex("checkin_scans_nonce_key").on(t.nonce),
    // Attendance reads a place's admitted people from this index alone (index-only scans): grouped per person in
    // the index's order, counted, and paged by who came in first, without visiting the table.
    index("checkin_scans_meeting_idx").on(t.meetingId, t.sessionId, t.result, t.delegateId, t.scannedAt),
    index("checkin_scans_delegate_idx").on(t.delegateId),
    // A scan's answer says when the person was first admitted at that place: one index probe, however often they
    // were scanned there.
    index("checkin_scans_admitted_idx")
      .on(t.delegateId, t.sessionId, t.scannedAt)
      .where(sql`${t.result} = 'admitted'`),
  ],
);
