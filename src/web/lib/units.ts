/** The ministry's units (GET /api/units), shared by every feature that picks or shows a unit. */
import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import type { Lang } from "./i18n";

export interface Unit {
  id: string;
  parentId: string | null;
  code: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  active: boolean;
  version: number;
}

export const unitsQueryKey = ["units"] as const;

export function useUnits() {
  return useQuery({ queryKey: unitsQueryKey, queryFn: () => api.get<Unit[]>("/units"), staleTime: 5 * 60_000 });
}

/** A unit's name in the given language. */
export function unitName(u: { nameVi: string; nameEn: string } | null | undefined, lang: Lang): string {
  if (!u) return "";
  return lang === "en" ? u.nameEn : u.nameVi;
}
