/**
 * Vocabulary of the cooperation register (issue 12, seed 002), shared by the server and the web. Labels in both
 * languages live in `vocabulary.ts`; these are the values.
 */

/** The six kinds of international activity a unit proposes (API values are kept stable). */
export const coopKinds = ["outbound", "inbound", "guests", "conference", "agreement", "project"] as const;
export type CoopKind = (typeof coopKinds)[number];

/**
 * Where an activity stands. `draft` until its unit submits it; `submitted` while it is on its route; `returned` when a
 * step sent it back to the unit (editable, then resubmitted); `approved` when the last step has decided; `refused`
 * ends it; `cancelled` by its unit before a decision. Results are a separate fact (`resultsReportedAt`).
 */
export const coopStatuses = ["draft", "submitted", "returned", "approved", "refused", "cancelled"] as const;
export type CoopStatus = (typeof coopStatuses)[number];

/** Ranks of the leader of a delegation or of the ministry's side (seed 002). */
export const leaderRanks = [
  "minister",
  "deputy_minister",
  "director_general",
  "deputy_director_general",
  "director",
  "other",
] as const;
export type LeaderRank = (typeof leaderRanks)[number];

export const coopModes = ["in_person", "online", "hybrid"] as const;
export type CoopMode = (typeof coopModes)[number];

/** Who pays. `state_budget`: the ministry's own budget; `partner`: the foreign side; `project`: a foreign-funded project. */
export const fundingSources = ["state_budget", "partner", "project", "mixed", "other"] as const;
export type FundingSource = (typeof fundingSources)[number];

/** Kinds of partner in the directory. */
export const partnerKinds = ["government", "ministry", "international_org", "ngo", "university", "other"] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/**
 * The steps an approval route is made of (seed 002). Who holds each step:
 * `icd_review` — an ICD officer; `icd_director`, `deputy_minister`, `minister` — the approver granted that step;
 * `pm_permission` — an external step: an ICD officer records the Prime Minister's permission and its document number;
 * `personnel_decision` — a personnel officer issues the decision sending the delegation.
 */
export const routeSteps = [
  "icd_review",
  "icd_director",
  "deputy_minister",
  "minister",
  "pm_permission",
  "personnel_decision",
] as const;
export type RouteStep = (typeof routeSteps)[number];

/** A step of an activity's route. `waiting` until the route reaches it; `current` while it waits for its holder. */
export const stepStatuses = ["waiting", "current", "approved", "returned", "refused"] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const stepDecisions = ["approve", "return", "refuse"] as const;
export type StepDecision = (typeof stepDecisions)[number];

/** A unit's proposed plan item: proposed by the unit, then included in (or left out of) the ministry's plan by the ICD. */
export const planItemStatuses = ["proposed", "included", "left_out"] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];

/** The annual plan: units propose, the ICD consolidates, the Minister approves (a dated decision with its number). */
export const planStatuses = ["open", "consolidated", "approved"] as const;
export type CoopPlanStatus = (typeof planStatuses)[number];

/** How far a plan item has been carried out, derived from the activities linked to it. */
export const planItemProgress = ["not_started", "under_way", "carried_out"] as const;
export type PlanItemProgress = (typeof planItemProgress)[number];

export const attachmentKinds = ["invitation", "programme", "results", "other"] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];
