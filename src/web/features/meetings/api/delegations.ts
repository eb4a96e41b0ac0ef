import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Delegation } from "./types";

/** GET /api/meetings/:id/delegations — all for host roles, only their own for a delegation contact. */
export function useDelegations(meetingId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations"],
    queryFn: () => api.get<Delegation[]>(`/meetings/${meetingId}/delegations`),
  });
}
