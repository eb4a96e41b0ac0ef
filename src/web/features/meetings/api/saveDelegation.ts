import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Delegation, type DelegationCategory } from "./types";

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
