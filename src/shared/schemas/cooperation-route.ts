import { Type, type Static } from "typebox";
import {
  coopKinds,
  fundingSources,
  leaderRanks,
  partnerKinds,
  routeSteps,
  stepDecisions,
  stepStatuses,
} from "../cooperation.js";
import { Nullable, StringEnum } from "./common.js";

/**
 * An activity's approval route, its lead time and the decision table (issue 12, API contract kept stable):
 * `route: {ruleId, ruleVersion, steps:[{step,status,decidedBy,decidedAt,decision,comment,documentNumber}], current}`,
 * `leadTime: {required, available, short}` in working days.
 */
export const RouteStepT = StringEnum(routeSteps);
export const RouteStepView = Type.Object({
  step: RouteStepT,
  status: StringEnum(stepStatuses),
  /** The person who decided, by name; null while undecided. */
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  decision: Nullable(StringEnum(stepDecisions)),
  comment: Nullable(Type.String()),
  documentNumber: Nullable(Type.String()),
});
export const Route = Type.Object({
  ruleId: Type.String(),
  ruleVersion: Type.Integer(),
  steps: Type.Array(RouteStepView),
  /** Index of the step that waits for a decision; null when none does (not submitted, approved, refused). */
  current: Nullable(Type.Integer()),
});
export type Route = Static<typeof Route>;
export const LeadTime = Type.Object({
  required: Type.Integer({ description: "Working days the rule requires before the start" }),
  available: Type.Integer({ description: "Working days from submission (or today, for a draft) to the start" }),
  short: Type.Boolean(),
  /** The last day to submit with the days the rule requires: `addWorkingDays(start, -required)` (the unit's draft). */
  latestSubmitDate: Type.Optional(Nullable(Type.String({ description: "YYYY-MM-DD" }))),
});
export type LeadTime = Static<typeof LeadTime>;

export const DecisionBody = Type.Object(
  {
    decision: StringEnum(stepDecisions),
    comment: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    documentNumber: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

/** One rule of the decision table (the server's `CoopRule`, `cooperation/schema.ts`). */
export const Rule = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 80, pattern: "^[a-z0-9-]+$" }),
  nameVi: Type.String({ minLength: 1, maxLength: 300 }),
  nameEn: Type.String({ minLength: 1, maxLength: 300 }),
  when: Type.Object(
    {
      kinds: Type.Optional(Type.Array(StringEnum(coopKinds))),
      leaderRanks: Type.Optional(Type.Array(StringEnum(leaderRanks))),
      inPlan: Type.Optional(Type.Boolean()),
      inPmPlan: Type.Optional(Type.Boolean()),
      fundingSources: Type.Optional(Type.Array(StringEnum(fundingSources))),
      partnerKinds: Type.Optional(Type.Array(StringEnum(partnerKinds))),
    },
    { additionalProperties: false },
  ),
  steps: Type.Array(RouteStepT, { minItems: 1, maxItems: 10 }),
  leadDays: Type.Integer({ minimum: 0, maximum: 365 }),
  resultsDays: Type.Integer({ minimum: 0, maximum: 365 }),
  reasonVi: Type.String({ maxLength: 1000 }),
  reasonEn: Type.String({ maxLength: 1000 }),
});
export type Rule = Static<typeof Rule>;

/** The facts the decision table read of an activity (`chooseRule`). */
export const RouteFactsT = Type.Object({
  kind: StringEnum(coopKinds),
  leaderRank: Nullable(StringEnum(leaderRanks)),
  inPlan: Type.Boolean(),
  inPmPlan: Type.Boolean(),
  fundingSource: Nullable(StringEnum(fundingSources)),
  partnerKinds: Type.Array(StringEnum(partnerKinds)),
});

/** `GET /api/cooperation/activities/{id}/log`: which rule chose the route and why, and every decision by round. */
export const RouteLog = Type.Object({
  rule: Nullable(Type.Object({ ...Rule.properties, version: Type.Integer() })),
  /** The activity's facts as they are now (the rule was chosen from them at the first submission). */
  facts: RouteFactsT,
  entries: Type.Array(
    Type.Object({
      /** 1 for the first submission, +1 for each resubmission after a return. */
      round: Type.Integer(),
      idx: Type.Integer(),
      step: RouteStepT,
      decision: StringEnum([...stepDecisions, "submit"]),
      comment: Nullable(Type.String()),
      documentNumber: Nullable(Type.String()),
      decidedBy: Nullable(Type.String()),
      decidedAt: Type.String(),
    }),
  ),
});
export type RouteLog = Static<typeof RouteLog>;

/** `GET /api/cooperation/activities/{id}/lead-time`: the lead time while drafting, and the rule it comes from. */
export const LeadTimeAnswer = Type.Object({
  leadTime: Nullable(LeadTime),
  ruleId: Nullable(Type.String()),
  ruleVersion: Nullable(Type.Integer()),
  startDate: Nullable(Type.String()),
});
export type LeadTimeAnswer = Static<typeof LeadTimeAnswer>;

/** A version of the decision table (`GET /api/cooperation/rules`, `…/rules/versions`). */
export const RuleTable = Type.Object({
  version: Type.Integer(),
  rules: Type.Array(Rule),
  note: Nullable(Type.String()),
  createdBy: Nullable(Type.String({ description: "Who wrote this version (by name); null for the defaults" })),
  createdAt: Nullable(Type.String()),
  /** Whether the caller may write a new version. */
  canEdit: Type.Boolean(),
});
export type RuleTable = Static<typeof RuleTable>;

/** `PUT /api/cooperation/rules`: a new version of the whole table, from the `version` the editor read. */
export const RulesBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    rules: Type.Array(Rule, { minItems: 1, maxItems: 200 }),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type RulesBody = Static<typeof RulesBody>;
