import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { workplansKey, type WorkplanItem } from "./types";

/** GET /api/workplans — the programmes the user may see, with today's counts. */
export function useWorkplans() {
  return useQuery({ queryKey: [...workplansKey, "list"], queryFn: () => api.get<WorkplanItem[]>("/workplans") });
}
