import { usePagedQuery } from "../../../lib/usePagedQuery";
import { planKey, type Activity, type ActivityStatus } from "./types";

export interface ActivityFilter {
  q: string;
  status: ActivityStatus | null;
  country: string | null;
}

/**
 * GET /api/workplans/:id/activities a page at a time: the server searches (diacritics and case ignored), filters, orders by code and
 * counts every match.
 */
export function useActivitiesPage(id: string, f: { status: ActivityStatus | null; country: string | null }, q: string) {
  return usePagedQuery<Activity>({
    key: [...planKey(id), "activities"],
    path: `/workplans/${id}/activities`,
    filters: { status: f.status, country: f.country },
    initialQ: q,
  });
}
