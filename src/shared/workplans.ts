/** Vocabulary of the multilateral work plans (PRODUCT.md §3), shared by the server and the web. */

/** Every status an activity can hold. `proposed` until a meeting adopts it; then one of the plan statuses. */
export const activityStatuses = ["proposed", "planned", "ongoing", "completed", "cancelled"] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** The statuses a review counts, in the order the API reports them (every one present, zeros included). */
export const planStatuses = ["planned", "ongoing", "completed", "cancelled"] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** `annual_activity` is a recurring activity; while it runs its status is `ongoing` (seed 001: "đang triển khai/hoạt động thường niên"). */
export const activityKinds = ["project", "activity", "annual_activity"] as const;
export type ActivityKind = (typeof activityKinds)[number];

/**
 * The on-track rule: compare the share of activities completed or ongoing with the share of the plan period that has
 * elapsed. At or above it: on track. Up to ON_TRACK_MARGIN percentage points below: at risk. Further below: off track.
 */
export const ON_TRACK_MARGIN = 10;
export const onTrackJudgements = ["on_track", "at_risk", "off_track", "not_started", "no_activities"] as const;
export type OnTrackJudgement = (typeof onTrackJudgements)[number];
