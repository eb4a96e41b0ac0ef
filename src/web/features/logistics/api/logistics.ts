/**
 * What the logistics areas share (issue 14) as the web asks for it: the settings and the delegates' changes each area
 * acknowledges. Each area keeps its own hooks in `api/<area>.ts`.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type { LogisticsArea } from "../../../../shared/logistics";
import type { LogisticsSettings, LogisticsSettingsPatch, TravelChange } from "../../../../shared/schemas/logistics";

export type { LogisticsSettings, TravelChange };

/** Every logistics query of a meeting starts with this key, so a change invalidates them all at once. */
export const logisticsKey = (meetingId: string) => ["logistics", meetingId] as const;

export function useLogisticsSettings(meetingId: string) {
  return useQuery({
    queryKey: [...logisticsKey(meetingId), "settings"],
    queryFn: () => api.get<LogisticsSettings>(`/meetings/${meetingId}/logistics/settings`),
  });
}

export function useSaveLogisticsSettings(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LogisticsSettingsPatch) =>
      api.patch<LogisticsSettings>(`/meetings/${meetingId}/logistics/settings`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: logisticsKey(meetingId) }),
  });
}

/** The changes of delegates an area has still to act on. */
export function useChanges(meetingId: string, area: LogisticsArea) {
  return useQuery({
    queryKey: [...logisticsKey(meetingId), "changes", area],
    queryFn: () => api.get<TravelChange[]>(`/meetings/${meetingId}/logistics/changes` + qs({ area })),
  });
}

export function useAckChange(meetingId: string, area: LogisticsArea) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (changeId: string) =>
      api.post<{ ok: true }>(`/meetings/${meetingId}/logistics/changes/${changeId}/ack`, { area }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...logisticsKey(meetingId), "changes", area] }),
  });
}
