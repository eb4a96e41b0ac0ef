import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  topic: string;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** GET /api/mail — the last 200 messages and whether mail goes out by SMTP or waits in the outbox. */
export function useOutbox() {
  return useQuery({
    queryKey: ["admin", "mail"],
    queryFn: () => api.get<{ mode: "smtp" | "outbox"; messages: MailMessage[] }>("/mail"),
  });
}
