import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { planKey, type Activity, type ActivityStatus } from "./types";

export interface ActivityFilter {
  q: string;
  status: ActivityStatus | null;
  country: string | null;
}

/** GET /api/workplans/:id/activities — the server searches ignoring diacritics and case. */
export function useActivities(id: string, f: ActivityFilter) {
  return useQuery({
    queryKey: [...planKey(id), "activities", f],
    queryFn: () =>
      api.get<Activity[]>(
        `/workplans/${id}/activities` + qs({ q: f.q.trim() || undefined, status: f.status, country: f.country }),
      ),
    placeholderData: keepPreviousData,
  });
}
