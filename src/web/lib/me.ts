/**
 * The signed-in user (GET /api/me). `useMeQuery()` answers `null` when nobody is signed in (401);
 * `useMe()` is for pages under the signed-in layout, where the user is always known.
 */
import { useQuery } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "./api";
import type { GrantView, NavArea } from "../../shared/roles";
import type { MeetingsPermissions } from "../../shared/schemas/meetings";

export interface Me {
  id: string;
  email: string;
  name: string;
  title: string | null;
  language: "vi" | "en";
  unit: { id: string; nameVi: string; nameEn: string } | null;
  grants: GrantView[];
  nav: NavArea[];
  /** What the user may do where no record exists yet (create a meeting), computed by the server's policies. */
  permissions: { meetings: MeetingsPermissions };
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
