import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { usePagedQuery } from "../../../lib/usePagedQuery";
import { checkinKey, type BadgeItem, type BadgeJob } from "./types";

/**
 * GET /api/meetings/:id/badges — delegates with their badges (ICD, registration managers), a page at a time:
 * searched, filtered (delegation, accreditation) and ordered by name on the server, with the count of all matches.
 */
export function useBadgesPage(
  meetingId: string,
  filters: { delegationId: string | null; status?: "pending" | "accredited" | "rejected"; reissue?: boolean },
) {
  return usePagedQuery<BadgeItem>({
    key: [...checkinKey(meetingId), "badges"],
    path: `/meetings/${meetingId}/badges`,
    filters: { delegationId: filters.delegationId, status: filters.status, reissue: filters.reissue },
  });
}

export interface BadgeSummary {
  total: number;
  accredited: number;
  withBadge: number;
  notAccredited: number;
}

/** GET /api/meetings/:id/badges/summary — the counts above the list, for the meeting or one delegation. */
export function useBadgeSummary(meetingId: string, delegationId: string | null) {
  return useQuery({
    queryKey: [...checkinKey(meetingId), "badges", "summary", delegationId],
    queryFn: () => api.get<BadgeSummary>(`/meetings/${meetingId}/badges/summary${qs({ delegationId })}`),
  });
}

/** POST /api/meetings/:id/badges/:delegateId/reissue — the old code stops working. */
export function useReissue(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { delegateId: string; reason: string | null }) =>
      api.post<{ delegateId: string }>(`/meetings/${meetingId}/badges/${v.delegateId}/reissue`, { reason: v.reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...checkinKey(meetingId), "badges"] }),
  });
}

export interface JobRequest {
  size: "a6" | "card";
  delegationId?: string;
  delegateIds?: string[];
}

/** POST /api/meetings/:id/badge-jobs — starts a batch; the page then polls it. */
export function useStartBadgeJob(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: JobRequest) => api.post<BadgeJob>(`/meetings/${meetingId}/badge-jobs`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...checkinKey(meetingId), "jobs"] }),
  });
}

/** GET /api/badge-jobs/:jobId, every half second until the batch is done or failed. */
export function useBadgeJob(meetingId: string, jobId: string | null) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: [...checkinKey(meetingId), "job", jobId],
    enabled: jobId !== null,
    queryFn: async () => {
      const job = await api.get<BadgeJob>(`/badge-jobs/${jobId}`);
      if (job.status === "done") void qc.invalidateQueries({ queryKey: [...checkinKey(meetingId), "badges"] });
      return job;
    },
    refetchInterval: (q) =>
      q.state.data && (q.state.data.status === "done" || q.state.data.status === "failed") ? false : 500,
  });
}

/** GET /api/meetings/:id/badge-jobs — the ten most recent batches. */
export function useBadgeJobs(meetingId: string) {
  return useQuery({
    queryKey: [...checkinKey(meetingId), "jobs"],
    queryFn: () => api.get<BadgeJob[]>(`/meetings/${meetingId}/badge-jobs`),
  });
}
