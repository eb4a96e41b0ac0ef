import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { usersKey, type User } from "./types";

export interface UsersFilter {
  q: string;
  includeInactive: boolean;
}

/** GET /api/users — the server searches name, e-mail and title ignoring diacritics and case. */
export function fetchUsers(f: UsersFilter): Promise<User[]> {
  return api.get<User[]>(
    "/users" + qs({ q: f.q.trim() || undefined, includeInactive: f.includeInactive || undefined }),
  );
}

export function useUsers(f: UsersFilter) {
  return useQuery({
    queryKey: [...usersKey, "list", f],
    queryFn: () => fetchUsers(f),
    placeholderData: keepPreviousData,
  });
}
