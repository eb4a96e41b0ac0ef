import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { meetingKey, type Delegate } from "./types";

const path = (meetingId: string, delegationId: string) =>
  `/meetings/${meetingId}/delegations/${delegationId}/delegates`;

/** GET …/delegations/:delegationId/delegates — sorted by name; fields depend on what the user may see. */
export function useDelegates(meetingId: string, delegationId: string, enabled = true) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations", delegationId, "delegates"],
    queryFn: () => api.get<Delegate[]>(path(meetingId, delegationId)),
    enabled,
  });
}

/** GET one delegate. */
export function useDelegate(meetingId: string, delegationId: string, delegateId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations", delegationId, "delegates", delegateId],
    queryFn: () => api.get<Delegate>(`${path(meetingId, delegationId)}/${delegateId}`),
  });
}

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
        ? api.patch<Delegate>(`${path(meetingId, delegationId)}/${delegateId}`, body)
        : api.post<Delegate>(path(meetingId, delegationId), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}

/** DELETE a delegate with the version read. */
export function useDeleteDelegate(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`${path(meetingId, delegationId)}/${d.id}?version=${d.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}

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
      return api.put<Delegate>(`${path(meetingId, delegationId)}/${delegateId}/photo`, { data });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: meetingKey(meetingId) }),
  });
}
