import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type Delegate } from "./types";

/** GET …/delegates (the meetings core's list; the contact and the host see it in full). */
export function useDelegationDelegates(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "delegates"],
    queryFn: () => api.get<Delegate[]>(`${delegationPath(meetingId, delegationId)}/delegates`),
  });
}
