import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type DiffBody, type VersionSummary } from "./types";

/** GET …/registration/unsubmitted — what changed since the last submission. */
export function useUnsubmitted(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "unsubmitted"],
    queryFn: () =>
      api.get<DiffBody & { from: VersionSummary | null }>(
        `${delegationPath(meetingId, delegationId)}/registration/unsubmitted`,
      ),
  });
}
