import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type Diff } from "./types";

/** GET …/versions/:a/diff/:b — added, removed, changed fields (before/after), matched by delegate id. */
export function useDiff(meetingId: string, delegationId: string, a: number | null, b: number | null) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "diff", a, b],
    queryFn: () => api.get<Diff>(`${delegationPath(meetingId, delegationId)}/versions/${a}/diff/${b}`),
    enabled: a !== null && b !== null,
  });
}
