import { type Actor, hasRole, isAdmin, isIcd } from "../../auth/actor.js";
import type { DocumentIssuer } from "../../../shared/schemas/documents.js";

export interface DocumentRegisterPermissions {
  /**
   * Reads the issuer's numbering register (the numbers taken, their dates and documents): ICD officers and
   * administrators every register; the personnel officer the Personnel Department's (the Ministry's decisions).
   */
  read: boolean;
}

/** What the actor may do with one issuer's register. Services call `ensure(documentRegisterPermissions(a, i).read)`. */
export function documentRegisterPermissions(actor: Actor, issuer: DocumentIssuer): DocumentRegisterPermissions {
  const personnel = issuer === "PERSONNEL" && hasRole(actor, "personnel_officer");
  return { read: isIcd(actor) || isAdmin(actor) || personnel };
}
