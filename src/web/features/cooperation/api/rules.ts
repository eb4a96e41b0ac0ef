import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { rulesKey, type RuleTable, type RulesBody } from "./types";

/** GET /api/cooperation/rules — the current version of the decision table, and whether the caller may edit it. */
export function useRules() {
  return useQuery({ queryKey: rulesKey, queryFn: () => api.get<RuleTable>("/cooperation/rules") });
}

/** PUT /api/cooperation/rules — a new version of the table from the version read (ICD, administrators). */
export function useSaveRules() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RulesBody) => api.put<RuleTable>("/cooperation/rules", body),
    onSuccess: (data) => {
      qc.setQueryData(rulesKey, data);
      return qc.invalidateQueries({ queryKey: rulesKey });
    },
  });
}
