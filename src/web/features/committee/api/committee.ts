import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type {
  Committee,
  CommitteeMemberBody,
  CommitteeMemberPatch,
  SeatBody,
  SubcommitteeBody,
  SubcommitteePatch,
} from "../../../../shared/schemas/committee";
import type { SubcommitteeRole } from "../../../../shared/committee";

export type { Committee, CommitteeMemberBody, SubcommitteeBody };
export type CommitteeMember = Committee["members"][number];
export type Subcommittee = Committee["subcommittees"][number];
export type Seat = Subcommittee["members"][number];

export const committeeKey = (meetingId: string) => ["committee", meetingId, "composition"] as const;

/** GET /api/meetings/:id/committee — sub-committees with their seats, and the whole committee. */
export function useCommittee(meetingId: string) {
  return useQuery({
    queryKey: committeeKey(meetingId),
    queryFn: () => api.get<Committee>(`/meetings/${meetingId}/committee`),
  });
}

/** Every write answers the whole committee: the page shows it at once. */
function useCommitteeWrite<V>(meetingId: string, send: (base: string, v: V) => Promise<Committee>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => send(`/meetings/${meetingId}/committee`, v),
    onSuccess: (c) => qc.setQueryData(committeeKey(meetingId), c),
  });
}

export const useCreateSubcommittee = (m: string) =>
  useCommitteeWrite<SubcommitteeBody>(m, (b, v) => api.post(`${b}/subcommittees`, v));
export const useUpdateSubcommittee = (m: string) =>
  useCommitteeWrite<SubcommitteePatch & { id: string }>(m, (b, { id, ...v }) =>
    api.patch(`${b}/subcommittees/${id}`, v),
  );
export const useDeleteSubcommittee = (m: string) =>
  useCommitteeWrite<{ id: string; version: number }>(m, (b, v) =>
    api.delete(`${b}/subcommittees/${v.id}?version=${v.version}`),
  );
export const useAddSeat = (m: string) =>
  useCommitteeWrite<SeatBody & { subcommitteeId: string }>(m, (b, { subcommitteeId, ...v }) =>
    api.post(`${b}/subcommittees/${subcommitteeId}/seats`, v),
  );
export const useUpdateSeat = (m: string) =>
  useCommitteeWrite<{ subcommitteeId: string; memberId: string; role: SubcommitteeRole; version: number }>(
    m,
    (b, { subcommitteeId, memberId, ...v }) => api.patch(`${b}/subcommittees/${subcommitteeId}/seats/${memberId}`, v),
  );
export const useRemoveSeat = (m: string) =>
  useCommitteeWrite<{ subcommitteeId: string; memberId: string; version: number }>(m, (b, v) =>
    api.delete(`${b}/subcommittees/${v.subcommitteeId}/seats/${v.memberId}?version=${v.version}`),
  );
export const useCreateMember = (m: string) =>
  useCommitteeWrite<CommitteeMemberBody>(m, (b, v) => api.post(`${b}/members`, v));
export const useUpdateMember = (m: string) =>
  useCommitteeWrite<CommitteeMemberPatch & { id: string }>(m, (b, { id, ...v }) => api.patch(`${b}/members/${id}`, v));
export const useDeleteMember = (m: string) =>
  useCommitteeWrite<{ id: string; version: number }>(m, (b, v) =>
    api.delete(`${b}/members/${v.id}?version=${v.version}`),
  );

/** POST …/members/:memberId/invite — an account and a grant on this meeting; the invitation mail when needed. */
export function useInviteMember(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, language }: { id: string; language: "vi" | "en" }) =>
      api.post<{ committee: Committee; invited: boolean }>(`/meetings/${meetingId}/committee/members/${id}/invite`, {
        language,
      }),
    onSuccess: (r) => qc.setQueryData(committeeKey(meetingId), r.committee),
  });
}
