import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { MailLink, MailMessage, Outbox } from "../../../../shared/schemas/mail";

export type { MailLink, MailMessage };

const outboxKey = ["admin", "mail"];

/** GET /api/mail — the last 200 messages and whether mail goes out by SMTP or waits in the outbox. */
export function useOutbox() {
  return useQuery({
    queryKey: outboxKey,
    queryFn: () => api.get<Outbox>("/mail"),
  });
}

/** POST /api/mail/:id/resend or /revoke — a fresh link to the same person, or the link withdrawn. */
export function useMailLinkAction(action: "resend" | "revoke") {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<unknown>(`/mail/${encodeURIComponent(id)}/${action}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: outboxKey }),
  });
}
