import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { schemeKey, type Progress } from "./types";

/** GET /api/schemes/:id/progress?asOf= — the dashboard's figures under the map in force that day. */
export function useProgress(id: string, asOf: string) {
  return useQuery({
    queryKey: [...schemeKey(id), "progress", asOf],
    queryFn: () => api.get<Progress>(`/schemes/${id}/progress` + qs({ asOf })),
    placeholderData: keepPreviousData,
  });
}
