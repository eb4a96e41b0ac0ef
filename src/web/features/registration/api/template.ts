import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { delegationPath } from "./paths";

/** GET …/registration/template.xlsx | .csv — the meeting's spreadsheet template for this delegation. */
export function useDownloadTemplate(meetingId: string, delegationId: string) {
  return useMutation({
    mutationFn: (format: "xlsx" | "csv") =>
      api.download(`${delegationPath(meetingId, delegationId)}/registration/template.${format}`, `delegates.${format}`),
  });
}
