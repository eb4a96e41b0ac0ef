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
  /** The client's address for this request (TRUST_PROXY decides whether a proxy may name it): the audit records it. */
  ip?: string | null;
}

/** True when the actor holds `role`, optionally in the given scope. */
export function hasRole(actor: Pick<Actor, "grants">, role: Role, scopeId?: string | null): boolean {
  return actor.grants.some((g) => g.role === role && (scopeId === undefined || g.scopeId === scopeId));
}

/** The scope ids in which the actor holds `role`. */
export function scopesOf(actor: Pick<Actor, "grants">, role: Role): string[] {
  return actor.grants.flatMap((g) => (g.role === role && g.scopeId !== null ? [g.scopeId] : []));
}

export const isAdmin = (a: Pick<Actor, "grants">) => hasRole(a, "admin");
export const isIcd = (a: Pick<Actor, "grants">) => hasRole(a, "icd_officer");

/**
 * The one authorization assertion: throws FORBIDDEN unless the condition holds. Services call it first, with an
 * ability of the record's permissions (`ensure(perms.manageProgramme)`), computed by the module's `policy.ts`. It is
 * an assertion function, so TypeScript narrows after it: `ensure(view !== null)` leaves `view` non-null.
 */
export function ensure(allowed: unknown): asserts allowed {
  if (!allowed) throw appError("FORBIDDEN");
}

/** The caller's abilities on one record (or one area), computed by a module's `policy.ts` and sent to the web. */
export type Permissions<Ability extends string> = Readonly<Record<Ability, boolean>>;
