import { type Actor, isAdmin } from "../../auth/actor.js";

/** Who may read the mail outbox: administrators. Services call `ensure(mailPermissions(actor).read)`. */
export function mailPermissions(actor: Actor): { read: boolean } {
  return { read: isAdmin(actor) };
}
