import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { MeetingRegistrationRow } from "./types";

/** GET /meetings/:id/registration — every delegation with its latest link, submissions and open proposals (host). */
export function useMeetingRegistration(meetingId: string) {
  return useQuery({
    queryKey: ["registration", "meeting", meetingId],
    queryFn: () => api.get<MeetingRegistrationRow[]>(`/meetings/${meetingId}/registration`),
  });
}
