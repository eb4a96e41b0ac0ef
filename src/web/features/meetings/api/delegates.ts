import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegatesPath, meetingKey, type Delegate } from "./types";

/** GET …/delegations/:delegationId/delegates — sorted by name; fields depend on what the user may see. */
export function useDelegates(meetingId: string, delegationId: string, enabled = true) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations", delegationId, "delegates"],
    queryFn: () => api.get<Delegate[]>(delegatesPath(meetingId, delegationId)),
    enabled,
  });
}
