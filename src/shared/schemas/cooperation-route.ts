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
