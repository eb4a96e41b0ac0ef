import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";

/** For a message that carried a registration or invitation link: whether it still works (never the link itself). */
export interface MailLink {
  kind: "registration_link" | "invitation";
  state: "active" | "expired" | "revoked" | "used";
  canResend: boolean;
  canRevoke: boolean;
}

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  /** The text with any link replaced by "[link hidden]". */
  text: string;
  status: string;
  topic: string;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
  link: MailLink | null;
}

const outboxKey = ["admin", "mail"];

/** GET /api/mail — the last 200 messages and whether mail goes out by SMTP or waits in the outbox. */
export function useOutbox() {
  return useQuery({
    queryKey: outboxKey,
    queryFn: () => api.get<{ mode: "smtp" | "outbox"; messages: MailMessage[] }>("/mail"),
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
