import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";
import { registrationKey, type ImportJob } from "./types";

export const importKey = (meetingId: string, delegationId: string, id: string) =>
  [...registrationKey(meetingId, delegationId), "import", id] as const;

/** GET …/imports/:id — polled every half second while the rows are being checked (progress), then still. */
export function useImportJob(meetingId: string, delegationId: string, id: string | null) {
  return useQuery({
    queryKey: importKey(meetingId, delegationId, id ?? ""),
    queryFn: () => api.get<ImportJob>(`${delegationPath(meetingId, delegationId)}/imports/${id}`),
    enabled: !!id,
    // Polled while the server's job works on it: checking the file, or storing the confirmed rows.
    refetchInterval: (q) => (q.state.data?.status === "parsing" || q.state.data?.status === "committing" ? 500 : false),
  });
}
