import type * as Nodemailer from "nodemailer";
import type { Db, Executor } from "../db/client.js";
import { mailOutbox } from "../modules/mail/schema.js";
import { and, eq } from "drizzle-orm";
import { defineJob, enqueueJob, runJobNow } from "../modules/jobs/service.js";
import { errorMessage } from "../lib/errno.js";
import { onFirstUse } from "../lib/onFirstUse.js";

/** nodemailer, loaded with the first message sent over SMTP rather than at start (decision 031). */
const nodemailer = onFirstUse<typeof Nodemailer>("nodemailer");

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
 * administrator reads it. Every message is recorded in the outbox either way. With SMTP each message is a
 * `mail.send` job queued with it: the request that sent it makes the first attempt, and a failed attempt is retried
 * by the job runner (1, 2, 4, 8 minutes later) before the message is marked failed.
 */
export interface Mailer {
  readonly mode: "smtp" | "outbox";
  /** Records the message in the outbox (and its sending job) within the caller's transaction; returns its id. */
  enqueue(tx: Executor, msg: MailMessage): Promise<string>;
  /** First attempt at delivering queued messages by id, after their transaction has committed. Never throws. */
  deliver(db: Db, ids: string[]): Promise<void>;
  /** One attempt at sending one queued message; throws when it fails (its error is kept on the message). */
  send(db: Executor, id: string): Promise<void>;
}

export const MAIL_ATTEMPTS = 5;
const mailJobKey = (id: string) => `mail:${id}`;

export function createMailer(smtpUrl: string | null, from: string): Mailer {
  let transport: Nodemailer.Transporter | null = null;
  /** The SMTP connection's transport, made with the first message sent. */
  const smtp = (url: string) => (transport ??= nodemailer().createTransport(url));
  const mailer: Mailer = {
    mode: smtpUrl ? "smtp" : "outbox",
    async enqueue(tx, msg) {
      const id = crypto.randomUUID();
      await tx.insert(mailOutbox).values({
        id,
        to: msg.to,
        subject: msg.subject,
        text: msg.link ? msg.text.replaceAll(msg.link, LINK_PLACEHOLDER) : msg.text,
        secret: smtpUrl && msg.link ? msg.link : null,
        topic: msg.topic,
        refId: msg.refId ?? null,
        status: smtpUrl ? "queued" : "outbox",
      });
      if (smtpUrl) {
        // Due a little later: `deliver` makes the first attempt right after the commit; the runner only picks the job
        // up first when the process stopped before it could.
        await enqueueJob(
          tx,
          mailSendJob.name,
          { id },
          { key: mailJobKey(id), runAfter: new Date(Date.now() + 60_000), maxAttempts: MAIL_ATTEMPTS },
        );
      }
      return id;
    },
    async deliver(db, ids) {
      if (!smtpUrl) return;
      for (const id of ids) {
        await runJobNow({ db, mailer }, mailJobKey(id)).catch(() => undefined);
      }
    },
    async send(db, id) {
      const [m] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      if (!m || m.status !== "queued") return;
      if (!smtpUrl) {
        // A process without SMTP (a different configuration) leaves the message to the administrator.
        await db.update(mailOutbox).set({ status: "outbox" }).where(eq(mailOutbox.id, id));
        return;
      }
      try {
        const text = m.secret ? m.text.replaceAll(LINK_PLACEHOLDER, m.secret) : m.text;
        await smtp(smtpUrl).sendMail({ from, to: m.to, subject: m.subject, text });
      } catch (err) {
        await db
          .update(mailOutbox)
          .set({ error: errorMessage(err).slice(0, 500) })
          .where(eq(mailOutbox.id, id));
        throw err;
      }
      await db
        .update(mailOutbox)
        .set({ status: "sent", sentAt: new Date(), error: null, secret: null })
        .where(eq(mailOutbox.id, id));
    },
  };
  return mailer;
}

/** Sends one message; retried with backoff, and marked failed (with its last error) after the last attempt. */
export const mailSendJob = defineJob<{ id: string }>({
  name: "mail.send",
  maxAttempts: MAIL_ATTEMPTS,
  backoffMs: 60_000,
  handler: (ctx, job) => ctx.mailer.send(ctx.db, job.payload.id),
  onFailed: async (ctx, job) => {
    await ctx.db
      .update(mailOutbox)
      .set({ status: "failed", secret: null })
      .where(and(eq(mailOutbox.id, job.payload.id), eq(mailOutbox.status, "queued")));
  },
});
