import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Meeting } from "./types";

/** GET /api/meetings/:id — one meeting with counts and the user's permissions in it. */
export function useMeeting(id: string) {
  return useQuery({ queryKey: [...meetingKey(id), "meeting"], queryFn: () => api.get<Meeting>(`/meetings/${id}`) });
}
