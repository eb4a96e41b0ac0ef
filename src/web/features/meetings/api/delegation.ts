import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Delegation } from "./types";

/** GET /api/meetings/:id/delegations/:delegationId */
export function useDelegation(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations", delegationId],
    queryFn: () => api.get<Delegation>(`/meetings/${meetingId}/delegations/${delegationId}`),
  });
}
