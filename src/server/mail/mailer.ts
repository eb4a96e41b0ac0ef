import nodemailer from "nodemailer";
import type { Executor } from "../db/client.js";
import { mailOutbox } from "../modules/mail/schema.js";
import { eq } from "drizzle-orm";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  topic: string;
  refId?: string;
}

/**
 * Sends mail through SMTP when SMTP_URL is set; otherwise the message waits in the outbox, where the
 * administrator reads it. Every message is recorded in the outbox either way.
 */
export interface Mailer {
  readonly mode: "smtp" | "outbox";
  /** Records the message in the outbox within the caller's transaction; returns its id. */
  enqueue(tx: Executor, msg: MailMessage): Promise<string>;
  /** Delivers queued messages by id after their transaction has committed. Never throws. */
  deliver(db: Executor, ids: string[]): Promise<void>;
}

export function createMailer(smtpUrl: string | null, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    mode: transport ? "smtp" : "outbox",
    async enqueue(tx, msg) {
      const id = crypto.randomUUID();
      await tx.insert(mailOutbox).values({
        id,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        topic: msg.topic,
        refId: msg.refId ?? null,
        status: transport ? "queued" : "outbox",
      });
      return id;
    },
    async deliver(db, ids) {
      if (!transport) return;
      for (const id of ids) {
        const [m] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
        if (!m || m.status !== "queued") continue;
        try {
          await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
          await db.update(mailOutbox).set({ status: "sent", sentAt: new Date() }).where(eq(mailOutbox.id, id));
        } catch (err) {
          await db
            .update(mailOutbox)
            .set({ status: "failed", error: (err as Error).message.slice(0, 500) })
            .where(eq(mailOutbox.id, id));
        }
      }
    },
  };
}
