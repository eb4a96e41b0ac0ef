import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { schemeKey, type Report } from "./types";

export interface ReviewInput {
  agency: string;
  period: number;
  version: number;
  decision: "accept" | "return";
  comment?: string;
}

/** POST …/accept (the year is then locked) or …/return (with the comment the agency sees). ICD officers only. */
export function useReviewReport(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ agency, period, decision, version, comment }: ReviewInput) =>
      api.post<Report>(
        `/schemes/${schemeId}/reports/${agency}/${period}/${decision}`,
        decision === "accept" ? { version } : { version, comment: comment ?? "" },
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: schemeKey(schemeId) }),
  });
}
