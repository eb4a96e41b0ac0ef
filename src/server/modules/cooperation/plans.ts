/**
 * The annual plan (issue 12, item 2): units propose items for a year, the ICD includes them in the ministry's plan or
 * leaves them out and marks the plan consolidated, the Minister approves it with a dated decision and its number.
 * Outbound items carry the Prime Minister's approval flag (the ministry-level plan of outbound delegations). Each
 * item shows how far it has been carried out, from the activities linked to it; out-of-plan activities are listed
 * apart. Activities link to items of their year that are included in a consolidated or approved plan (decision 023).
 */
import { and, asc, eq, inArray, isNull, lte, gte, or, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { clean } from "../../../shared/text.js";
import { isCountryCode } from "../../../shared/countries.js";
import { todayInHanoi } from "../../../shared/dates.js";
import type { PlanItemProgress } from "../../../shared/cooperation.js";
import type {
  Plan,
  PlanApproveBody,
  PlanItem,
  PlanItemBody,
  PlanItemPatch,
} from "../../../shared/schemas/cooperation.js";
import { unitsByIds, userNamesByIds } from "../people/repo.js";
import { coopErrors } from "./errors.js";
import { coopPermissions, planItemPermissions, planPermissions, worksForUnit } from "./policy.js";
import {
  insertPlanItemTx,
  insertPlanTx,
  partnersByIds,
  planItemSearchText,
  type PlanItemRow,
  type PlanRow,
} from "./repo.js";
import { readableCondition } from "./list.js";
import { partnerRef, unitRef } from "./present.js";
import { coopActivities, coopPlanItems, coopPlans } from "./schema.js";

async function planOf(db: Executor, year: number): Promise<PlanRow | null> {
  const [p] = await db.select().from(coopPlans).where(eq(coopPlans.year, year));
  return p ?? null;
}

/** How far an item has gone: carried out (an approved activity has ended), under way (one is live), or not started. */
export function progressOf(acts: { status: string; endDate: string | null }[], today: string): PlanItemProgress {
  const live = acts.filter((a) => a.status !== "cancelled" && a.status !== "refused");
  if (live.some((a) => a.status === "approved" && a.endDate !== null && a.endDate < today)) return "carried_out";
  return live.length ? "under_way" : "not_started";
}

export async function getPlan(ctx: Ctx, actor: Actor, year: number): Promise<Plan> {
  ensure(coopPermissions(actor).read);
  const today = todayInHanoi();
  const plan = await planOf(ctx.db, year);
  const planState = plan ?? { status: "open" as const };
  const items = plan
    ? await ctx.db
        .select()
        .from(coopPlanItems)
        .where(eq(coopPlanItems.planId, plan.id))
        .orderBy(asc(coopPlanItems.createdAt))
    : [];
  const units = await unitsByIds(
    ctx.db,
    items.map((i) => i.unitId),
  );
  const partners = new Map(
    (
      await partnersByIds(
        ctx.db,
        items.flatMap((i) => i.partnerIds),
      )
    ).map((p) => [p.id, p]),
  );
  const linked = items.length
    ? await ctx.db
        .select()
        .from(coopActivities)
        .where(
          inArray(
            coopActivities.planItemId,
            items.map((i) => i.id),
          ),
        )
    : [];
  const inYear = or(
    and(gte(coopActivities.startDate, `${year}-01-01`), lte(coopActivities.startDate, `${year}-12-31`)),
    and(isNull(coopActivities.startDate), sql`${coopActivities.code} like ${`${year}-%`}`),
  );
  const outOfPlan = await ctx.db
    .select()
    .from(coopActivities)
    .where(and(readableCondition(actor), inYear, isNull(coopActivities.planItemId)))
    .orderBy(asc(coopActivities.startDate), asc(coopActivities.code))
    .limit(1000);
  const names = await userNamesByIds(ctx.db, plan?.approvedBy ? [plan.approvedBy] : []);
  const ref = (a: typeof coopActivities.$inferSelect) => ({
    id: a.id,
    code: a.code,
    titleVi: a.titleVi,
    status: a.status,
    startDate: a.startDate,
    endDate: a.endDate,
  });
  const present = (i: PlanItemRow): PlanItem => {
    const acts = linked.filter((a) => a.planItemId === i.id);
    return {
      id: i.id,
      planId: i.planId,
      year: i.year,
      unit: unitRef(units.get(i.unitId), i.unitId),
      kind: i.kind,
      titleVi: i.titleVi,
      titleEn: i.titleEn,
      countries: i.countries,
      partners: i.partnerIds.flatMap((id) => (partners.get(id) ? [partnerRef(partners.get(id)!)] : [])),
      monthFrom: i.monthFrom,
      monthTo: i.monthTo,
      leaderRank: i.leaderRank,
      memberCount: i.memberCount,
      fundingSource: i.fundingSource,
      fundingEstimate: i.fundingEstimate,
      pmApproved: i.pmApproved,
      status: i.status,
      note: i.note,
      progress: progressOf(acts, today),
      activities: acts.map(ref),
      version: i.version,
      permissions: planItemPermissions(actor, planState, i),
    };
  };
  const byUnit = [...items].sort(
    (a, b) =>
      (units.get(a.unitId)?.nameVi ?? "").localeCompare(units.get(b.unitId)?.nameVi ?? "", "vi") ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return {
    id: plan?.id ?? null,
    year,
    status: planState.status,
    decisionNumber: plan?.decisionNumber ?? null,
    decisionDate: plan?.decisionDate ?? null,
    approvedBy: plan?.approvedBy ? (names.get(plan.approvedBy) ?? null) : null,
    note: plan?.note ?? null,
    version: plan?.version ?? 0,
    items: byUnit.map(present),
    outOfPlan: outOfPlan.map(ref),
    permissions: planPermissions(actor, planState),
  };
}

function itemFields(b: Partial<PlanItemBody>) {
  const out: Partial<PlanItemRow> = {};
  if (b.kind !== undefined) out.kind = b.kind;
  if (b.titleVi !== undefined) out.titleVi = clean(b.titleVi);
  if (b.titleEn !== undefined) out.titleEn = b.titleEn ? clean(b.titleEn) || null : null;
  if (b.countries !== undefined) out.countries = [...new Set(b.countries.map((c) => c.toUpperCase()))];
  if (b.partnerIds !== undefined) out.partnerIds = [...new Set(b.partnerIds)];
  if (b.monthFrom !== undefined) out.monthFrom = b.monthFrom;
  if (b.monthTo !== undefined) out.monthTo = b.monthTo;
  if (b.leaderRank !== undefined) out.leaderRank = b.leaderRank;
  if (b.memberCount !== undefined) out.memberCount = b.memberCount;
  if (b.fundingSource !== undefined) out.fundingSource = b.fundingSource;
  if (b.fundingEstimate !== undefined) out.fundingEstimate = b.fundingEstimate;
  if (b.note !== undefined) out.note = b.note ? clean(b.note) || null : null;
  return out;
}

async function checkItem(db: Executor, i: Partial<PlanItemRow>): Promise<void> {
  const bad = (i.countries ?? []).filter((c) => !isCountryCode(c));
  if (bad.length) throw coopErrors.UNKNOWN_COUNTRY({ codes: bad.join(", ") });
  if (i.partnerIds?.length) {
    const found = new Set((await partnersByIds(db, i.partnerIds)).map((p) => p.id));
    const missing = i.partnerIds.filter((id) => !found.has(id));
    if (missing.length) throw coopErrors.UNKNOWN_PARTNER({ ids: missing.join(", ") });
  }
  if (i.monthFrom && i.monthTo && i.monthTo < i.monthFrom) throw coopErrors.MONTHS_REVERSED();
}

/** A unit proposes an item for a year (the plan is opened for the year at the first proposal). */
export async function proposePlanItem(ctx: Ctx, actor: Actor, year: number, body: PlanItemBody): Promise<PlanItem> {
  ensure(coopPermissions(actor).proposePlanItems);
  ensure(worksForUnit(actor, body.unitId));
  const f = itemFields(body);
  if (body.pmApproved !== undefined) {
    ensure(coopPermissions(actor).consolidatePlan);
    f.pmApproved = body.pmApproved && body.kind === "outbound";
  }
  if ((await unitsByIds(ctx.db, [body.unitId])).size === 0) throw coopErrors.UNKNOWN_UNIT();
  await checkItem(ctx.db, f);
  const id = await ctx.db.transaction(async (tx) => {
    const plan = (await planOf(tx, year)) ?? (await insertPlanTx(tx, { year, status: "open" }));
    if (plan.status === "approved") throw coopErrors.PLAN_APPROVED({ year });
    const item = await insertPlanItemTx(tx, {
      ...f,
      planId: plan.id,
      year,
      unitId: body.unitId,
      kind: body.kind,
      titleVi: f.titleVi!,
      status: "proposed",
    });
    await audit(tx, actor, {
      action: "coop_plan_item.create",
      entity: "coop_plan_item",
      entityId: item.id,
      after: { ...item, searchText: undefined },
    });
    return item.id;
  });
  return itemView(ctx, actor, id);
}

async function itemView(ctx: Ctx, actor: Actor, id: string): Promise<PlanItem> {
  const [i] = await ctx.db.select().from(coopPlanItems).where(eq(coopPlanItems.id, id));
  if (!i) throw coopErrors.PLAN_ITEM_NOT_FOUND();
  const plan = await getPlan(ctx, actor, i.year);
  return plan.items.find((x) => x.id === id)!;
}

/** Changes an item (its unit while the plan is open; the ICD until approval, including its status and PM flag). */
export async function updatePlanItem(ctx: Ctx, actor: Actor, id: string, patch: PlanItemPatch): Promise<PlanItem> {
  ensure(coopPermissions(actor).proposePlanItems);
  const [i] = await ctx.db.select().from(coopPlanItems).where(eq(coopPlanItems.id, id));
  if (!i) throw coopErrors.PLAN_ITEM_NOT_FOUND();
  const [plan] = await ctx.db.select().from(coopPlans).where(eq(coopPlans.id, i.planId));
  const perms = planItemPermissions(actor, plan!, i);
  if (plan!.status === "approved" && worksForUnit(actor, i.unitId)) throw coopErrors.PLAN_APPROVED({ year: i.year });
  const f = itemFields(patch);
  const consolidating = patch.status !== undefined || patch.pmApproved !== undefined;
  ensure(consolidating ? perms.consolidate && (perms.edit || patch.status !== undefined) : perms.edit);
  if (patch.status !== undefined) f.status = patch.status;
  if (patch.pmApproved !== undefined) f.pmApproved = patch.pmApproved && (f.kind ?? i.kind) === "outbound";
  await checkItem(ctx.db, { ...i, ...f });
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(coopPlanItems)
      .set({
        ...f,
        searchText: planItemSearchText({ ...i, ...f }),
        version: sql`${coopPlanItems.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(coopPlanItems.id, id), eq(coopPlanItems.version, patch.version)))
      .returning();
    if (!row) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "coop_plan_item.update",
      entity: "coop_plan_item",
      entityId: id,
      before: Object.fromEntries(Object.entries(i).filter(([k]) => k in f)),
      after: f,
    });
  });
  return itemView(ctx, actor, id);
}

/** The ICD marks the year's plan consolidated: proposals still open are left out. */
export async function consolidatePlan(ctx: Ctx, actor: Actor, year: number, version: number): Promise<Plan> {
  ensure(coopPermissions(actor).consolidatePlan);
  const plan = await planOf(ctx.db, year);
  if (!plan) throw coopErrors.PLAN_NOT_FOUND({ year });
  if (plan.status === "approved") throw coopErrors.PLAN_APPROVED({ year });
  const [inc] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(coopPlanItems)
    .where(and(eq(coopPlanItems.planId, plan.id), eq(coopPlanItems.status, "included")));
  if (!inc || Number(inc.n) === 0) throw coopErrors.PLAN_EMPTY({ year });
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(coopPlans)
      .set({ status: "consolidated", version: sql`${coopPlans.version} + 1`, updatedAt: new Date() })
      .where(and(eq(coopPlans.id, plan.id), eq(coopPlans.version, version)))
      .returning();
    if (!row) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "coop_plan.consolidate",
      entity: "coop_plan",
      entityId: plan.id,
      before: { status: plan.status },
      after: { status: "consolidated", year },
    });
  });
  return getPlan(ctx, actor, year);
}

/** The Minister approves the consolidated plan with the decision's number and date. */
export async function approvePlan(ctx: Ctx, actor: Actor, year: number, body: PlanApproveBody): Promise<Plan> {
  ensure(coopPermissions(actor).approvePlan);
  const plan = await planOf(ctx.db, year);
  if (!plan) throw coopErrors.PLAN_NOT_FOUND({ year });
  if (plan.status === "approved") throw coopErrors.PLAN_APPROVED({ year });
  if (plan.status !== "consolidated") throw coopErrors.PLAN_NOT_CONSOLIDATED({ year });
  const decisionNumber = clean(body.decisionNumber);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(coopPlans)
      .set({
        status: "approved",
        decisionNumber,
        decisionDate: body.decisionDate,
        approvedBy: actor.id,
        version: sql`${coopPlans.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(coopPlans.id, plan.id), eq(coopPlans.version, body.version)))
      .returning();
    if (!row) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "coop_plan.approve",
      entity: "coop_plan",
      entityId: plan.id,
      before: { status: plan.status },
      after: { status: "approved", year, decisionNumber, decisionDate: body.decisionDate },
    });
  });
  return getPlan(ctx, actor, year);
}
