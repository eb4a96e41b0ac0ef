/**
 * The cooperation register's tables as its services, its seed and other modules reach them: plain reads and inserts,
 * no permission check (the caller has checked). Every insert goes through here, so `search_text` is computed in one
 * place (decision 006) and a seeded row is found exactly like one made through the API.
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { fold } from "../../../shared/text.js";
import { countryName } from "../../../shared/countries.js";
import type { RouteStep } from "../../../shared/cooperation.js";
import {
  coopActivities,
  coopActivityMembers,
  coopActivityPartners,
  coopPartners,
  coopPlanItems,
  coopPlans,
  coopRouteSteps,
  type CoopRule,
  coopRuleVersions,
} from "./schema.js";
import type { ActivityFacts } from "./policy.js";

export type ActivityRow = typeof coopActivities.$inferSelect;
export type PartnerRow = typeof coopPartners.$inferSelect;
export type PlanRow = typeof coopPlans.$inferSelect;
export type PlanItemRow = typeof coopPlanItems.$inferSelect;

const countryWords = (codes: string[]) => codes.flatMap((c) => [c, countryName(c, "vi"), countryName(c, "en")]);

export function partnerSearchText(p: {
  nameVi: string;
  nameEn: string;
  shortName?: string | null;
  country?: string | null;
}): string {
  return fold([p.nameVi, p.nameEn, p.shortName ?? "", ...countryWords(p.country ? [p.country] : [])].join(" "));
}

/** What an activity is found by: title (vi, en), code, partners, countries, leader, place — without diacritics. */
export function activitySearchText(
  a: Pick<ActivityRow, "code" | "titleVi" | "titleEn" | "countries" | "leaderName" | "place">,
  partners: Pick<PartnerRow, "nameVi" | "nameEn" | "shortName">[],
): string {
  return fold(
    [
      a.code,
      a.titleVi,
      a.titleEn ?? "",
      ...partners.flatMap((p) => [p.nameVi, p.nameEn, p.shortName ?? ""]),
      ...countryWords(a.countries ?? []),
      a.leaderName ?? "",
      a.place ?? "",
    ].join(" "),
  );
}

export function planItemSearchText(i: Pick<PlanItemRow, "titleVi" | "titleEn" | "countries">): string {
  return fold([i.titleVi, i.titleEn ?? "", ...countryWords(i.countries ?? [])].join(" "));
}

export async function insertPartnerTx(
  tx: Executor,
  row: Omit<typeof coopPartners.$inferInsert, "searchText" | "id"> & { id?: string },
): Promise<PartnerRow> {
  const [p] = await tx
    .insert(coopPartners)
    .values({ ...row, id: row.id ?? crypto.randomUUID(), searchText: partnerSearchText(row) })
    .returning();
  return p!;
}

export async function partnersByIds(db: Executor, ids: string[]): Promise<PartnerRow[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  return db.select().from(coopPartners).where(inArray(coopPartners.id, unique));
}

/** The partners of each activity, in name order. */
export async function partnersOfActivities(db: Executor, activityIds: string[]): Promise<Map<string, PartnerRow[]>> {
  const out = new Map<string, PartnerRow[]>(activityIds.map((id) => [id, []]));
  if (!activityIds.length) return out;
  const rows = await db
    .select({ activityId: coopActivityPartners.activityId, partner: coopPartners })
    .from(coopActivityPartners)
    .innerJoin(coopPartners, eq(coopPartners.id, coopActivityPartners.partnerId))
    .where(inArray(coopActivityPartners.activityId, activityIds));
  for (const r of rows) out.get(r.activityId)?.push(r.partner);
  for (const list of out.values()) list.sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  return out;
}

/** The next activity code of a year: "2026-0001", "2026-0002"… */
export async function nextActivityCode(tx: Executor, year: number): Promise<string> {
  // Two activities created at once would read the same max and take the same code (a unique violation, a 500 —
  // seen by bench/kill.ts on PostgreSQL): the year's numbering is taken one transaction at a time, until commit.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('coop_activities.code'), ${year})`);
  const prefix = `${year}-`;
  const [r] = await tx
    .select({ max: sql<string | null>`max(${coopActivities.code})` })
    .from(coopActivities)
    .where(sql`${coopActivities.code} like ${prefix + "%"}`);
  const n = r?.max ? Number(r.max.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}

export interface NewActivity extends Omit<typeof coopActivities.$inferInsert, "searchText" | "id" | "code"> {
  id?: string;
}

/** Inserts an activity with its partners and members (the service's create and the seed). */
export async function insertActivityTx(
  tx: Executor,
  row: NewActivity,
  partnerIds: string[],
  members: { name: string; unitId?: string | null; position?: string | null; userId?: string | null }[],
): Promise<ActivityRow> {
  const year = Number((row.startDate ?? new Date().toISOString()).slice(0, 4));
  const code = await nextActivityCode(tx, year);
  const partners = await partnersByIds(tx, partnerIds);
  const [a] = await tx
    .insert(coopActivities)
    .values({
      ...row,
      id: row.id ?? crypto.randomUUID(),
      code,
      searchText: activitySearchText(
        {
          code,
          titleVi: row.titleVi,
          titleEn: row.titleEn ?? null,
          countries: row.countries ?? [],
          leaderName: row.leaderName ?? null,
          place: row.place ?? null,
        },
        partners,
      ),
    })
    .returning();
  await replacePartnersTx(tx, a!.id, partnerIds);
  await replaceMembersTx(tx, a!.id, members);
  return a!;
}

export async function replacePartnersTx(tx: Executor, activityId: string, partnerIds: string[]): Promise<void> {
  await tx.delete(coopActivityPartners).where(eq(coopActivityPartners.activityId, activityId));
  const unique = [...new Set(partnerIds)];
  if (unique.length)
    await tx.insert(coopActivityPartners).values(unique.map((partnerId) => ({ activityId, partnerId })));
}

export async function replaceMembersTx(
  tx: Executor,
  activityId: string,
  members: { name: string; unitId?: string | null; position?: string | null; userId?: string | null }[],
): Promise<void> {
  await tx.delete(coopActivityMembers).where(eq(coopActivityMembers.activityId, activityId));
  if (members.length)
    await tx.insert(coopActivityMembers).values(
      members.map((m, seq) => ({
        id: crypto.randomUUID(),
        activityId,
        seq,
        name: m.name,
        unitId: m.unitId ?? null,
        position: m.position ?? null,
        userId: m.userId ?? null,
      })),
    );
}

/** Recomputes an activity's search text (after its fields or partners changed, or a partner was renamed). */
export async function refreshActivitySearchTx(tx: Executor, activityIds: string[]): Promise<void> {
  if (!activityIds.length) return;
  const rows = await tx.select().from(coopActivities).where(inArray(coopActivities.id, activityIds));
  const partners = await partnersOfActivities(tx, activityIds);
  for (const a of rows)
    await tx
      .update(coopActivities)
      .set({ searchText: activitySearchText(a, partners.get(a.id) ?? []) })
      .where(eq(coopActivities.id, a.id));
}

export async function insertPlanTx(
  tx: Executor,
  row: Omit<typeof coopPlans.$inferInsert, "id"> & { id?: string },
): Promise<PlanRow> {
  const [p] = await tx
    .insert(coopPlans)
    .values({ ...row, id: row.id ?? crypto.randomUUID() })
    .returning();
  return p!;
}

export async function insertPlanItemTx(
  tx: Executor,
  row: Omit<typeof coopPlanItems.$inferInsert, "id" | "searchText"> & { id?: string },
): Promise<PlanItemRow> {
  const [i] = await tx
    .insert(coopPlanItems)
    .values({
      ...row,
      id: row.id ?? crypto.randomUUID(),
      searchText: planItemSearchText({ ...row, titleEn: row.titleEn ?? null, countries: row.countries ?? [] }),
    })
    .returning();
  return i!;
}

/** Route facts of activities for the policy: the step each waits on and the steps each route has reached. */
export async function routeFacts(
  db: Executor,
  activityIds: string[],
): Promise<Map<string, { waitingFor: RouteStep | null; reachedSteps: RouteStep[] }>> {
  const out = new Map<string, { waitingFor: RouteStep | null; reachedSteps: RouteStep[] }>(
    activityIds.map((id) => [id, { waitingFor: null, reachedSteps: [] }]),
  );
  if (!activityIds.length) return out;
  const rows = await db
    .select({ activityId: coopRouteSteps.activityId, step: coopRouteSteps.step, status: coopRouteSteps.status })
    .from(coopRouteSteps)
    .where(and(inArray(coopRouteSteps.activityId, activityIds), ne(coopRouteSteps.status, "waiting")));
  for (const r of rows) {
    const f = out.get(r.activityId)!;
    f.reachedSteps.push(r.step);
    if (r.status === "current") f.waitingFor = r.step;
  }
  return out;
}

export function factsOf(
  a: Pick<ActivityRow, "unitId" | "status" | "endDate">,
  route: { waitingFor: RouteStep | null; reachedSteps: RouteStep[] } | undefined,
): ActivityFacts {
  return {
    unitId: a.unitId,
    status: a.status,
    endDate: a.endDate,
    waitingFor: route?.waitingFor ?? null,
    reachedSteps: route?.reachedSteps ?? [],
  };
}

/** The rule that routed an activity, from the table version stored on it. */
export async function ruleOf(db: Executor, ruleId: string | null, version: number | null): Promise<CoopRule | null> {
  if (!ruleId || version === null) return null;
  const [v] = await db.select().from(coopRuleVersions).where(eq(coopRuleVersions.version, version));
  return v?.rules.find((r) => r.id === ruleId) ?? null;
}

/** Adds days to an ISO date (calendar days). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Rule table versions already read, per database handle. A version is written once and never changed (a new table
 * is a new version, rules.ts), so what was read stays true: no invalidation is needed (decision 027).
 */
const ruleVersionsRead = new WeakMap<object, Map<number, CoopRule[]>>();

/** The rule tables of these versions, from memory or in one query. */
async function ruleTables(db: Executor, versions: number[]): Promise<Map<number, CoopRule[]>> {
  let known = ruleVersionsRead.get(db);
  if (!known) ruleVersionsRead.set(db, (known = new Map<number, CoopRule[]>()));
  const missing = [...new Set(versions)].filter((v) => !known.has(v));
  if (missing.length) {
    const rows = await db.select().from(coopRuleVersions).where(inArray(coopRuleVersions.version, missing));
    for (const r of rows) known.set(r.version, r.rules);
  }
  return known;
}

/** When the results of each activity are due (as `resultsDueOf`), for a page of activities in at most one query. */
export async function resultsDueMany(db: Executor, rows: ActivityRow[]): Promise<Map<string, string | null>> {
  const needsRule = (a: ActivityRow) =>
    !a.resultsDueOn && a.status === "approved" && !!a.endDate && !!a.ruleId && a.ruleVersion !== null;
  const versions = rows.flatMap((a) => (needsRule(a) && a.ruleVersion !== null ? [a.ruleVersion] : []));
  const tables = versions.length ? await ruleTables(db, versions) : new Map<number, CoopRule[]>();
  const out = new Map<string, string | null>();
  for (const a of rows) {
    if (a.resultsDueOn) out.set(a.id, a.resultsDueOn);
    else if (!needsRule(a) || a.ruleVersion === null || !a.endDate) out.set(a.id, null);
    else {
      const rule = tables.get(a.ruleVersion)?.find((r) => r.id === a.ruleId);
      out.set(a.id, rule ? addDays(a.endDate, rule.resultsDays) : null);
    }
  }
  return out;
}

/** When the results are due: the stored date, else the end plus the routing rule's days. */
export async function resultsDueOf(db: Executor, a: ActivityRow): Promise<string | null> {
  if (a.resultsDueOn) return a.resultsDueOn;
  if (a.status !== "approved" || !a.endDate) return null;
  const rule = await ruleOf(db, a.ruleId, a.ruleVersion);
  return rule ? addDays(a.endDate, rule.resultsDays) : null;
}
