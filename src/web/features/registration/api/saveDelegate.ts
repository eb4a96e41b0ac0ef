import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { Delegate, DelegateInput } from "./types";

/** POST or PATCH (with the version read) a delegate of the delegation — the contact before the deadline, or the host. */
export function useSaveDelegate(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  const base = `${delegationPath(meetingId, delegationId)}/registration/delegates`;
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string | null; version?: number; input: DelegateInput }) =>
      id ? api.patch<Delegate>(`${base}/${id}`, { ...input, version }) : api.post<Delegate>(base, input),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
