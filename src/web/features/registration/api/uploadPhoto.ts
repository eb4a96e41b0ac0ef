import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { readAsDataUrl } from "./files";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { Delegate } from "./types";

/** PUT a delegate's photo (JPEG or PNG, at most 2 MB) as base64. */
export function useUploadPhoto(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }) =>
      api.put<Delegate>(`${delegationPath(meetingId, delegationId)}/registration/delegates/${id}/photo`, {
        data: await readAsDataUrl(file),
      }),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
