import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type ActivityDetail } from "./types";

export const activityKey = (id: string, activityId: string) => [...planKey(id), "activity", activityId] as const;

/** GET /api/workplans/:id/activities/:activityId — the activity and its status history. */
export function useActivity(id: string, activityId: string) {
  return useQuery({
    queryKey: activityKey(id, activityId),
    queryFn: () => api.get<ActivityDetail>(`/workplans/${id}/activities/${activityId}`),
  });
}
