import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";

export interface PrivacyCounts {
  delegations: number;
  delegates: number;
  accredited: number;
  pending: number;
  rejected: number;
  badgesActive: number;
  badgesRevoked: number;
  /** Badges that were active when the purge voided every badge. */
  badgesVoidedByPurge: number;
  scans: number;
  admissions: number;
  peopleAdmitted: number;
}

export interface PrivacyStatus {
  meetingId: string;
  status: string;
  purgeAt: string | null;
  purgedAt: string | null;
  today: string;
  canPurge: boolean;
  blockedBy: string | null;
  counts: PrivacyCounts;
}

const key = (meetingId: string) => ["meetings", meetingId, "privacy"] as const;

/** GET /api/meetings/:id/privacy — the purge date, whether it is due, and the counts that remain. */
export function usePrivacy(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: key(meetingId),
    enabled,
    queryFn: () => api.get<PrivacyStatus>(`/meetings/${meetingId}/privacy`),
  });
}

/** PATCH /api/meetings/:id with the purge date (the meetings core validates it). */
export function useSetPurgeDate(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { version: number; purgeAt: string | null }) => api.patch(`/meetings/${meetingId}`, v),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["meetings", meetingId] }),
  });
}

/** POST /api/meetings/:id/purge — confirmed by typing the meeting's code. */
export function usePurge(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (confirm: string) => api.post(`/meetings/${meetingId}/purge`, { confirm }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["meetings", meetingId] }),
  });
}
