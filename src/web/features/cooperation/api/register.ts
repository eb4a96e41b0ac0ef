import { useQuery } from "@tanstack/react-query";
import { api, qs } from "../../../lib/api";
import type { DocumentIssuer, IssuedDocument } from "../../../../shared/schemas/documents";
import { coopKey } from "./types";

/** Numbers shown on one page of the register (the API's most). */
export const REGISTER_PAGE = 500;

/** GET /api/documents/register — one issuer's numbers of one year, ascending, and how many the year has. */
export function useRegister(issuer: DocumentIssuer | null, year: number) {
  return useQuery({
    queryKey: [...coopKey, "register", issuer, year],
    queryFn: () =>
      api.getPage<IssuedDocument>(
        "/documents/register" + qs({ issuer: issuer ?? undefined, year, limit: REGISTER_PAGE }),
      ),
    enabled: !!issuer,
    placeholderData: (prev) => prev,
  });
}
