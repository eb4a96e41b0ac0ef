/** Writing delegates in the caller's transaction (no permission check: the caller has checked). */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor, Tx } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { type AppError, appError } from "../../http/errors.js";
import { audit, auditMany } from "../audit/service.js";
import { invalidFields } from "../../http/validation.js";
import { delegatePhotos, delegateSessions, delegates, delegations, type AccreditationStatus } from "./schema.js";
import type { DelegateInput } from "../../../shared/schemas/meetings.js";
import { meetingErrors } from "./errors.js";
import { normalisePhoto, photoEtag } from "./photos.js";
import type { MeetingRow } from "./policy.js";
import { orNull } from "./service.js";
import { delegateSearchText } from "./repo.js";
import { viNameSortKey } from "../../../shared/text.js";
import { delegateFields, identityFields } from "../../../shared/personalData.js";
import type { DelegateRow } from "./delegate-rows.js";
import {
  delegateLookups,
  checkDelegateFields,
  normaliseDelegate,
  problemsError,
  throwProblems,
  validateDelegateInput,
} from "./delegate-fields.js";

const textFields = [
  "honorific",
  "position",
  "organisation",
  "email",
  "phone",
  "hotel",
  "dietary",
  "accessibility",
] as const;

function rowValues(input: Partial<DelegateInput>) {
  const v: Record<string, unknown> = {};
  const text: readonly string[] = textFields;
  for (const f of delegateFields) {
    const x = input[f];
    if (x !== undefined) v[f] = text.includes(f) ? orNull(x) : (x ?? null);
  }
  return v as Partial<typeof delegates.$inferInsert>;
}

async function setSessions(tx: Tx, delegateId: string, sessionIds: string[] | undefined) {
  if (!sessionIds) return;
  await tx.delete(delegateSessions).where(eq(delegateSessions.delegateId, delegateId));
  const unique = [...new Set(sessionIds)];
  if (unique.length) await tx.insert(delegateSessions).values(unique.map((sessionId) => ({ delegateId, sessionId })));
}

/**
 * Inserts a delegate (no permission check: the caller has checked). Validates first and writes nothing on a
 * problem; audits in the caller's transaction.
 */
export async function insertDelegateTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meeting: MeetingRow,
  delegationId: string,
  raw: DelegateInput,
  opts: { sample?: boolean } = {},
): Promise<DelegateRow> {
  try {
    const [row] = await insertDelegatesTx(tx, actor, meeting, delegationId, [raw], opts);
    // One input, one row (or a throw): nothing else can come back.
    if (!row) throw appError("INTERNAL");
    return row;
  } catch (e) {
    // One delegate: its problems as they are, not as "delegate 1 of a batch".
    if (e instanceof DelegateBatchError) throw e.error;
    throw e;
  }
}

/** A delegate of a batch failed validation: which one (0-based), and the problem as `insertDelegateTx` throws it. */
export class DelegateBatchError extends Error {
  constructor(
    readonly index: number,
    readonly error: AppError,
  ) {
    super(`delegate ${index + 1}: ${error.code}`);
  }
}

/**
 * Inserts many delegates at once (bulk upload): the same checks as `insertDelegateTx`, with the passports and sessions
 * read in one query each instead of per delegate, rows written in chunks, and one audit row per delegate written in
 * chunks too — all in the caller's transaction. A problem throws `DelegateBatchError` before anything is written.
 */
export async function insertDelegatesTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name"> | null,
  meeting: MeetingRow,
  delegationId: string,
  raws: DelegateInput[],
  opts: { sample?: boolean } = {},
): Promise<DelegateRow[]> {
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const inputs = raws.map((r) => normaliseDelegate(r));
  const lookups = await delegateLookups(tx, meeting.id, inputs);
  const inBatch = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    const problems = checkDelegateFields(meeting, input, {
      passportTaken: (p) => lookups.passportTaken(p) || inBatch.has(p),
      sessionExists: (id) => lookups.sessionExists(id),
    });
    const error = problemsError(problems);
    if (error) throw new DelegateBatchError(index, error);
    if (input.passportNumber) inBatch.add(input.passportNumber);
  }
  const prepared = inputs.map((input) => ({
    input,
    value: {
      ...rowValues(input),
      id: crypto.randomUUID(),
      meetingId: meeting.id,
      delegationId,
      fullName: input.fullName,
      role: input.role ?? "member",
      sample: opts.sample ?? false,
      searchText: delegateSearchText(input),
      nameSort: viNameSortKey(input.fullName),
    },
  }));
  const values = prepared.map((p) => p.value);
  const rows: DelegateRow[] = [];
  for (let i = 0; i < values.length; i += 500) {
    rows.push(
      ...(await tx
        .insert(delegates)
        .values(values.slice(i, i + 500))
        .returning()),
    );
  }
  const links = prepared.flatMap(({ input, value }) =>
    [...new Set(input.sessionIds ?? [])].map((sessionId) => ({ delegateId: value.id, sessionId })),
  );
  for (let i = 0; i < links.length; i += 2000) await tx.insert(delegateSessions).values(links.slice(i, i + 2000));
  const byId = new Map(rows.map((r) => [r.id, r]));
  await auditMany(
    tx,
    actor,
    prepared.map(({ input, value }) => ({
      action: "delegate.create",
      entity: "delegate",
      entityId: value.id,
      after: { ...byId.get(value.id), sessionIds: input.sessionIds ?? [] },
    })),
  );
  // Every value was inserted (one returned row each), in the order of the inputs.
  return values.map((v) => {
    const row = byId.get(v.id);
    if (!row) throw appError("INTERNAL");
    return row;
  });
}

/**
 * A module that derives its lists from delegates (logistics: transfers, rooming, meals) registers here to hear of
 * each change in the writer's transaction: `before` and `after` with their session ids; `after` null when deleted.
 * The meetings module imports none of them (app.ts imports the listeners' modules).
 */
export type DelegateChangeListener = (
  tx: Tx,
  actor: Pick<Actor, "id" | "name"> | null,
  change: {
    meetingId: string;
    before: DelegateRow & { sessionIds: string[] };
    after: (DelegateRow & { sessionIds: string[] }) | null;
  },
) => Promise<void>;
const delegateListeners: DelegateChangeListener[] = [];
export function onDelegateChange(listener: DelegateChangeListener): void {
  if (!delegateListeners.includes(listener)) delegateListeners.push(listener);
}

/**
 * Updates a delegate (no permission check). Stale `version` → 409. A change of identity fields of an accredited or
 * rejected delegate sends them back to pending.
 */
export async function updateDelegateTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meeting: MeetingRow,
  delegateId: string,
  version: number,
  rawPatch: Partial<DelegateInput>,
): Promise<DelegateRow> {
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const [before] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meeting.id)));
  if (!before) throw meetingErrors.DELEGATE_NOT_FOUND();
  const patch = normaliseDelegate(rawPatch);
  const beforeSessions = (
    await tx.select().from(delegateSessions).where(eq(delegateSessions.delegateId, delegateId))
  ).map((s) => s.sessionId);
  const next: DelegateInput = { ...before, sessionIds: beforeSessions, ...patch };
  throwProblems(await validateDelegateInput(tx, meeting, next, { excludeDelegateId: delegateId }));
  const identityChanged = identityFields.some((f) => patch[f] !== undefined && (patch[f] ?? null) !== before[f]);
  const backToPending = identityChanged && before.accreditationStatus !== "pending";
  const [row] = await tx
    .update(delegates)
    .set({
      ...rowValues(patch),
      searchText: delegateSearchText(next),
      nameSort: viNameSortKey(next.fullName),
      ...(backToPending
        ? { accreditationStatus: "pending" as const, accreditationReason: null, accreditedAt: null, accreditedBy: null }
        : {}),
      version: sql`${delegates.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(delegates.id, delegateId), eq(delegates.version, version)))
    .returning();
  if (!row) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
  await setSessions(tx, delegateId, patch.sessionIds);
  await audit(tx, actor, {
    action: "delegate.update",
    entity: "delegate",
    entityId: delegateId,
    before: { ...before, sessionIds: beforeSessions },
    after: { ...row, sessionIds: patch.sessionIds ?? beforeSessions },
  });
  for (const l of delegateListeners)
    await l(tx, actor, {
      meetingId: meeting.id,
      before: { ...before, sessionIds: beforeSessions },
      after: { ...row, sessionIds: patch.sessionIds ?? beforeSessions },
    });
  return row;
}

/** Deletes a delegate (no permission check); clears the delegation's head when it was them. */
export async function deleteDelegateTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meetingId: string,
  delegateId: string,
  version: number,
): Promise<void> {
  const [before] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meetingId)));
  if (!before) throw meetingErrors.DELEGATE_NOT_FOUND();
  await tx.update(delegations).set({ headDelegateId: null }).where(eq(delegations.headDelegateId, delegateId));
  const gone = await tx
    .delete(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.version, version)))
    .returning({ id: delegates.id });
  if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
  await audit(tx, actor, { action: "delegate.delete", entity: "delegate", entityId: delegateId, before });
  for (const l of delegateListeners)
    await l(tx, actor, { meetingId, before: { ...before, sessionIds: [] }, after: null });
}

/** Accredits or rejects a delegate (no permission check); a rejection needs a reason. Stale version → 409. */
export async function setAccreditationTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meetingId: string,
  delegateId: string,
  version: number,
  status: AccreditationStatus,
  reason: string | null,
): Promise<DelegateRow> {
  if (status === "rejected" && !reason) {
    throw invalidFields([{ field: "reason", rule: "required" }]);
  }
  const [before] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meetingId)));
  if (!before) throw meetingErrors.DELEGATE_NOT_FOUND();
  const [row] = await tx
    .update(delegates)
    .set({
      accreditationStatus: status,
      accreditationReason: status === "pending" ? null : reason,
      accreditedAt: status === "pending" ? null : new Date(),
      accreditedBy: status === "pending" ? null : actor.id,
      version: sql`${delegates.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(delegates.id, delegateId), eq(delegates.version, version)))
    .returning();
  if (!row) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
  await audit(tx, actor, {
    action: `delegate.${status === "pending" ? "reset" : status === "accredited" ? "accredit" : "reject"}`,
    entity: "delegate",
    entityId: delegateId,
    before: { accreditationStatus: before.accreditationStatus, accreditationReason: before.accreditationReason },
    after: { accreditationStatus: row.accreditationStatus, accreditationReason: row.accreditationReason },
  });
  return row;
}

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Stores a delegate's photo (no permission check): an image of at most 2 MB, stored normalised to the badge's JPEG
 * (meetings/photos.ts; callers normalise before their transaction with `normalisePhoto`, so this only checks the
 * header). A new photo is an identity change: an accredited delegate goes back to pending.
 */
export async function setDelegatePhotoTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meetingId: string,
  delegateId: string,
  bytes: Buffer,
): Promise<{ etag: string; contentType: string }> {
  if (bytes.length > PHOTO_MAX_BYTES) throw meetingErrors.PHOTO_INVALID({ maxKb: PHOTO_MAX_BYTES / 1024 });
  const photo = await normalisePhoto(bytes);
  const contentType = "image/jpeg";
  const [d] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meetingId)));
  if (!d) throw meetingErrors.DELEGATE_NOT_FOUND();
  const etag = photoEtag(photo);
  await tx.delete(delegatePhotos).where(eq(delegatePhotos.delegateId, delegateId));
  await tx
    .insert(delegatePhotos)
    .values({ delegateId, contentType, bytes: photo, size: photo.length, etag, normalisedAt: new Date() });
  await tx
    .update(delegates)
    .set({
      ...(d.accreditationStatus !== "pending"
        ? { accreditationStatus: "pending" as const, accreditationReason: null, accreditedAt: null, accreditedBy: null }
        : {}),
      version: sql`${delegates.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(delegates.id, delegateId));
  await audit(tx, actor, {
    action: "delegate.photo",
    entity: "delegate",
    entityId: delegateId,
    after: { contentType, size: photo.length, etag },
  });
  return { etag, contentType };
}

/** A delegate's photo bytes, or null (no permission check). */
export async function getDelegatePhoto(db: Executor, delegateId: string) {
  const [p] = await db.select().from(delegatePhotos).where(eq(delegatePhotos.delegateId, delegateId));
  return p ? { contentType: p.contentType, bytes: p.bytes, etag: p.etag } : null;
}

/** The photos of these delegates, by delegate id (no permission check): one query for a batch of badges. */
export async function getDelegatePhotos(db: Executor, delegateIds: string[]) {
  if (!delegateIds.length) return new Map<string, { contentType: string; bytes: Buffer; etag: string }>();
  const rows = await db
    .select({
      delegateId: delegatePhotos.delegateId,
      contentType: delegatePhotos.contentType,
      bytes: delegatePhotos.bytes,
      etag: delegatePhotos.etag,
    })
    .from(delegatePhotos)
    .where(inArray(delegatePhotos.delegateId, delegateIds));
  return new Map(rows.map((r) => [r.delegateId, { contentType: r.contentType, bytes: r.bytes, etag: r.etag }]));
}

/** Delegate rows (no photo bytes) with their session ids and photo etag, unchecked. */
