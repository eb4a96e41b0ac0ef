import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { schemeKey, type CarryOver } from "./types";

/** GET …/reports/:agency/:period/carry-over — last accepted year's totals (and a yes already given) for a new form. */
export function useCarryOver(schemeId: string, agency: string, period: number, enabled: boolean) {
  return useQuery({
    queryKey: [...schemeKey(schemeId), "carry-over", agency, period],
    queryFn: () => api.get<CarryOver>(`/schemes/${schemeId}/reports/${agency}/${period}/carry-over`),
    enabled,
  });
}
