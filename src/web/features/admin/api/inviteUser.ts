import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { usersKey, userKey, type GrantInput, type User } from "./types";

export interface InviteInput {
  email: string;
  name: string;
  title?: string | null;
  unitId?: string | null;
  organisation?: string | null;
  language: "vi" | "en";
  external?: boolean;
  grants?: GrantInput[];
}

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
