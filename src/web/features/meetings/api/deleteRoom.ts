import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Venue } from "./types";

/** DELETE a room no session uses, with the version read. */
export function useDeleteRoom(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (r: { id: string; version: number }) =>
      api.delete<Venue[]>(`/meetings/${meetingId}/rooms/${r.id}?version=${r.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
