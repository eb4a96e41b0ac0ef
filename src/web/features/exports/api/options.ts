import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";

export interface Option {
  id: string;
  nameVi: string;
  nameEn: string;
}

/** The meeting's delegations the user may see (a contact: only their own). */
export function useDelegations(meetingId: string) {
  return useQuery({
    queryKey: ["meetings", meetingId, "export-delegations"],
    queryFn: () => api.get<Option[]>(`/meetings/${meetingId}/delegations`),
  });
}

export interface SessionOption {
  id: string;
  titleVi: string;
  titleEn: string;
  start: string;
}

/** The programme's sessions, for the participants-by-session export. */
export function useSessions(meetingId: string) {
  return useQuery({
    queryKey: ["meetings", meetingId, "export-sessions"],
    queryFn: () => api.get<SessionOption[]>(`/meetings/${meetingId}/sessions`),
  });
}
