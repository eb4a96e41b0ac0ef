import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegatesPath, meetingKey, type Delegate } from "./types";

/** PUT the delegate's photo (JPEG or PNG) as base64. */
export function useUploadPhoto(meetingId: string, delegationId: string, delegateId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const data = await new Promise<string>((resolve, reject) => {
        const r = new FileReader();
        r.onload = () => resolve(typeof r.result === "string" ? r.result : "");
        r.onerror = () => reject(r.error ?? new Error("read"));
        r.readAsDataURL(file);
      });
      return api.put<Delegate>(`${delegatesPath(meetingId, delegationId)}/${delegateId}/photo`, { data });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
