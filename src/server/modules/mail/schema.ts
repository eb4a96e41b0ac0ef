import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Every message Focal sends. Without SMTP_URL messages stay here with status `outbox` for the administrator. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    status: text("status").notNull(),
    error: text("error"),
    /** Which part of Focal sent it (e.g. `invitation`), and the record it is about. */
    topic: text("topic").notNull(),
    refId: text("ref_id"),
    /**
     * The link a message carries (a registration link, an invitation), kept only until SMTP has delivered it: the
     * stored text holds LINK_PLACEHOLDER instead, so the outbox never shows a live token. Null once sent, revoked,
     * or when there is no SMTP to deliver it.
     */
    secret: text("secret"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("mail_created_idx").on(t.createdAt)],
);
