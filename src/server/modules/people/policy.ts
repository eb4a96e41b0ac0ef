import { type Actor, hasRole, isAdmin, isIcd } from "../../auth/actor.js";

/**
 * Who may do what with people, units and grants, computed here and nowhere else. Administrators manage users,
 * grants, units and the scope pickers; the ICD reads the directory; anyone reads their own account; a unit officer
 * reads their unit's members. Services call `ensure(perms.<ability>)` first.
 */
export interface PeoplePermissions {
  /** Invites and edits users, grants and revokes roles, edits the unit tree, searches grant scopes (administrators). */
  manage: boolean;
  /** Lists the user directory (administrators and the ICD). */
  list: boolean;
}

export function peoplePermissions(actor: Actor): PeoplePermissions {
  const admin = isAdmin(actor);
  return { manage: admin, list: admin || isIcd(actor) };
}

/** What the actor may do with one user's account. */
export function userPermissions(actor: Actor, userId: string): { read: boolean; manage: boolean } {
  const p = peoplePermissions(actor);
  return { read: p.list || actor.id === userId, manage: p.manage };
}

/** What the actor may do with one unit. */
export function unitPermissions(actor: Actor, unitId: string): { readMembers: boolean; manage: boolean } {
  const p = peoplePermissions(actor);
  return { readMembers: p.list || hasRole(actor, "unit_officer", unitId), manage: p.manage };
}
