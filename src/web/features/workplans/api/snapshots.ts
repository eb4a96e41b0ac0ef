import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type SnapshotHead } from "./types";

/** GET /api/workplans/:id/snapshots — named frozen reviews, latest date first. */
export function useSnapshots(id: string) {
  return useQuery({
    queryKey: [...planKey(id), "snapshots"],
    queryFn: () => api.get<SnapshotHead[]>(`/workplans/${id}/snapshots`),
  });
}

/** POST /api/workplans/:id/snapshots — freezes the review of a date under a name (ICD). */
export function useCreateSnapshot(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; asOf: string }) => api.post<SnapshotHead>(`/workplans/${id}/snapshots`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...planKey(id), "snapshots"] }),
  });
}
