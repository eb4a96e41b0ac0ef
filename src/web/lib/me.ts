/**
 * The signed-in user (GET /api/me). `useMeQuery()` answers `null` when nobody is signed in (401);
 * `useMe()` is for pages under the signed-in layout, where the user is always known.
 */
import { useQuery } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "./api";
import type { GrantView, NavArea, Role } from "../../shared/roles";

export interface Me {
  id: string;
  email: string;
  name: string;
  title: string | null;
  language: "vi" | "en";
  unit: { id: string; nameVi: string; nameEn: string } | null;
  grants: GrantView[];
  nav: NavArea[];
  csrfToken: string;
}

export const meQueryKey = ["me"] as const;

export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>("/me");
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function useMeQuery() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000, retry: 1 });
}

/** The signed-in user. Only for components rendered under the signed-in layout. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error("useMe() used outside the signed-in layout");
  return data;
}

/** Whether the user holds the role, optionally in one scope. Shapes the UI only; the server decides access. */
export function hasRole(me: Pick<Me, "grants">, role: Role, scopeId?: string | null): boolean {
  return me.grants.some((g) => g.role === role && (scopeId === undefined || g.scopeId === scopeId));
}
