import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Venue } from "./types";

/** GET /api/meetings/:id/venues — venues with their rooms. */
export function useVenues(meetingId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "venues"],
    queryFn: () => api.get<Venue[]>(`/meetings/${meetingId}/venues`),
  });
}
