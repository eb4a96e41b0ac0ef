import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { usersKey, userKey, type User } from "./types";

export interface UserPatch {
  version: number;
  name?: string;
  title?: string | null;
  unitId?: string | null;
  organisation?: string | null;
  language?: "vi" | "en";
  active?: boolean;
}

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
