import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../people/schema.js";

/** Server-side sessions, so several instances behind a load balancer share them. Only the token's hash is kept. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Wrong passwords per e-mail and client address (the sign-in pause): each attempt claims its number in one
 * statement before the password is checked. Keyed by the e-mail as typed (lower case), so an unknown e-mail is
 * counted and paused exactly like an existing one, and by address, so failures from elsewhere never pause the owner.
 */
export const signinFailures = pgTable(
  "signin_failures",
  {
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    failures: integer("failures").notNull(),
    pausedUntil: timestamp("paused_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.ip] }), index("signin_failures_updated_idx").on(t.updatedAt)],
);

/** Requests per key (limit, client address) in the current window: the rate limit's store, shared by processes. */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    key: text("key").primaryKey(),
    hits: integer("hits").notNull(),
    resetsAt: timestamp("resets_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limit_hits_resets_idx").on(t.resetsAt)],
);
