import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import { usePagedQuery } from "../../../lib/usePagedQuery";
import { partnersKey, type Partner, type PartnerBody } from "./types";

/** GET /api/cooperation/partners a page at a time (searched without diacritics on the server). */
export function usePartnersPage() {
  return usePagedQuery<Partner>({ key: partnersKey, path: "/cooperation/partners" });
}

/** The partners matching a picker's search (the first 50). */
export function usePartnerSearch(q: string) {
  return useQuery({
    queryKey: [...partnersKey, "search", q],
    queryFn: () => api.getPage<Partner>("/cooperation/partners" + qs({ q: q || undefined, limit: 50 })),
    placeholderData: (prev) => prev,
    staleTime: 60_000,
  });
}

/** POST /api/cooperation/partners — the ICD adds a partner to the directory. */
export function useCreatePartner() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerBody) => api.post<Partner>("/cooperation/partners", body),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnersKey }),
  });
}
