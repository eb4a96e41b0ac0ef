import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { schemeKey, type FigureInput, type Report } from "./types";

export interface SaveReportInput {
  agency: string;
  period: number;
  /** The version read; 0 for a report not yet started. */
  version: number;
  values: FigureInput[];
  note: string | null;
  submit: boolean;
}

/**
 * PUT /api/schemes/:id/reports/:agency/:period — saves the figures, and with `submit` sends them to the ICD.
 * A refusal (FIGURES_INVALID) carries one entry per field in `details`.
 */
export function useSaveReport(schemeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ agency, period, ...body }: SaveReportInput) =>
      api.put<Report>(`/schemes/${schemeId}/reports/${agency}/${period}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: schemeKey(schemeId) }),
  });
}
