/**
 * A venue's or hotel's security readiness at a glance (issue 14, point 5), as a pure function over its items: how
 * many of all are signed off by the security officer, how many are done but not yet signed off, how many are overdue
 * (not signed off, due before now), and a status word. Tested without a database.
 */
import type { CheckItemStatus, PlaceReadinessStatus } from "../../../shared/logistics.js";

export interface ReadinessItem {
  status: CheckItemStatus;
  dueAt: Date | null;
}

export interface PlaceCounts {
  total: number;
  signedOff: number;
  done: number;
  overdue: number;
  percent: number;
  status: PlaceReadinessStatus;
}

/** Not signed off and due strictly before `now`. */
export const isOverdue = (i: ReadinessItem, now: Date) =>
  i.status !== "signed_off" && i.dueAt !== null && i.dueAt.getTime() < now.getTime();

export function placeReadiness(items: readonly ReadinessItem[], now: Date): PlaceCounts {
  let signedOff = 0;
  let done = 0;
  let overdue = 0;
  for (const i of items) {
    if (i.status === "signed_off") signedOff++;
    else if (i.status === "done") done++;
    if (isOverdue(i, now)) overdue++;
  }
  const total = items.length;
  const percent = total ? Math.floor((signedOff * 100) / total) : 0;
  const status: PlaceReadinessStatus =
    total === 0 ? "none" : signedOff === total ? "ready" : overdue > 0 ? "overdue" : "in_progress";
  return { total, signedOff, done, overdue, percent, status };
}
