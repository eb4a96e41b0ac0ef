/** What the work-plans API answers (src/server/modules/workplans/routes.ts). */
import type { ActivityKind, ActivityStatus, OnTrackJudgement, PlanStatus } from "../../../../shared/workplans";

export type { ActivityKind, ActivityStatus, OnTrackJudgement, PlanStatus };

export interface CountryRef {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface Workplan {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string;
  periodStart: string;
  periodEnd: string;
  members: CountryRef[];
  version: number;
  access: { manage: boolean; countries: string[] };
}

export interface WorkplanItem extends Workplan {
  activityCount: number;
  proposalCount: number;
}

export interface Activity {
  id: string;
  workplanId: string;
  code: string | null;
  titleVi: string | null;
  titleEn: string;
  leads: string[];
  coLeads: string[];
  plannedYears: number[];
  kind: ActivityKind;
  status: ActivityStatus;
  statusOn: string;
  proposedBy: string | null;
  proposedOn: string | null;
  adoptedAt: string | null;
  adoptedOn: string | null;
  adoptedMeetingId: string | null;
  version: number;
  canEdit: boolean;
}

export interface StatusChange {
  id: string;
  activityId: string;
  seq: number;
  fromStatus: ActivityStatus | null;
  status: ActivityStatus;
  effectiveOn: string;
  note: string | null;
  recordedBy: string | null;
  recordedByName: string;
  recordedAt: string;
}

export interface ActivityDetail extends Activity {
  history: StatusChange[];
}

export interface ReviewActivity {
  id: string;
  code: string | null;
  titleVi: string | null;
  titleEn: string;
  leads: string[];
  coLeads: string[];
  kind: ActivityKind;
  status: ActivityStatus;
  since: string;
}

export interface Review {
  workplanId: string;
  asOf: string;
  periodStart: string;
  periodEnd: string;
  total: number;
  byStatus: { status: PlanStatus; count: number; percent: number }[];
  completedOrOngoing: { count: number; percent: number };
  proposals: number;
  onTrack: { judgement: OnTrackJudgement; completedOrOngoingShare: number; elapsedShare: number; marginPoints: number };
  activities: ReviewActivity[];
}

export interface SnapshotHead {
  id: string;
  workplanId: string;
  name: string;
  asOf: string;
  total: number;
  createdByName: string;
  createdAt: string;
}

export interface Comparison {
  from: SnapshotHead;
  to: SnapshotHead;
  changes: {
    activityId: string;
    code: string | null;
    titleVi: string | null;
    titleEn: string;
    leads: string[];
    fromStatus: ActivityStatus | null;
    toStatus: ActivityStatus | null;
  }[];
  unchanged: number;
  byStatus: { status: PlanStatus; from: number; to: number }[];
}

export interface PlanChange extends StatusChange {
  activity: { id: string; code: string | null; titleVi: string | null; titleEn: string };
}

export interface AuditEntry {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

/** Query keys: everything of one plan sits under ["workplans", id], so a write can refresh it all. */
export const workplansKey = ["workplans"] as const;
export const planKey = (id: string) => [...workplansKey, id] as const;
