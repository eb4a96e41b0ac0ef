import { createHmac, randomBytes } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit, auditMany } from "../audit/service.js";
import { getOrCreateSetting } from "../system/settings.js";
import { requireMeeting, requireDelegation, type MeetingRow } from "../meetings/policy.js";
import {
  delegateStatuses,
  listDelegateRows,
  listDelegationsOf,
  pageDelegateRows,
  type DelegateListQuery,
  type DelegateRow,
  type DelegationRow,
} from "../meetings/delegates.js";
import { meetingErrors } from "../meetings/errors.js";
import { compareViNames } from "../../../shared/text.js";
import { badgeCodeFrom } from "../../../shared/badges.js";
import { badges, type BadgeSelection, type SkippedDelegate } from "./schema.js";
import { badgeErrors } from "./errors.js";
import { badgeKeys, hashBadgeCode, signBadgeToken } from "./keys.js";
import { needsReissue } from "./inbox.js";

export type BadgeRow = typeof badges.$inferSelect;

const CODE_SECRET_SETTING = "badge_code_secret";
const secretCache = new WeakMap<object, Promise<Buffer>>();

function codeSecret(db: Executor): Promise<Buffer> {
  let s = secretCache.get(db);
  if (!s) {
    s = getOrCreateSetting(db, CODE_SECRET_SETTING, () => randomBytes(32).toString("base64")).then((v) =>
      Buffer.from(v, "base64"),
    );
    s.catch(() => secretCache.delete(db));
    secretCache.set(db, s);
  }
  return s;
}

/**
 * A badge's short code: 60 bits of an HMAC of its random id under the installation's secret. It can be printed
 * again for the same badge, cannot be computed by anyone without the secret, and is stored only as a hash.
 */
export function badgeCode(secret: Buffer, badgeId: string): string {
  return badgeCodeFrom(createHmac("sha256", secret).update(badgeId).digest().subarray(0, 8));
}

/** What a badge's printed face needs: its signed token and short code. */
export async function badgeCredentials(
  db: Executor,
  b: Pick<BadgeRow, "id" | "delegateId" | "meetingId" | "issueNumber">,
) {
  const [keys, secret] = await Promise.all([badgeKeys(db), codeSecret(db)]);
  return {
    token: signBadgeToken(keys, {
      badgeId: b.id,
      delegateId: b.delegateId,
      meetingId: b.meetingId,
      issue: b.issueNumber,
    }),
    code: badgeCode(secret, b.id),
  };
}

/** Actives badges of these delegates, by delegate id (no permission check). */
export async function activeBadges(db: Executor, delegateIds: string[]): Promise<Map<string, BadgeRow>> {
  if (!delegateIds.length) return new Map();
  const rows = await db
    .select()
    .from(badges)
    .where(and(inArray(badges.delegateId, delegateIds), eq(badges.status, "active")));
  return new Map(rows.map((r) => [r.delegateId, r]));
}

async function nextIssueNumbers(tx: Executor, delegateIds: string[]): Promise<Map<string, number>> {
  if (!delegateIds.length) return new Map();
  const rows = await tx
    .select({ delegateId: badges.delegateId, max: sql<number>`max(${badges.issueNumber})::int` })
    .from(badges)
    .where(inArray(badges.delegateId, delegateIds))
    .groupBy(badges.delegateId);
  return new Map(rows.map((r) => [r.delegateId, Number(r.max) + 1]));
}

/**
 * Gives every listed (accredited) delegate an active badge, creating the missing ones with an audit row each.
 * No permission check: the caller has checked. Returns the active badge of each.
 */
export async function issueMissingBadgesTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meetingId: string,
  delegateIds: string[],
): Promise<Map<string, BadgeRow>> {
  const active = await activeBadges(tx, delegateIds);
  const missing = delegateIds.filter((id) => !active.has(id));
  if (!missing.length) return active;
  const next = await nextIssueNumbers(tx, missing);
  const secret = await codeSecret(tx);
  const rows = missing.map((delegateId) => {
    const id = crypto.randomUUID();
    return {
      id,
      meetingId,
      delegateId,
      issueNumber: next.get(delegateId) ?? 1,
      status: "active" as const,
      codeHash: hashBadgeCode(badgeCode(secret, id)),
      issuedBy: actor.id,
    };
  });
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await tx
      .insert(badges)
      .values(rows.slice(i, i + 500))
      .returning();
    for (const b of inserted) active.set(b.delegateId, b);
  }
  // One audit row per badge, written in chunks (a batch of a thousand badges is one transaction).
  await auditMany(
    tx,
    actor,
    rows.map((r) => ({
      action: "badge.issue" as const,
      entity: "badge",
      entityId: r.id,
      after: { delegateId: r.delegateId, meetingId, issueNumber: r.issueNumber },
    })),
  );
  return active;
}

/** Loads a meeting the actor may print badges for (ICD, the meeting's registration managers). */
export async function requireBadgeManager(ctx: Ctx, actor: Actor, meetingId: string) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  return { meeting, perms };
}

function presentBadge(b: BadgeRow | undefined) {
  return b ? { id: b.id, issueNumber: b.issueNumber, status: b.status, issuedAt: b.issuedAt.toISOString() } : null;
}

/**
 * A page of the meeting's delegates (or one delegation's) with their badge: who has one, who cannot have one and
 * why; searched and filtered by accreditation status on the server, in name order, with the count of all matches.
 */
export async function listBadges(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  query: DelegateListQuery & { reissue?: boolean } = {},
) {
  const { perms } = await requireBadgeManager(ctx, actor, meetingId);
  if (query.delegationId) await requireDelegation(ctx.db, perms, query.delegationId);
  const { reissue, ...rest } = query;
  const { rows, total } = await pageDelegateRows(
    ctx.db,
    meetingId,
    reissue ? { ...rest, ids: await reissueIds(ctx, meetingId) } : rest,
  );
  const ids = rows.map((r) => r.row.id);
  const active = await activeBadges(ctx.db, ids);
  const revoked = ids.length
    ? await ctx.db
        .select({ delegateId: badges.delegateId, n: sql<number>`count(*)::int` })
        .from(badges)
        .where(and(inArray(badges.delegateId, ids), eq(badges.status, "revoked")))
        .groupBy(badges.delegateId)
    : [];
  const revokedBy = new Map(revoked.map((r) => [r.delegateId, Number(r.n)]));
  const delegationById = new Map((await listDelegationsOf(ctx.db, meetingId)).map((d) => [d.id, d]));
  const items = rows.map(({ row, photoEtag }) => {
    const d = delegationOf(delegationById, row.delegationId);
    return {
      delegateId: row.id,
      fullName: row.fullName,
      honorific: row.honorific,
      position: row.position,
      delegationId: row.delegationId,
      delegationNameVi: d.nameVi,
      delegationNameEn: d.nameEn,
      category: d.category,
      accreditationStatus: row.accreditationStatus,
      hasPhoto: photoEtag !== null,
      badge: presentBadge(active.get(row.id)),
      revokedCount: revokedBy.get(row.id) ?? 0,
      needsReissue: needsReissue(row, active.get(row.id)),
    };
  });
  return { items, total };
}

/** The delegates of a meeting whose active badge was printed before their current accreditation. */
async function reissueIds(ctx: Ctx, meetingId: string): Promise<string[]> {
  const active = await ctx.db
    .select()
    .from(badges)
    .where(and(eq(badges.meetingId, meetingId), eq(badges.status, "active")));
  if (!active.length) return [];
  const byDelegate = new Map(active.map((b) => [b.delegateId, b]));
  const rows = await listDelegateRows(ctx.db, { meetingId, ids: [...byDelegate.keys()] });
  return rows.filter(({ row }) => needsReissue(row, byDelegate.get(row.id))).map(({ row }) => row.id);
}

/** How many delegates of the meeting (or a delegation) are accredited, have an active badge, cannot have one. */
export async function badgeSummary(ctx: Ctx, actor: Actor, meetingId: string, delegationId?: string) {
  const { perms } = await requireBadgeManager(ctx, actor, meetingId);
  if (delegationId) await requireDelegation(ctx.db, perms, delegationId);
  const people = await delegateStatuses(ctx.db, meetingId, delegationId);
  const active = await activeBadges(
    ctx.db,
    people.map((p) => p.id),
  );
  const accredited = people.filter((p) => p.status === "accredited").length;
  return { total: people.length, accredited, withBadge: active.size, notAccredited: people.length - accredited };
}

/**
 * Reissues a delegate's badge (a lost badge): the active one is revoked, so its QR code and short code stop working
 * at every door, and a new one with the next issue number is made. Only for accredited delegates.
 */
export async function reissueBadge(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegateId: string,
  reason: string | null,
) {
  const { meeting } = await requireBadgeManager(ctx, actor, meetingId);
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const [d] = await listDelegateRows(ctx.db, { meetingId, ids: [delegateId] });
  if (!d) throw meetingErrors.DELEGATE_NOT_FOUND();
  if (d.row.accreditationStatus !== "accredited") throw badgeErrors.NOT_ACCREDITED({ name: d.row.fullName });
  const badge = await ctx.db.transaction(async (tx) => {
    const [old] = await tx
      .update(badges)
      .set({ status: "revoked", revokedAt: new Date(), revokedBy: actor.id, revokedReason: reason })
      .where(and(eq(badges.delegateId, delegateId), eq(badges.status, "active")))
      .returning();
    if (old) {
      await audit(tx, actor, {
        action: "badge.revoke",
        entity: "badge",
        entityId: old.id,
        before: { status: "active", issueNumber: old.issueNumber },
        after: { status: "revoked", reason, delegateId },
      });
    }
    const issued = await issueMissingBadgesTx(tx, actor, meetingId, [delegateId]);
    return issuedBadge(issued, delegateId);
  });
  return { delegateId, badge: presentBadge(badge), revoked: true };
}

export type { BadgeSelection, SkippedDelegate };

/** A delegation of the meeting, by id from the meeting's list (every delegate's delegation is in it). */
export function delegationOf(delegations: Map<string, DelegationRow>, delegationId: string): DelegationRow {
  const d = delegations.get(delegationId);
  if (!d) throw meetingErrors.DELEGATION_NOT_FOUND();
  return d;
}

/** The active badge `issueMissingBadgesTx` returned for a delegate it was asked for (it returns one for each). */
export function issuedBadge(issued: Map<string, BadgeRow>, delegateId: string): BadgeRow {
  const b = issued.get(delegateId);
  if (!b) throw appError("INTERNAL");
  return b;
}

export interface SelectedDelegates {
  meeting: MeetingRow;
  delegations: Map<string, DelegationRow>;
  accredited: DelegateRow[];
  skipped: SkippedDelegate[];
}

/**
 * The delegates a badge batch is for (everyone, one delegation, or chosen delegates), split into those who get a
 * badge (accredited) and those left out with the reason. Chosen ids from another meeting are refused as a whole.
 */
export async function selectDelegates(
  db: Executor,
  meeting: MeetingRow,
  sel: BadgeSelection,
): Promise<SelectedDelegates> {
  const rows = await listDelegateRows(db, {
    meetingId: meeting.id,
    delegationId: sel.delegationId,
    ids: sel.delegateIds,
  });
  if (sel.delegateIds) {
    const found = new Set(rows.map((r) => r.row.id));
    const stray = [...new Set(sel.delegateIds)].filter((id) => !found.has(id));
    if (stray.length) throw badgeErrors.DELEGATES_NOT_IN_MEETING({ count: stray.length }, { delegateIds: stray });
  }
  const delegations = new Map((await listDelegationsOf(db, meeting.id)).map((d) => [d.id, d]));
  const order = (a: DelegateRow, b: DelegateRow) => {
    const da = delegationOf(delegations, a.delegationId);
    const dbb = delegationOf(delegations, b.delegationId);
    return da.nameEn.localeCompare(dbb.nameEn, "en") || compareViNames(a.fullName, b.fullName);
  };
  const all = rows.map((r) => r.row).sort(order);
  return {
    meeting,
    delegations,
    accredited: all.filter((r) => r.accreditationStatus === "accredited"),
    skipped: all
      .filter((r) => r.accreditationStatus !== "accredited")
      .map((r) => ({ delegateId: r.id, fullName: r.fullName, reason: "not_accredited" as const })),
  };
}

/** The badges of a meeting (for the check-in pack), newest issue last. No permission check. */
export async function meetingBadges(db: Executor, meetingId: string): Promise<BadgeRow[]> {
  return db.select().from(badges).where(eq(badges.meetingId, meetingId)).orderBy(desc(badges.issuedAt));
}
