import { useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { planKey, type Comparison } from "./types";

/** GET /api/workplans/:id/snapshots/compare?from=&to= — the activities whose status differs. */
export function useCompareSnapshots(id: string, pair: { from: string; to: string } | null) {
  return useQuery({
    queryKey: [...planKey(id), "compare", pair],
    queryFn: () => api.get<Comparison>(`/workplans/${id}/snapshots/compare` + qs(pair ?? {})),
    enabled: !!pair,
  });
}
