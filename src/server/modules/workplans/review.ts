import {
  ON_TRACK_MARGIN,
  planStatuses,
  type ActivityKind,
  type ActivityStatus,
  type OnTrackJudgement,
  type PlanStatus,
} from "../../../shared/workplans.js";
import type {
  Review as ReviewRecord,
  ReviewActivity as ReviewActivityRecord,
} from "../../../shared/schemas/workplans.js";
import { largestRemainder } from "./rounding.js";

/** One dated status change, as the review needs it. */
export interface HistoryPoint {
  status: ActivityStatus;
  /** ISO date, YYYY-MM-DD. */
  effectiveOn: string;
  seq: number;
}

export interface ReviewInputActivity {
  id: string;
  code: string | null;
  titleVi: string | null;
  titleEn: string;
  leads: string[];
  coLeads: string[];
  kind: ActivityKind;
  proposedBy: string | null;
  history: HistoryPoint[];
}

/** One activity's status on `asOf` (the API's `ReviewActivity`, src/shared/schemas/workplans.ts). */
export type ReviewActivity = ReviewActivityRecord;

/** The review of a plan on `asOf`: the API's `Review` without the plan's id, which the service adds. */
export type Review = Omit<ReviewRecord, "workplanId">;

/** The status in effect on `asOf`: the last change that took effect on or before that day; null when none had. */
export function statusAsOf(history: readonly HistoryPoint[], asOf: string): HistoryPoint | null {
  let best: HistoryPoint | null = null;
  for (const h of history) {
    if (h.effectiveOn > asOf) continue;
    if (!best || h.effectiveOn > best.effectiveOn || (h.effectiveOn === best.effectiveOn && h.seq > best.seq)) best = h;
  }
  return best;
}

const DAY = 86_400_000;
function dayNumber(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
}

/** Share (0–1) of the period [start, end] elapsed at the end of `asOf`, days counted inclusively. */
export function elapsedFraction(start: string, end: string, asOf: string): number {
  const total = dayNumber(end) - dayNumber(start) + 1;
  const done = dayNumber(asOf) - dayNumber(start) + 1;
  return Math.min(1, Math.max(0, done / total));
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** Judges progress by the rule in `shared/workplans.ts` (share completed or ongoing vs share of the period elapsed). */
export function judge(
  total: number,
  completedOrOngoing: number,
  elapsed: number,
  beforeStart: boolean,
): OnTrackJudgement {
  if (beforeStart) return "not_started";
  if (total === 0) return "no_activities";
  const done = (completedOrOngoing / total) * 100;
  const due = elapsed * 100;
  if (done >= due) return "on_track";
  if (done >= due - ON_TRACK_MARGIN) return "at_risk";
  return "off_track";
}

const byCode = (a: ReviewActivity, b: ReviewActivity) =>
  (a.code ?? "\uffff").localeCompare(b.code ?? "\uffff", "en", { numeric: true }) || a.titleEn.localeCompare(b.titleEn);

/**
 * The review of a programme on a date, computed from the status histories alone: each activity counts with the
 * status in effect that day; an activity with no change yet on that day was not in the plan and is left out; one
 * whose status that day is `proposed` is counted apart in `proposals`.
 */
export function computeReview(
  plan: { periodStart: string; periodEnd: string },
  activities: readonly ReviewInputActivity[],
  asOf: string,
): Review {
  const inPlan: ReviewActivity[] = [];
  const pending: ReviewActivity[] = [];
  for (const a of activities) {
    const h = statusAsOf(a.history, asOf);
    if (!h) continue;
    const { history: _history, proposedBy: _proposedBy, ...rest } = a;
    const row = { ...rest, status: h.status, since: h.effectiveOn };
    (h.status === "proposed" ? pending : inPlan).push(row);
  }
  const counts = planStatuses.map((s) => inPlan.filter((a) => a.status === s).length);
  const percents = largestRemainder(counts);
  const count = (s: PlanStatus) => counts[planStatuses.indexOf(s)] ?? 0;
  const done = count("completed") + count("ongoing");
  // The combined share is rounded in its own grouping so that it and "planned" add to 100 (seed 001: 39 + 61).
  const [donePercent = 0] = largestRemainder([done, count("planned"), count("cancelled")]);
  const total = inPlan.length;
  const elapsed = elapsedFraction(plan.periodStart, plan.periodEnd, asOf);
  return {
    asOf,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    total,
    byStatus: planStatuses.map((status, i) => ({ status, count: counts[i] ?? 0, percent: percents[i] ?? 0 })),
    completedOrOngoing: { count: done, percent: donePercent },
    proposals: pending.length,
    onTrack: {
      judgement: judge(total, done, elapsed, asOf < plan.periodStart),
      completedOrOngoingShare: total ? oneDecimal((done / total) * 100) : 0,
      elapsedShare: oneDecimal(elapsed * 100),
      marginPoints: ON_TRACK_MARGIN,
    },
    activities: [...inPlan.sort(byCode), ...pending.sort(byCode)],
  };
}
