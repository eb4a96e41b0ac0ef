import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type Activity, type ActivityDetail, type ActivityKind } from "./types";

/** GET /api/workplans/:id/proposals — waiting proposals first, then the adopted ones. */
export function useProposals(id: string) {
  return useQuery({
    queryKey: [...planKey(id), "proposals"],
    queryFn: () => api.get<Activity[]>(`/workplans/${id}/proposals`),
  });
}

export interface ProposalInput {
  proposedBy: string;
  titleEn: string;
  titleVi: string | null;
  kind: ActivityKind;
  plannedYears: number[];
  note: string | null;
}

/** POST /api/workplans/:id/proposals — a member's proposal; it stays `proposed` until adopted. */
export function useSubmitProposal(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposalInput) => api.post<ActivityDetail>(`/workplans/${id}/proposals`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKey(id) }),
  });
}
