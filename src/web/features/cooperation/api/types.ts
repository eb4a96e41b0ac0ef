/**
 * The cooperation register's records as the web uses them: the server's schemas (src/shared/schemas/cooperation.ts,
 * cooperation-route.ts) are the one definition; these are their `Static<>` types (decision 013), not copies.
 */
export type {
  CoopKind,
  CoopStatus,
  CoopMode,
  FundingSource,
  LeaderRank,
  PartnerKind,
  RouteStep,
  StepDecision,
  StepStatus,
  PlanItemProgress,
  PlanItemStatus,
  CoopPlanStatus,
  AttachmentKind,
} from "../../../../shared/cooperation";
export {
  coopKinds,
  coopStatuses,
  coopModes,
  fundingSources,
  leaderRanks,
  partnerKinds,
  routeSteps,
  attachmentKinds,
} from "../../../../shared/cooperation";
export type {
  Activity,
  ActivityBody,
  ActivityPatch,
  ActivityPermissions,
  ActivitySummary,
  Attachment,
  CalendarMonth,
  CoopAccess,
  Details,
  Member,
  MemberBody,
  Partner,
  PartnerBody,
  PartnerRef,
  Plan,
  PlanApproveBody,
  PlanItem,
  PlanItemBody,
  PlanItemPatch,
  ResultsBody,
  UnitRef,
} from "../../../../shared/schemas/cooperation";
export type {
  DecisionBody,
  LeadTime,
  Route,
  RouteLog,
  Rule,
  RuleTable,
  RulesBody,
} from "../../../../shared/schemas/cooperation-route";

/** Query keys: everything of the register sits under ["cooperation"], so a write can refresh what it touches. */
export const coopKey = ["cooperation"] as const;
export const activitiesKey = [...coopKey, "activities"] as const;
export const activityKey = (id: string) => [...coopKey, "activity", id] as const;
export const queueKey = [...coopKey, "queue"] as const;
export const planKey = (year: number) => [...coopKey, "plan", year] as const;
export const rulesKey = [...coopKey, "rules"] as const;
export const partnersKey = [...coopKey, "partners"] as const;
