import { and, eq, gt, lt, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { dummyHash, verifyPassword } from "../../auth/passwords.js";
import { newToken, tokenHash } from "../../auth/tokens.js";
import { audit } from "../audit/service.js";
import { findUserByEmail, recordSignIn, userWithGrants } from "../people/repo.js";
import { sessions, signinFailures } from "./schema.js";
import { authCaches } from "./cache.js";
import { invalidate, keys, type Notices } from "../../db/notify.js";

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  userId: string;
}

/** Rows older than this start their count again, and are removed by the housekeeping of a successful sign-in. */
const FAILURES_FORGOTTEN_MS = 24 * 3600_000;

/**
 * The pause after the `failures`-th wrong password from one address for one e-mail: none before `freeFailures`,
 * then the first pause (1 s), doubling with each further failure (2 s, 4 s …) up to `maxPauseSeconds`. The same rule
 * as the SQL in `claimAttempt`.
 */
export function pauseSeconds(failures: number, cfg: Ctx["config"]["signin"]): number {
  if (failures < cfg.freeFailures) return 0;
  return Math.min(cfg.maxPauseSeconds, cfg.firstPauseSeconds * 2 ** Math.min(failures - cfg.freeFailures, 30));
}

/**
 * Claims the next attempt number for (e-mail, address) in one statement, before any password is checked, and
 * writes the pause that follows it when it reaches the limit: parallel attempts each get their own number, and once
 * a pause is written they claim nothing until it has passed. Returns null while paused, with the seconds left.
 */
async function claimAttempt(
  ctx: Ctx,
  email: string,
  ip: string,
  now: Date,
): Promise<{ attempt: number; pausedFor: number } | { pausedLeft: number }> {
  const { freeFailures, firstPauseSeconds, maxPauseSeconds } = ctx.config.signin;
  const t = signinFailures;
  const stale = new Date(now.getTime() - FAILURES_FORGOTTEN_MS);
  const next = sql`(case when ${t.updatedAt} < ${stale} then 1 else ${t.failures} + 1 end)`;
  const pauseFor = (n: SQL) =>
    sql`(case when ${n} >= ${freeFailures}
      then ${now}::timestamptz + make_interval(secs => least(${maxPauseSeconds}, ${firstPauseSeconds} * power(2, least(${n} - ${freeFailures}, 30))))
      else null end)`;
  const claimed = await ctx.db
    .insert(t)
    .values({
      email,
      ip,
      failures: 1,
      pausedUntil: freeFailures <= 1 ? new Date(now.getTime() + pauseSeconds(1, ctx.config.signin) * 1000) : null,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [t.email, t.ip],
      set: { failures: next, pausedUntil: pauseFor(next), updatedAt: now },
      setWhere: sql`${t.pausedUntil} is null or ${t.pausedUntil} <= ${now}`,
    })
    .returning({ failures: t.failures });
  const attempt = claimed[0]?.failures;
  if (attempt !== undefined) return { attempt, pausedFor: pauseSeconds(attempt, ctx.config.signin) };
  const [row] = await ctx.db
    .select({ pausedUntil: t.pausedUntil })
    .from(t)
    .where(and(eq(t.email, email), eq(t.ip, ip)));
  const left = row?.pausedUntil ? Math.ceil((row.pausedUntil.getTime() - now.getTime()) / 1000) : 1;
  return { pausedLeft: Math.max(1, left) };
}

/**
 * Checks e-mail and password and opens a server-side session. Wrong passwords are counted per e-mail and client
 * address (`signin_failures`): after `SIGNIN_FREE_FAILURES` of them that address waits 1 s, 2 s, 4 s … before its
 * next try for that e-mail, while the owner elsewhere signs in as usual. An unknown e-mail is counted, paused and
 * answered exactly like an existing one, after the same password hashing. The attempt's address and browser go into
 * the audit row (the administrator's sign-in view).
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
  const address = ip ?? "unknown";
  const now = new Date();
  const claim = await claimAttempt(ctx, normalized, address, now);
  if ("pausedLeft" in claim) throw appError("SIGNIN_PAUSED", { seconds: claim.pausedLeft });
  const user = await findUserByEmail(ctx.db, normalized);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok) {
    if (user) {
      await audit(ctx.db, null, {
        action: claim.pausedFor ? "auth.locked" : "auth.failed",
        entity: "user",
        entityId: user.id,
        after: { failedLogins: claim.attempt, pauseSeconds: claim.pausedFor || null, userAgent: agent },
        ip,
      });
    }
    if (claim.pausedFor) throw appError("SIGNIN_PAUSED", { seconds: claim.pausedFor });
    throw appError("INVALID_CREDENTIALS");
  }
  // The right password: this address starts its count again for this e-mail.
  await ctx.db.delete(signinFailures).where(and(eq(signinFailures.email, normalized), eq(signinFailures.ip, address)));
  if (!user.active) throw appError("ACCOUNT_INACTIVE");
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sessions).values({ id: tokenHash(token), userId: user.id, csrfToken, expiresAt, userAgent });
    await recordSignIn(tx, user.id, now, { clearFailures: false });
    await audit(
      tx,
      { id: user.id, name: user.name },
      { action: "auth.login", entity: "user", entityId: user.id, after: { userAgent: agent }, ip },
    );
    // Housekeeping: expired sessions and forgotten failure counts go.
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
    await tx
      .delete(signinFailures)
      .where(lt(signinFailures.updatedAt, new Date(now.getTime() - FAILURES_FORGOTTEN_MS)));
  });
  return { token, csrfToken, expiresAt, userId: user.id };
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
    await invalidate(tx, keys.session(actor.sessionId), ctx.database.notices);
    await audit(tx, actor, { action: "auth.logout", entity: "user", entityId: actor.id });
  });
}

/** Ends every session of a user (deactivated: they are signed out everywhere at once), in the caller's transaction. */
export async function endSessionsOfTx(tx: Executor, userId: string, notices: Notices | null): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  // Every cached session of the user is tagged with the user.
  await invalidate(tx, keys.user(userId), notices);
}

/**
 * Resolves a session cookie to the actor, or null when the session is unknown, expired or the user inactive. This
 * runs before every API call: the session and its user are held in memory once read (`authCaches`, decision 027),
 * dropped by the invalidation notices of sign-out, session deletion and any change of the user or their grants, and
 * never served past the session's expiry.
 */
export async function actorFromToken(ctx: Ctx, token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  const id = tokenHash(token);
  const caches = authCaches(ctx.database.notices);
  const generation = caches.sessions.generation;
  let session = caches.sessions.get(id);
  if (!session) {
    const [row] = await ctx.db
      .select({ userId: sessions.userId, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`)));
    if (!row) return null;
    session = { userId: row.userId, csrfToken: row.csrfToken, expiresAt: row.expiresAt.getTime() };
    const tags = [keys.session(id), keys.user(row.userId)];
    caches.sessions.set(id, session, tags, generation, session.expiresAt);
  }
  if (session.expiresAt <= Date.now()) return null;
  let user = caches.users.get(session.userId);
  if (!user) {
    // The user with their grants in one query (people's tables, through people's repo).
    const row = await userWithGrants(ctx.db, session.userId);
    if (!row) return null;
    user = {
      id: row.user.id,
      name: row.user.name,
      email: row.user.email,
      language: row.user.language,
      active: row.user.active,
      grants: Object.freeze(row.grants.map((g) => ({ role: g.role, scopeKind: g.scopeKind, scopeId: g.scopeId }))),
    };
    caches.users.set(user.id, user, [keys.user(user.id)], generation);
  }
  if (!user.active) return null;
  return {
    csrfToken: session.csrfToken,
    actor: {
      id: user.id,
      name: user.name,
      email: user.email,
      language: user.language,
      sessionId: id,
      grants: [...user.grants],
    },
  };
}
