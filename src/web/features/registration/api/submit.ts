import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { Version } from "./types";

/** POST …/versions — submit the list as the next version. */
export function useSubmitList(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (note: string | null) =>
      api.post<Version>(`${delegationPath(meetingId, delegationId)}/versions`, { note }),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
