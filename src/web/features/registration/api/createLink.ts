import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { invalidateDelegation } from "./invalidate";
import { delegationPath } from "./paths";
import type { Lang, Link } from "./types";

export interface LinkInput {
  email?: string | null;
  name?: string | null;
  language: Lang;
  days: number;
}

/** POST …/invitations — e-mails the contact a personal link (or keeps it in the outbox without SMTP). */
export function useCreateLink(meetingId: string, delegationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LinkInput) =>
      api.post<{ link: Link; url: string }>(`${delegationPath(meetingId, delegationId)}/invitations`, input),
    onSuccess: () => invalidateDelegation(qc, meetingId, delegationId),
  });
}
