import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs, type ListPage } from "../../../lib/api";
import { usersKey, type User } from "./types";

/** Users per page of the administration list (the server allows up to 500). */
export const USERS_PAGE_SIZE = 100;

export interface UsersFilter {
  q: string;
  includeInactive: boolean;
  /** 1-based page of `USERS_PAGE_SIZE` users; the first page when absent. */
  page?: number;
  pageSize?: number;
}

/**
 * GET /api/users — one page in name order; the server searches name, e-mail and title ignoring diacritics and case,
 * and counts every match (`total`).
 */
export function fetchUsers(f: UsersFilter): Promise<ListPage<User>> {
  const size = f.pageSize ?? USERS_PAGE_SIZE;
  return api.getPage<User>(
    "/users" +
      qs({
        q: f.q.trim() || undefined,
        includeInactive: f.includeInactive || undefined,
        offset: ((f.page ?? 1) - 1) * size || undefined,
        limit: size,
      }),
  );
}

export function useUsers(f: UsersFilter) {
  return useQuery({
    queryKey: [...usersKey, "list", f],
    queryFn: () => fetchUsers(f),
    placeholderData: keepPreviousData,
  });
}
