import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { readAsDataUrl } from "./files";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { DelegateInput, Proposal } from "./types";

export interface ProposalInput {
  kind: "add" | "edit" | "remove";
  delegateId?: string;
  delegateVersion?: number;
  changes?: Partial<DelegateInput>;
  photo?: File | null;
  note?: string | null;
}

/** POST …/proposals — after the deadline, the contact proposes a change for the host to accept or refuse. */
export function useCreateProposal(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ photo, ...rest }: ProposalInput) =>
      api.post<Proposal>(`${delegationPath(meetingId, delegationId)}/proposals`, {
        ...rest,
        photo: photo ? await readAsDataUrl(photo) : null,
      }),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
