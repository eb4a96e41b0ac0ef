import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { rulesKey, type Rule } from "./types";

/** The decision table as GET /api/cooperation/rules answers it. */
export interface RuleTable {
  version: number;
  rules: Rule[];
  permissions?: { edit: boolean };
}

/** GET /api/cooperation/rules — the current version of the decision table. */
export function useRules() {
  return useQuery({ queryKey: rulesKey, queryFn: () => api.get<RuleTable>("/cooperation/rules") });
}

/** PUT /api/cooperation/rules — a new version of the table (ICD, administrators). */
export function useSaveRules() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; rules: Rule[]; note?: string | null }) =>
      api.put<RuleTable>("/cooperation/rules", body),
    onSuccess: (data) => {
      qc.setQueryData(rulesKey, data);
      return qc.invalidateQueries({ queryKey: rulesKey });
    },
  });
}
