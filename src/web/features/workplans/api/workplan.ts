import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { planKey, type Workplan } from "./types";

/** GET /api/workplans/:id — one programme, its members, and what the user may do in it. */
export function useWorkplan(id: string) {
  return useQuery({ queryKey: [...planKey(id), "plan"], queryFn: () => api.get<Workplan>(`/workplans/${id}`) });
}
