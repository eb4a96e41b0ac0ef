import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { schemeKey, type Report } from "./types";

export interface ReopenInput {
  agency: string;
  period: number;
  version: number;
  reason: string;
}

/** POST …/reopen — the ICD sends an accepted report back to the agency, with the reason it reads (and is mailed). */
export function useReopenReport(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ agency, period, version, reason }: ReopenInput) =>
      api.post<Report>(`/schemes/${schemeId}/reports/${agency}/${period}/reopen`, { version, reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: schemeKey(schemeId) }),
  });
}
