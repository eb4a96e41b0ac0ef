/** The partner directory (issue 12): foreign agencies, governments, international organisations, by country. */
import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { matchesWords } from "../../db/search.js";
import { audit } from "../audit/service.js";
import { clean } from "../../../shared/text.js";
import { isCountryCode } from "../../../shared/countries.js";
import type { Partner, PartnerBody, PartnerListQuery, PartnerPatch } from "../../../shared/schemas/cooperation.js";
import { coopErrors } from "./errors.js";
import { partnerPermissions } from "./policy.js";
import { insertPartnerTx, partnerSearchText, type PartnerRow, refreshActivitySearchTx } from "./repo.js";
import { coopActivityPartners, coopPartners } from "./schema.js";

export const PARTNER_PAGE_MAX = 500;

function present(p: PartnerRow, actor: Actor): Partner {
  return {
    id: p.id,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    shortName: p.shortName,
    kind: p.kind,
    country: p.country,
    active: p.active,
    version: p.version,
    permissions: partnerPermissions(actor),
  };
}

function country(c: string | null | undefined): string | null | undefined {
  if (c === undefined) return undefined;
  if (!c) return null;
  const code = c.toUpperCase();
  if (!isCountryCode(code)) throw coopErrors.UNKNOWN_COUNTRY({ codes: c });
  return code;
}

export async function listPartners(
  ctx: Ctx,
  actor: Actor,
  q: PartnerListQuery,
): Promise<{ partners: Partner[]; total: number }> {
  ensure(partnerPermissions(actor).read);
  const where: (SQL | undefined)[] = [
    matchesWords(coopPartners.searchText, q.q),
    q.country ? eq(coopPartners.country, q.country.toUpperCase()) : undefined,
    q.kind ? eq(coopPartners.kind, q.kind) : undefined,
    q.all ? undefined : eq(coopPartners.active, true),
  ];
  const cond = and(...where);
  const [{ n } = { n: 0 }] = await ctx.db.select({ n: count() }).from(coopPartners).where(cond);
  const rows = await ctx.db
    .select()
    .from(coopPartners)
    .where(cond)
    .orderBy(asc(coopPartners.country), asc(coopPartners.nameEn))
    .offset(q.offset ?? 0)
    .limit(q.limit ?? 100);
  return { partners: rows.map((p) => present(p, actor)), total: Number(n) };
}

export async function getPartner(ctx: Ctx, actor: Actor, id: string): Promise<Partner> {
  ensure(partnerPermissions(actor).read);
  const [p] = await ctx.db.select().from(coopPartners).where(eq(coopPartners.id, id));
  if (!p) throw coopErrors.PARTNER_NOT_FOUND();
  return present(p, actor);
}

export async function createPartner(ctx: Ctx, actor: Actor, body: PartnerBody): Promise<Partner> {
  ensure(partnerPermissions(actor).edit);
  const row = {
    nameVi: clean(body.nameVi),
    nameEn: clean(body.nameEn),
    shortName: body.shortName ? clean(body.shortName) || null : null,
    kind: body.kind,
    country: country(body.country) ?? null,
    active: body.active ?? true,
  };
  return ctx.db.transaction(async (tx) => {
    const p = await insertPartnerTx(tx, row);
    await audit(tx, actor, { action: "coop_partner.create", entity: "coop_partner", entityId: p.id, after: row });
    return present(p, actor);
  });
}

export async function updatePartner(ctx: Ctx, actor: Actor, id: string, patch: PartnerPatch): Promise<Partner> {
  ensure(partnerPermissions(actor).edit);
  const [before] = await ctx.db.select().from(coopPartners).where(eq(coopPartners.id, id));
  if (!before) throw coopErrors.PARTNER_NOT_FOUND();
  const set: Partial<PartnerRow> = {};
  if (patch.nameVi !== undefined) set.nameVi = clean(patch.nameVi);
  if (patch.nameEn !== undefined) set.nameEn = clean(patch.nameEn);
  if (patch.shortName !== undefined) set.shortName = patch.shortName ? clean(patch.shortName) || null : null;
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.country !== undefined) set.country = country(patch.country) ?? null;
  if (patch.active !== undefined) set.active = patch.active;
  const merged = { ...before, ...set };
  return ctx.db.transaction(async (tx) => {
    const [p] = await tx
      .update(coopPartners)
      .set({
        ...set,
        searchText: partnerSearchText(merged),
        version: sql`${coopPartners.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(coopPartners.id, id), eq(coopPartners.version, patch.version)))
      .returning();
    if (!p) throw appError("VERSION_CONFLICT");
    // Activities are found by their partners' names: a renamed partner renames them in the search.
    if (set.nameVi !== undefined || set.nameEn !== undefined || set.shortName !== undefined) {
      const linked = await tx
        .select({ id: coopActivityPartners.activityId })
        .from(coopActivityPartners)
        .where(eq(coopActivityPartners.partnerId, id));
      await refreshActivitySearchTx(
        tx,
        linked.map((l) => l.id),
      );
    }
    await audit(tx, actor, {
      action: "coop_partner.update",
      entity: "coop_partner",
      entityId: id,
      before: Object.fromEntries(Object.entries(before).filter(([k]) => k in set)),
      after: set,
    });
    return present(p, actor);
  });
}
