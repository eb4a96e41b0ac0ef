import { type Actor, isAdmin } from "../../auth/actor.js";

/**
 * What an actor may do with the mail outbox: read it, and resend or revoke the link a message carried —
 * administrators. Services call `ensure(mailPermissions(actor).read)` (or `.manageLinks`).
 */
export function mailPermissions(actor: Actor): { read: boolean; manageLinks: boolean } {
  const admin = isAdmin(actor);
  return { read: admin, manageLinks: admin };
}
