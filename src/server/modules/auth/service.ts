import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { dummyHash, verifyPassword } from "../../auth/passwords.js";
import { newToken, tokenHash } from "../../auth/tokens.js";
import { audit } from "../audit/service.js";
import {
  claimSignInAttempt,
  findUserByEmail,
  lockUser,
  recordSignIn,
  userLockedUntil,
  userWithGrants,
} from "../people/repo.js";
import { sessions } from "./schema.js";
import type { Lang } from "../../../shared/errors.js";
import type { Role, ScopeKind } from "../../../shared/roles.js";

/** After this many failures in a row each attempt waits longer; at LOCK_AFTER the account locks for LOCK_MINUTES. */
export const SLOW_AFTER = 3;
export const LOCK_AFTER = 8;
export const LOCK_MINUTES = 15;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

/**
 * Checks e-mail and password, counts failures, locks after too many, and opens a server-side session. The attempt's
 * address and browser go into the audit row (the administrator's sign-in view).
 */
export async function login(
  ctx: Ctx,
  email: string,
  password: string,
  userAgent: string | null,
  ip: string | null = null,
): Promise<LoginResult> {
  const agent = userAgent ? userAgent.slice(0, 300) : null;
  const normalized = email.toLowerCase();
  const user = await findUserByEmail(ctx.db, normalized);
  if (!user) {
    await verifyPassword(await dummyHash(), password);
    throw appError("INVALID_CREDENTIALS");
  }
  const now = new Date();
  // Claim the attempt before checking the password, in one statement: parallel attempts each get their own number,
  // so no burst gets more than LOCK_AFTER password checks before the lock (a read-then-write count let 40 parallel
  // attempts overwrite each other's failures). A locked account claims nothing.
  const attempt = await claimSignInAttempt(ctx.db, user.id, now);
  if (attempt === null) {
    const until = (await userLockedUntil(ctx.db, user.id)) ?? new Date(now.getTime() + LOCK_MINUTES * 60000);
    throw appError("ACCOUNT_LOCKED", { minutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000)) });
  }
  if (attempt > LOCK_AFTER) {
    // Claimed past the limit while the lock was being written by a parallel attempt: no password check.
    await lockAccount(ctx, user.id, now);
    throw appError("ACCOUNT_LOCKED", { minutes: LOCK_MINUTES });
  }
  if (attempt - 1 >= SLOW_AFTER) {
    // Slow down guessing: 0.5 s more for each failure past the threshold, at most 3 s.
    await sleep(Math.min(3000, 500 * (attempt - SLOW_AFTER)));
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok) {
    const lock = attempt >= LOCK_AFTER;
    await ctx.db.transaction(async (tx) => {
      if (lock) await lockAccount(ctx, user.id, now, tx);
      await audit(tx, null, {
        action: lock ? "auth.locked" : "auth.failed",
        entity: "user",
        entityId: user.id,
        after: { failedLogins: attempt, userAgent: agent },
        ip,
      });
    });
    if (lock) throw appError("ACCOUNT_LOCKED", { minutes: LOCK_MINUTES });
    throw appError("INVALID_CREDENTIALS");
  }
  if (!user.active) throw appError("ACCOUNT_INACTIVE");
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sessions).values({ id: tokenHash(token), userId: user.id, csrfToken, expiresAt, userAgent });
    await recordSignIn(tx, user.id, now, { clearFailures: true });
    await audit(
      tx,
      { id: user.id, name: user.name },
      { action: "auth.login", entity: "user", entityId: user.id, after: { userAgent: agent }, ip },
    );
    // Housekeeping: expired sessions go.
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
  });
  return { token, csrfToken, expiresAt, userId: user.id };
}

/** Locks the account for LOCK_MINUTES and starts its count again (the lock itself now refuses attempts). */
async function lockAccount(ctx: Ctx, userId: string, now: Date, tx: Executor = ctx.db) {
  await lockUser(tx, userId, new Date(now.getTime() + LOCK_MINUTES * 60000));
}

/**
 * Opens a session for a user who proved who they are without a password (a delegation contact's registration
 * link), in the caller's transaction: the same server-side session and CSRF token as a sign-in.
 */
export async function openSessionTx(
  ctx: Ctx,
  tx: Executor,
  userId: string,
  userAgent: string | null,
): Promise<LoginResult> {
  const now = new Date();
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000);
  await tx.insert(sessions).values({ id: tokenHash(token), userId, csrfToken, expiresAt, userAgent });
  await recordSignIn(tx, userId, now, { clearFailures: false });
  return { token, csrfToken, expiresAt, userId };
}

/** Ends the session. */
export async function logout(ctx: Ctx, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, actor.sessionId));
    await audit(tx, actor, { action: "auth.logout", entity: "user", entityId: actor.id });
  });
}

/** Ends every session of a user (deactivated: they are signed out everywhere at once), in the caller's transaction. */
export async function endSessionsOfTx(tx: Executor, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

/** Resolves a session cookie to the actor, or null when the session is unknown, expired or the user inactive. */
export async function actorFromToken(ctx: Ctx, token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  const id = tokenHash(token);
  // Two queries per request (this runs before every API call): the session (auth's table), then its user with the
  // user's grants in one query (people's tables, through people's repo).
  const [session] = await ctx.db
    .select({ userId: sessions.userId, csrfToken: sessions.csrfToken })
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`)));
  if (!session) return null;
  const row = await userWithGrants(ctx.db, session.userId);
  if (!row || !row.user.active) return null;
  const gs = row.grants;
  return {
    csrfToken: session.csrfToken,
    actor: {
      id: row.user.id,
      name: row.user.name,
      email: row.user.email,
      language: row.user.language as Lang,
      sessionId: id,
      grants: gs.map((g) => ({ role: g.role as Role, scopeKind: g.scopeKind as ScopeKind, scopeId: g.scopeId })),
    },
  };
}
