import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Session } from "./types";

/** GET /api/meetings/:id/sessions — the programme in time order, each session with its clashes. */
export function useSessions(meetingId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "sessions"],
    queryFn: () => api.get<Session[]>(`/meetings/${meetingId}/sessions`),
  });
}
