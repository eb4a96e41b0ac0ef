import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type Overview } from "./types";

/** GET …/registration — deadline, what the reader may do, last submission, unsubmitted changes, sessions. */
export function useRegistration(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "overview"],
    queryFn: () => api.get<Overview>(`${delegationPath(meetingId, delegationId)}/registration`),
  });
}
