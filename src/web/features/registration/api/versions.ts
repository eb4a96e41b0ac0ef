import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type VersionSummary } from "./types";

/** GET …/versions — every submission, oldest first. */
export function useVersions(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "versions"],
    queryFn: () => api.get<VersionSummary[]>(`${delegationPath(meetingId, delegationId)}/versions`),
  });
}
