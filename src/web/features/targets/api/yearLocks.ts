import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { schemeKey, type YearLock } from "./types";

/** GET /api/schemes/:id/year-locks — the reporting years locked for the whole scheme. */
export function useYearLocks(schemeId: string) {
  return useQuery({
    queryKey: [...schemeKey(schemeId), "year-locks"],
    queryFn: () => api.get<YearLock[]>(`/schemes/${schemeId}/year-locks`),
  });
}

/** PUT (lock, with a reason) or DELETE (unlock) …/year-locks/:period — ICD officers only. */
export function useSetYearLock(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ period, locked, reason }: { period: number; locked: boolean; reason?: string }) => {
      if (locked)
        await api.put<YearLock>(`/schemes/${schemeId}/year-locks/${period}`, { reason: reason?.trim() || null });
      else await api.delete<{ ok: true }>(`/schemes/${schemeId}/year-locks/${period}`);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: schemeKey(schemeId) }),
  });
}
