/**
 * Registration by each delegation: the contact's portal (their delegations, the list, direct changes before the
 * deadline) and the host's accreditation. Delegates are written only through the meetings core's `…Tx` functions.
 */
import { invalidFields } from "../../http/validation.js";
import { and, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import {
  deleteDelegateTx,
  insertDelegateTx,
  listDelegateRows,
  normalisePhoto,
  PHOTO_MAX_BYTES,
  presentDelegate,
  setAccreditationTx,
  setDelegatePhotoTx,
  updateDelegateTx,
  type DelegateInput,
} from "../meetings/delegates.js";
import { contactDelegations } from "../meetings/policy.js";
import { delegationWithMeeting } from "../meetings/repo.js";
import { meetingErrors } from "../meetings/errors.js";
import { listSessionsOf } from "../meetings/programme.js";
import { toZonedIso } from "../meetings/time.js";
import type { AccreditationStatus } from "../meetings/schema.js";
import {
  deadlineText,
  ensureDirectEdit,
  registrationClosed,
  requireRegistration,
  type DelegationRegistration,
} from "./policy.js";
import { diffLists } from "./diff.js";
import { registrationProposals } from "./schema.js";
import { currentSnapshot, latestVersionRow, versionDelegates } from "./versions.js";

/** The delegations the signed-in contact registers, with their meetings (empty for anyone else). */
export async function myDelegations(ctx: Ctx, actor: Actor) {
  const own = await contactDelegations(ctx.db, actor);
  const out = [];
  for (const d of own) {
    const found = await delegationWithMeeting(ctx.db, d.id);
    if (!found) continue;
    const row = { d: found.delegation, m: found.meeting };
    const latest = await latestVersionRow(ctx.db, d.id);
    out.push({
      meetingId: row.m.id,
      delegationId: row.d.id,
      nameVi: row.d.nameVi,
      nameEn: row.d.nameEn,
      country: row.d.country,
      meetingCode: row.m.code,
      meetingTitleVi: row.m.titleVi,
      meetingTitleEn: row.m.titleEn,
      startDate: row.m.startDate,
      endDate: row.m.endDate,
      registrationDeadline: row.m.registrationDeadline ? toZonedIso(row.m.registrationDeadline, row.m.timeZone) : null,
      closed: registrationClosed(row.m),
      latestVersion: latest?.number ?? null,
    });
  }
  return out.sort((a, b) => b.startDate.localeCompare(a.startDate));
}

/** The sessions a delegation is invited to (all sessions when the programme names no delegations for one). */
export async function delegationSessions(ctx: Ctx, a: DelegationRegistration) {
  const all = await listSessionsOf(ctx.db, a.meeting);
  return all
    .filter((s) => s.delegationIds.length === 0 || s.delegationIds.includes(a.delegation.id))
    .map((s) => ({ id: s.id, kind: s.kind, titleVi: s.titleVi, titleEn: s.titleEn, start: s.start, end: s.end }));
}

/** Where a delegation's registration stands: deadline, what the reader may do, last submission, pending changes. */
export async function registrationOverview(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.read);
  const closed = registrationClosed(a.meeting);
  const latest = await latestVersionRow(ctx.db, delegationId);
  const now = await currentSnapshot(ctx.db, meetingId, delegationId);
  const d = diffLists(versionDelegates(latest), now);
  const [p] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrationProposals)
    .where(and(eq(registrationProposals.delegationId, delegationId), eq(registrationProposals.status, "pending")));
  const m = a.meeting;
  return {
    meeting: {
      id: m.id,
      code: m.code,
      titleVi: m.titleVi,
      titleEn: m.titleEn,
      startDate: m.startDate,
      endDate: m.endDate,
      cityVi: m.cityVi,
      cityEn: m.cityEn,
      timeZone: m.timeZone,
      status: m.status,
      registrationDeadline: m.registrationDeadline ? toZonedIso(m.registrationDeadline, m.timeZone) : null,
    },
    delegation: {
      id: a.delegation.id,
      nameVi: a.delegation.nameVi,
      nameEn: a.delegation.nameEn,
      country: a.delegation.country,
      category: a.delegation.category,
      contactName: a.delegation.contactName,
      contactEmail: a.delegation.contactEmail,
    },
    role: a.perms.manage ? ("host" as const) : a.perms.propose ? ("contact" as const) : ("reader" as const),
    closed,
    meetingClosed: m.status === "closed",
    deadlineText: m.registrationDeadline ? deadlineText(m) : null,
    canEdit: a.perms.editDirectly,
    canPropose: a.perms.propose && closed && m.status !== "closed",
    purged: !!m.purgedAt,
    delegateCount: now.length,
    latestVersion: latest
      ? {
          number: latest.number,
          submittedAt: latest.submittedAt.toISOString(),
          submittedByName: latest.submittedByName,
        }
      : null,
    unsubmitted: { added: d.added.length, removed: d.removed.length, changed: d.changed.length },
    pendingProposals: Number(p?.n ?? 0),
    sessions: await delegationSessions(ctx, a),
  };
}

/** A delegate of this delegation (404 for a delegate of another delegation, whatever the id). */
async function delegateOf(ctx: Ctx, a: DelegationRegistration, delegateId: string) {
  const [r] = await listDelegateRows(ctx.db, {
    meetingId: a.meeting.id,
    delegationId: a.delegation.id,
    ids: [delegateId],
  });
  if (!r) throw meetingErrors.DELEGATE_NOT_FOUND();
  return r;
}

async function present(ctx: Ctx, a: DelegationRegistration, delegateId: string) {
  return presentDelegate(await delegateOf(ctx, a, delegateId), "full");
}

/** Adds a delegate to the contact's delegation (before the deadline; the host at any time). */
export async function addDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  input: DelegateInput,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  const row = await ctx.db.transaction((tx) => insertDelegateTx(tx, actor, a.meeting, delegationId, input));
  return present(ctx, a, row.id);
}

/** Edits a delegate of the delegation; send the version you read. Identity changes send an accredited delegate back to pending. */
export async function editDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  patch: Partial<DelegateInput> & { version: number },
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  await delegateOf(ctx, a, delegateId);
  const { version, ...changes } = patch;
  await ctx.db.transaction((tx) => updateDelegateTx(tx, actor, a.meeting, delegateId, version, changes));
  return present(ctx, a, delegateId);
}

/** Removes a delegate of the delegation. */
export async function removeDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  version: number,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  await delegateOf(ctx, a, delegateId);
  await ctx.db.transaction((tx) => deleteDelegateTx(tx, actor, meetingId, delegateId, version));
}

/** Uploads a delegate's photo (an image of at most 2 MB, stored as the badge's JPEG); a new photo sends an accredited delegate back to pending. */
export async function putDelegatePhoto(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  bytes: Buffer,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  if (a.meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  await delegateOf(ctx, a, delegateId);
  // Decoded and resized before the transaction: the write itself only checks the header.
  const photo = bytes.length > PHOTO_MAX_BYTES ? bytes : await normalisePhoto(bytes);
  await ctx.db.transaction((tx) => setDelegatePhotoTx(tx, actor, meetingId, delegateId, photo));
  return present(ctx, a, delegateId);
}

/** Accredits, rejects (with a reason) or resets a delegate to pending (host). Send the delegate's version. */
export async function accredit(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  body: { status: AccreditationStatus; reason?: string | null; version: number },
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.manage);
  await delegateOf(ctx, a, delegateId);
  const reason = body.reason?.trim() || null;
  if (body.status === "rejected" && !reason) {
    throw invalidFields([
      {
        field: "reason",
        rule: "custom",
        text: { vi: "bắt buộc nhập khi từ chối", en: "is required for a rejection" },
      },
    ]);
  }
  await ctx.db.transaction((tx) =>
    setAccreditationTx(tx, actor, meetingId, delegateId, body.version, body.status, reason),
  );
  return present(ctx, a, delegateId);
}
