import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";

/** DELETE a delegate of the delegation, with the version read. */
export function useRemoveDelegate(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; version: number }) =>
      api.delete<{ ok: true }>(
        `${delegationPath(meetingId, delegationId)}/registration/delegates/${d.id}?version=${d.version}`,
      ),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
