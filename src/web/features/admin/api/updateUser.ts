import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { UserPatch } from "../../../../shared/schemas/people";
import { usersKey, userKey, type User } from "./types";

export type { UserPatch };

/** PATCH /api/users/:id with the version read; a stale version is refused with 409 VERSION_CONFLICT. */
export function useUpdateUser(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: UserPatch) => api.patch<User>(`/users/${encodeURIComponent(id)}`, patch),
    onSuccess: async (user) => {
      qc.setQueryData(userKey(id), user);
      await qc.invalidateQueries({ queryKey: [...usersKey, "list"] });
    },
  });
}
