import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { queueKey, type ActivitySummary } from "./types";

/** GET /api/cooperation/queue — activities waiting at a step the caller holds, oldest first. */
export function useQueue() {
  return useQuery({ queryKey: queueKey, queryFn: () => api.getPage<ActivitySummary>("/cooperation/queue") });
}
