/** Liaison officers and volunteers (issue 14, point 1) as the web asks for them. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type {
  AssignBody,
  Liaison,
  LiaisonOfficer,
  LiaisonTraining,
  MyLiaison,
  NoticeResult,
  OfficerBody,
  Suggestion,
  TrainingBody,
} from "../../../../shared/schemas/liaison";
import { logisticsKey } from "./logistics";

export type { Liaison, LiaisonOfficer, LiaisonTraining, MyLiaison, Suggestion, NoticeResult };

const key = (meetingId: string) => [...logisticsKey(meetingId), "liaison"] as const;

export function useLiaison(meetingId: string, q: string) {
  return useQuery({
    queryKey: [...key(meetingId), q],
    queryFn: () => api.get<Liaison>(`/meetings/${meetingId}/liaison` + qs({ q: q || undefined })),
    placeholderData: (prev) => prev,
  });
}

export function useMyLiaison(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "mine"],
    queryFn: () => api.get<MyLiaison>(`/meetings/${meetingId}/liaison/mine`),
  });
}

function useInvalidate(meetingId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: key(meetingId) });
}

export function useSaveOfficer(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: OfficerBody }) =>
      id
        ? api.patch<LiaisonOfficer>(`/meetings/${meetingId}/liaison/officers/${id}`, { ...body, version })
        : api.post<LiaisonOfficer>(`/meetings/${meetingId}/liaison/officers`, body),
    onSuccess: done,
  });
}

export function useDeleteOfficer(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/liaison/officers/${id}` + qs({ version })),
    onSuccess: done,
  });
}

export function useCreateTraining(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (body: TrainingBody) => api.post<LiaisonTraining>(`/meetings/${meetingId}/liaison/trainings`, body),
    onSuccess: done,
  });
}

export function useSetAttendance(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (b: { id: string; version: number; officers: { officerId: string; attended: boolean }[] }) =>
      api.put<LiaisonTraining>(`/meetings/${meetingId}/liaison/trainings/${b.id}/attendance`, {
        version: b.version,
        officers: b.officers,
      }),
    onSuccess: done,
  });
}

export function useSuggest(meetingId: string) {
  return useMutation({
    mutationFn: (all: boolean) => api.post<Suggestion>(`/meetings/${meetingId}/liaison/suggest`, { all }),
  });
}

export function useAssign(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (body: AssignBody) => api.put<Liaison>(`/meetings/${meetingId}/liaison/assignments`, body),
    onSuccess: done,
  });
}

export function useSendNotices(meetingId: string) {
  const done = useInvalidate(meetingId);
  return useMutation({
    mutationFn: (delegationId?: string) =>
      api.post<NoticeResult>(`/meetings/${meetingId}/liaison/notices`, delegationId ? { delegationId } : {}),
    onSuccess: done,
  });
}
