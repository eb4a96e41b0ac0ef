/** The health log (issue 14, point 6) as the web asks for it: health officers only, but the attention flag. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type {
  HealthAttention,
  HealthEntry,
  HealthEntryBody,
  HealthEntryPatch,
  HealthListQuery,
  HealthOptions,
  HealthScenario,
} from "../../../../shared/schemas/health";
import { logisticsKey } from "./logistics";

export type { HealthAttention, HealthEntry, HealthOptions, HealthScenario };

const healthKey = (meetingId: string) => [...logisticsKey(meetingId), "health"] as const;

export function useHealthLog(meetingId: string, q: HealthListQuery) {
  return useQuery({
    queryKey: [...healthKey(meetingId), "log", q],
    queryFn: () => api.get<HealthEntry[]>(`/meetings/${meetingId}/health` + qs({ ...q })),
  });
}

export function useHealthOptions(meetingId: string) {
  return useQuery({
    queryKey: [...healthKey(meetingId), "options"],
    queryFn: () => api.get<HealthOptions>(`/meetings/${meetingId}/health/options`),
  });
}

/** The delegates shared as "needs medical attention" (names only), for whoever opens the meeting's logistics. */
export function useHealthAttention(meetingId: string, enabled = true) {
  return useQuery({
    queryKey: [...healthKey(meetingId), "attention"],
    queryFn: () => api.get<HealthAttention[]>(`/meetings/${meetingId}/health/attention`),
    enabled,
  });
}

export function useSaveHealthEntry(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; patch: HealthEntryPatch } | { id: null; body: HealthEntryBody }) =>
      v.id === null
        ? api.post<HealthEntry>(`/meetings/${meetingId}/health`, v.body)
        : api.patch<HealthEntry>(`/meetings/${meetingId}/health/${v.id}`, v.patch),
    onSuccess: () => qc.invalidateQueries({ queryKey: healthKey(meetingId) }),
  });
}

export function useDeleteHealthEntry(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (e: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/health/${e.id}` + qs({ version: e.version })),
    onSuccess: () => qc.invalidateQueries({ queryKey: healthKey(meetingId) }),
  });
}

export function useSetScenario(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: { id: string; active: boolean; version: number }) =>
      api.patch<HealthScenario>(`/meetings/${meetingId}/health/scenarios/${s.id}`, {
        active: s.active,
        version: s.version,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: healthKey(meetingId) }),
  });
}
