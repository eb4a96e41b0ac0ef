import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Venue } from "./types";

/** POST or PATCH a venue (ICD officers). */
export function useSaveVenue(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: string; version?: number; nameVi: string; nameEn: string; address: string | null }) =>
      v.id
        ? api.patch<Venue>(`/meetings/${meetingId}/venues/${v.id}`, v)
        : api.post<Venue>(`/meetings/${meetingId}/venues`, v),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
