import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { checkinKey, type AttendanceList, type AttendanceSummary } from "./types";

/** GET /api/meetings/:id/attendance — per session and at the door. Refreshed every 15 s while open. */
export function useAttendance(meetingId: string) {
  return useQuery({
    queryKey: [...checkinKey(meetingId), "attendance"],
    queryFn: () => api.get<AttendanceSummary>(`/meetings/${meetingId}/attendance`),
    refetchInterval: 15_000,
  });
}

/** Who was admitted at one place (`null` = the door), and the refused scans. */
export function useAttendanceList(meetingId: string, sessionId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: [...checkinKey(meetingId), "attendance", sessionId ?? "door"],
    enabled,
    queryFn: () =>
      api.get<AttendanceList>(
        sessionId
          ? `/meetings/${meetingId}/attendance/sessions/${sessionId}`
          : `/meetings/${meetingId}/attendance/door`,
      ),
  });
}
