import { useQuery } from "@tanstack/react-query";
import { api, type ListPage } from "../../../lib/api";
import { usePagedQuery } from "../../../lib/usePagedQuery";
import { checkinKey, type AttendanceList, type AttendanceSummary } from "./types";

/** GET /api/meetings/:id/attendance — per session and at the door. Refreshed every 15 s while open. */
export function useAttendance(meetingId: string) {
  return useQuery({
    queryKey: [...checkinKey(meetingId), "attendance"],
    queryFn: () => api.get<AttendanceSummary>(`/meetings/${meetingId}/attendance`),
    refetchInterval: 15_000,
  });
}

type AttendancePage = ListPage<AttendanceList["admitted"][number]> & { list: AttendanceList };

/**
 * Who was admitted at one place (`null` = the door), a page at a time in the order they came (searched on the
 * server), and the refused scans.
 */
export function useAttendanceList(meetingId: string, sessionId: string | null, enabled: boolean) {
  return usePagedQuery<AttendanceList["admitted"][number], AttendancePage>({
    key: [...checkinKey(meetingId), "attendance", sessionId ?? "door"],
    path: sessionId
      ? `/meetings/${meetingId}/attendance/sessions/${sessionId}`
      : `/meetings/${meetingId}/attendance/door`,
    enabled,
    fetchPage: async (url) => {
      const list = await api.get<AttendanceList>(url);
      return { rows: list.admitted, total: list.admittedTotal, list };
    },
  });
}
