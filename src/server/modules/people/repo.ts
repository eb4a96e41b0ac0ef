/**
 * The people module's tables as other modules and the seeds reach them (a module owns its tables:
 * docs/decisions/015-modules-own-their-tables.md). No permission check here: the caller has checked, or is the
 * sign-in itself. Every insert goes through these functions — the service's too — so a derived column
 * (`search_text`) is computed in one place and a seeded row is found exactly like one made through the API.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { returnedRow } from "../../db/rows.js";
import { invalidate, keys, type Notices } from "../../db/notify.js";
import { fold } from "../../../shared/text.js";
import type { Role, ScopeKind } from "../../../shared/roles.js";
import type { Lang } from "../../../shared/errors.js";
import { grants, invitations, units, users } from "./schema.js";

export type UserRow = typeof users.$inferSelect;
export type UnitRow = typeof units.$inferSelect;
export type GrantRow = typeof grants.$inferSelect;

/** What a user is found by in lists and pickers. */
export function userSearchText(u: { name: string; email: string; title?: string | null }): string {
  return fold([u.name, u.email, u.title ?? ""].join(" "));
}

/** What a unit is found by. */
export function unitSearchText(u: { nameVi: string; nameEn: string; code: string }): string {
  return fold(`${u.nameVi} ${u.nameEn} ${u.code}`);
}

/** Inserts a user (the e-mail as given: callers lower-case it), its search text computed here. */
export async function insertUserTx(tx: Executor, row: Omit<typeof users.$inferInsert, "searchText">): Promise<UserRow> {
  const created = await tx
    .insert(users)
    .values({ ...row, searchText: userSearchText(row) })
    .returning();
  return returnedRow(created, "insert into users");
}

/**
 * Inserts a grant (checked by the caller: the scope exists, the role fits it). The user's cached sessions and
 * answers are dropped in every process when the transaction commits; `notices` (`ctx.database.notices`) makes it
 * so in this process at once.
 */
export async function insertGrantTx(
  tx: Executor,
  g: { id?: string; userId: string; role: Role; scopeKind: ScopeKind; scopeId: string | null },
  notices: Notices | null = null,
): Promise<GrantRow> {
  const created = await tx
    .insert(grants)
    .values({ ...g, id: g.id ?? crypto.randomUUID() })
    .returning();
  await invalidate(tx, keys.user(g.userId), notices);
  return returnedRow(created, "insert into grants");
}

/** Inserts a unit, its search text computed here. */
export async function insertUnitTx(tx: Executor, row: Omit<typeof units.$inferInsert, "searchText">): Promise<UnitRow> {
  const created = await tx
    .insert(units)
    .values({ ...row, searchText: unitSearchText(row) })
    .returning();
  return returnedRow(created, "insert into units");
}

/** The user with this e-mail (compared lower-cased), or null. */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const [u] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return u ?? null;
}

// ---------------------------------------------------------------- sign-in (the auth module)

/** Stamps a successful sign-in; a password sign-in also clears the failures and any lock. */
export async function recordSignIn(
  db: Executor,
  userId: string,
  now: Date,
  opts: { clearFailures: boolean },
): Promise<void> {
  await db
    .update(users)
    .set(opts.clearFailures ? { failedLogins: 0, lockedUntil: null, lastLoginAt: now } : { lastLoginAt: now })
    .where(eq(users.id, userId));
}

/** A user with their grants, read in one query (the session hook runs it before every API call). */
/** A grant's role and scope, as the `grants` table types them. */
type GrantKey = Pick<typeof grants.$inferSelect, "role" | "scopeKind" | "scopeId">;

export async function userWithGrants(
  db: Executor,
  userId: string,
): Promise<{ user: UserRow; grants: GrantKey[] } | null> {
  const [row] = await db
    .select({
      user: users,
      grants: sql<GrantKey[]>`coalesce((
        select json_agg(json_build_object('role', g.role, 'scopeKind', g.scope_kind, 'scopeId', g.scope_id))
        from ${grants} g where g.user_id = ${userId}), '[]'::json)`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/**
 * Where the invitations of these users stand (the mail outbox shows it beside an invitation message): whether the
 * user has set a password (the invitation was used), is active, and holds an invitation that still works at `now`.
 */
export async function invitationStates(
  db: Executor,
  userIds: string[],
  now: Date,
): Promise<Map<string, { registered: boolean; active: boolean; working: boolean }>> {
  const out = new Map<string, { registered: boolean; active: boolean; working: boolean }>();
  if (!userIds.length) return out;
  const us = await db
    .select({ id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(inArray(users.id, userIds));
  const open = await db.select().from(invitations).where(inArray(invitations.userId, userIds));
  for (const u of us) {
    const working = open.some((i) => i.userId === u.id && !i.usedAt && i.expiresAt > now);
    out.set(u.id, { registered: !!u.passwordHash, active: u.active, working });
  }
  return out;
}

/** Units by id (the cooperation register names an activity's unit and its members' units). */
export async function unitsByIds(db: Executor, ids: string[]): Promise<Map<string, UnitRow>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select().from(units).where(inArray(units.id, unique));
  return new Map(rows.map((u) => [u.id, u]));
}

/** Every unit, for pickers and seeds. */
export async function allUnits(db: Executor): Promise<UnitRow[]> {
  return db.select().from(units);
}

/** People's names by id (who decided, who uploaded). */
export async function userNamesByIds(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** Active people by id with their address and language (the committee mails the members a comment mentions). */
export async function activeUsersByIds(
  db: Executor,
  ids: string[],
): Promise<{ id: string; email: string; name: string; language: Lang }[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, language: users.language })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.active, true)));
  return rows.map((r) => ({ ...r, language: r.language === "en" ? ("en" as const) : ("vi" as const) }));
}
