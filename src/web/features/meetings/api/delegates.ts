import { useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { usePagedQuery } from "../../../lib/usePagedQuery";
import { delegatesPath, meetingKey, type AccreditationStatus, type Delegate } from "./types";

/**
 * GET …/delegations/:delegationId/delegates — the first 500 by name (the server's largest page); fields depend on
 * what the user may see. For pickers; a list a person reads uses `useDelegatesPage`.
 */
export function useDelegates(meetingId: string, delegationId: string, enabled = true) {
  return useQuery({
    queryKey: [...meetingKey(meetingId), "delegations", delegationId, "delegates"],
    queryFn: () => api.get<Delegate[]>(delegatesPath(meetingId, delegationId) + qs({ limit: 500 })),
    enabled,
  });
}

/** The same list a page at a time, searched and filtered on the server, with the count of every match. */
export function useDelegatesPage(meetingId: string, delegationId: string, filters: { status?: AccreditationStatus }) {
  return usePagedQuery<Delegate>({
    key: [...meetingKey(meetingId), "delegations", delegationId, "delegates"],
    path: delegatesPath(meetingId, delegationId),
    filters: { status: filters.status },
  });
}
