import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { InviteInput } from "../../../../shared/schemas/people";
import { usersKey, userKey, type User } from "./types";

export type { InviteInput };

/** POST /api/users — creates the account and mails the invitation link (the link is returned too). */
export function useInviteUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => api.post<{ user: User; link: string }>("/users", input),
    onSuccess: async (res) => {
      qc.setQueryData(userKey(res.user.id), res.user);
      await qc.invalidateQueries({ queryKey: usersKey });
      await qc.invalidateQueries({ queryKey: ["admin", "mail"] });
    },
  });
}
