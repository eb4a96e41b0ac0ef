import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Delegation, type DelegationCategory } from "./types";

/** GET /api/meetings/:id/delegations — all for host roles, only their own for a delegation contact. */
export function useDelegations(meetingId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations"],
    queryFn: () => api.get<Delegation[]>(`/meetings/${meetingId}/delegations`),
  });
}

/** GET /api/meetings/:id/delegations/:delegationId */
export function useDelegation(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations", delegationId],
    queryFn: () => api.get<Delegation>(`/meetings/${meetingId}/delegations/${delegationId}`),
  });
}

export interface DelegationInput {
  country: string | null;
  nameVi: string | null;
  nameEn: string | null;
  category: DelegationCategory;
  headDelegateId?: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

/** POST or PATCH a delegation (ICD, registration managers). */
export function useSaveDelegation(meetingId: string, delegationId: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DelegationInput & { version?: number }) =>
      delegationId
        ? api.patch<Delegation>(`/meetings/${meetingId}/delegations/${delegationId}`, body)
        : api.post<Delegation>(`/meetings/${meetingId}/delegations`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}

/** DELETE a delegation that has no delegates left. */
export function useDeleteDelegation(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/delegations/${d.id}?version=${d.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
