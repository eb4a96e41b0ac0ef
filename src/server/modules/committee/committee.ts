import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { invitationStates } from "../people/repo.js";
import { ensureScopedAccountTx, issueInvitationTx } from "../people/service.js";
import { compareViNames } from "../../../shared/text.js";
import { committeeRoles, type CommitteeRole, type SubcommitteeRole } from "../../../shared/committee.js";
import type {
  Committee,
  CommitteeMember,
  CommitteeMemberBody,
  CommitteeMemberPatch,
  CommitteeSeat,
  InviteMemberBody,
  SeatBody,
  SeatPatch,
  Subcommittee,
  SubcommitteeBody,
  SubcommitteePatch,
} from "../../../shared/schemas/committee.js";
import { committeeErrors } from "./errors.js";
import { requireCommittee, type CommitteePermissions } from "./policy.js";
import {
  committeeContingencies,
  committeeCues,
  committeeMembers,
  committeeSeats,
  committeeSubcommittees,
  committeeTasks,
} from "./schema.js";
import { insertMemberTx, insertSeatTx, insertSubcommitteeTx, memberSearchText } from "./repo.js";
import { refreshOwnerSearchTextTx } from "./tasks.js";

/**
 * The organising committee itself (issue 13, point 1): its sub-committees in order with their seats, the whole
 * committee's members (chair first), and the ICD's edits — sub-committees, members, seats, invitations to Focal.
 * Readers of the committee (the ICD, the meeting's committee members) see members' phones and e-mails so they can
 * call each other; nobody else sees anything (`requireCommittee`).
 */

type MemberRow = typeof committeeMembers.$inferSelect;
type SubRow = typeof committeeSubcommittees.$inferSelect;

const seatOrder = (r: SubcommitteeRole) => ["head", "deputy", "secretary", "member"].indexOf(r);
const roleOrder = (r: CommitteeRole) => committeeRoles.indexOf(r);
const name = (s: { nameVi: string; nameEn: string }) => ({ vi: s.nameVi, en: s.nameEn });

/** The committee of a meeting as its readers see it. */
export async function getCommittee(ctx: Ctx, actor: Actor, meetingId: string): Promise<Committee> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  return readCommittee(ctx.db, meetingId, perms);
}

async function readCommittee(db: Executor, meetingId: string, perms: CommitteePermissions): Promise<Committee> {
  const subs = await db
    .select()
    .from(committeeSubcommittees)
    .where(eq(committeeSubcommittees.meetingId, meetingId))
    .orderBy(asc(committeeSubcommittees.position), asc(committeeSubcommittees.createdAt));
  const members = await db.select().from(committeeMembers).where(eq(committeeMembers.meetingId, meetingId));
  const memberIds = members.map((m) => m.id);
  const seats = memberIds.length
    ? await db.select().from(committeeSeats).where(inArray(committeeSeats.memberId, memberIds))
    : [];
  const taskCounts = new Map(
    (
      await db
        .select({ id: committeeTasks.subcommitteeId, n: count() })
        .from(committeeTasks)
        .where(eq(committeeTasks.meetingId, meetingId))
        .groupBy(committeeTasks.subcommitteeId)
    ).map((r) => [r.id, Number(r.n)]),
  );
  const owned = new Map(
    (
      await db
        .select({ id: committeeTasks.ownerId, n: count() })
        .from(committeeTasks)
        .where(eq(committeeTasks.meetingId, meetingId))
        .groupBy(committeeTasks.ownerId)
    ).flatMap((r) => (r.id ? [[r.id, Number(r.n)] as const] : [])),
  );
  const responsible = new Map<string, number>();
  const cues = await db
    .select({ id: committeeCues.responsibleId, n: count() })
    .from(committeeCues)
    .where(eq(committeeCues.meetingId, meetingId))
    .groupBy(committeeCues.responsibleId);
  const plans = await db
    .select({ id: committeeContingencies.responsibleId, n: count() })
    .from(committeeContingencies)
    .where(eq(committeeContingencies.meetingId, meetingId))
    .groupBy(committeeContingencies.responsibleId);
  for (const r of [...cues, ...plans]) if (r.id) responsible.set(r.id, (responsible.get(r.id) ?? 0) + Number(r.n));
  const userIds = members.flatMap((m) => (m.userId ? [m.userId] : []));
  const accounts = await invitationStates(db, userIds, new Date());

  const byId = new Map(members.map((m) => [m.id, m]));
  const seatView = (m: MemberRow, role: SubcommitteeRole): CommitteeSeat => ({
    id: m.id,
    fullName: m.fullName,
    agencyVi: m.agencyVi,
    agencyEn: m.agencyEn,
    position: m.position,
    phone: m.phone,
    email: m.email,
    role,
    hasAccount: m.userId !== null,
  });
  const byName = (a: { fullName: string }, b: { fullName: string }) => compareViNames(a.fullName, b.fullName);

  const subcommittees: Subcommittee[] = subs.map((s) => {
    const list = seats
      .filter((x) => x.subcommitteeId === s.id)
      .flatMap((x) => {
        const m = byId.get(x.memberId);
        return m ? [seatView(m, x.role)] : [];
      })
      .sort((a, b) => seatOrder(a.role) - seatOrder(b.role) || byName(a, b));
    const tasks = taskCounts.get(s.id) ?? 0;
    return {
      id: s.id,
      key: s.key,
      nameVi: s.nameVi,
      nameEn: s.nameEn,
      remitVi: s.remitVi,
      remitEn: s.remitEn,
      position: s.position,
      version: s.version,
      head: list.find((x) => x.role === "head") ?? null,
      deputies: list.filter((x) => x.role === "deputy"),
      members: list,
      taskCount: tasks,
      permissions: { edit: perms.manage, delete: perms.manage && tasks === 0 },
    };
  });

  const view: CommitteeMember[] = members
    .map((m) => {
      const acc = m.userId ? accounts.get(m.userId) : undefined;
      const tasksOwned = owned.get(m.id) ?? 0;
      const responsibleFor = responsible.get(m.id) ?? 0;
      return {
        id: m.id,
        fullName: m.fullName,
        agencyVi: m.agencyVi,
        agencyEn: m.agencyEn,
        position: m.position,
        phone: m.phone,
        email: m.email,
        committeeRole: m.committeeRole,
        hasAccount: m.userId !== null,
        account: !acc ? ("none" as const) : acc.registered ? ("active" as const) : ("invited" as const),
        sample: m.sample,
        seats: seats
          .filter((x) => x.memberId === m.id)
          .map((x) => ({ subcommitteeId: x.subcommitteeId, role: x.role }))
          .sort(
            (a, b) =>
              subs.findIndex((s) => s.id === a.subcommitteeId) - subs.findIndex((s) => s.id === b.subcommitteeId),
          ),
        tasksOwned,
        responsibleFor,
        version: m.version,
        permissions: {
          edit: perms.manage,
          delete: perms.manage && tasksOwned === 0 && responsibleFor === 0,
          invite: perms.manage && m.userId === null && !!m.email,
        },
      };
    })
    .sort((a, b) => roleOrder(a.committeeRole) - roleOrder(b.committeeRole) || byName(a, b));

  return {
    meetingId,
    subcommittees,
    members: view,
    permissions: { read: perms.read, manage: perms.manage },
  };
}

/** Loads the committee for a write by the ICD: 403 for everybody else, before anything is read or written. */
async function forManage(ctx: Ctx, actor: Actor, meetingId: string) {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.manage);
  return perms;
}

async function subOf(tx: Executor, meetingId: string, subId: string): Promise<SubRow> {
  const [s] = await tx
    .select()
    .from(committeeSubcommittees)
    .where(and(eq(committeeSubcommittees.id, subId), eq(committeeSubcommittees.meetingId, meetingId)));
  if (!s) throw committeeErrors.SUBCOMMITTEE_NOT_FOUND();
  return s;
}

async function memberOf(tx: Executor, meetingId: string, memberId: string): Promise<MemberRow> {
  const [m] = await tx
    .select()
    .from(committeeMembers)
    .where(and(eq(committeeMembers.id, memberId), eq(committeeMembers.meetingId, meetingId)));
  if (!m) throw committeeErrors.MEMBER_NOT_FOUND();
  return m;
}

/** Bumps a sub-committee's version when the caller's matches; 409 otherwise. */
async function bumpSub(tx: Executor, s: SubRow, version: number, set: Partial<SubRow> = {}): Promise<SubRow> {
  const [row] = await tx
    .update(committeeSubcommittees)
    .set({ ...set, version: s.version + 1, updatedAt: new Date() })
    .where(and(eq(committeeSubcommittees.id, s.id), eq(committeeSubcommittees.version, version)))
    .returning();
  if (!row) throw appError("VERSION_CONFLICT");
  return row;
}

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v ? v : null);

// ---------------------------------------------------------------- sub-committees

export async function createSubcommittee(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: SubcommitteeBody,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    let position = body.position;
    if (position === undefined) {
      const [last] = await tx
        .select({ max: sql<number | null>`max(${committeeSubcommittees.position})` })
        .from(committeeSubcommittees)
        .where(eq(committeeSubcommittees.meetingId, meetingId));
      position = (last?.max ?? -1) + 1;
    }
    const row = {
      id: crypto.randomUUID(),
      meetingId,
      nameVi: body.nameVi,
      nameEn: body.nameEn,
      remitVi: body.remitVi || null,
      remitEn: body.remitEn || null,
      position,
    };
    await insertSubcommitteeTx(tx, row);
    await audit(tx, actor, {
      action: "committee_subcommittee.create",
      entity: "committee_subcommittee",
      entityId: row.id,
      after: row,
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

export async function updateSubcommittee(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  subId: string,
  patch: SubcommitteePatch,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const before = await subOf(tx, meetingId, subId);
    const after = await bumpSub(tx, before, patch.version, {
      ...(patch.nameVi !== undefined && { nameVi: patch.nameVi }),
      ...(patch.nameEn !== undefined && { nameEn: patch.nameEn }),
      ...(patch.remitVi !== undefined && { remitVi: blankToNull(patch.remitVi) ?? null }),
      ...(patch.remitEn !== undefined && { remitEn: blankToNull(patch.remitEn) ?? null }),
      ...(patch.position !== undefined && { position: patch.position }),
    });
    await audit(tx, actor, {
      action: "committee_subcommittee.update",
      entity: "committee_subcommittee",
      entityId: subId,
      before,
      after,
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

/** Deletes a sub-committee that has no tasks (its seats go with it). */
export async function deleteSubcommittee(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  subId: string,
  version: number,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const before = await subOf(tx, meetingId, subId);
    const [tasks] = await tx
      .select({ n: count() })
      .from(committeeTasks)
      .where(eq(committeeTasks.subcommitteeId, subId));
    if (Number(tasks?.n ?? 0) > 0) throw committeeErrors.SUBCOMMITTEE_HAS_TASKS({ n: Number(tasks?.n) });
    const gone = await tx
      .delete(committeeSubcommittees)
      .where(and(eq(committeeSubcommittees.id, subId), eq(committeeSubcommittees.version, version)))
      .returning({ id: committeeSubcommittees.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "committee_subcommittee.delete",
      entity: "committee_subcommittee",
      entityId: subId,
      before,
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

// ---------------------------------------------------------------- seats

async function checkHead(tx: Executor, s: SubRow, memberId: string) {
  const [head] = await tx
    .select({ name: committeeMembers.fullName, id: committeeMembers.id })
    .from(committeeSeats)
    .innerJoin(committeeMembers, eq(committeeMembers.id, committeeSeats.memberId))
    .where(and(eq(committeeSeats.subcommitteeId, s.id), eq(committeeSeats.role, "head")));
  if (head && head.id !== memberId) throw committeeErrors.HEAD_TAKEN({ name: head.name, subcommittee: name(s) });
}

/** Seats a member in a sub-committee with a role: once per sub-committee, at most one head. */
export async function addSeat(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  subId: string,
  body: SeatBody,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const s = await subOf(tx, meetingId, subId);
    const m = await memberOf(tx, meetingId, body.memberId);
    const [dup] = await tx
      .select({ role: committeeSeats.role })
      .from(committeeSeats)
      .where(and(eq(committeeSeats.subcommitteeId, subId), eq(committeeSeats.memberId, m.id)));
    if (dup) throw committeeErrors.SEAT_TAKEN({ name: m.fullName, subcommittee: name(s) });
    if (body.role === "head") await checkHead(tx, s, m.id);
    await insertSeatTx(tx, { subcommitteeId: subId, memberId: m.id, role: body.role });
    await bumpSub(tx, s, s.version);
    await audit(tx, actor, {
      action: "committee_seat.add",
      entity: "committee_subcommittee",
      entityId: subId,
      after: { memberId: m.id, fullName: m.fullName, role: body.role },
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

export async function updateSeat(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  subId: string,
  memberId: string,
  body: SeatPatch,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const s = await subOf(tx, meetingId, subId);
    const m = await memberOf(tx, meetingId, memberId);
    const [seat] = await tx
      .select()
      .from(committeeSeats)
      .where(and(eq(committeeSeats.subcommitteeId, subId), eq(committeeSeats.memberId, memberId)));
    if (!seat) throw committeeErrors.SEAT_NOT_FOUND({ name: m.fullName });
    if (body.role === "head") await checkHead(tx, s, memberId);
    await bumpSub(tx, s, body.version);
    await tx
      .update(committeeSeats)
      .set({ role: body.role })
      .where(and(eq(committeeSeats.subcommitteeId, subId), eq(committeeSeats.memberId, memberId)));
    await audit(tx, actor, {
      action: "committee_seat.update",
      entity: "committee_subcommittee",
      entityId: subId,
      before: { memberId, fullName: m.fullName, role: seat.role },
      after: { memberId, fullName: m.fullName, role: body.role },
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

export async function removeSeat(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  subId: string,
  memberId: string,
  version: number,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const s = await subOf(tx, meetingId, subId);
    const m = await memberOf(tx, meetingId, memberId);
    const gone = await tx
      .delete(committeeSeats)
      .where(and(eq(committeeSeats.subcommitteeId, subId), eq(committeeSeats.memberId, memberId)))
      .returning();
    if (!gone.length) throw committeeErrors.SEAT_NOT_FOUND({ name: m.fullName });
    await bumpSub(tx, s, version);
    await audit(tx, actor, {
      action: "committee_seat.remove",
      entity: "committee_subcommittee",
      entityId: subId,
      before: { memberId, fullName: m.fullName, role: gone[0]?.role },
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

// ---------------------------------------------------------------- members

export async function createMember(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: CommitteeMemberBody,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const fields = {
      fullName: body.fullName,
      agencyVi: body.agencyVi,
      agencyEn: body.agencyEn ?? "",
      position: body.position || null,
      phone: body.phone || null,
      email: body.email ? body.email.toLowerCase() : null,
      committeeRole: body.committeeRole ?? "member",
    };
    const row = await insertMemberTx(tx, { meetingId, ...fields });
    await audit(tx, actor, {
      action: "committee_member.create",
      entity: "committee_member",
      entityId: row.id,
      after: { ...fields, meetingId },
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

export async function updateMember(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  memberId: string,
  patch: CommitteeMemberPatch,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const before = await memberOf(tx, meetingId, memberId);
    const next = {
      fullName: patch.fullName ?? before.fullName,
      agencyVi: patch.agencyVi ?? before.agencyVi,
      agencyEn: patch.agencyEn ?? before.agencyEn,
      position: patch.position === undefined ? before.position : patch.position || null,
      phone: patch.phone === undefined ? before.phone : patch.phone || null,
      email: patch.email === undefined ? before.email : patch.email ? patch.email.toLowerCase() : null,
      committeeRole: patch.committeeRole ?? before.committeeRole,
    };
    const [after] = await tx
      .update(committeeMembers)
      .set({ ...next, searchText: memberSearchText(next), version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(committeeMembers.id, memberId), eq(committeeMembers.version, patch.version)))
      .returning();
    if (!after) throw appError("VERSION_CONFLICT");
    // A search by the owner's new name finds their tasks.
    if (after.fullName !== before.fullName) await refreshOwnerSearchTextTx(tx, memberId);
    await audit(tx, actor, {
      action: "committee_member.update",
      entity: "committee_member",
      entityId: memberId,
      before: strip(before),
      after: strip(after),
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

const strip = (m: MemberRow) => ({
  fullName: m.fullName,
  agencyVi: m.agencyVi,
  agencyEn: m.agencyEn,
  position: m.position,
  phone: m.phone,
  email: m.email,
  committeeRole: m.committeeRole,
  userId: m.userId,
});

/** Deletes a member who owns no task and is responsible for no cue or contingency plan (their seats go too). */
export async function deleteMember(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  memberId: string,
  version: number,
): Promise<Committee> {
  const perms = await forManage(ctx, actor, meetingId);
  await ctx.db.transaction(async (tx) => {
    const before = await memberOf(tx, meetingId, memberId);
    const n = async (q: Promise<{ n: number }[]>) => Number((await q)[0]?.n ?? 0);
    const tasks = await n(tx.select({ n: count() }).from(committeeTasks).where(eq(committeeTasks.ownerId, memberId)));
    const cues = await n(
      tx.select({ n: count() }).from(committeeCues).where(eq(committeeCues.responsibleId, memberId)),
    );
    const plans = await n(
      tx.select({ n: count() }).from(committeeContingencies).where(eq(committeeContingencies.responsibleId, memberId)),
    );
    if (tasks + cues + plans > 0) throw committeeErrors.MEMBER_HAS_WORK({ name: before.fullName, tasks, cues, plans });
    const gone = await tx
      .delete(committeeMembers)
      .where(and(eq(committeeMembers.id, memberId), eq(committeeMembers.version, version)))
      .returning({ id: committeeMembers.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "committee_member.delete",
      entity: "committee_member",
      entityId: memberId,
      before: strip(before),
    });
  });
  return readCommittee(ctx.db, meetingId, perms);
}

/**
 * Invites a member (typically from another agency) to Focal: the account with their e-mail (created, or the
 * existing one reused), a `committee_member` grant scoped to this meeting, the member linked to it, and — when the
 * account has no password yet — the people module's invitation e-mail. One transaction, audited.
 */
export async function inviteMember(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  memberId: string,
  body: InviteMemberBody,
): Promise<{ committee: Committee; invited: boolean }> {
  const perms = await forManage(ctx, actor, meetingId);
  const { mailIds } = await ctx.db.transaction(async (tx) => {
    const m = await memberOf(tx, meetingId, memberId);
    if (m.userId) throw committeeErrors.MEMBER_HAS_ACCOUNT({ name: m.fullName });
    if (!m.email) throw committeeErrors.MEMBER_NO_EMAIL({ name: m.fullName });
    const language = body.language ?? "vi";
    const account = await ensureScopedAccountTx(
      tx,
      actor,
      {
        email: m.email,
        name: m.fullName,
        language,
        title: m.position,
        organisation: language === "en" && m.agencyEn ? m.agencyEn : m.agencyVi,
        role: "committee_member",
        scopeId: meetingId,
      },
      ctx.database.notices,
    );
    if ("refused" in account) throw committeeErrors.ACCOUNT_INACTIVE({ email: m.email });
    const [other] = await tx
      .select({ name: committeeMembers.fullName })
      .from(committeeMembers)
      .where(and(eq(committeeMembers.meetingId, meetingId), eq(committeeMembers.userId, account.userId)));
    if (other) throw committeeErrors.ACCOUNT_TAKEN({ email: m.email, name: other.name });
    const [after] = await tx
      .update(committeeMembers)
      .set({ userId: account.userId, version: m.version + 1, updatedAt: new Date() })
      .where(and(eq(committeeMembers.id, m.id), eq(committeeMembers.version, m.version)))
      .returning();
    if (!after) throw appError("VERSION_CONFLICT");
    const ids = account.registered
      ? []
      : [await issueInvitationTx(ctx, tx, { id: account.userId, email: m.email, name: account.name, language })];
    await audit(tx, actor, {
      action: "committee_member.invite",
      entity: "committee_member",
      entityId: m.id,
      before: strip(m),
      after: { ...strip(after), invitationSent: ids.length > 0, accountCreated: account.created },
    });
    return { mailIds: ids };
  });
  await ctx.mailer.deliver(ctx.db, mailIds);
  return { committee: await readCommittee(ctx.db, meetingId, perms), invited: mailIds.length > 0 };
}
