import { usePagedQuery } from "../../../lib/usePagedQuery";
import { delegationPath } from "./paths";
import { registrationKey, type AccreditationStatus, type Delegate } from "./types";

export interface DelegateFilters {
  status?: AccreditationStatus;
  photo?: "missing" | "present";
}

/**
 * GET …/delegates (the meetings core's list; the contact and the host see it in full), a page at a time: the server
 * searches, filters (accreditation status, a missing photo) and orders by name, and counts every match.
 */
export function useDelegatesPage(meetingId: string, delegationId: string, filters: DelegateFilters) {
  return usePagedQuery<Delegate>({
    key: [...registrationKey(meetingId, delegationId), "delegates"],
    path: `${delegationPath(meetingId, delegationId)}/delegates`,
    filters: { status: filters.status, photo: filters.photo },
  });
}
