/**
 * ADDED BY THE BADGES/EXPORTS ENGINEER (issue 3, item 8): the registration module's part of the personal-data purge.
 * It writes only this module's tables and is called only by `modules/privacy/purge.ts`, inside the purge's
 * transaction (which checks the actor and audits). Versions, proposals and uploads keep their structure, names and
 * counts — so version numbers, diffs of who joined or left, and the upload history remain — but lose the personal
 * fields; photos held here are deleted. Registration links keep the contact's address (a secretariat's work contact).
 */
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import {
  registrationImportPhotos,
  registrationImports,
  registrationProposals,
  registrationVersions,
} from "./schema.js";

/** Stored JSON without the keys `keys`, at any depth. */
function withoutDeepKeys(v: unknown, keys: Set<string>): unknown {
  if (Array.isArray(v)) return v.map((x) => withoutDeepKeys(x, keys));
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !keys.has(k))
        .map(([k, x]) => [k, withoutDeepKeys(x, keys)]),
    );
  }
  return v;
}

/** A record without the keys `keys` (an upload row's cells: the personal fields are keys of `values`, nowhere deeper). */
function withoutKeys<V>(record: Partial<Record<string, V>>, keys: Set<string>): Partial<Record<string, V>> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.has(k)));
}

/** Erases the personal fields (`keys`, at any depth) from a meeting's registration records; no permission check. */
export async function purgeRegistrationPersonalDataTx(tx: Tx, meetingId: string, keys: readonly string[]) {
  const drop = new Set(keys);
  const versions = await tx
    .select({ id: registrationVersions.id, snapshot: registrationVersions.snapshot })
    .from(registrationVersions)
    .where(eq(registrationVersions.meetingId, meetingId));
  for (const v of versions) {
    await tx
      .update(registrationVersions)
      .set({ snapshot: withoutDeepKeys(v.snapshot, drop) })
      .where(eq(registrationVersions.id, v.id));
  }
  const proposals = await tx
    .select({
      id: registrationProposals.id,
      payload: registrationProposals.payload,
      before: registrationProposals.before,
    })
    .from(registrationProposals)
    .where(eq(registrationProposals.meetingId, meetingId));
  for (const p of proposals) {
    await tx
      .update(registrationProposals)
      .set({ payload: withoutDeepKeys(p.payload, drop), before: withoutDeepKeys(p.before, drop), photo: null })
      .where(eq(registrationProposals.id, p.id));
  }
  const imports = await tx
    .select({ id: registrationImports.id, rows: registrationImports.rows })
    .from(registrationImports)
    .where(eq(registrationImports.meetingId, meetingId));
  for (const i of imports) {
    await tx
      .update(registrationImports)
      .set({ rows: i.rows.map((r) => ({ ...r, values: withoutKeys(r.values, drop) })) })
      .where(eq(registrationImports.id, i.id));
  }
  const photos = imports.length
    ? await tx
        .delete(registrationImportPhotos)
        .where(
          inArray(
            registrationImportPhotos.importId,
            imports.map((i) => i.id),
          ),
        )
        .returning({ name: registrationImportPhotos.name })
    : [];
  return {
    counts: {
      versions: versions.length,
      proposals: proposals.length,
      imports: imports.length,
      uploadPhotos: photos.length,
    },
    auditEntityIds: [...versions, ...proposals, ...imports].map((r) => r.id),
  };
}
