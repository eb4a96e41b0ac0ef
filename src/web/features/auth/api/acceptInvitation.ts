import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api";

/** Sets the password of an invited user through the link's token (POST /api/auth/invitations/accept). */
export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post<{ ok: true }>("/auth/invitations/accept", input),
  });
}
