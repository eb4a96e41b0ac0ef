import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";

export interface BackupFile {
  name: string;
  size: number;
  createdAt: string;
}

const backupsKey = ["admin", "backups"] as const;

/** GET /api/backups — the backup files, newest first; `engine: "postgres"` means pg_dump does the backups. */
export function useBackups() {
  return useQuery({
    queryKey: backupsKey,
    queryFn: () => api.get<{ engine: "pglite" | "postgres"; items: BackupFile[] }>("/backups"),
  });
}

/** POST /api/backups — takes a backup now. */
export function useTakeBackup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<BackupFile>("/backups"),
    onSuccess: () => qc.invalidateQueries({ queryKey: backupsKey }),
  });
}

/** GET /api/backups/:name — the file, handed to the browser as a download. */
export const downloadBackup = (name: string) => api.download(`/backups/${encodeURIComponent(name)}`, name);
