import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { usersKey, userKey, type GrantInput, type User } from "./types";

function useUserWrite<V>(id: string, fn: (v: V) => Promise<User>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (user) => {
      qc.setQueryData(userKey(id), user);
      await qc.invalidateQueries({ queryKey: [...usersKey, "list"] });
    },
  });
}

/** POST /api/users/:id/grants — grants a role in a scope. */
export function useAddGrant(userId: string) {
  return useUserWrite(userId, (g: GrantInput) => api.post<User>(`/users/${encodeURIComponent(userId)}/grants`, g));
}

/** DELETE /api/users/:id/grants/:grantId — revokes a grant. */
export function useRemoveGrant(userId: string) {
  return useUserWrite(userId, (grantId: string) =>
    api.delete<User>(`/users/${encodeURIComponent(userId)}/grants/${encodeURIComponent(grantId)}`),
  );
}
