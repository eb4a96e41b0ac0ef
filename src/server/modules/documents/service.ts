/**
 * The numbering registers, read: one issuer's numbers of one year, in the order they were taken (decision 022).
 * Taking a number is `takeDocumentNumber` (numbering.ts), called by the module that issues the document inside its
 * own transaction.
 */
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { todayInHanoi } from "../../../shared/dates.js";
import type { DocumentIssuer, IssuedDocument } from "../../../shared/schemas/documents.js";
import { registerAuditLabeler } from "../audit/service.js";
import { documentLink, documentRecordLabels } from "./links.js";
import { documentRegisterPermissions } from "./policy.js";
import { issuedDocuments } from "./schema.js";

// The trail names an issued document by its number and summary: "12/TTr-HTQT — Về việc cử đoàn …".
registerAuditLabeler("issued_document", async (db, ids) => {
  const rows = ids.length
    ? await db
        .select({ id: issuedDocuments.id, number: issuedDocuments.number, title: issuedDocuments.title })
        .from(issuedDocuments)
        .where(inArray(issuedDocuments.id, ids))
    : [];
  return new Map(rows.map((r) => [r.id, `${r.number} — ${r.title}`]));
});

export const REGISTER_PAGE_MAX = 500;

export interface RegisterQuery {
  issuer: DocumentIssuer;
  /** The register's year; this year in Hanoi when absent. */
  year?: number;
  offset?: number;
  limit?: number;
}

/** One page of an issuer's register for a year, numbers ascending, and how many numbers the year has. */
export async function listRegister(
  ctx: Ctx,
  actor: Actor,
  q: RegisterQuery,
): Promise<{ items: IssuedDocument[]; total: number; year: number }> {
  ensure(documentRegisterPermissions(actor, q.issuer).read);
  const year = q.year ?? Number(todayInHanoi().slice(0, 4));
  const where = and(eq(issuedDocuments.issuer, q.issuer), eq(issuedDocuments.year, year));
  const [totalRow] = await ctx.db.select({ n: count() }).from(issuedDocuments).where(where);
  const rows = await ctx.db
    .select()
    .from(issuedDocuments)
    .where(where)
    .orderBy(asc(issuedDocuments.seq))
    .offset(q.offset ?? 0)
    .limit(Math.min(q.limit ?? 100, REGISTER_PAGE_MAX));
  const labels = await documentRecordLabels(ctx.db, rows);
  return { items: rows.map((r) => present(r, labels)), total: Number(totalRow?.n ?? 0), year };
}

/** The documents issued for one record (e.g. an activity's submission and decision), oldest first. No check. */
export async function documentsOf(db: Executor, entity: string, entityId: string): Promise<IssuedDocument[]> {
  const rows = await db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.entity, entity), eq(issuedDocuments.entityId, entityId)))
    .orderBy(asc(issuedDocuments.createdAt), asc(issuedDocuments.seq));
  return rows.map((r) => present(r));
}

function present(r: typeof issuedDocuments.$inferSelect, labels?: Map<string, string>): IssuedDocument {
  return {
    id: r.id,
    issuer: r.issuer,
    year: r.year,
    seq: r.seq,
    number: r.number,
    symbol: r.symbol,
    kind: r.kind,
    title: r.title,
    issuedOn: r.issuedOn,
    issuedByName: r.issuedByName,
    entity: r.entity,
    entityId: r.entityId,
    link: documentLink(r.entity, r.entityId),
    recordLabel: labels?.get(`${r.entity}:${r.entityId}`) ?? null,
  };
}
