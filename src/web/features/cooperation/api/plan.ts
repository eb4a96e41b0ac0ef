import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import {
  coopKey,
  planKey,
  type Plan,
  type PlanApproveBody,
  type PlanItem,
  type PlanItemBody,
  type PlanItemPatch,
} from "./types";

/** GET /api/cooperation/plans/:year — the year's plan, its items by unit with progress, and the out-of-plan activities. */
export function usePlan(year: number) {
  return useQuery({ queryKey: planKey(year), queryFn: () => api.get<Plan>(`/cooperation/plans/${year}`) });
}

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: coopKey });
}

/** POST /api/cooperation/plans/:year/items — a unit proposes an item. */
export function useProposeItem(year: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PlanItemBody) => api.post<PlanItem>(`/cooperation/plans/${year}/items`, body),
    onSuccess: refresh,
  });
}

/** PATCH /api/cooperation/plan-items/:id — an edit, or the ICD's include / leave out. */
export function usePatchItem() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: PlanItemPatch & { id: string }) =>
      api.patch<PlanItem>(`/cooperation/plan-items/${id}`, body),
    onSuccess: refresh,
  });
}

/** POST /api/cooperation/plans/:year/approve — the Minister's decision number and date. */
export function useApprovePlan(year: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PlanApproveBody) => api.post<Plan>(`/cooperation/plans/${year}/approve`, body),
    onSuccess: refresh,
  });
}

/** POST /api/cooperation/plans/:year/consolidate — the ICD marks the ministry's plan consolidated. */
export function useConsolidatePlan(year: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (version: number) => api.post<Plan>(`/cooperation/plans/${year}/consolidate`, { version }),
    onSuccess: refresh,
  });
}
