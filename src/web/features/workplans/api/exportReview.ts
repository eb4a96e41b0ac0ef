import { useMutation } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";

export interface ExportRequest {
  format: "docx" | "xlsx";
  lang: "vi" | "en";
  asOf?: string;
  snapshotId?: string;
}

/** GET /api/workplans/:id/review/export — the review (or a snapshot) as a Word or Excel meeting document. */
export function useExportReview(id: string) {
  return useMutation({
    mutationFn: (r: ExportRequest) =>
      api.download(
        `/workplans/${id}/review/export` +
          qs({ format: r.format, lang: r.lang, asOf: r.asOf, snapshotId: r.snapshotId }),
        `review.${r.format}`,
      ),
  });
}
