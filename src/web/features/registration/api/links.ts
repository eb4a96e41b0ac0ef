import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type Link } from "./types";

/** GET …/invitations — the links sent to the delegation's contact, newest first, with the e-mail (host). */
export function useLinks(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "links"],
    queryFn: () => api.get<Link[]>(`${delegationPath(meetingId, delegationId)}/invitations`),
  });
}
