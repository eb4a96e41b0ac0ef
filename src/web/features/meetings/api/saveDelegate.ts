import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegatesPath, meetingKey, type Delegate } from "./types";

export type DelegateInput = Omit<
  Delegate,
  "id" | "meetingId" | "delegationId" | "photoUrl" | "accreditationStatus" | "accreditationReason" | "sample"
>;

/** POST or PATCH a delegate (ICD, registration managers). */
export function useSaveDelegate(meetingId: string, delegationId: string, delegateId: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DelegateInput) =>
      delegateId
        ? api.patch<Delegate>(`${delegatesPath(meetingId, delegationId)}/${delegateId}`, body)
        : api.post<Delegate>(delegatesPath(meetingId, delegationId), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
