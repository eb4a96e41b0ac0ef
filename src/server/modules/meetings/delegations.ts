/** A meeting's delegations: listed, read, added, edited and removed (ICD, registration managers). */
import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { invalidate, keys } from "../../db/notify.js";
import type { Ctx } from "../../context.js";
import { matchesWords } from "../../db/search.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { compareVi } from "../../../shared/text.js";
import { invalidFields } from "../../http/validation.js";
import { countryName, isCountryCode } from "../../../shared/countries.js";
import { delegates, delegations, sessionDelegations, type DelegationCategory } from "./schema.js";
import { meetingErrors } from "./errors.js";
import {
  delegateViewFor,
  requireDelegation,
  requireMeeting,
  type DelegateView,
  type MeetingPermissions,
} from "./policy.js";
import { orNull } from "./service.js";
import { delegationSearchText, insertDelegationTx } from "./repo.js";
import type { DelegateRow } from "./delegate-rows.js";
import { delegationCategoryOrder } from "../../../shared/schemas/meetings.js";

export type DelegationRow = typeof delegations.$inferSelect;

/** A meeting's delegations, unchecked (for modules that have checked the actor already). */
export async function listDelegationsOf(db: Executor, meetingId: string): Promise<DelegationRow[]> {
  return db.select().from(delegations).where(eq(delegations.meetingId, meetingId));
}

/** Some of a meeting's delegations by id (unchecked): a page of people needs a few of a thousand. */
export async function delegationsByIds(db: Executor, meetingId: string, ids: string[]): Promise<DelegationRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(delegations)
    .where(and(eq(delegations.meetingId, meetingId), inArray(delegations.id, [...new Set(ids)])));
}

type Counts = { total: number; pending: number; accredited: number; rejected: number };

function presentDelegation(d: DelegationRow, head: DelegateRow | undefined, counts: Counts, view: DelegateView | null) {
  return {
    id: d.id,
    meetingId: d.meetingId,
    country: d.country,
    countryNameVi: d.country ? countryName(d.country, "vi") : null,
    countryNameEn: d.country ? countryName(d.country, "en") : null,
    nameVi: d.nameVi,
    nameEn: d.nameEn,
    category: d.category,
    headDelegateId: d.headDelegateId,
    head: head ? { id: head.id, fullName: head.fullName, honorific: view === "badge" ? null : head.honorific } : null,
    // The contact's name and e-mail are personal data of a third person: not for the door.
    contactName: view === "badge" ? null : d.contactName,
    contactEmail: view === "badge" ? null : d.contactEmail,
    counts,
    version: d.version,
  };
}

async function delegationCounts(db: Executor, delegationIds: string[]) {
  const out = new Map<string, Counts>();
  if (!delegationIds.length) return out;
  const rows = await db
    .select({
      delegationId: delegates.delegationId,
      status: delegates.accreditationStatus,
      n: sql<number>`count(*)::int`,
    })
    .from(delegates)
    .where(inArray(delegates.delegationId, delegationIds))
    .groupBy(delegates.delegationId, delegates.accreditationStatus);
  for (const r of rows) {
    const c = out.get(r.delegationId) ?? { total: 0, pending: 0, accredited: 0, rejected: 0 };
    c[r.status] += Number(r.n);
    c.total += Number(r.n);
    out.set(r.delegationId, c);
  }
  return out;
}

async function presentDelegations(db: Executor, perms: MeetingPermissions, rows: DelegationRow[]) {
  const counts = await delegationCounts(
    db,
    rows.map((r) => r.id),
  );
  const headIds = rows.map((r) => r.headDelegateId).filter((x): x is string => !!x);
  const heads = headIds.length ? await db.select().from(delegates).where(inArray(delegates.id, headIds)) : [];
  const headById = new Map(heads.map((h) => [h.id, h]));
  const empty = { total: 0, pending: 0, accredited: 0, rejected: 0 };
  return rows
    .sort(
      (a, b) =>
        delegationCategoryOrder.indexOf(a.category) - delegationCategoryOrder.indexOf(b.category) ||
        compareVi(a.nameEn, b.nameEn),
    )
    .map((d) =>
      presentDelegation(
        d,
        d.headDelegateId ? headById.get(d.headDelegateId) : undefined,
        counts.get(d.id) ?? empty,
        delegateViewFor(perms, d.id),
      ),
    );
}

/** The delegations the actor may see: all for host roles, only their own for a delegation contact. */
export async function listDelegations(ctx: Ctx, actor: Actor, meetingId: string, q?: string) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  const where: SQL[] = [eq(delegations.meetingId, meetingId)];
  if (!perms.allDelegations) {
    if (!perms.ownDelegationIds.length) return [];
    where.push(inArray(delegations.id, perms.ownDelegationIds));
  }
  const search = matchesWords(delegations.searchText, q);
  if (search) where.push(search);
  const rows = await ctx.db
    .select()
    .from(delegations)
    .where(and(...where));
  return presentDelegations(ctx.db, perms, rows);
}

/** One delegation the actor may see, with the sessions it attends. */
export async function getDelegation(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  const row = await requireDelegation(ctx.db, perms, delegationId);
  const [out] = await presentDelegations(ctx.db, perms, [row]);
  const sessions = await ctx.db
    .select({ id: sessionDelegations.sessionId })
    .from(sessionDelegations)
    .where(eq(sessionDelegations.delegationId, delegationId));
  if (!out) throw meetingErrors.DELEGATION_NOT_FOUND();
  return { ...out, sessionIds: sessions.map((s) => s.id) };
}

export interface DelegationInput {
  country?: string | null;
  nameVi?: string | null;
  nameEn?: string | null;
  category: DelegationCategory;
  headDelegateId?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
}

function delegationNames(input: DelegationInput): { nameVi: string; nameEn: string } {
  const country = input.country ?? null;
  if (country && !isCountryCode(country)) throw meetingErrors.COUNTRY_INVALID({ country });
  const nameVi = orNull(input.nameVi) ?? (country ? countryName(country, "vi") : null);
  const nameEn = orNull(input.nameEn) ?? (country ? countryName(country, "en") : null);
  if (!nameVi || !nameEn) {
    throw invalidFields([
      {
        field: nameVi ? "body.nameEn" : "body.nameVi",
        rule: "custom",
        text: { vi: "bắt buộc nhập với một tổ chức", en: "is required for an organisation" },
      },
    ]);
  }
  return { nameVi, nameEn };
}

async function checkCountryFree(db: Executor, meetingId: string, country: string | null, exceptId?: string) {
  if (!country) return;
  const where = [eq(delegations.meetingId, meetingId), eq(delegations.country, country)];
  if (exceptId) where.push(ne(delegations.id, exceptId));
  const [dup] = await db
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(...where));
  if (dup) throw meetingErrors.COUNTRY_TAKEN({ country: countryName(country, "en") });
}

/** Adds a delegation (ICD, registration managers). Names default to the country's names. */
export async function createDelegation(ctx: Ctx, actor: Actor, meetingId: string, input: DelegationInput) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  if (input.headDelegateId) throw meetingErrors.HEAD_NOT_IN_DELEGATION();
  const names = delegationNames(input);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await checkCountryFree(tx, meetingId, input.country ?? null);
    const row = {
      id,
      meetingId,
      country: input.country ?? null,
      ...names,
      category: input.category,
      contactName: orNull(input.contactName),
      contactEmail: orNull(input.contactEmail),
    };
    await insertDelegationTx(tx, row);
    await audit(tx, actor, { action: "delegation.create", entity: "delegation", entityId: id, after: row });
  });
  return getDelegation(ctx, actor, meetingId, id);
}

/** Edits a delegation (ICD, registration managers). The head must be one of its delegates. */
export async function updateDelegation(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  patch: Partial<DelegationInput> & { version: number },
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  const before = await requireDelegation(ctx.db, perms, delegationId);
  const { version, ...changes } = patch;
  const next: DelegationInput = { ...before, ...changes };
  // A new country without new names takes the new country's names.
  if (changes.country !== undefined && changes.country !== before.country) {
    if (changes.nameVi === undefined) next.nameVi = null;
    if (changes.nameEn === undefined) next.nameEn = null;
  }
  const names = delegationNames(next);
  if (next.headDelegateId) {
    const [h] = await ctx.db
      .select({ id: delegates.id })
      .from(delegates)
      .where(and(eq(delegates.id, next.headDelegateId), eq(delegates.delegationId, delegationId)));
    if (!h) throw meetingErrors.HEAD_NOT_IN_DELEGATION();
  }
  await ctx.db.transaction(async (tx) => {
    await checkCountryFree(tx, meetingId, next.country ?? null, delegationId);
    const updated = await tx
      .update(delegations)
      .set({
        country: next.country ?? null,
        ...names,
        category: next.category,
        headDelegateId: next.headDelegateId ?? null,
        contactName: orNull(next.contactName),
        contactEmail: orNull(next.contactEmail),
        searchText: delegationSearchText({ ...names, country: next.country ?? null }),
        version: sql`${delegations.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(delegations.id, delegationId), eq(delegations.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    // A delegation's name labels its contacts' grants in /api/me.
    await invalidate(tx, keys.labels, ctx.database.notices);
    await audit(tx, actor, {
      action: "delegation.update",
      entity: "delegation",
      entityId: delegationId,
      before,
      after: updated[0],
    });
  });
  return getDelegation(ctx, actor, meetingId, delegationId);
}

/** Deletes a delegation that has no delegates left (ICD, registration managers). */
export async function deleteDelegation(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  version: number,
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  const before = await requireDelegation(ctx.db, perms, delegationId);
  await ctx.db.transaction(async (tx) => {
    const [n] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(delegates)
      .where(eq(delegates.delegationId, delegationId));
    if (Number(n?.n ?? 0) > 0) throw meetingErrors.DELEGATION_HAS_DELEGATES({ count: Number(n?.n) });
    const gone = await tx
      .delete(delegations)
      .where(and(eq(delegations.id, delegationId), eq(delegations.version, version)))
      .returning({ id: delegations.id });
    if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await invalidate(tx, keys.labels, ctx.database.notices);
    await audit(tx, actor, { action: "delegation.delete", entity: "delegation", entityId: delegationId, before });
  });
}
