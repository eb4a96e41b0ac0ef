import type { Lang } from "../../shared/errors.js";
import type { Role, ScopeKind } from "../../shared/roles.js";
import { appError } from "../http/errors.js";

export interface ActorGrant {
  role: Role;
  scopeKind: ScopeKind;
  scopeId: string | null;
}

/** The signed-in person a request acts for. Services receive it first and check it before anything else. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  language: Lang;
  grants: ActorGrant[];
  sessionId: string;
  /** The client's address as Fastify reads it (\`req.ip\`), for audit rows of reads that HTTP alone makes. */
  ip?: string | null;
}

/** True when the actor holds `role`, optionally in the given scope. */
export function hasRole(actor: Actor, role: Role, scopeId?: string | null): boolean {
  return actor.grants.some((g) => g.role === role && (scopeId === undefined || g.scopeId === scopeId));
}

/** The scope ids in which the actor holds `role`. */
export function scopesOf(actor: Actor, role: Role): string[] {
  return actor.grants.filter((g) => g.role === role && g.scopeId !== null).map((g) => g.scopeId as string);
}

export const isAdmin = (a: Actor) => hasRole(a, "admin");
export const isIcd = (a: Actor) => hasRole(a, "icd_officer");

/** Throws FORBIDDEN unless the condition holds. */
export function ensure(allowed: boolean): void {
  if (!allowed) throw appError("FORBIDDEN");
}
