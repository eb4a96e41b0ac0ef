import type { DocumentIssuer } from "../../../shared/schemas/documents.js";
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * The numbering register's counter (decision 022): the last number taken by one issuer in one calendar year. A
 * number is taken with one `INSERT … ON CONFLICT DO UPDATE … RETURNING` on this row, inside the transaction that
 * records the issued document, so concurrent takers queue on the row's lock and each gets the next number.
 */
export const documentCounters = pgTable(
  "document_counters",
  {
    issuer: text("issuer").notNull(),
    year: integer("year").notNull(),
    lastSeq: integer("last_seq").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.year] })],
);

/**
 * Every document issued with a number: the register (sổ đăng ký văn bản đi) an issuer keeps per year. The unique
 * (issuer, year, seq) is the last guard against a number given twice.
 */
export const issuedDocuments = pgTable(
  "issued_documents",
  {
    id: uuid("id").primaryKey(),
    issuer: text("issuer").$type<DocumentIssuer>().notNull(),
    year: integer("year").notNull(),
    seq: integer("seq").notNull(),
    /** "12/TTr-HTQT": the number as written on the document. */
    number: text("number").notNull(),
    symbol: text("symbol").notNull(),
    /** The kind of document (`submission`, `decision`, …). */
    kind: text("kind").notNull(),
    /** The record the document belongs to (e.g. `cooperation_activity` and its id). */
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    title: text("title").notNull(),
    /** The document's date (the place-date line), a day in Hanoi. */
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    issuedBy: uuid("issued_by"),
    issuedByName: text("issued_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("issued_documents_number_key").on(t.issuer, t.year, t.seq),
    index("issued_documents_entity_idx").on(t.entity, t.entityId),
  ],
);
