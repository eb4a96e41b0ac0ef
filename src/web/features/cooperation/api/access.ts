import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { coopKey, type CoopAccess } from "./types";

/** GET /api/cooperation/access — what the caller may do in the register (read all, create for which units…). */
export function useCoopAccess() {
  return useQuery({
    queryKey: [...coopKey, "access"],
    queryFn: () => api.get<CoopAccess>("/cooperation/access"),
    staleTime: 60_000,
  });
}
