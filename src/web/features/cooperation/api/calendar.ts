import { useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";

/**
 * GET /api/calendar/add-working-days?date=&days=-N — the latest day to submit an activity starting on `date` when the
 * rule needs N working days (Vietnamese working days: weekends, holidays and announced days off skipped).
 */
export function useLatestSubmitDate(startDate: string | null, days: number | null) {
  return useQuery({
    queryKey: ["calendar", "add-working-days", startDate, days],
    queryFn: () =>
      api.get<{ date: string }>("/calendar/add-working-days" + qs({ date: startDate, days: -(days ?? 0) })),
    enabled: !!startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) && days !== null && days > 0,
    staleTime: 5 * 60_000,
  });
}
