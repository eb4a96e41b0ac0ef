import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { mailPermissions } from "./policy.js";
import { recentMail } from "./repo.js";

/** The latest 200 messages Focal has sent or holds in the outbox, newest first (administrators). */
export async function listOutbox(ctx: Ctx, actor: Actor) {
  ensure(mailPermissions(actor).read);
  const rows = await recentMail(ctx.db, 200);
  return {
    mode: ctx.mailer.mode,
    messages: rows.map((m) => ({
      ...m,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
  };
}
