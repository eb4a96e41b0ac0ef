import type { Db } from "../../db/client.js";
import type { Lang } from "../../../shared/errors.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { peoplePermissions } from "./policy.js";
import { appError } from "../../http/errors.js";
import { matchesSearch } from "../../../shared/text.js";
import { scopedKinds, type ScopedKind } from "../../../shared/roles.js";

/** One scope as a picker offers it: its id, its name in the reader's language and, when useful, a second line. */
export interface ScopeOption {
  id: string;
  label: string;
  description?: string | null;
}

/**
 * Each module that owns a scope kind (meeting, delegation, work plan…) registers how to name a scope id, how to
 * check that one exists and how to list the scopes an administrator may grant, so the people module can label,
 * validate and offer grants without reading other modules' tables.
 */
export interface ScopeResolver {
  label(db: Db, ids: string[], lang: Lang): Promise<Map<string, string>>;
  exists(db: Db, id: string): Promise<boolean>;
  /**
   * The scopes of this kind matching `q` (every word, ignoring diacritics and case; an empty `q` matches all), in
   * the order a picker lists them, at most `limit`. Labels are the same as `label` gives.
   */
  search(db: Db, q: string, lang: Lang, limit: number): Promise<ScopeOption[]>;
}

const resolvers = new Map<string, ScopeResolver>();

export function registerScopeResolver(kind: ScopedKind, r: ScopeResolver): void {
  resolvers.set(kind, r);
}

export function scopeResolver(kind: string): ScopeResolver | undefined {
  return resolvers.get(kind);
}

/** The resolver of a kind whose module registers one at start-up; none registered is a bug (a 500). */
export function registeredScopeResolver(kind: ScopedKind): ScopeResolver {
  const r = resolvers.get(kind);
  if (!r) throw new Error(`No scope resolver is registered for "${kind}"`);
  return r;
}

/** A scope a resolver may offer: `text` is what a search matches (a `search_text` column, or names to fold). */
export interface ScopeCandidate extends ScopeOption {
  text: string;
}

/**
 * The candidates matching `q` (every word of `fold(q)` occurs in `fold(text)`), in the given order, at most `limit`.
 * For resolvers whose scopes are few (tens to a few hundred), which filter in memory.
 */
export function pickScopes(candidates: ScopeCandidate[], q: string, limit: number): ScopeOption[] {
  const out: ScopeOption[] = [];
  for (const c of candidates) {
    if (out.length >= limit) break;
    if (matchesSearch(c.text, q)) out.push({ id: c.id, label: c.label, description: c.description });
  }
  return out;
}

/** How many scopes one search returns; `more` tells the picker to ask for a narrower search. */
export const SCOPE_SEARCH_LIMIT = 50;

/** The scopes of a kind an administrator may grant, for the grant form's picker. Administrators only. */
export async function searchScopes(db: Db, actor: Actor, kind: string, q: string | undefined) {
  ensure(peoplePermissions(actor).manage);
  const scoped = scopedKinds.find((k) => k === kind);
  const r = scoped ? scopeResolver(scoped) : undefined;
  if (!r) throw appError("BAD_REQUEST");
  const found = await r.search(db, q ?? "", actor.language, SCOPE_SEARCH_LIMIT + 1);
  const items = found.slice(0, SCOPE_SEARCH_LIMIT).map((o) => ({ ...o, description: o.description ?? null }));
  return { items, more: found.length > SCOPE_SEARCH_LIMIT };
}
