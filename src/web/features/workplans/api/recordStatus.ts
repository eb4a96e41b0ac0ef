import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type ActivityDetail, type PlanStatus } from "./types";
import { activityKey } from "./activity";

export interface StatusChangeInput {
  version: number;
  status: PlanStatus;
  effectiveOn: string;
  note: string | null;
}

/** POST …/activities/:activityId/status with the version read; a stale version gets 409 VERSION_CONFLICT. */
export function useRecordStatus(id: string, activityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StatusChangeInput) =>
      api.post<ActivityDetail>(`/workplans/${id}/activities/${activityId}/status`, input),
    onSuccess: async (a) => {
      qc.setQueryData(activityKey(id, activityId), a);
      await qc.invalidateQueries({ queryKey: planKey(id) });
    },
  });
}
