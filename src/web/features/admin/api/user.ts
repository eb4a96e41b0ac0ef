import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { userKey, type User } from "./types";

/** GET /api/users/:id */
export function useUser(id: string) {
  return useQuery({ queryKey: userKey(id), queryFn: () => api.get<User>(`/users/${encodeURIComponent(id)}`) });
}
