import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegatesPath, meetingKey, type Delegate } from "./types";

/** GET one delegate. */
export function useDelegate(meetingId: string, delegationId: string, delegateId: string) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations", delegationId, "delegates", delegateId],
    queryFn: () => api.get<Delegate>(`${delegatesPath(meetingId, delegationId)}/${delegateId}`),
  });
}
