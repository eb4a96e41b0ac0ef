import { Type, type Static } from "typebox";
import { activityKinds, activityStatuses, onTrackJudgements, planStatuses } from "../workplans.js";
import { Nullable, StringEnum } from "./common.js";

/**
 * The work-plans records (plans, activities, status changes, reviews, snapshots): one definition for the server's
 * routes and the web (decision 013). `workplans/review.ts` computes values of these types.
 */

export const Country = Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 3166-1 alpha-3" });
export const CountryRef = Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String() });
export const Status = StringEnum(activityStatuses);
export const PlanStatusT = StringEnum(planStatuses);
export const Kind = StringEnum(activityKinds);
/** What the signed-in user may do in one programme (computed by the work-plans policy). */
export const WorkplanPermissions = Type.Object(
  {
    read: Type.Boolean({ description: "Opens the programme, its activities, history, review, snapshots, proposals" }),
    manage: Type.Boolean({ description: "ICD: manages activities, proposals, snapshots" }),
    countries: Type.Array(Type.String(), { description: "Countries the user may act for here" }),
  },
  { description: "What the signed-in user may do in this programme (work-plans policy)" },
);
/** What the signed-in user may do with one activity (computed by the work-plans policy). */
export const ActivityPermissions = Type.Object(
  {
    speakFor: Type.Boolean({ description: "The ICD, or a focal point of a lead or co-lead country" }),
    recordStatus: Type.Boolean({ description: "May record status changes and notes now (adopted activities)" }),
  },
  { description: "What the signed-in user may do with this activity (work-plans policy)" },
);
export const Workplan = Type.Object({
  id: Type.String(),
  code: Type.String(),
  titleVi: Type.String(),
  titleEn: Type.String(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  members: Type.Array(CountryRef),
  version: Type.Integer(),
  permissions: WorkplanPermissions,
});
export const WorkplanItem = Type.Intersect([
  Workplan,
  Type.Object({ activityCount: Type.Integer(), proposalCount: Type.Integer() }),
]);
export const Activity = Type.Object({
  id: Type.String(),
  workplanId: Type.String(),
  code: Nullable(Type.String()),
  titleVi: Nullable(Type.String()),
  titleEn: Type.String(),
  leads: Type.Array(Type.String()),
  coLeads: Type.Array(Type.String()),
  plannedYears: Type.Array(Type.Integer()),
  kind: Kind,
  status: Status,
  statusOn: Type.String(),
  proposedBy: Nullable(Type.String()),
  proposedOn: Nullable(Type.String()),
  adoptedAt: Nullable(Type.String({ description: "The meeting that adopted the proposal" })),
  adoptedOn: Nullable(Type.String()),
  adoptedMeetingId: Nullable(Type.String()),
  version: Type.Integer(),
  permissions: ActivityPermissions,
});
export const Change = Type.Object({
  id: Type.String(),
  activityId: Type.String(),
  seq: Type.Integer(),
  fromStatus: Nullable(Status),
  status: Status,
  effectiveOn: Type.String(),
  note: Nullable(Type.String()),
  recordedBy: Nullable(Type.String()),
  recordedByName: Type.String(),
  recordedAt: Type.String(),
});
export const ActivityDetail = Type.Intersect([Activity, Type.Object({ history: Type.Array(Change) })]);
export const ActivityRef = Type.Object({
  id: Type.String(),
  code: Nullable(Type.String()),
  titleVi: Nullable(Type.String()),
  titleEn: Type.String(),
});
/** One activity's status on the review's day. */
export const ReviewActivity = Type.Object({
  id: Type.String(),
  code: Nullable(Type.String()),
  titleVi: Nullable(Type.String()),
  titleEn: Type.String(),
  leads: Type.Array(Type.String()),
  coLeads: Type.Array(Type.String()),
  kind: Kind,
  status: Status,
  since: Type.String(),
});
export const Review = Type.Object({
  workplanId: Type.String(),
  asOf: Type.String(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  total: Type.Integer({ description: "Activities in the plan on asOf; proposals not yet adopted are not counted" }),
  byStatus: Type.Array(Type.Object({ status: PlanStatusT, count: Type.Integer(), percent: Type.Integer() }), {
    description: "planned, ongoing, completed, cancelled — every one present; percents add up to 100 when total > 0",
  }),
  completedOrOngoing: Type.Object({ count: Type.Integer(), percent: Type.Integer() }),
  proposals: Type.Integer({ description: "Proposals made by asOf and not adopted by then" }),
  onTrack: Type.Object({
    judgement: StringEnum(onTrackJudgements),
    completedOrOngoingShare: Type.Number(),
    elapsedShare: Type.Number(),
    marginPoints: Type.Number(),
  }),
  activities: Type.Array(ReviewActivity, {
    description: "Each activity's status on asOf: the plan first, then pending proposals",
  }),
});
export const SnapshotHead = Type.Object({
  id: Type.String(),
  workplanId: Type.String(),
  name: Type.String(),
  asOf: Type.String(),
  total: Type.Integer(),
  createdByName: Type.String(),
  createdAt: Type.String(),
});
export const Snapshot = Type.Intersect([SnapshotHead, Type.Object({ review: Review })]);
export const Comparison = Type.Object({
  from: SnapshotHead,
  to: SnapshotHead,
  changes: Type.Array(
    Type.Object({
      activityId: Type.String(),
      code: Nullable(Type.String()),
      titleVi: Nullable(Type.String()),
      titleEn: Type.String(),
      leads: Type.Array(Type.String()),
      fromStatus: Nullable(Status),
      toStatus: Nullable(Status),
    }),
  ),
  unchanged: Type.Integer(),
  byStatus: Type.Array(Type.Object({ status: PlanStatusT, from: Type.Integer(), to: Type.Integer() })),
});
export const PlanChange = Type.Intersect([Change, Type.Object({ activity: ActivityRef })]);
export const ActivityAuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorName: Nullable(Type.String()),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});

export type CountryRef = Static<typeof CountryRef>;
export type WorkplanPermissionsView = Static<typeof WorkplanPermissions>;
export type ActivityPermissionsView = Static<typeof ActivityPermissions>;
export type Workplan = Static<typeof Workplan>;
export type WorkplanItem = Static<typeof WorkplanItem>;
export type Activity = Static<typeof Activity>;
export type StatusChange = Static<typeof Change>;
export type ActivityDetail = Static<typeof ActivityDetail>;
export type ReviewActivity = Static<typeof ReviewActivity>;
export type Review = Static<typeof Review>;
export type SnapshotHead = Static<typeof SnapshotHead>;
export type Snapshot = Static<typeof Snapshot>;
export type Comparison = Static<typeof Comparison>;
export type PlanChange = Static<typeof PlanChange>;
export type ActivityAuditEntry = Static<typeof ActivityAuditEntry>;
