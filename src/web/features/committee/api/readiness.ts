/**
 * Readiness, task templates and contingency plans of a meeting's organising committee (issue 13) as the web asks
 * for them. The records are the server's schemas' types (src/shared/schemas/committee.ts, decision 013).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type {
  Contingency,
  ContingencyBody,
  ContingencyOptions,
  ContingencyPatch,
  Readiness,
  TaskTemplate,
  TemplateApplied,
} from "../../../../shared/schemas/committee";

export type { Contingency, ContingencyBody, Readiness, TaskTemplate, TemplateApplied };

const key = (meetingId: string) => ["committee", meetingId] as const;

/** GET /api/meetings/{id}/readiness?asOf= (today in the meeting's time zone when asOf is ""). */
export function useReadiness(meetingId: string, asOf: string) {
  return useQuery({
    queryKey: [...key(meetingId), "readiness", asOf],
    queryFn: () => api.get<Readiness>(`/meetings/${meetingId}/readiness` + qs({ asOf: asOf || undefined })),
    placeholderData: keepPreviousData,
  });
}

export function useTemplates(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key(meetingId), "templates"],
    queryFn: () => api.get<TaskTemplate[]>(`/meetings/${meetingId}/task-templates`),
    enabled,
  });
}

export function useSaveTemplate(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { nameVi: string; nameEn: string }) =>
      api.post<TaskTemplate>(`/meetings/${meetingId}/task-templates`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...key(meetingId), "templates"] }),
  });
}

export function useApplyTemplate(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) =>
      api.post<TemplateApplied>(`/meetings/${meetingId}/task-templates/${templateId}/apply`),
    // New tasks change readiness and the task lists.
    onSuccess: () => qc.invalidateQueries({ queryKey: key(meetingId) }),
  });
}

export function useContingencies(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "contingencies"],
    queryFn: () => api.get<Contingency[]>(`/meetings/${meetingId}/contingencies`),
  });
}

export function useSaveContingency(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: string; body: ContingencyBody; version?: number }) =>
      v.id
        ? api.patch<Contingency>(`/meetings/${meetingId}/contingencies/${v.id}`, {
            ...v.body,
            version: v.version ?? 1,
          } satisfies ContingencyPatch)
        : api.post<Contingency>(`/meetings/${meetingId}/contingencies`, v.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...key(meetingId), "contingencies"] }),
  });
}

export function useDeleteContingency(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/contingencies/${c.id}` + qs({ version: c.version })),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...key(meetingId), "contingencies"] }),
  });
}

/** The committee's members and the meeting's sessions, for the plan form's pickers. */
export function useContingencyOptions(meetingId: string) {
  return useQuery({
    queryKey: [...key(meetingId), "contingency-options"],
    queryFn: () => api.get<ContingencyOptions>(`/meetings/${meetingId}/contingency-options`),
  });
}
