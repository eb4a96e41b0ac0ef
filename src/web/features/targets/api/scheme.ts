import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { schemeKey, type Scheme } from "./types";

/** GET /api/schemes/:id — one scheme with its indicators. */
export function useScheme(id: string) {
  return useQuery({ queryKey: schemeKey(id), queryFn: () => api.get<Scheme>(`/schemes/${id}`) });
}
