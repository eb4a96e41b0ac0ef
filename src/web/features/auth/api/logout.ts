import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api, isApiError } from "../../../lib/api";
import { meQueryKey } from "../../../lib/me";

/** Ends the session, forgets every cached answer (the next user must not see them) and opens the sign-in page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<{ ok: true }>("/auth/logout");
      } catch (e) {
        if (!isApiError(e) || e.status !== 401) throw e; // already signed out: that is what we wanted
      }
    },
    onSuccess: async () => {
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      await navigate("/sign-in", { replace: true });
    },
  });
}
