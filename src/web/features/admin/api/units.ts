import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { unitsQueryKey as unitsKey, type Unit } from "../../../lib/units";
import type { NewUnit } from "../../../../shared/schemas/people";

export type { NewUnit };

/** POST /api/units — adds a unit under a parent (administrators). */
export function useCreateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (u: NewUnit) => api.post<Unit>("/units", u),
    onSuccess: () => qc.invalidateQueries({ queryKey: unitsKey }),
  });
}

/** PATCH /api/units/:id — renames a unit (administrators); carries the version read. */
export function useUpdateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; version: number; nameVi: string; nameEn: string; code: string }) =>
      api.patch<Unit>(`/units/${id}`, patch),
    onSuccess: () => qc.invalidateQueries({ queryKey: unitsKey }),
  });
}
