import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type { ScopedKind } from "../../../../shared/roles";
import type { ScopeList, ScopeOption } from "../../../../shared/schemas/people";

export type { ScopeList, ScopeOption };

/** GET /api/scopes — the scopes of a kind matching `q` (every word, ignoring diacritics), named in the user's language. */
export function useScopes(kind: ScopedKind, q: string) {
  return useQuery({
    queryKey: ["admin", "scopes", kind, q],
    queryFn: () => api.get<ScopeList>("/scopes" + qs({ kind, q: q.trim() || undefined })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
