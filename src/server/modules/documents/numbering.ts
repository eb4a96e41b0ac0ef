/**
 * The numbering register (decision 022). Each issuer numbers its documents from 01 on 1 January to 31 December
 * (Decree 30/2020/NĐ-CP, art. 15), one register per issuer and year. A number is taken in the transaction that
 * issues the document: one `INSERT … ON CONFLICT DO UPDATE … RETURNING` on the counter row (concurrent issuers
 * queue on its lock), and one row in `issued_documents`, unique on (issuer, year, seq). A transaction that rolls
 * back takes its counter update with it, so the next document gets that number — which nobody ever saw, because
 * nothing leaves the transaction before it commits (the caller sends the file and any mail after, or through the
 * outbox in the same transaction). The register therefore has no gaps and no number is ever given twice.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { queryRows } from "../../db/client.js";
import type { DocumentIssuer } from "../../../shared/schemas/documents.js";
import { audit } from "../audit/service.js";
import { issuedDocuments } from "./schema.js";

export interface TakeDocumentNumberInput {
  /** Whose register: `ICD` (Vụ Hợp tác quốc tế) or `PERSONNEL` (Vụ Tổ chức cán bộ, for the Ministry's decisions). */
  issuer: DocumentIssuer;
  /** The calendar year of the document's date (its register). */
  year: number;
  /** The symbol after the number: "TTr-HTQT" → "12/TTr-HTQT". */
  symbol: string;
  /** The kind of document, e.g. `submission`, `decision`. */
  kind: string;
  /** The record the document belongs to, e.g. `cooperation_activity` and its id. */
  entity: string;
  entityId: string;
  /** What the register shows: the document's summary (trích yếu). */
  title: string;
  /** The document's date (YYYY-MM-DD, in Hanoi), written on its place-date line; it falls in `year`. */
  issuedOn: string;
  /** Who issues it (the audit names them). */
  actor: { id: string; name: string; ip?: string | null };
}

export interface TakenDocumentNumber {
  /** The number in the year's register: 1, 2, … */
  seq: number;
  /** As written on the document: "01/TTr-HTQT", "345/QĐ-BNV". */
  number: string;
  /** The register row's id. */
  id: string;
}

/** "01/TTr-HTQT": numbers below 10 take a leading zero (Decree 30: numbering starts at 01). */
export function formatDocumentNumber(seq: number, symbol: string): string {
  return `${String(seq).padStart(2, "0")}/${symbol}`;
}

/**
 * Takes the next number of `issuer`'s register for `year` and records the issued document. Must run inside the
 * caller's transaction (the one that records what the document decides), so the number and the record commit or
 * roll back together.
 */
export async function takeDocumentNumber(tx: Executor, input: TakeDocumentNumberInput): Promise<TakenDocumentNumber> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issuedOn) || Number(input.issuedOn.slice(0, 4)) !== input.year) {
    throw new Error(
      `takeDocumentNumber: the document's date ${input.issuedOn} is not in the register's year ${input.year}`,
    );
  }
  const [counter] = await queryRows<{ last_seq: number }>(
    tx,
    sql`INSERT INTO document_counters (issuer, year, last_seq) VALUES (${input.issuer}, ${input.year}, 1)
        ON CONFLICT (issuer, year) DO UPDATE SET last_seq = document_counters.last_seq + 1, updated_at = now()
        RETURNING last_seq`,
  );
  if (!counter) throw new Error("takeDocumentNumber: the counter returned no row");
  const seq = Number(counter.last_seq);
  const id = crypto.randomUUID();
  const number = formatDocumentNumber(seq, input.symbol);
  const row = {
    id,
    issuer: input.issuer,
    year: input.year,
    seq,
    number,
    symbol: input.symbol,
    kind: input.kind,
    entity: input.entity,
    entityId: input.entityId,
    title: input.title,
    issuedOn: input.issuedOn,
    issuedBy: input.actor.id,
    issuedByName: input.actor.name,
  };
  await tx.insert(issuedDocuments).values(row);
  await audit(tx, input.actor, {
    action: "document.issue",
    entity: "issued_document",
    entityId: id,
    after: {
      number,
      issuer: input.issuer,
      kind: input.kind,
      year: input.year,
      title: input.title,
      issuedOn: input.issuedOn,
    },
  });
  return { seq, number, id };
}
