import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type ActivityDetail } from "./types";

export interface AdoptionInput {
  version: number;
  meeting: string;
  adoptedOn: string;
  code?: string;
  titleVi?: string;
}

/** POST …/proposals/:activityId/adopt — the meeting that adopted it; it joins the plan as planned (ICD). */
export function useAdoptProposal(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ activityId, ...input }: AdoptionInput & { activityId: string }) =>
      api.post<ActivityDetail>(`/workplans/${id}/proposals/${activityId}/adopt`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKey(id) }),
  });
}
