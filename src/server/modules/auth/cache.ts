/**
 * The resolved sessions and users held in memory (decision 027): a request's session cookie turns into its actor and
 * CSRF token without a query once seen, and `GET /api/me` answers from memory. One set of caches per database
 * connection (`ctx.database`), kept right by its invalidation notices (db/notify.ts).
 */
import type { ActorGrant } from "../../auth/actor.js";
import type { Lang } from "../../../shared/errors.js";
import { TaggedCache, type Notices } from "../../db/notify.js";

/** At most this many sessions, users and /api/me answers each; the least recently used goes first. */
export const CACHE_MAX = 10_000;
/** A safety net: nothing is served from memory longer than this, even if a notice were lost. */
export const CACHE_TTL_MS = 60_000;

export interface CachedSession {
  userId: string;
  csrfToken: string;
  /** Milliseconds since the epoch: never served after it. */
  expiresAt: number;
}

export interface CachedUser {
  id: string;
  name: string;
  email: string;
  language: Lang;
  active: boolean;
  grants: readonly ActorGrant[];
}

export interface AuthCaches {
  sessions: TaggedCache<CachedSession>;
  users: TaggedCache<CachedUser>;
  /** The /api/me answer per user, without the CSRF token (the session's). */
  me: TaggedCache<unknown>;
}

const byNotices = new WeakMap<Notices, AuthCaches>();

/** The caches of one database connection, made on first use. */
export function authCaches(notices: Notices): AuthCaches {
  let c = byNotices.get(notices);
  if (!c) {
    const opts = { max: CACHE_MAX, ttlMs: CACHE_TTL_MS };
    c = {
      sessions: new TaggedCache(notices, opts),
      users: new TaggedCache(notices, opts),
      me: new TaggedCache(notices, opts),
    };
    byNotices.set(notices, c);
  }
  return c;
}
