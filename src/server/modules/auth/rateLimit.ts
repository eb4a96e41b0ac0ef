import rateLimit from "@fastify/rate-limit";
import { lt, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Ctx } from "../../context.js";
import type { Db } from "../../db/client.js";
import { appError } from "../../http/errors.js";
import { rateLimitHits } from "./schema.js";
import { returnedRow } from "../../db/rows.js";

/** The limits, each its own count per client address: sign-in, opening registration links, other anonymous routes. */
export type RateBucket = "signin" | "links" | "anonymous";

/** Which bucket an anonymous route counts in (the routes that need no sign-in; signed-in routes are not limited). */
export function bucketOf(method: string, url: string): RateBucket {
  if (method === "POST" && url === "/api/auth/login") return "signin";
  if (method === "POST" && url === "/api/registration/links/open") return "links";
  return "anonymous";
}

type IncrCallback = (err: Error | null, res: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit over the `rate_limit_hits` table, so every Focal process on one PostgreSQL shares
 * the counts (and PGlite behaves the same). Each hit is one statement: insert, or add one — or start a new window when
 * the old one has passed — and return the count and when it resets.
 */
export function databaseStore(db: Db) {
  let calls = 0;
  return class DatabaseStore {
    readonly bucket: string;
    constructor(params: { bucket?: string }) {
      this.bucket = params.bucket ?? "default";
    }

    incr(key: string, cb: IncrCallback, timeWindow: number): void {
      const now = new Date();
      const resets = new Date(now.getTime() + timeWindow);
      const t = rateLimitHits;
      const expired = sql`${t.resetsAt} <= ${now}`;
      db.insert(t)
        .values({ key: `${this.bucket}:${key}`, hits: 1, resetsAt: resets })
        .onConflictDoUpdate({
          target: t.key,
          set: {
            hits: sql`case when ${expired} then 1 else ${t.hits} + 1 end`,
            resetsAt: sql`case when ${expired} then ${resets}::timestamptz else ${t.resetsAt} end`,
          },
        })
        .returning({ hits: t.hits, resetsAt: t.resetsAt })
        .then(async (rows) => {
          const row = returnedRow(rows, "the rate limit window");
          cb(null, { current: row.hits, ttl: Math.max(0, row.resetsAt.getTime() - now.getTime()) });
          // Housekeeping now and then: windows that ended a while ago go.
          if (++calls % 500 === 0) {
            await db.delete(t).where(lt(t.resetsAt, new Date(now.getTime() - 3600_000)));
          }
        })
        .catch((err: Error) => cb(err, { current: 0, ttl: 0 }));
    }

    child(routeOptions: { bucket?: string }) {
      return new DatabaseStore(routeOptions);
    }
  };
}

/**
 * Rate limits per client address on every route that needs no sign-in (docs/decisions/019): sign-in, opening a
 * registration link and the rest each have their own limit per window (config `rateLimit`). Over the limit → 429 in
 * the error shape and the caller's language, with Retry-After. Registered before the routes (it works per route).
 */
export async function registerRateLimits(app: FastifyInstance, ctx: Ctx): Promise<void> {
  const cfg = ctx.config.rateLimit;
  const max: Record<RateBucket, number> = { signin: cfg.signIn, links: cfg.links, anonymous: cfg.anonymous };
  app.addHook("onRoute", (route) => {
    if (route.config?.auth !== "public" || route.config.rateLimit !== undefined) return;
    const bucket = bucketOf([route.method].flat()[0] ?? "GET", route.url);
    // `bucket` rides along to the store's child (the plugin passes the merged route options to it).
    route.config = { ...route.config, rateLimit: { max: max[bucket], bucket } as never };
  });
  await app.register(rateLimit, {
    global: false,
    timeWindow: cfg.windowSeconds * 1000,
    store: databaseStore(ctx.db) as never,
    errorResponseBuilder: (_req, c) => appError("RATE_LIMITED", { seconds: Math.max(1, Math.ceil(c.ttl / 1000)) }),
  });
}
