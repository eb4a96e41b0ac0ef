import { useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { usePagedQuery } from "../../../lib/usePagedQuery";
import { activitiesKey, type ActivitySummary, type CalendarMonth } from "./types";

/** The list's filters as the server takes them (ActivityListQuery). */
export interface ActivityFilters {
  year?: number | null;
  unitId?: string | null;
  kind?: string | null;
  status?: string | null;
  country?: string | null;
  partnerId?: string | null;
  inPlan?: boolean | null;
  waitingFor?: string | null;
  leadShort?: boolean | null;
  resultsOverdue?: boolean | null;
}

/** GET /api/cooperation/activities a page at a time: searched (diacritics ignored), filtered and counted on the server. */
export function useActivitiesPage(filters: ActivityFilters, q: string) {
  return usePagedQuery<ActivitySummary>({
    key: activitiesKey,
    path: "/cooperation/activities",
    filters: { ...filters },
    initialQ: q,
  });
}

/** The export's address: the same filters and search as the list shows. */
export function exportPath(filters: ActivityFilters, q: string): string {
  return "/cooperation/activities/export.xlsx" + qs({ ...filters, q: q || undefined });
}

/** GET /api/cooperation/activities/calendar?month=YYYY-MM — the activities overlapping the month. */
export function useCalendarMonth(month: string) {
  return useQuery({
    queryKey: [...activitiesKey, "calendar", month],
    queryFn: () => api.get<CalendarMonth>("/cooperation/activities/calendar" + qs({ month })),
  });
}
