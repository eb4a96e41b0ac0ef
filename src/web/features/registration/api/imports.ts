import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type ImportJob } from "./types";

/** GET …/imports — the delegation's recent uploads, without rows. */
export function useImports(meetingId: string, delegationId: string) {
  return useQuery({
    queryKey: [...registrationKey(meetingId, delegationId), "imports"],
    queryFn: () => api.get<ImportJob[]>(`${delegationPath(meetingId, delegationId)}/imports`),
  });
}
