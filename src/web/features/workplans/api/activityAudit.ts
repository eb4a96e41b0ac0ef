import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type AuditEntry } from "./types";

/** GET …/activities/:activityId/audit — the ICD's view of every write to the activity. */
export function useActivityAudit(id: string, activityId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...planKey(id), "audit", activityId],
    queryFn: () => api.get<AuditEntry[]>(`/workplans/${id}/activities/${activityId}/audit`),
    enabled,
  });
}
