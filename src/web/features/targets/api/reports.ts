import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { schemeKey, type Report, type ReportStatus } from "./types";

export interface ReportsFilter {
  agency?: string;
  period?: number;
  status?: ReportStatus;
}

/**
 * GET /api/schemes/:id/reports — the ICD sees every agency's; a reporting agency its own and its former units'.
 * `status: "submitted"` is the review queue, oldest first.
 */
export function useReports(schemeId: string, f: ReportsFilter) {
  return useQuery({
    queryKey: [...schemeKey(schemeId), "reports", f],
    queryFn: () => api.get<Report[]>(`/schemes/${schemeId}/reports` + qs({ ...f })),
  });
}

/** One page of the reports (offset, limit) with the count of every match (X-Total-Count): lists that grow by year. */
export function useReportsPage(schemeId: string, f: ReportsFilter, offset: number, limit: number) {
  return useQuery({
    queryKey: [...schemeKey(schemeId), "reports", f, offset, limit],
    queryFn: () => api.getPage<Report>(`/schemes/${schemeId}/reports` + qs({ ...f, offset, limit })),
    placeholderData: keepPreviousData,
  });
}
