import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { importKey } from "./importJob";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { ImportField, ImportJob } from "./types";

/** PATCH a row (cells as typed in the sheet, sessions, dropped), POST commit, or DELETE the upload. */
export function useEditImport(meetingId: string, delegationId: string, id: string) {
  const qc = useQueryClient();
  const base = `${delegationPath(meetingId, delegationId)}/imports/${id}`;
  const set = (job: ImportJob) => qc.setQueryData(importKey(meetingId, delegationId, id), job);
  return {
    editRow: useMutation({
      mutationFn: (b: {
        version: number;
        row: number;
        values?: Partial<Record<ImportField, string>>;
        sessionIds?: string[];
        dropped?: boolean;
      }) => {
        const { row, ...body } = b;
        return api.patch<ImportJob>(`${base}/rows/${row}`, body);
      },
      onSuccess: set,
    }),
    commit: useMutation({
      mutationFn: (version: number) => api.post<ImportJob & { created: number }>(`${base}/commit`, { version }),
      onSuccess: async (job) => {
        set(job);
        await invalidateDelegation(qc, meetingId, delegationId);
      },
      // The server re-checked the rows: show the problems it found.
      onError: () => qc.invalidateQueries({ queryKey: importKey(meetingId, delegationId, id) }),
    }),
    discard: useMutation({
      mutationFn: (version: number) => api.delete<ImportJob>(`${base}?version=${version}`),
      onSuccess: set,
    }),
  };
}
