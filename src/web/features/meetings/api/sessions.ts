import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type AgendaItem, type Session, type SessionKind } from "./types";

/** GET /api/meetings/:id/sessions — the programme in time order, each session with its clashes. */
export function useSessions(meetingId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "sessions"],
    queryFn: () => api.get<Session[]>(`/meetings/${meetingId}/sessions`),
  });
}

export interface SessionInput {
  kind: SessionKind;
  titleVi: string;
  titleEn: string;
  /** Wall-clock time in the meeting's zone, `2022-08-05T08:30`. */
  start: string;
  end: string;
  roomId: string | null;
  chair: string | null;
  notesVi: string | null;
  notesEn: string | null;
  agenda: Omit<AgendaItem, "id" | "position">[];
  delegationIds: string[];
}

/** POST or PATCH a session; the answer carries its clashes. */
export function useSaveSession(meetingId: string, sessionId: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionInput & { version?: number }) =>
      sessionId
        ? api.patch<Session>(`/meetings/${meetingId}/sessions/${sessionId}`, body)
        : api.post<Session>(`/meetings/${meetingId}/sessions`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}

/** DELETE a session with the version read. */
export function useDeleteSession(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/sessions/${s.id}?version=${s.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
