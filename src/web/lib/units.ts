/** The ministry's units (GET /api/units), shared by every feature that picks or shows a unit. */
import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import type { Lang } from "./i18n";
import type { Unit } from "../../shared/schemas/people";

/** A unit as GET /api/units sends it (src/shared/schemas/people.ts). */
export type { Unit };

export const unitsQueryKey = ["units"] as const;

export function useUnits() {
  return useQuery({ queryKey: unitsQueryKey, queryFn: () => api.get<Unit[]>("/units"), staleTime: 5 * 60_000 });
}

/** A unit's name in the given language. */
export function unitName(u: { nameVi: string; nameEn: string } | null | undefined, lang: Lang): string {
  if (!u) return "";
  return lang === "en" ? u.nameEn : u.nameVi;
}
