import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import {
  activityKey,
  coopKey,
  type Activity,
  type ActivityBody,
  type ActivityPatch,
  type AttachmentKind,
  type DecisionBody,
  type ResultsBody,
  type RouteLog,
} from "./types";

/** GET /api/cooperation/activities/:id — the activity, its route and lead time, and what the caller may do. */
export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: activityKey(id ?? ""),
    queryFn: () => api.get<Activity>(`/cooperation/activities/${id}`),
    enabled: !!id,
  });
}

/** GET /api/cooperation/activities/:id/log — every decision by round, and the rule that chose the route and why. */
export function useRouteLog(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...activityKey(id), "log"],
    queryFn: () => api.get<RouteLog>(`/cooperation/activities/${id}/log`),
    enabled,
  });
}

/** After any write: the activity, the lists, the queue and the plan may all show it differently. */
function useRefresh() {
  const qc = useQueryClient();
  return (a?: Activity) => {
    if (a) qc.setQueryData(activityKey(a.id), a);
    return qc.invalidateQueries({ queryKey: coopKey });
  };
}

/** POST /api/cooperation/activities — a new draft. */
export function useCreateActivity() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActivityBody) => api.post<Activity>("/cooperation/activities", body),
    onSuccess: (a) => refresh(a),
  });
}

/** PATCH /api/cooperation/activities/:id with the version read (a draft or a returned activity). */
export function useUpdateActivity(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ActivityPatch) => api.patch<Activity>(`/cooperation/activities/${id}`, body),
    onSuccess: (a) => refresh(a),
  });
}

/** POST /api/cooperation/activities/:id/submit — sends it on its route (or back on it after a return). */
export function useSubmitActivity(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (version: number) => api.post<Activity>(`/cooperation/activities/${id}/submit`, { version }),
    onSuccess: (a) => refresh(a),
  });
}

/** POST /api/cooperation/activities/:id/decisions — the holder of the current step approves, returns or refuses. */
export function useDecide(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DecisionBody) => api.post<Activity>(`/cooperation/activities/${id}/decisions`, body),
    onSuccess: (a) => refresh(a),
  });
}

/** PUT /api/cooperation/activities/:id/results — its unit reports what was achieved. */
export function useReportResults(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ResultsBody) => api.put<Activity>(`/cooperation/activities/${id}/results`, body),
    onSuccess: (a) => refresh(a),
  });
}

/** A file's bytes as base64 (without the data: prefix). */
function base64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve((typeof r.result === "string" ? r.result : "").replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(r.error ?? new Error("read"));
    r.readAsDataURL(file);
  });
}

/** POST /api/cooperation/activities/:id/attachments `{kind, fileName, data}` (base64). */
export function useAttach(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: AttachmentKind; file: File }) =>
      api.post<Activity>(`/cooperation/activities/${id}/attachments`, {
        kind,
        fileName: file.name,
        data: await base64(file),
      }),
    onSuccess: (a) => refresh(a),
  });
}

/** Downloads one of the activity's documents or attachments. */
export const downloadSubmission = (a: Activity) =>
  api.download(`/cooperation/activities/${a.id}/documents/submission.docx`, `TTr-${a.code}.docx`);
export const downloadDecision = (a: Activity) =>
  api.download(`/cooperation/activities/${a.id}/documents/decision.docx`, `QD-${a.code}.docx`);
export const downloadAttachment = (a: Activity, attachmentId: string, name: string) =>
  api.download(`/cooperation/activities/${a.id}/attachments/${attachmentId}`, name);
