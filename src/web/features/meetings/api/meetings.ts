import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { Meeting } from "./types";

/** GET /api/meetings — the meetings the user may see. */
export function useMeetings() {
  return useQuery({ queryKey: ["meetings", "list"], queryFn: () => api.get<Meeting[]>("/meetings") });
}
