import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, setCsrfToken } from "../../../lib/api";
import { meQueryKey, type Me } from "../../../lib/me";
import { useI18n } from "../../../lib/i18n";

export interface LoginInput {
  email: string;
  password: string;
}

/** Signs in (POST /api/auth/login); the answer is the signed-in user, which becomes the `me` query's data. */
export function useLogin() {
  const queryClient = useQueryClient();
  const { adoptSignedInUser } = useI18n();
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      const me = await api.post<Me>("/auth/login", input);
      setCsrfToken(me.csrfToken);
      return adoptSignedInUser(me);
    },
    onSuccess: (me) => {
      // Nothing cached for an earlier user may leak into this session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
