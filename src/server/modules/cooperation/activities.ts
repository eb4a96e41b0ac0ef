/**
 * An activity from its unit's draft to its results (issue 12, items 1 and 6): create, read, change while a draft or
 * returned, cancel, report results. The route (submit, decide) is `route.ts`'s. Every write is one transaction with
 * its audit row; changes carry `version`.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { isCountryCode } from "../../../shared/countries.js";
import { dmy, todayInHanoi } from "../../../shared/dates.js";
import { clean } from "../../../shared/text.js";
import type { CoopKind } from "../../../shared/cooperation.js";
import type {
  Activity,
  ActivityBody,
  ActivityPatch,
  Details,
  MemberBody,
  ResultsBody,
} from "../../../shared/schemas/cooperation.js";
import { coopKindWords, coopStatusWords } from "../../../shared/vocabulary.js";
import { fieldLabel } from "../../../shared/fields.js";
import { unitsByIds } from "../people/repo.js";
import { coopErrors } from "./errors.js";
import { activityPermissions, coopPermissions, worksForUnit } from "./policy.js";
import {
  type ActivityRow,
  factsOf,
  insertActivityTx,
  partnersByIds,
  refreshActivitySearchTx,
  replaceMembersTx,
  replacePartnersTx,
  routeFacts,
} from "./repo.js";
import { presentActivity } from "./present.js";
import { coopActivities, coopPlanItems, coopPlans } from "./schema.js";

/** Which kind-specific details each kind takes (the note goes with every kind). */
export const detailsByKind: Record<CoopKind, (keyof Details)[]> = {
  outbound: ["note"],
  inbound: ["foreignParticipants", "totalParticipants", "note"],
  guests: ["foreignParticipants", "note"],
  conference: ["foreignParticipants", "totalParticipants", "note"],
  agreement: ["agreementType", "counterpart", "note"],
  project: ["donor", "projectCode", "durationMonths", "note"],
};

const text = (v: string | null | undefined) => {
  if (v === undefined) return undefined;
  const c = v === null ? "" : clean(v);
  return c === "" ? null : c;
};
const day = (v: string | null | undefined) => (v === undefined ? undefined : v ? v : null);

/** The row's values from a body (only the fields it carries), normalised. */
function fieldsOf(b: Partial<ActivityBody>) {
  const out: Partial<typeof coopActivities.$inferInsert> = {};
  if (b.unitId !== undefined) out.unitId = b.unitId;
  if (b.kind !== undefined) out.kind = b.kind;
  if (b.titleVi !== undefined) out.titleVi = clean(b.titleVi);
  if (b.titleEn !== undefined) out.titleEn = text(b.titleEn);
  if (b.countries !== undefined) out.countries = [...new Set(b.countries.map((c) => c.toUpperCase()))];
  if (b.startDate !== undefined) out.startDate = day(b.startDate);
  if (b.endDate !== undefined) out.endDate = day(b.endDate);
  if (b.place !== undefined) out.place = text(b.place);
  if (b.mode !== undefined) out.mode = b.mode;
  if (b.leaderName !== undefined) out.leaderName = text(b.leaderName);
  if (b.leaderRank !== undefined) out.leaderRank = b.leaderRank;
  if (b.fundingSource !== undefined) out.fundingSource = b.fundingSource;
  if (b.fundingEstimate !== undefined) out.fundingEstimate = b.fundingEstimate;
  if (b.purpose !== undefined) out.purpose = text(b.purpose);
  if (b.expectedResults !== undefined) out.expectedResults = text(b.expectedResults);
  if (b.planItemId !== undefined) out.planItemId = b.planItemId;
  if (b.outOfPlanReason !== undefined) out.outOfPlanReason = text(b.outOfPlanReason);
  if (b.details !== undefined) {
    const d: Details = {};
    for (const [k, v] of Object.entries(b.details)) {
      if (v === undefined || v === null || v === "") continue;
      (d as Record<string, unknown>)[k] = typeof v === "string" ? clean(v) : v;
    }
    out.details = d;
  }
  return out;
}

const members = (list: MemberBody[]) =>
  list.map((m) => ({
    name: clean(m.name),
    unitId: m.unitId ?? null,
    position: text(m.position) ?? null,
    userId: m.userId ?? null,
  }));

/**
 * Checks the activity as it would be stored: dates in order, countries known, partners in the directory, the plan
 * item of the activity's year and unit in a consolidated or approved plan, details that fit the kind, the unit and
 * members' units existing. Throws the first refusal; nothing has been written.
 */
async function check(
  db: Executor,
  a: Pick<ActivityRow, "unitId" | "kind" | "startDate" | "endDate" | "countries" | "planItemId" | "details">,
  partnerIds: string[] | undefined,
  memberList: { unitId: string | null }[] | undefined,
  lang: "vi" | "en",
): Promise<void> {
  if (a.startDate && a.endDate && a.endDate < a.startDate)
    throw coopErrors.END_BEFORE_START({ start: dmy(a.startDate), end: dmy(a.endDate) });
  const badCountries = (a.countries ?? []).filter((c) => !isCountryCode(c));
  if (badCountries.length) throw coopErrors.UNKNOWN_COUNTRY({ codes: badCountries.join(", ") });
  const unitIds = [a.unitId, ...(memberList ?? []).map((m) => m.unitId).filter((x): x is string => !!x)];
  const units = await unitsByIds(db, unitIds);
  if (unitIds.some((id) => !units.has(id))) throw coopErrors.UNKNOWN_UNIT();
  if (partnerIds?.length) {
    const found = new Set((await partnersByIds(db, partnerIds)).map((p) => p.id));
    const missing = [...new Set(partnerIds)].filter((id) => !found.has(id));
    if (missing.length) throw coopErrors.UNKNOWN_PARTNER({ ids: missing.join(", ") });
  }
  const allowed = detailsByKind[a.kind];
  for (const k of Object.keys(a.details ?? {}) as (keyof Details)[])
    if (!allowed.includes(k))
      throw coopErrors.KIND_DETAIL({ field: fieldLabel(k)[lang], kind: coopKindWords[a.kind][lang] });
  if (a.planItemId) {
    const [row] = await db
      .select({ item: coopPlanItems, planStatus: coopPlans.status })
      .from(coopPlanItems)
      .innerJoin(coopPlans, eq(coopPlans.id, coopPlanItems.planId))
      .where(eq(coopPlanItems.id, a.planItemId));
    if (!row) throw coopErrors.PLAN_ITEM_NOT_FOUND();
    const year = a.startDate ? Number(a.startDate.slice(0, 4)) : null;
    if (year !== null && row.item.year !== year)
      throw coopErrors.PLAN_ITEM_OTHER_YEAR({ itemYear: row.item.year, year });
    if (row.item.unitId !== a.unitId) throw coopErrors.PLAN_ITEM_OTHER_UNIT();
    if (row.planStatus === "open" || row.item.status === "left_out")
      throw coopErrors.PLAN_ITEM_NOT_IN_PLAN({ year: row.item.year });
  }
}

export async function findActivity(db: Executor, id: string): Promise<ActivityRow> {
  const [a] = await db.select().from(coopActivities).where(eq(coopActivities.id, id));
  if (!a) throw coopErrors.ACTIVITY_NOT_FOUND();
  return a;
}

/** The activity and the actor's permissions on it; 403 unless the actor may read it. */
export async function readableActivity(db: Executor, actor: Actor, id: string) {
  ensure(coopPermissions(actor).read);
  const a = await findActivity(db, id);
  const route = (await routeFacts(db, [id])).get(id);
  const perms = activityPermissions(actor, factsOf(a, route), todayInHanoi());
  ensure(perms.read);
  return { a, perms };
}

export async function getActivity(ctx: Ctx, actor: Actor, id: string): Promise<Activity> {
  const { a } = await readableActivity(ctx.db, actor, id);
  return presentActivity(ctx.db, actor, a, actor.language);
}

export async function createActivity(ctx: Ctx, actor: Actor, body: ActivityBody): Promise<Activity> {
  ensure(coopPermissions(actor).createActivity);
  ensure(worksForUnit(actor, body.unitId));
  const f = fieldsOf(body);
  const row = {
    unitId: body.unitId,
    kind: f.kind ?? ("outbound" as const),
    titleVi: f.titleVi!,
    countries: f.countries ?? [],
    startDate: f.startDate ?? null,
    endDate: f.endDate ?? null,
    planItemId: f.planItemId ?? null,
    details: f.details ?? {},
  };
  const memberList = members(body.members ?? []);
  await check(ctx.db, row, body.partnerIds, memberList, actor.language);
  const a = await ctx.db.transaction(async (tx) => {
    const a = await insertActivityTx(
      tx,
      { ...f, ...row, status: "draft", createdBy: actor.id },
      body.partnerIds ?? [],
      memberList,
    );
    await audit(tx, actor, {
      action: "coop_activity.create",
      entity: "coop_activity",
      entityId: a.id,
      after: { ...a, searchText: undefined, partnerIds: body.partnerIds ?? [], members: memberList },
    });
    return a;
  });
  return presentActivity(ctx.db, actor, a, actor.language);
}

/** The refusal for a change the actor cannot make: on its route (409, said so), or not theirs (403). */
function refuseChange(actor: Actor, a: ActivityRow, lang: "vi" | "en"): never {
  if (worksForUnit(actor, a.unitId)) throw coopErrors.NOT_EDITABLE({ status: coopStatusWords[a.status][lang] });
  throw appError("FORBIDDEN");
}

export async function updateActivity(ctx: Ctx, actor: Actor, id: string, patch: ActivityPatch): Promise<Activity> {
  const { a, perms } = await readableActivity(ctx.db, actor, id);
  if (!perms.edit) refuseChange(actor, a, actor.language);
  if (patch.unitId !== undefined && patch.unitId !== a.unitId) ensure(worksForUnit(actor, patch.unitId));
  const f = fieldsOf(patch);
  const merged = { ...a, ...f };
  const memberList = patch.members ? members(patch.members) : undefined;
  await check(ctx.db, merged, patch.partnerIds, memberList, actor.language);
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(coopActivities)
      .set({ ...f, version: sql`${coopActivities.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(coopActivities.id, id),
          eq(coopActivities.version, patch.version),
          inArray(coopActivities.status, ["draft", "returned"]),
        ),
      )
      .returning();
    if (!row) throw appError("VERSION_CONFLICT");
    if (patch.partnerIds) await replacePartnersTx(tx, id, patch.partnerIds);
    if (memberList) await replaceMembersTx(tx, id, memberList);
    await refreshActivitySearchTx(tx, [id]);
    await audit(tx, actor, {
      action: "coop_activity.update",
      entity: "coop_activity",
      entityId: id,
      before: Object.fromEntries(Object.entries(a).filter(([k]) => k in f)),
      after: {
        ...f,
        ...(patch.partnerIds ? { partnerIds: patch.partnerIds } : {}),
        ...(memberList ? { members: memberList } : {}),
      },
    });
    return row;
  });
  return presentActivity(ctx.db, actor, row, actor.language);
}

export async function cancelActivity(ctx: Ctx, actor: Actor, id: string, version: number): Promise<Activity> {
  const { a, perms } = await readableActivity(ctx.db, actor, id);
  if (!perms.cancel) {
    if (worksForUnit(actor, a.unitId))
      throw coopErrors.NOT_CANCELLABLE({ status: coopStatusWords[a.status][actor.language].toLowerCase() });
    throw appError("FORBIDDEN");
  }
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(coopActivities)
      .set({
        status: "cancelled",
        currentStep: null,
        version: sql`${coopActivities.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(coopActivities.id, id),
          eq(coopActivities.version, version),
          inArray(coopActivities.status, ["draft", "returned", "submitted"]),
        ),
      )
      .returning();
    if (!row) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "coop_activity.cancel",
      entity: "coop_activity",
      entityId: id,
      before: { status: a.status },
      after: { status: "cancelled" },
    });
    return row;
  });
  return presentActivity(ctx.db, actor, row, actor.language);
}

/** The unit reports what the activity achieved, its documents and follow-up (again to correct it). */
export async function reportResults(ctx: Ctx, actor: Actor, id: string, body: ResultsBody): Promise<Activity> {
  const { a, perms } = await readableActivity(ctx.db, actor, id);
  if (!perms.reportResults) {
    if (worksForUnit(actor, a.unitId)) throw coopErrors.RESULTS_NOT_YET({ end: a.endDate ? dmy(a.endDate) : "—" });
    throw appError("FORBIDDEN");
  }
  const results = clean(body.results);
  if (!results) throw coopErrors.RESULTS_NOT_YET({ end: a.endDate ? dmy(a.endDate) : "—" });
  const row = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(coopActivities)
      .set({
        results,
        followUp: text(body.followUp) ?? null,
        resultsReportedAt: a.resultsReportedAt ?? new Date(),
        version: sql`${coopActivities.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(coopActivities.id, id), eq(coopActivities.version, body.version)))
      .returning();
    if (!row) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "coop_activity.results",
      entity: "coop_activity",
      entityId: id,
      before: { results: a.results, followUp: a.followUp },
      after: { results: row.results, followUp: row.followUp },
    });
    return row;
  });
  return presentActivity(ctx.db, actor, row, actor.language);
}
