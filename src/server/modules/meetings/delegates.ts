import { and, eq } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { delegates } from "./schema.js";
import type { DelegateInput } from "../../../shared/schemas/meetings.js";
import { meetingErrors } from "./errors.js";
import { normalisePhoto } from "./photos.js";
import { PHOTO_MAX_BYTES } from "./delegates-write.js";
import { auditDelegateRead } from "./reads.js";
import {
  delegateViewFor,
  requireCachedMeeting,
  requireDelegation,
  requireMeeting,
  type MeetingPermissions,
} from "./policy.js";

import { listDelegateRows, pageDelegateRows, presentDelegate, type DelegateListQuery } from "./delegate-rows.js";
import {
  deleteDelegateTx,
  getDelegatePhoto,
  insertDelegateTx,
  setDelegatePhotoTx,
  updateDelegateTx,
} from "./delegates-write.js";

/*
 * The delegates of a meeting, as the API serves them (the actor checked first). The delegate is spread over:
 * delegations.ts (the delegations), delegate-fields.ts (input normalised and checked), delegates-write.ts (writes in
 * the caller's transaction), delegate-rows.ts (reading rows and the one API shape). Their exports are re-exported
 * here, so `./delegates.js` stays the module's one door to delegates.
 */
export * from "./delegations.js";
export * from "./delegate-fields.js";
export * from "./delegates-write.js";
export * from "./delegate-rows.js";
export { normalisePhoto, isNormalisedPhoto, PHOTO_WIDTH, PHOTO_HEIGHT } from "./photos.js";
// The delegate's fields, their groups (identity, personal, purged, …) and its input type are defined once in
// src/shared (personalData.ts, schemas/meetings.ts); re-exported here for the modules that import them.
export { identityFields, personalFields } from "../../../shared/personalData.js";
export type { DelegateInput } from "../../../shared/schemas/meetings.js";

export async function listDelegates(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  query: Omit<DelegateListQuery, "delegationId"> = {},
) {
  // The meeting's row from memory (decision 027): a list is read on every keystroke of its search box.
  const { perms } = await requireCachedMeeting(ctx, actor, meetingId);
  await requireDelegation(ctx.db, perms, delegationId);
  const view = delegateViewFor(perms, delegationId);
  ensure(view !== null);
  // The badge view carries no accreditation status; filtering by it would tell it.
  ensure(view !== "badge" || !query.status);
  const { rows, total } = await pageDelegateRows(ctx.db, meetingId, { ...query, delegationId });
  await auditDelegateRead(
    ctx.db,
    actor,
    { entity: "delegation", id: delegationId },
    view,
    rows.map((r) => r.row.id),
  );
  return { delegates: rows.map((r) => presentDelegate(r, view)), total };
}

/** A page of everyone registered for the meeting, across delegations (host roles only), searched and filtered. */
export async function searchMeetingDelegates(ctx: Ctx, actor: Actor, meetingId: string, query: DelegateListQuery = {}) {
  const { perms } = await requireCachedMeeting(ctx, actor, meetingId);
  const view = perms.delegateView;
  ensure(perms.allDelegations && view !== null);
  ensure(view !== "badge" || !query.status);
  if (query.delegationId) await requireDelegation(ctx.db, perms, query.delegationId);
  const { rows, total } = await pageDelegateRows(ctx.db, meetingId, query);
  const ids = rows.map((r) => r.row.id);
  await auditDelegateRead(ctx.db, actor, { entity: "meeting", id: meetingId }, view, ids);
  return { delegates: rows.map((r) => presentDelegate(r, view)), total };
}

async function oneDelegate(ctx: Ctx, perms: MeetingPermissions, delegationId: string, delegateId: string) {
  // Whoever sees the delegation (`requireDelegation`) has a view of its delegates.
  const view = delegateViewFor(perms, delegationId);
  ensure(view !== null);
  const [r] = await listDelegateRows(ctx.db, { meetingId: perms.meetingId, delegationId, ids: [delegateId] });
  if (!r) throw meetingErrors.DELEGATE_NOT_FOUND();
  return presentDelegate(r, view);
}

/** One delegate as the actor may see them. */
export async function getDelegate(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, delegateId: string) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  await requireDelegation(ctx.db, perms, delegationId);
  const view = delegateViewFor(perms, delegationId);
  ensure(view !== null);
  const shown = await oneDelegate(ctx, perms, delegationId, delegateId);
  await auditDelegateRead(ctx.db, actor, { entity: "delegate", id: delegateId }, view, [delegateId]);
  return shown;
}

/** Adds a delegate to a delegation (ICD, registration managers). */
export async function createDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  input: DelegateInput,
) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  await requireDelegation(ctx.db, perms, delegationId);
  const row = await ctx.db.transaction((tx) => insertDelegateTx(tx, actor, meeting, delegationId, input));
  return oneDelegate(ctx, perms, delegationId, row.id);
}

/** Edits a delegate (ICD, registration managers); send the version you read. */
export async function updateDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  patch: Partial<DelegateInput> & { version: number },
) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  await requireDelegation(ctx.db, perms, delegationId);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  const { version, ...changes } = patch;
  await ctx.db.transaction((tx) => updateDelegateTx(tx, actor, meeting, delegateId, version, changes));
  return oneDelegate(ctx, perms, delegationId, delegateId);
}

async function assertInDelegation(db: Executor, delegationId: string, delegateId: string) {
  const [d] = await db
    .select({ id: delegates.id })
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.delegationId, delegationId)));
  if (!d) throw meetingErrors.DELEGATE_NOT_FOUND();
}

/** Removes a delegate (ICD, registration managers). */
export async function deleteDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  version: number,
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  await requireDelegation(ctx.db, perms, delegationId);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  await ctx.db.transaction((tx) => deleteDelegateTx(tx, actor, meetingId, delegateId, version));
}

/** The photo of a delegate, for anyone who may see the delegate (the door included). */
export async function readDelegatePhoto(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  await requireDelegation(ctx.db, perms, delegationId);
  ensure(delegateViewFor(perms, delegationId) !== null);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  const p = await getDelegatePhoto(ctx.db, delegateId);
  if (!p) throw meetingErrors.PHOTO_NOT_FOUND();
  return p;
}

/** Uploads a delegate's photo (ICD, registration managers). */
export async function uploadDelegatePhoto(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  bytes: Buffer,
) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  await requireDelegation(ctx.db, perms, delegationId);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  // Decoded and resized before the transaction: the write itself only checks the header.
  const photo = bytes.length > PHOTO_MAX_BYTES ? bytes : await normalisePhoto(bytes);
  await ctx.db.transaction((tx) => setDelegatePhotoTx(tx, actor, meetingId, delegateId, photo));
  return oneDelegate(ctx, perms, delegationId, delegateId);
}
