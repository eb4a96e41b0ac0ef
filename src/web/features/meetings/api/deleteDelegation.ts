import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey } from "./types";

/** DELETE a delegation that has no delegates left. */
export function useDeleteDelegation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/delegations/${d.id}?version=${d.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
