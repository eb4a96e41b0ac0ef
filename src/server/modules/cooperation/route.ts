/**
 * An activity's approval route (issue 12 item 3, API contract): the views the activity's JSON carries — `route` and
 * `leadTime`, which the presenter (`present.ts`) asks of `routeView` and `leadTimeView` — and the facts the decision
 * table reads (`activityFacts`). Submitting and deciding are below them in this file.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { CoopKind, CoopStatus, RouteStep } from "../../../shared/cooperation.js";
import type { Lang } from "../../../shared/errors.js";
import type {
  DecisionBody,
  LeadTime,
  LeadTimeAnswer,
  Route,
  RouteLog,
} from "../../../shared/schemas/cooperation-route.js";
import type { Activity } from "../../../shared/schemas/cooperation.js";
import { todayInHanoi } from "../../../shared/dates.js";
import { clean } from "../../../shared/text.js";
import { coopStatusWords, routeStepWords, stepDecisionWords } from "../../../shared/vocabulary.js";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields, type Rule } from "../../http/validation.js";
import { audit } from "../audit/service.js";
import { takeDocumentNumber } from "../documents/numbering.js";
import { registerDocumentLink } from "../documents/links.js";
import { DECISION_SYMBOL, SUBMISSION_SYMBOL } from "../documents/templates.js";
import { userNamesByIds } from "../people/repo.js";
import {
  coopActivities,
  coopActivityPartners,
  coopPartners,
  coopPlanItems,
  coopPlans,
  coopRouteSteps,
  coopStepLog,
  type CoopRule,
} from "./schema.js";
import { chooseRule, currentRules, rulesAt, storeDefaultRules, type RouteFacts } from "./rules.js";
import { latestSubmitDay, workingDaysLeft } from "./leadtime.js";
import { activityPermissions, coopPermissions, routePermissions, worksForUnit } from "./policy.js";
import { type ActivityRow, addDays, factsOf, routeFacts } from "./repo.js";
import { readableActivity } from "./activities.js";
import { presentActivity } from "./present.js";
import { routeErrors } from "./route-errors.js";
import { enqueueRouteMail, holdersOfStep, unitOfficers } from "./notify.js";

export type { ActivityRow };

// The documents register links each number to its activity and names it by code and title.
registerDocumentLink(
  "coop_activity",
  (id) => `/cooperation/activities/${id}`,
  async (db, ids) => {
    const rows = ids.length
      ? await db
          .select({ id: coopActivities.id, code: coopActivities.code, titleVi: coopActivities.titleVi })
          .from(coopActivities)
          .where(inArray(coopActivities.id, ids))
      : [];
    return new Map(rows.map((r) => [r.id, `${r.code} · ${r.titleVi}`]));
  },
);

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
export async function routeView(
  db: Executor,
  activity: string | Pick<ActivityRow, "id">,
  _lang: Lang,
): Promise<Route | null> {
  const activityId = typeof activity === "string" ? activity : activity.id;
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
  const names = await userNamesByIds(
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
 * the activity has no start date, and for one that never went through a route (the demo's recorded 2021 activities).
 */
export async function leadTimeView(
  db: Executor,
  activity: RoutedActivity,
  today = todayInHanoi(),
): Promise<LeadTime | null> {
  const start = activity.startDate;
  if (!start) return null;
  const open = activity.status === "draft" || activity.status === "returned";
  // An activity that left the draft without a route (cancelled, or recorded as decided by the demo) has none.
  if (!open && (activity.leadRequired === null || activity.leadAvailable === null)) return null;
  let required = activity.leadRequired;
  if (required === null || activity.status === "draft") {
    const table = await currentRules(db);
    const rule = chooseRule(table.rules, await activityFacts(db, activity));
    required = rule?.leadDays ?? 0;
  }
  const latestSubmitDate = await latestSubmitDay(db, start, required);
  const available = open ? await workingDaysLeft(db, today, start) : (activity.leadAvailable ?? 0);
  return { required, available, short: available < required, latestSubmitDate };
}

// ---------------------------------------------------------------- submitting and deciding

/** Reads the activity and locks its row until the transaction ends (two decisions on one step queue here). */
async function lockActivity(tx: Executor, id: string): Promise<ActivityRow> {
  const [a] = await tx.select().from(coopActivities).where(eq(coopActivities.id, id)).for("update");
  if (!a) throw routeErrors.ACTIVITY_NOT_FOUND();
  return a;
}

async function permissionsOn(tx: Executor, actor: Actor, a: ActivityRow, today: string) {
  return activityPermissions(actor, factsOf(a, (await routeFacts(tx, [a.id])).get(a.id)), today);
}

const needs = (vi: string, en: string): Rule => ({ rule: "custom", text: { vi, en } });

/** Kinds whose activity names the countries it concerns / its foreign partners / its funding before submission. */
const NEEDS_COUNTRIES: CoopKind[] = ["outbound", "inbound"];
const NEEDS_PARTNERS: CoopKind[] = ["inbound", "guests", "agreement", "project"];
const NEEDS_FUNDING: CoopKind[] = ["outbound", "inbound", "conference", "project"];

/**
 * What a submission needs that a draft may lack, field by field (each refused in the caller's language): the dates
 * in order, the leader and their rank (the route depends on it), the purpose, the plan item or — outside the approved
 * plan — the reason, the countries of a delegation, the partners of a visit, an agreement or a project, the funding.
 */
export async function submissionProblems(
  db: Executor,
  a: ActivityRow,
  facts: RouteFacts,
): Promise<({ field: string } & Rule)[]> {
  const out: ({ field: string } & Rule)[] = [];
  if (!a.startDate) out.push({ field: "startDate", rule: "required" });
  if (!a.endDate) out.push({ field: "endDate", rule: "required" });
  if (a.startDate && a.endDate && a.endDate < a.startDate) {
    out.push({ field: "endDate", ...needs("không được trước ngày bắt đầu", "must not be before the start date") });
  }
  if (!a.leaderName) out.push({ field: "leaderName", rule: "required" });
  if (!a.leaderRank) out.push({ field: "leaderRank", rule: "required" });
  if (!a.purpose) out.push({ field: "purpose", rule: "required" });
  if (!facts.inPlan && !a.outOfPlanReason) {
    out.push({
      field: "outOfPlanReason",
      ...(a.planItemId
        ? needs(
            "bắt buộc nhập vì mục kế hoạch đã chọn chưa thuộc Kế hoạch đã được Bộ trưởng phê duyệt",
            "is required: the plan item chosen is not in the plan the Minister approved",
          )
        : needs(
            "bắt buộc nhập khi hoạt động không thuộc mục nào của Kế hoạch đã được phê duyệt",
            "is required when the activity fulfils no item of the approved plan",
          )),
    });
  }
  if (NEEDS_COUNTRIES.includes(a.kind) && a.countries.length === 0) {
    out.push({ field: "countries", rule: "minItems", limit: 1 });
  }
  if (NEEDS_PARTNERS.includes(a.kind)) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(coopActivityPartners)
      .where(eq(coopActivityPartners.activityId, a.id));
    if (Number(row?.n ?? 0) === 0) out.push({ field: "partnerIds", rule: "minItems", limit: 1 });
  }
  if (NEEDS_FUNDING.includes(a.kind) && !a.fundingSource) out.push({ field: "fundingSource", rule: "required" });
  return out;
}

/** The highest round of the activity's log (0 before its first submission). */
async function lastRound(tx: Executor, activityId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${coopStepLog.round}), 0)::int` })
    .from(coopStepLog)
    .where(eq(coopStepLog.activityId, activityId));
  return Number(row?.n ?? 0);
}

/** The rule an activity was routed with (from the version stored on it). */
async function ruleOfActivity(tx: Executor, a: Pick<ActivityRow, "ruleId" | "ruleVersion">): Promise<CoopRule> {
  const table = a.ruleVersion === null ? null : await rulesAt(tx, a.ruleVersion);
  const rule = table?.rules.find((r) => r.id === a.ruleId);
  if (!rule) throw routeErrors.NO_RULE({ version: a.ruleVersion ?? "—" });
  return rule;
}

/**
 * Sends the activity on its route (its unit, or the ICD for it; a draft or a returned activity). A first submission
 * is routed by the current decision table; a resubmission after a return keeps its rule, table version and route,
 * and the step that returned it is current again (the steps before it stay approved: the route continues). The lead
 * time is counted from today to the start, and a short one is told to everyone on the route; the holders of the
 * current step are told it waits for them.
 */
export async function submitActivity(
  ctx: Ctx,
  actor: Actor,
  id: string,
  body: { version?: number } = {},
  today = todayInHanoi(),
): Promise<Activity> {
  ensure(coopPermissions(actor).read);
  const done = await ctx.db.transaction(async (tx) => {
    const a = await lockActivity(tx, id);
    ensure(worksForUnit(actor, a.unitId));
    const perms = await permissionsOn(tx, actor, a, today);
    if (!perms.submit) throw routeErrors.NOT_SUBMITTABLE({ status: coopStatusWords[a.status] });
    if (body.version !== undefined && body.version !== a.version) throw appError("VERSION_CONFLICT");
    const facts = await activityFacts(tx, a);
    const problems = await submissionProblems(tx, a, facts);
    if (problems.length) throw invalidFields(problems);

    const resubmission = a.status === "returned" && a.ruleId !== null && a.ruleVersion !== null;
    let rule: CoopRule;
    let ruleVersion: number;
    let current: number;
    let steps: RouteStep[];
    if (resubmission) {
      rule = await ruleOfActivity(tx, a);
      ruleVersion = a.ruleVersion ?? 1;
      const rows = await tx
        .select()
        .from(coopRouteSteps)
        .where(eq(coopRouteSteps.activityId, a.id))
        .orderBy(asc(coopRouteSteps.idx));
      steps = rows.map((r) => r.step);
      current = rows.find((r) => r.status === "returned")?.idx ?? 0;
      await tx
        .update(coopRouteSteps)
        .set({
          status: "current",
          decidedBy: null,
          decidedAt: null,
          decision: null,
          comment: null,
          documentNumber: null,
        })
        .where(and(eq(coopRouteSteps.activityId, a.id), eq(coopRouteSteps.idx, current)));
    } else {
      await storeDefaultRules(tx);
      const table = await currentRules(tx);
      const chosen = chooseRule(table.rules, facts);
      if (!chosen) throw routeErrors.NO_RULE({ version: table.version });
      rule = chosen;
      ruleVersion = table.version;
      steps = chosen.steps;
      current = 0;
      await tx.delete(coopRouteSteps).where(eq(coopRouteSteps.activityId, a.id));
      await tx
        .insert(coopRouteSteps)
        .values(
          steps.map(
            (step, idx) => ({ activityId: a.id, idx, step, status: idx === 0 ? "current" : "waiting" }) as const,
          ),
        );
    }
    const round = (await lastRound(tx, a.id)) + 1;
    const required = rule.leadDays;
    const available = await workingDaysLeft(tx, today, a.startDate ?? today);
    const short = available < required;
    const [updated] = await tx
      .update(coopActivities)
      .set({
        status: "submitted",
        ruleId: rule.id,
        ruleVersion,
        currentStep: current,
        leadRequired: required,
        leadAvailable: available,
        submittedAt: new Date(),
        updatedAt: new Date(),
        version: sql`${coopActivities.version} + 1`,
      })
      .where(eq(coopActivities.id, a.id))
      .returning();
    if (!updated) throw routeErrors.ACTIVITY_NOT_FOUND();
    const step = steps[current]!;
    await tx.insert(coopStepLog).values({
      id: crypto.randomUUID(),
      activityId: a.id,
      idx: current,
      step,
      round,
      decision: "submit",
      decidedBy: actor.id,
    });
    await audit(tx, actor, {
      action: "coop_activity.submit",
      entity: "coop_activity",
      entityId: a.id,
      before: { status: a.status },
      after: {
        titleVi: a.titleVi,
        status: "submitted",
        ruleId: rule.id,
        ruleVersion,
        round,
        currentStep: step,
        leadRequired: required,
        leadAvailable: available,
        leadShort: short,
      },
    });
    const mails = await enqueueRouteMail(ctx, tx, updated, await holdersOfStep(tx, step), { event: "waiting", step });
    if (short) {
      // One query after another: a transaction is one connection, which runs one query at a time.
      const everyone = [];
      for (const s of new Set(steps)) everyone.push(...(await holdersOfStep(tx, s)));
      mails.push(...(await enqueueRouteMail(ctx, tx, updated, everyone, { event: "short", required, available })));
    }
    return { updated, mails };
  });
  await ctx.mailer.deliver(ctx.db, done.mails);
  return presentActivity(ctx.db, actor, done.updated, actor.language);
}

const decidedStatuses: readonly string[] = ["approved", "returned", "refused"];

/** Why the actor may not decide now: a second decision on a step they decided (409), no step waiting, or not theirs. */
async function refusal(
  tx: Executor,
  actor: Actor,
  a: ActivityRow,
  steps: (typeof coopRouteSteps.$inferSelect)[],
  read: boolean,
) {
  if (!read) return appError("FORBIDDEN");
  const held = routePermissions(actor).heldSteps;
  const mine = steps.filter((s) => held.includes(s.step));
  const currentRow = a.currentStep === null ? undefined : steps.find((s) => s.idx === a.currentStep);
  const current = currentRow ? routeStepWords[currentRow.step] : coopStatusWords[a.status];
  const decided = mine.find((s) => decidedStatuses.includes(s.status));
  if (decided?.decision && decided.decidedAt) {
    const names = await userNamesByIds(tx, decided.decidedBy ? [decided.decidedBy] : []);
    return routeErrors.STEP_ALREADY_DECIDED({
      step: routeStepWords[decided.step],
      by: (decided.decidedBy && names.get(decided.decidedBy)) ?? "—",
      decision: stepDecisionWords[decided.decision],
      at: decided.decidedAt,
      current,
    });
  }
  if (a.status !== "submitted") {
    return mine.length ? routeErrors.NOTHING_WAITING({ status: coopStatusWords[a.status] }) : appError("FORBIDDEN");
  }
  return routeErrors.NOT_YOUR_STEP({ current });
}

/** The Decree 30 number a step issues from a register: the ICD's submission to the Minister, the Personnel decision. */
function issuedAt(a: ActivityRow, steps: RouteStep[], step: RouteStep): "ICD" | "PERSONNEL" | null {
  if (a.kind !== "outbound") return null;
  if (step === "personnel_decision") return "PERSONNEL";
  if (step === "icd_review" && steps.includes("minister")) return "ICD";
  return null;
}

/**
 * Decides the current step (its holder only; the row is locked so two decisions on one step cannot both pass):
 * approve moves the route on (the last approval approves the activity and sets when its results are due), return
 * (with a comment) sends it back to its unit, refuse (with a comment) ends it. The Prime Minister's permission is
 * recorded with its document's number; the ICD's submission to the Minister and the Personnel Department's decision
 * take theirs from the issuer's register as the step is approved.
 */
export async function decideStep(
  ctx: Ctx,
  actor: Actor,
  id: string,
  body: DecisionBody,
  today = todayInHanoi(),
): Promise<Activity> {
  ensure(coopPermissions(actor).read);
  const comment = body.comment ? clean(body.comment) : "";
  const given = body.documentNumber ? clean(body.documentNumber) : "";
  const done = await ctx.db.transaction(async (tx) => {
    const a = await lockActivity(tx, id);
    const rows = await tx
      .select()
      .from(coopRouteSteps)
      .where(eq(coopRouteSteps.activityId, a.id))
      .orderBy(asc(coopRouteSteps.idx));
    const perms = await permissionsOn(tx, actor, a, today);
    if (!perms.decide || a.currentStep === null) throw await refusal(tx, actor, a, rows, perms.read);
    const cur = rows.find((r) => r.idx === a.currentStep);
    if (!cur) throw routeErrors.NOTHING_WAITING({ status: coopStatusWords[a.status] });
    const steps = rows.map((r) => r.step);
    const issuer = issuedAt(a, steps, cur.step);

    if ((body.decision === "return" || body.decision === "refuse") && !comment) {
      throw invalidFields([{ field: "comment", rule: "required" }]);
    }
    if (body.decision === "approve" && cur.step === "pm_permission" && !given) {
      throw invalidFields([
        {
          field: "documentNumber",
          ...needs(
            "nhập số văn bản cho phép của Thủ tướng Chính phủ (ví dụ 1234/VPCP-QHQT)",
            "give the number of the Prime Minister's permission (e.g. 1234/VPCP-QHQT)",
          ),
        },
      ]);
    }
    if (body.decision === "approve" && issuer && given) {
      throw invalidFields([
        {
          field: "documentNumber",
          ...needs(
            "để trống: số được lấy từ sổ đăng ký văn bản khi phê duyệt",
            "leave it empty: the number is taken from the register when the step is approved",
          ),
        },
      ]);
    }

    const now = new Date();
    let documentNumber: string | null = given || null;
    if (body.decision === "approve" && issuer) {
      const taken = await takeDocumentNumber(tx, {
        issuer,
        year: Number(today.slice(0, 4)),
        symbol: issuer === "ICD" ? SUBMISSION_SYMBOL : DECISION_SYMBOL,
        kind: issuer === "ICD" ? "submission" : "decision",
        entity: "coop_activity",
        entityId: a.id,
        title: issuer === "ICD" ? `Tờ trình về việc cử ${a.titleVi}` : `Quyết định cử ${a.titleVi}`,
        issuedOn: today,
        actor,
      });
      documentNumber = taken.number;
    }
    const stepStatus = body.decision === "approve" ? "approved" : body.decision === "return" ? "returned" : "refused";
    await tx
      .update(coopRouteSteps)
      .set({
        status: stepStatus,
        decidedBy: actor.id,
        decidedAt: now,
        decision: body.decision,
        comment: comment || null,
        documentNumber,
      })
      .where(and(eq(coopRouteSteps.activityId, a.id), eq(coopRouteSteps.idx, cur.idx)));

    const next = body.decision === "approve" ? rows.find((r) => r.idx === cur.idx + 1) : undefined;
    if (next) {
      await tx
        .update(coopRouteSteps)
        .set({ status: "current" })
        .where(and(eq(coopRouteSteps.activityId, a.id), eq(coopRouteSteps.idx, next.idx)));
    }
    const status: CoopStatus =
      body.decision === "return"
        ? "returned"
        : body.decision === "refuse"
          ? "refused"
          : next
            ? "submitted"
            : "approved";
    const final = status === "approved" || status === "refused";
    const resultsDueOn =
      status === "approved" && a.endDate ? addDays(a.endDate, (await ruleOfActivity(tx, a)).resultsDays) : null;
    const [updated] = await tx
      .update(coopActivities)
      .set({
        status,
        currentStep: next ? next.idx : null,
        decidedAt: final ? now : null,
        ...(resultsDueOn ? { resultsDueOn } : {}),
        updatedAt: now,
        version: sql`${coopActivities.version} + 1`,
      })
      .where(eq(coopActivities.id, a.id))
      .returning();
    if (!updated) throw routeErrors.ACTIVITY_NOT_FOUND();
    await tx.insert(coopStepLog).values({
      id: crypto.randomUUID(),
      activityId: a.id,
      idx: cur.idx,
      step: cur.step,
      round: Math.max(1, await lastRound(tx, a.id)),
      decision: body.decision,
      comment: comment || null,
      documentNumber,
      decidedBy: actor.id,
      decidedAt: now,
    });
    await audit(tx, actor, {
      action: "coop_activity.decide",
      entity: "coop_activity",
      entityId: a.id,
      before: { status: a.status, currentStep: cur.step },
      after: {
        titleVi: a.titleVi,
        status,
        step: cur.step,
        decision: body.decision,
        comment: comment || null,
        documentNumber,
        currentStep: next?.step ?? null,
        ...(resultsDueOn ? { resultsDueOn } : {}),
      },
    });
    let mails: string[] = [];
    const unit = () => unitOfficers(tx, a.unitId);
    if (next) {
      mails = await enqueueRouteMail(ctx, tx, updated, await holdersOfStep(tx, next.step), {
        event: "waiting",
        step: next.step,
      });
    } else if (status === "approved") {
      mails = await enqueueRouteMail(ctx, tx, updated, await unit(), { event: "approved", by: actor.name });
    } else if (status === "returned") {
      mails = await enqueueRouteMail(ctx, tx, updated, await unit(), {
        event: "returned",
        step: cur.step,
        comment,
        by: actor.name,
      });
    } else {
      mails = await enqueueRouteMail(ctx, tx, updated, await unit(), {
        event: "refused",
        step: cur.step,
        comment,
        by: actor.name,
      });
    }
    return { updated, mails };
  });
  await ctx.mailer.deliver(ctx.db, done.mails);
  return presentActivity(ctx.db, actor, done.updated, actor.language);
}

// ---------------------------------------------------------------- the log and the lead time of one activity

/**
 * Every step's log (who, when, what, the comment and document number, by round) and which rule chose the route and
 * why, for whoever may read the activity.
 */
export async function activityLog(ctx: Ctx, actor: Actor, id: string): Promise<RouteLog> {
  const { a } = await readableActivity(ctx.db, actor, id);
  const entries = await ctx.db
    .select()
    .from(coopStepLog)
    .where(eq(coopStepLog.activityId, a.id))
    .orderBy(asc(coopStepLog.decidedAt), asc(coopStepLog.round), asc(coopStepLog.idx));
  const names = await userNamesByIds(
    ctx.db,
    entries.flatMap((e) => (e.decidedBy ? [e.decidedBy] : [])),
  );
  const rule =
    a.ruleId && a.ruleVersion !== null
      ? (await rulesAt(ctx.db, a.ruleVersion))?.rules.find((r) => r.id === a.ruleId)
      : null;
  return {
    rule: rule && a.ruleVersion !== null ? { ...rule, version: a.ruleVersion } : null,
    facts: await activityFacts(ctx.db, a),
    entries: entries.map((e) => ({
      round: e.round,
      idx: e.idx,
      step: e.step,
      decision: e.decision,
      comment: e.comment,
      documentNumber: e.documentNumber,
      decidedBy: e.decidedBy ? (names.get(e.decidedBy) ?? null) : null,
      decidedAt: e.decidedAt.toISOString(),
    })),
  };
}

/**
 * The lead time as the unit sees it while drafting (item 7): the rule the current table would choose, the working
 * days it needs, those left from today, and the latest day to submit.
 */
export async function activityLeadTime(ctx: Ctx, actor: Actor, id: string): Promise<LeadTimeAnswer> {
  const { a } = await readableActivity(ctx.db, actor, id);
  let ruleId = a.ruleId;
  let ruleVersion = a.ruleVersion;
  if (a.status === "draft" || ruleId === null) {
    const table = await currentRules(ctx.db);
    ruleId = chooseRule(table.rules, await activityFacts(ctx.db, a))?.id ?? null;
    ruleVersion = table.version;
  }
  return { leadTime: await leadTimeView(ctx.db, a), ruleId, ruleVersion, startDate: a.startDate };
}
