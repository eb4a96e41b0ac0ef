import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { Link } from "./types";

/** POST …/invitations/:id/revoke — the link stops working and the access it gave is taken back. */
export function useRevokeLink(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (l: { id: string; version: number }) =>
      api.post<Link>(`${delegationPath(meetingId, delegationId)}/invitations/${l.id}/revoke`, { version: l.version }),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
