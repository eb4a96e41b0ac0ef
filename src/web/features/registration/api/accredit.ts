import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { AccreditationStatus, Delegate } from "./types";

/** POST …/delegates/:id/accreditation — accredit, reject (with a reason) or reset to pending (host). */
export function useAccredit(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { id: string; version: number; status: AccreditationStatus; reason?: string | null }) =>
      api.post<Delegate>(`${delegationPath(meetingId, delegationId)}/delegates/${b.id}/accreditation`, {
        status: b.status,
        reason: b.reason ?? null,
        version: b.version,
      }),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
