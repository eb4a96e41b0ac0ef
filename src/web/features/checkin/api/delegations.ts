import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";

export interface DelegationOption {
  id: string;
  nameVi: string;
  nameEn: string;
  category: string;
}

/** GET /api/meetings/:id/delegations — for the delegation filters. */
export function useDelegationOptions(meetingId: string) {
  return useQuery({
    queryKey: ["meetings", meetingId, "delegation-options"],
    queryFn: () => api.get<DelegationOption[]>(`/meetings/${meetingId}/delegations`),
  });
}
