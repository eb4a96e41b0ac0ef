import { type Actor, isAdmin } from "../../auth/actor.js";

/** Who may read the audit trail and the sign-in log: administrators. Services call `ensure(auditPermissions(actor).read)`. */
export function auditPermissions(actor: Actor): { read: boolean } {
  return { read: isAdmin(actor) };
}
