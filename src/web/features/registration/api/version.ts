import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type Version } from "./types";

/** GET …/versions/:number — one submission with its delegates as they were. */
export function useVersion(meetingId: string, delegationId: string, number: number | null) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "version", number],
    queryFn: () => api.get<Version>(`${delegationPath(meetingId, delegationId)}/versions/${number}`),
    enabled: number !== null,
  });
}
