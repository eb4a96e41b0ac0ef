import { bytea } from "../../db/columns.js";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { delegations, meetings } from "../meetings/schema.js";
import type { ImportStatus } from "../../../shared/schemas/registration.js";
import type { Lang } from "../../../shared/errors.js";
import type { ImportFailure, ImportRow } from "./rows.js";

/**
 * A personal registration link sent to a delegation's contact. Only the SHA-256 of the token is kept. The link
 * opens a session until it expires or the host revokes it; `grantId` is the contact grant the link created (removed
 * again on revocation), null when the person already held one.
 */
export const registrationLinks = pgTable(
  "registration_links",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    name: text("name"),
    language: text("language").$type<Lang>().notNull().default("en"),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by"),
    userId: uuid("user_id"),
    grantId: uuid("grant_id"),
    openCount: integer("open_count").notNull().default(0),
    lastOpenedAt: timestamp("last_opened_at", { withTimezone: true }),
    mailId: uuid("mail_id"),
    createdBy: uuid("created_by"),
    createdByName: text("created_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("registration_links_token_key").on(t.tokenHash),
    index("registration_links_delegation_idx").on(t.delegationId, t.createdAt),
    index("registration_links_meeting_idx").on(t.meetingId),
  ],
);

/** A submission of a delegation's list: a frozen JSON snapshot of its delegates, numbered 1, 2, 3… per delegation. */
export const registrationVersions = pgTable(
  "registration_versions",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid("submitted_by"),
    submittedByName: text("submitted_by_name").notNull(),
    note: text("note"),
    delegateCount: integer("delegate_count").notNull(),
    snapshot: jsonb("snapshot").notNull(),
  },
  (t) => [
    uniqueIndex("registration_versions_number_key").on(t.delegationId, t.number),
    index("registration_versions_meeting_idx").on(t.meetingId),
  ],
);

export const proposalKinds = ["add", "edit", "remove"] as const;
export type ProposalKind = (typeof proposalKinds)[number];
export const proposalStatuses = ["pending", "accepted", "refused", "withdrawn"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/**
 * A change the contact proposes after the registration deadline: add a delegate, edit one (a patch against the
 * delegate version it was made on), or remove one. The host accepts (applied through the meetings core) or refuses.
 */
export const registrationProposals = pgTable(
  "registration_proposals",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ProposalKind>().notNull(),
    /** The delegate an edit or removal is about (no foreign key: the delegate may go meanwhile). */
    delegateId: uuid("delegate_id"),
    delegateVersion: integer("delegate_version"),
    delegateName: text("delegate_name").notNull(),
    /** `add`: the whole delegate; `edit`: only the changed fields; `remove`: {}. */
    payload: jsonb("payload").notNull(),
    /** The delegate as it was when the proposal was made (edit, remove), so the host sees before/after. */
    before: jsonb("before"),
    photo: bytea("photo"),
    note: text("note"),
    status: text("status").$type<ProposalStatus>().notNull().default("pending"),
    reason: text("reason"),
    proposedBy: uuid("proposed_by"),
    proposedByName: text("proposed_by_name").notNull(),
    proposedAt: timestamp("proposed_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by"),
    decidedByName: text("decided_by_name"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    resultDelegateId: uuid("result_delegate_id"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("registration_proposals_delegation_idx").on(t.delegationId, t.status),
    index("registration_proposals_meeting_idx").on(t.meetingId, t.status),
  ],
);

export { importStatuses, type ImportStatus } from "../../../shared/schemas/registration.js";

/**
 * A bulk upload being checked. The rows (with their problems) wait here until the contact has fixed or dropped every
 * bad row and confirms; only then are delegates written, all in one transaction. `done`/`total` report progress.
 */
export const registrationImports = pgTable(
  "registration_imports",
  {
    id: uuid("id").primaryKey(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id),
    delegationId: uuid("delegation_id")
      .notNull()
      .references(() => delegations.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    format: text("format").$type<"xlsx" | "csv">().notNull(),
    status: text("status").$type<ImportStatus>().notNull().default("parsing"),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    rows: jsonb("rows").$type<ImportRow[]>().notNull().default([]),
    /** The uploaded file until its check has finished (the check is a durable job that may run after a restart). */
    file: bytea("file"),
    /** Why the file could not be read (status `failed`): `{ code, message: { vi, en } }`. */
    error: jsonb("error").$type<ImportFailure>(),
    createdBy: uuid("created_by"),
    createdByName: text("created_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("registration_imports_delegation_idx").on(t.delegationId, t.createdAt)],
);

/** Photos uploaded with a spreadsheet, named in its Photo column. */
export const registrationImportPhotos = pgTable(
  "registration_import_photos",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => registrationImports.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    contentType: text("content_type"),
    size: integer("size").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.name] })],
);
