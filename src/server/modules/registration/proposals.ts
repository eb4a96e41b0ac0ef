/**
 * Changes after the deadline: the contact proposes (add, edit or remove a delegate); the host accepts, which applies
 * the change through the meetings core in one transaction, or refuses with a reason. The contact sees the outcome.
 */
import { invalidFields } from "../../http/validation.js";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { AppError, appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import {
  deleteDelegateTx,
  insertDelegateTx,
  listDelegateRows,
  normaliseDelegate,
  setDelegatePhotoTx,
  updateDelegateTx,
  validateDelegateInput,
  type DelegateInput,
  type FieldProblem,
} from "../meetings/delegates.js";
import { meetingErrors } from "../meetings/errors.js";
import { PHOTO_MAX_BYTES, normalisePhoto } from "../meetings/delegates.js";
import type { Lang } from "../../../shared/errors.js";
import { requireRegistration, type DelegationRegistration } from "./policy.js";
import { diffFields, readSnapshot, type SnapshotDelegate } from "./diff.js";
import { registrationErrors } from "./errors.js";
import { registrationProposals, type ProposalKind } from "./schema.js";
import { currentSnapshot } from "./versions.js";

type ProposalRow = typeof registrationProposals.$inferSelect;

export interface ProposalInput {
  kind: ProposalKind;
  delegateId?: string;
  delegateVersion?: number;
  /** `add`: the delegate; `edit`: the fields to change. */
  changes?: Partial<DelegateInput>;
  /** A new photo, base64 (add, edit). */
  photo?: string | null;
  note?: string | null;
}

function presentProposal(p: ProposalRow) {
  return {
    id: p.id,
    delegationId: p.delegationId,
    kind: p.kind,
    delegateId: p.delegateId,
    delegateVersion: p.delegateVersion,
    delegateName: p.delegateName,
    changes: p.payload as Record<string, unknown>,
    // After a purge the stored delegate has lost its personal keys: read it back with every field present.
    before: p.before ? (readSnapshot([p.before])[0] ?? null) : null,
    hasPhoto: !!p.photo,
    note: p.note,
    status: p.status,
    reason: p.reason,
    proposedByName: p.proposedByName,
    proposedAt: p.proposedAt.toISOString(),
    decidedByName: p.decidedByName,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    resultDelegateId: p.resultDelegateId,
    version: p.version,
  };
}

/** Throws the first of a delegate's problems with all of them in `details`, as the core's routes do. */
function throwProblems(problems: FieldProblem[], lang: Lang = "en"): void {
  const first = problems[0];
  if (!first) return;
  throw new AppError(
    first.code,
    { status: first.status, ...first.message },
    {},
    problems.map((p) => ({ field: p.field, code: p.code, message: p.message[lang] })),
  );
}

/** The proposal's photo, normalised to the badge's JPEG now (a damaged file is refused when it is proposed). */
async function decodePhoto(data: string | null | undefined): Promise<Buffer | null> {
  if (!data) return null;
  const bytes = Buffer.from(data.replace(/^data:[^,]*,/, ""), "base64");
  if (bytes.length > PHOTO_MAX_BYTES) throw meetingErrors.PHOTO_INVALID({ maxKb: PHOTO_MAX_BYTES / 1024 });
  return normalisePhoto(bytes);
}

/** The delegation's change proposals, newest first (host and the delegation's contact). */
export async function listProposals(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.edit);
  const rows = await ctx.db
    .select()
    .from(registrationProposals)
    .where(eq(registrationProposals.delegationId, delegationId))
    .orderBy(desc(registrationProposals.proposedAt));
  return rows.map(presentProposal);
}

async function snapshotOf(ctx: Ctx, a: DelegationRegistration, delegateId: string) {
  const list = await currentSnapshot(ctx.db, a.meeting.id, a.delegation.id);
  const d = list.find((x) => x.id === delegateId);
  if (!d) throw meetingErrors.DELEGATE_NOT_FOUND();
  return d;
}

/**
 * Proposes a change to the delegation's list (its contact; the host changes the list directly). The change is
 * checked now, with the same rules as a direct change, and again when the host accepts it.
 */
export async function createProposal(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  input: ProposalInput,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.propose);
  if (a.meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  if (a.meeting.status === "closed") throw registrationErrors.MEETING_CLOSED();
  const photo = input.kind === "remove" ? null : await decodePhoto(input.photo);
  let payload: Partial<DelegateInput> = {};
  let before: SnapshotDelegate | null = null;
  let delegateName: string;
  /** The delegate an edit or removal is about, at the version the contact read. */
  let target: { id: string; version: number } | null = null;
  if (input.kind === "add") {
    const whole = normaliseDelegate({ ...(input.changes ?? {}) } as DelegateInput);
    throwProblems(await validateDelegateInput(ctx.db, a.meeting, whole), actor.language);
    payload = whole;
    delegateName = whole.fullName;
  } else {
    if (!input.delegateId || !input.delegateVersion) {
      throw invalidFields([
        {
          field: "delegateId",
          rule: "custom",
          text: { vi: "bắt buộc chọn khi sửa hoặc bỏ một đại biểu", en: "is required to edit or remove a delegate" },
        },
      ]);
    }
    target = { id: input.delegateId, version: input.delegateVersion };
    before = await snapshotOf(ctx, a, input.delegateId);
    const [row] = await listDelegateRows(ctx.db, { meetingId, delegationId, ids: [input.delegateId] });
    if (!row) throw meetingErrors.DELEGATE_NOT_FOUND();
    if (row.row.version !== input.delegateVersion)
      throw appError("VERSION_CONFLICT", {}, { currentVersion: row.row.version });
    delegateName = before.fullName;
    if (input.kind === "edit") {
      const patch = normaliseDelegate({ ...(input.changes ?? {}) });
      // Only what really changes is proposed.
      const current: Record<string, unknown> = before;
      const comparable = (k: string, v: unknown) => {
        if (typeof v === "string" && k.endsWith("Time")) return v.slice(0, 5);
        if (Array.isArray(v)) return v.map(String).sort().join("|");
        return v ?? null;
      };
      const patchRecord: Record<string, unknown> = patch;
      for (const [k, v] of Object.entries(patchRecord)) {
        const known = k !== "photo" && diffFields.some((f) => f === k);
        if (!known || comparable(k, v) === comparable(k, current[k])) delete patchRecord[k];
      }
      if (!Object.keys(patch).length && !photo) throw registrationErrors.PROPOSAL_EMPTY();
      const next: DelegateInput = { ...row.row, sessionIds: row.sessionIds, ...patch };
      throwProblems(
        await validateDelegateInput(ctx.db, a.meeting, next, { excludeDelegateId: input.delegateId }),
        actor.language,
      );
      payload = patch;
    }
  }
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      meetingId,
      delegationId,
      kind: input.kind,
      delegateId: target ? target.id : null,
      delegateVersion: target ? target.version : null,
      delegateName,
      payload,
      before,
      photo,
      note: input.note?.trim() || null,
      proposedBy: actor.id,
      proposedByName: actor.name,
    };
    await tx.insert(registrationProposals).values(row);
    await audit(tx, actor, {
      action: "registration.propose",
      entity: "registration_proposal",
      entityId: id,
      after: { ...row, photo: photo ? { size: photo.length } : null },
    });
  });
  const [r] = await ctx.db.select().from(registrationProposals).where(eq(registrationProposals.id, id));
  if (!r) throw registrationErrors.PROPOSAL_NOT_FOUND();
  return presentProposal(r);
}

async function pendingProposal(tx: Tx, delegationId: string, id: string, version: number) {
  const [p] = await tx
    .select()
    .from(registrationProposals)
    .where(and(eq(registrationProposals.id, id), eq(registrationProposals.delegationId, delegationId)));
  if (!p) throw registrationErrors.PROPOSAL_NOT_FOUND();
  if (p.status !== "pending") throw registrationErrors.PROPOSAL_DECIDED({ status: p.status });
  if (p.version !== version) throw appError("VERSION_CONFLICT", {}, { currentVersion: p.version });
  return p;
}

async function decide(
  tx: Tx,
  actor: Actor,
  p: ProposalRow,
  status: "accepted" | "refused" | "withdrawn",
  reason: string | null,
  resultDelegateId: string | null,
) {
  const done = await tx
    .update(registrationProposals)
    .set({
      status,
      reason,
      decidedBy: actor.id,
      decidedByName: actor.name,
      decidedAt: new Date(),
      resultDelegateId,
      // The photo has done its work (or will never be used): personal data is not kept longer than needed.
      photo: null,
      version: sql`${registrationProposals.version} + 1`,
    })
    .where(and(eq(registrationProposals.id, p.id), eq(registrationProposals.version, p.version)))
    .returning({ id: registrationProposals.id });
  if (!done.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: p.version });
  await audit(tx, actor, {
    action: `registration.proposal_${status === "accepted" ? "accept" : status === "refused" ? "refuse" : "withdraw"}`,
    entity: "registration_proposal",
    entityId: p.id,
    before: { status: "pending" },
    after: { status, reason, resultDelegateId },
  });
}

/** Accepts a proposal (host): applies it through the meetings core, all in one transaction. */
export async function acceptProposal(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  proposalId: string,
  version: number,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.manage);
  await ctx.db.transaction(async (tx) => {
    const p = await pendingProposal(tx, delegationId, proposalId, version);
    let result: string | null = null;
    try {
      if (p.kind === "add") {
        const row = await insertDelegateTx(tx, actor, a.meeting, delegationId, p.payload as DelegateInput);
        result = row.id;
        if (p.photo) await setDelegatePhotoTx(tx, actor, meetingId, row.id, p.photo);
      } else {
        // An edit or a removal names the delegate and the version it was made on (`createProposal`).
        const { delegateId, delegateVersion } = p;
        if (delegateId === null || delegateVersion === null) throw meetingErrors.DELEGATE_NOT_FOUND();
        if (p.kind === "edit") {
          const patch = p.payload as Partial<DelegateInput>;
          if (Object.keys(patch).length) {
            await updateDelegateTx(tx, actor, a.meeting, delegateId, delegateVersion, patch);
          } else {
            const [row] = await listDelegateRows(tx, { meetingId, delegationId, ids: [delegateId] });
            if (!row) throw meetingErrors.DELEGATE_NOT_FOUND();
            if (row.row.version !== delegateVersion) throw appError("VERSION_CONFLICT");
          }
          if (p.photo) await setDelegatePhotoTx(tx, actor, meetingId, delegateId, p.photo);
          result = delegateId;
        } else {
          await deleteDelegateTx(tx, actor, meetingId, delegateId, delegateVersion);
        }
      }
    } catch (e) {
      // The delegate changed (or went) after the proposal was made: the host decides again on fresh information.
      if (e instanceof AppError && (e.code === "VERSION_CONFLICT" || e.code === "DELEGATE_NOT_FOUND")) {
        throw registrationErrors.PROPOSAL_STALE();
      }
      throw e;
    }
    await decide(tx, actor, p, "accepted", null, result);
  });
  return getProposal(ctx, proposalId);
}

/** Refuses a proposal with a reason (host). */
export async function refuseProposal(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  proposalId: string,
  version: number,
  reason: string,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.manage);
  if (!reason.trim()) throw registrationErrors.REASON_REQUIRED();
  await ctx.db.transaction(async (tx) => {
    const p = await pendingProposal(tx, delegationId, proposalId, version);
    await decide(tx, actor, p, "refused", reason.trim(), null);
  });
  return getProposal(ctx, proposalId);
}

/** Withdraws one's own pending proposal (the delegation's contact). */
export async function withdrawProposal(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  proposalId: string,
  version: number,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.propose);
  await ctx.db.transaction(async (tx) => {
    const p = await pendingProposal(tx, delegationId, proposalId, version);
    await decide(tx, actor, p, "withdrawn", null, null);
  });
  return getProposal(ctx, proposalId);
}

async function getProposal(ctx: Ctx, id: string) {
  const [r] = await ctx.db.select().from(registrationProposals).where(eq(registrationProposals.id, id));
  if (!r) throw registrationErrors.PROPOSAL_NOT_FOUND();
  return presentProposal(r);
}
