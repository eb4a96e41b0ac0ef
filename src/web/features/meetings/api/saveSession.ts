import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type AgendaItem, type Session, type SessionKind } from "./types";

export interface SessionInput {
  kind: SessionKind;
  titleVi: string;
  titleEn: string;
  /** Wall-clock time in the meeting's zone, `2022-08-05T08:30`. */
  start: string;
  end: string;
  roomId: string | null;
  chair: string | null;
  chairEn: string | null;
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
