import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { Proposal } from "./types";

/** POST …/proposals/:id/accept | refuse | withdraw. */
export function useDecideProposal(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { id: string; version: number; action: "accept" | "refuse" | "withdraw"; reason?: string }) =>
      api.post<Proposal>(`${delegationPath(meetingId, delegationId)}/proposals/${b.id}/${b.action}`, {
        version: b.version,
        ...(b.action === "refuse" ? { reason: b.reason ?? "" } : {}),
      }),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
