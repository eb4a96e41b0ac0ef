import type { Db } from "../../db/client.js";
import type { Lang } from "../../../shared/errors.js";

/**
 * Each module that owns a scope kind (meeting, delegation, work plan…) registers how to name a scope id and
 * how to check that one exists, so the people module can label and validate grants without reading other
 * modules' tables.
 */
export interface ScopeResolver {
  label(db: Db, ids: string[], lang: Lang): Promise<Map<string, string>>;
  exists(db: Db, id: string): Promise<boolean>;
}

const resolvers = new Map<string, ScopeResolver>();

export function registerScopeResolver(kind: string, r: ScopeResolver): void {
  resolvers.set(kind, r);
}

export function scopeResolver(kind: string): ScopeResolver | undefined {
  return resolvers.get(kind);
}
