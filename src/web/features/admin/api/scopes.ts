import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type { ScopedKind } from "../../../../shared/roles";

/** A scope the grant form offers: its id (sent with the grant), its name and an optional second line. */
export interface ScopeOption {
  id: string;
  label: string;
  description: string | null;
}

export interface ScopeList {
  items: ScopeOption[];
  /** More scopes match than the list holds: a narrower search finds them. */
  more: boolean;
}

/** GET /api/scopes — the scopes of a kind matching `q` (every word, ignoring diacritics), named in the user's language. */
export function useScopes(kind: ScopedKind, q: string) {
  return useQuery({
    queryKey: ["admin", "scopes", kind, q],
    queryFn: () => api.get<ScopeList>("/scopes" + qs({ kind, q: q.trim() || undefined })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
