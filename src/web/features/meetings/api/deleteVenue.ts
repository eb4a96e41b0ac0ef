import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey } from "./types";

/** DELETE a venue without rooms, with the version read. */
export function useDeleteVenue(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/venues/${v.id}?version=${v.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
