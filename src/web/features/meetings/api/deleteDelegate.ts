import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegatesPath, meetingKey } from "./types";

/** DELETE a delegate with the version read. */
export function useDeleteDelegate(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`${delegatesPath(meetingId, delegationId)}/${d.id}?version=${d.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
