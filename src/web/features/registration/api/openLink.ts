import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, setCsrfToken } from "../../../lib/api";
import type { Lang } from "./types";

/** POST /registration/links/open — signs the contact in through their personal link (no password). */
export function useOpenLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      api.post<{ meetingId: string; delegationId: string; csrfToken: string; language: Lang }>(
        "/registration/links/open",
        { token },
      ),
    onSuccess: async (res) => {
      setCsrfToken(res.csrfToken);
      // Whoever was signed in before in this browser, the contact is now.
      qc.clear();
    },
  });
}
