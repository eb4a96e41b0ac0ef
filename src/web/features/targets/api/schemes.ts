import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { targetsKey, type Scheme } from "./types";

/** GET /api/schemes — the schemes and their indicators (ICD officers and reporting agencies). */
export function useSchemes() {
  return useQuery({ queryKey: [...targetsKey, "schemes"], queryFn: () => api.get<Scheme[]>("/schemes") });
}
