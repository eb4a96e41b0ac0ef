import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey } from "./types";

/** DELETE a session with the version read. */
export function useDeleteSession(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/sessions/${s.id}?version=${s.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
