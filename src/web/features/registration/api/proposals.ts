import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type Proposal } from "./types";

/** GET …/proposals — change proposals and their outcome, newest first. */
export function useProposals(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "proposals"],
    queryFn: () => api.get<Proposal[]>(`${delegationPath(meetingId, delegationId)}/proposals`),
  });
}
