import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Venue } from "./types";

/** POST or PATCH a room (ICD officers); answers the venues. */
export function useSaveRoom(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (r: {
      id?: string;
      version?: number;
      venueId: string;
      nameVi: string;
      nameEn: string;
      capacity: number | null;
    }) =>
      r.id
        ? api.patch<Venue[]>(`/meetings/${meetingId}/rooms/${r.id}`, r)
        : api.post<Venue[]>(`/meetings/${meetingId}/rooms`, r),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
