/**
 * An activity's approval route (issue 12 item 3, API contract): the views the activity's JSON carries — `route` and
 * `leadTime`, which the presenter (`present.ts`) asks of `routeView` and `leadTimeView` — and the facts the decision
 * table reads (`activityFacts`). Submitting and deciding are below them in this file.
 */
import { asc, eq } from "drizzle-orm";
import type { Lang } from "../../../shared/errors.js";
import type { LeadTime, Route } from "../../../shared/schemas/cooperation-route.js";
import { todayInHanoi } from "../../../shared/dates.js";
import type { Executor } from "../../db/client.js";
import { userNamesById } from "../people/repo.js";
import {
  coopActivities,
  coopActivityPartners,
  coopPartners,
  coopPlanItems,
  coopPlans,
  coopRouteSteps,
} from "./schema.js";
import { chooseRule, currentRules, type RouteFacts } from "./rules.js";
import { latestSubmitDay, workingDaysLeft } from "./leadtime.js";

export type ActivityRow = typeof coopActivities.$inferSelect;

/** What the route and lead time read of an activity (a whole row will do). */
export type RoutedActivity = Pick<
  ActivityRow,
  | "id"
  | "status"
  | "kind"
  | "startDate"
  | "leaderRank"
  | "fundingSource"
  | "planItemId"
  | "ruleId"
  | "ruleVersion"
  | "leadRequired"
  | "leadAvailable"
>;

/**
 * The facts the decision table looks at. In the plan: linked to an item the ICD included in a plan the Minister has
 * approved; in the Prime Minister's plan: that item carries the Prime Minister's approval.
 */
export async function activityFacts(
  db: Executor,
  a: Pick<ActivityRow, "id" | "kind" | "leaderRank" | "fundingSource" | "planItemId">,
): Promise<RouteFacts> {
  let inPlan = false;
  let inPmPlan = false;
  if (a.planItemId) {
    const [item] = await db
      .select({ status: coopPlanItems.status, pmApproved: coopPlanItems.pmApproved, planStatus: coopPlans.status })
      .from(coopPlanItems)
      .innerJoin(coopPlans, eq(coopPlans.id, coopPlanItems.planId))
      .where(eq(coopPlanItems.id, a.planItemId));
    inPlan = item?.status === "included" && item.planStatus === "approved";
    inPmPlan = inPlan && item?.pmApproved === true;
  }
  const partners = await db
    .select({ kind: coopPartners.kind })
    .from(coopActivityPartners)
    .innerJoin(coopPartners, eq(coopPartners.id, coopActivityPartners.partnerId))
    .where(eq(coopActivityPartners.activityId, a.id));
  return {
    kind: a.kind,
    leaderRank: a.leaderRank,
    inPlan,
    inPmPlan,
    fundingSource: a.fundingSource,
    partnerKinds: [...new Set(partners.map((p) => p.kind))].sort(),
  };
}

/**
 * The activity's route: the rule and table version that chose it, its steps in order (who decided, when, what, with
 * which comment and document number) and the index of the step waiting for a decision. Null for an activity never
 * submitted (or that does not exist). `lang` is the reader's (names are written as people wrote them).
 */
export async function routeView(db: Executor, activityId: string, _lang: Lang): Promise<Route | null> {
  const [a] = await db
    .select({
      ruleId: coopActivities.ruleId,
      ruleVersion: coopActivities.ruleVersion,
      current: coopActivities.currentStep,
    })
    .from(coopActivities)
    .where(eq(coopActivities.id, activityId));
  if (!a?.ruleId || a.ruleVersion === null) return null;
  const steps = await db
    .select({
      idx: coopRouteSteps.idx,
      step: coopRouteSteps.step,
      status: coopRouteSteps.status,
      decidedBy: coopRouteSteps.decidedBy,
      decidedAt: coopRouteSteps.decidedAt,
      decision: coopRouteSteps.decision,
      comment: coopRouteSteps.comment,
      documentNumber: coopRouteSteps.documentNumber,
    })
    .from(coopRouteSteps)
    .where(eq(coopRouteSteps.activityId, activityId))
    .orderBy(asc(coopRouteSteps.idx));
  const names = await userNamesById(
    db,
    steps.flatMap((s) => (s.decidedBy ? [s.decidedBy] : [])),
  );
  return {
    ruleId: a.ruleId,
    ruleVersion: a.ruleVersion,
    steps: steps.map((s) => ({
      step: s.step,
      status: s.status,
      decidedBy: s.decidedBy ? (names.get(s.decidedBy) ?? null) : null,
      decidedAt: s.decidedAt?.toISOString() ?? null,
      decision: s.decision,
      comment: s.comment,
      documentNumber: s.documentNumber,
    })),
    current: a.current,
  };
}

/** Routes of many activities at once (lists): activity id → route; activities never submitted are absent. */
export async function routeViews(db: Executor, activityIds: string[], lang: Lang): Promise<Map<string, Route>> {
  const out = new Map<string, Route>();
  for (const id of [...new Set(activityIds)]) {
    const r = await routeView(db, id, lang);
    if (r) out.set(id, r);
  }
  return out;
}

/**
 * The lead time in working days (issue 12 item 4): `required` by the rule, `available` between the submission (today
 * for a draft or a returned activity being corrected) and the start, `short` when fewer than required, and the
 * latest day to submit. A submitted, approved or refused activity shows what its last submission had. Null while
 * the activity has no start date.
 */
export async function leadTimeView(
  db: Executor,
  activity: RoutedActivity,
  today = todayInHanoi(),
): Promise<LeadTime | null> {
  const start = activity.startDate;
  if (!start) return null;
  const open = activity.status === "draft" || activity.status === "returned";
  let required = activity.leadRequired;
  if (required === null || activity.status === "draft") {
    const table = await currentRules(db);
    const rule = chooseRule(table.rules, await activityFacts(db, activity));
    required = rule?.leadDays ?? 0;
  }
  const latestSubmitDate = await latestSubmitDay(db, start, required);
  const available =
    open || activity.leadAvailable === null ? await workingDaysLeft(db, today, start) : activity.leadAvailable;
  return { required, available, short: available < required, latestSubmitDate };
}
