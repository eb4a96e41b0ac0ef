import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Venue } from "./types";

/** GET /api/meetings/:id/venues — venues with their rooms. */
export function useVenues(meetingId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "venues"],
    queryFn: () => api.get<Venue[]>(`/meetings/${meetingId}/venues`),
  });
}

type VenueBody = { nameVi: string; nameEn: string; address: string | null };
type RoomBody = { venueId: string; nameVi: string; nameEn: string; capacity: number | null };

/** Venue and room writes (ICD officers); each refreshes the meeting's data. */
export function useVenueWrites(meetingId: string) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) });
  const base = `/meetings/${meetingId}`;
  return {
    saveVenue: useMutation({
      mutationFn: (v: VenueBody & { id?: string; version?: number }) =>
        v.id ? api.patch<Venue>(`${base}/venues/${v.id}`, v) : api.post<Venue>(`${base}/venues`, v),
      onSuccess: done,
    }),
    deleteVenue: useMutation({
      mutationFn: (v: { id: string; version: number }) =>
        api.delete<{ ok: true }>(`${base}/venues/${v.id}?version=${v.version}`),
      onSuccess: done,
    }),
    saveRoom: useMutation({
      mutationFn: (r: RoomBody & { id?: string; version?: number }) =>
        r.id ? api.patch<Venue[]>(`${base}/rooms/${r.id}`, r) : api.post<Venue[]>(`${base}/rooms`, r),
      onSuccess: done,
    }),
    deleteRoom: useMutation({
      mutationFn: (r: { id: string; version: number }) =>
        api.delete<Venue[]>(`${base}/rooms/${r.id}?version=${r.version}`),
      onSuccess: done,
    }),
  };
}
