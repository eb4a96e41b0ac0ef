/**
 * The mail module's table as its route and other modules read it (a module owns its tables:
 * docs/decisions/015-modules-own-their-tables.md). No permission check here: the caller has checked.
 * Messages are written by the mailer (src/server/mail/mailer.ts), in the sender's transaction.
 */
import { desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { mailOutbox } from "./schema.js";

export type MailRow = typeof mailOutbox.$inferSelect;

/** The newest messages first, at most `limit`. */
export async function recentMail(db: Executor, limit: number): Promise<MailRow[]> {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

/** The messages with these ids (any order; unknown ids are left out). */
export async function mailByIds(db: Executor, ids: string[]): Promise<MailRow[]> {
  if (!ids.length) return [];
  return db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
}

/** One message, or null. */
export async function mailById(db: Executor, id: string): Promise<MailRow | null> {
  const [m] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return m ?? null;
}

/** Forgets the live link a message kept for its delivery (after a revoke, or once it is no longer needed). */
export async function forgetMailSecret(db: Executor, id: string): Promise<void> {
  await db.update(mailOutbox).set({ secret: null }).where(eq(mailOutbox.id, id));
}
