import { type Actor, isAdmin } from "../../auth/actor.js";

/** Who may list, download and take backups: administrators. Services call `ensure(backupPermissions(actor).manage)`. */
export function backupPermissions(actor: Actor): { manage: boolean } {
  return { manage: isAdmin(actor) };
}
