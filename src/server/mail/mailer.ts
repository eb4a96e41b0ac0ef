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
  /**
   * The live link inside `text` (it carries a token). The outbox stores the text with LINK_PLACEHOLDER in its place;
   * only SMTP delivery puts it back, and the link is forgotten once delivered.
   */
  link?: string;
}

/** What the stored text holds where a message's link was (see MailMessage.link). */
export const LINK_PLACEHOLDER = "[[focal:link]]";

/**
 * Links with a token, as Focal writes them (registration links, invitations): hidden again when the outbox is read,
 * so that a message stored before the placeholder existed shows no token either.
 */
const TOKEN_LINK = /(\/register\/link#|\/invitation\/)[A-Za-z0-9_-]{16,}/g;

/** The text as the outbox shows it: no link, whatever was stored. */
export function redactLinks(text: string, hidden: string): string {
  return text.replaceAll(LINK_PLACEHOLDER, hidden).replace(TOKEN_LINK, (_m, path: string) => `${path}${hidden}`);
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
        text: msg.link ? msg.text.replaceAll(msg.link, LINK_PLACEHOLDER) : msg.text,
        secret: transport && msg.link ? msg.link : null,
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
          const text = m.secret ? m.text.replaceAll(LINK_PLACEHOLDER, m.secret) : m.text;
          await transport.sendMail({ from, to: m.to, subject: m.subject, text });
          await db
            .update(mailOutbox)
            .set({ status: "sent", sentAt: new Date(), secret: null })
            .where(eq(mailOutbox.id, id));
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
