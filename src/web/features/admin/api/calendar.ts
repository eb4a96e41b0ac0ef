import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type {
  CalendarDay,
  CalendarDayCreate,
  CalendarDayUpdate,
  CalendarYear,
} from "../../../../shared/schemas/calendar";

export type { CalendarDay, CalendarDayCreate, CalendarDayUpdate, CalendarYear };

const calendarKey = ["admin", "calendar"] as const;

/** GET /api/calendar/days?year= — a year's holidays, days off and make-up days (administrators). */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: [...calendarKey, year],
    queryFn: () => api.get<CalendarYear>(`/calendar/days?year=${year}`),
  });
}

/** POST /api/calendar/days — adds a day or overrides the law's day. */
export function useAddCalendarDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: CalendarDayCreate) => api.post<CalendarDay>("/calendar/days", d),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKey }),
  });
}

/** PATCH /api/calendar/days/:date — changes a stored day; carries the version read. */
export function useUpdateCalendarDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ date, ...patch }: CalendarDayUpdate & { date: string }) =>
      api.patch<CalendarDay>(`/calendar/days/${date}`, patch),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKey }),
  });
}

/** DELETE /api/calendar/days/:date?version= — removes a stored day (the law's rule applies again). */
export function useDeleteCalendarDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ date, version }: { date: string; version: number }) =>
      api.delete<{ ok: true }>(`/calendar/days/${date}?version=${version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKey }),
  });
}

/** GET /api/calendar/working-days — working days from `from` to `to`, both included. */
export function useWorkingDays(range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ["calendar", "working-days", range?.from, range?.to],
    queryFn: () =>
      range
        ? api.get<{ workingDays: number }>(`/calendar/working-days?from=${range.from}&to=${range.to}`)
        : Promise.resolve(null),
    enabled: range !== null,
  });
}
