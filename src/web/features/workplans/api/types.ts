/**
 * The work-plans API's records as the web uses them: the server's schemas (src/shared/schemas/workplans.ts) are the
 * one definition; these are their `Static<>` types (decision 013), not copies.
 */
import type { ActivityKind, ActivityStatus, OnTrackJudgement, PlanStatus } from "../../../../shared/workplans";

export type { ActivityKind, ActivityStatus, OnTrackJudgement, PlanStatus };
export type {
  Activity,
  ActivityAuditEntry as AuditEntry,
  ActivityDetail,
  Comparison,
  CountryRef,
  PlanChange,
  Review,
  ReviewActivity,
  SnapshotHead,
  StatusChange,
  Workplan,
  WorkplanItem,
} from "../../../../shared/schemas/workplans";

/** Query keys: everything of one plan sits under ["workplans", id], so a write can refresh it all. */
export const workplansKey = ["workplans"] as const;
export const planKey = (id: string) => [...workplansKey, id] as const;
