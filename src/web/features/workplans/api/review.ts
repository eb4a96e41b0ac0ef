import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { planKey, type Review } from "./types";

/** GET /api/workplans/:id/review?asOf= — counts and shares computed from the history as of that day. */
export function useReview(id: string, asOf: string) {
  return useQuery({
    queryKey: [...planKey(id), "review", asOf],
    queryFn: () => api.get<Review>(`/workplans/${id}/review` + qs({ asOf })),
    placeholderData: keepPreviousData,
  });
}
