import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, CSRF_COOKIE, CSRF_HEADER } from "../../../lib/api";
import { readAsDataUrl } from "./files";
import { importKey } from "./importJob";
import { delegationPath } from "./paths";
import type { ImportJob } from "./types";

function csrf(): string {
  const m = document.cookie.match(new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`));
  return m?.[1] ? decodeURIComponent(m[1]) : "";
}

/**
 * POST …/imports with XMLHttpRequest, so the page can show how much of the file has been sent (fetch cannot report
 * upload progress). The server answers 202 at once and checks the rows in the background (see useImportJob).
 */
export function useStartImport(meetingId: string, delegationId: string, onProgress: (fraction: number) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, photos, lang }: { file: File; photos: File[]; lang: string }) => {
      const body = JSON.stringify({
        fileName: file.name,
        data: await readAsDataUrl(file),
        photos: await Promise.all(photos.map(async (p) => ({ name: p.name, data: await readAsDataUrl(p) }))),
      });
      return new Promise<ImportJob>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open("POST", `/api${delegationPath(meetingId, delegationId)}/imports`);
        xhr.setRequestHeader("content-type", "application/json");
        xhr.setRequestHeader("accept", "application/json");
        xhr.setRequestHeader("accept-language", lang);
        xhr.setRequestHeader(CSRF_HEADER, csrf());
        xhr.upload.onprogress = (e) => {
          if (e.lengthComputable) onProgress(e.loaded / e.total);
        };
        xhr.onload = () => {
          let data: unknown = null;
          try {
            data = JSON.parse(xhr.responseText);
          } catch {
            // not JSON: handled below
          }
          if (xhr.status >= 200 && xhr.status < 300) return resolve(data as ImportJob);
          const err = (data as { error?: { code: string; message: string; details: unknown } } | null)?.error;
          reject(
            new ApiError(
              xhr.status,
              err?.code ?? `HTTP_${xhr.status}`,
              err?.message ?? xhr.statusText,
              err?.details ?? null,
            ),
          );
        };
        xhr.onerror = () => reject(new ApiError(0, "NETWORK", ""));
        xhr.send(body);
      });
    },
    onSuccess: (job) => {
      qc.setQueryData(importKey(meetingId, delegationId, job.id), job);
    },
  });
}
