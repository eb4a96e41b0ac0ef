import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { targetsKey, type Agency } from "./types";

/** GET /api/reporting-agencies — every ministry and province on both maps, with validity and successor. */
export function useAgencies() {
  return useQuery({
    queryKey: [...targetsKey, "agencies"],
    queryFn: () => api.get<Agency[]>("/reporting-agencies"),
    staleTime: 10 * 60_000,
  });
}
