import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type PlanChange } from "./types";

/** GET /api/workplans/:id/changes — the latest status changes recorded, newest first. */
export function useChanges(id: string) {
  return useQuery({
    queryKey: [...planKey(id), "changes"],
    queryFn: () => api.get<PlanChange[]>(`/workplans/${id}/changes?limit=50`),
  });
}
