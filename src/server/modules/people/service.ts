import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { matchesWords } from "../../db/search.js";
import type { Db, Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { peoplePermissions, unitPermissions, userPermissions } from "./policy.js";
import { appError } from "../../http/errors.js";
import { MIN_PASSWORD_LENGTH, hashPassword } from "../../auth/passwords.js";
import { newToken, tokenHash } from "../../auth/tokens.js";
import { audit, registerAuditLabeler } from "../audit/service.js";
import { endSessionsOfTx } from "../auth/service.js";
import { invalidate, keys, type Notices } from "../../db/notify.js";
import { grants, invitations, units, users } from "./schema.js";
import { insertGrantTx, insertUserTx, userSearchText } from "./repo.js";
import { pickScopes, registeredScopeResolver, scopeResolver, registerScopeResolver } from "./scopes.js";
import { compareVi, compareViNames } from "../../../shared/text.js";
import type { Lang } from "../../../shared/errors.js";
import type { InviteInput, UserPatch } from "../../../shared/schemas/people.js";
import { navFor, roleScopes, unscopedKinds, type GrantView, type Role, type ScopeKind } from "../../../shared/roles.js";

// The trail's rows about a user (a sign-in, a grant) do not carry the name: read it.
registerAuditLabeler("user", async (db, ids) => {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!valid.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, valid));
  return new Map(rows.map((u) => [u.id, `${u.name} (${u.email})`]));
});

registerScopeResolver("unit", {
  async label(db, ids, lang) {
    if (!ids.length) return new Map();
    const rows = await db.select().from(units).where(inArray(units.id, ids));
    return new Map(rows.map((u) => [u.id, lang === "en" ? u.nameEn : u.nameVi]));
  },
  async exists(db, id) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
    return (await db.select({ id: units.id }).from(units).where(eq(units.id, id))).length > 0;
  },
  async search(db, q, lang, limit) {
    const rows = await db.select().from(units).where(eq(units.active, true));
    const name = (u: (typeof rows)[number]) => (lang === "en" ? u.nameEn : u.nameVi);
    const sorted = rows.sort((a, b) => compareVi(name(a), name(b)));
    return pickScopes(
      sorted.map((u) => ({ id: u.id, label: name(u), text: [u.nameVi, u.nameEn, u.code].join(" ") })),
      q,
      limit,
    );
  },
});

/** The leaders who approve, one scope id per approval step (seed 002). */
export const approvalSteps = {
  minister: { vi: "Bộ trưởng", en: "Minister" },
  deputy_minister: { vi: "Thứ trưởng", en: "Deputy Minister" },
  icd_director: { vi: "Vụ trưởng Vụ Hợp tác quốc tế", en: "Director General, ICD" },
  chief_of_office: { vi: "Chánh Văn phòng Bộ", en: "Chief of Office" },
} as const;

const approvalStepNames = new Map<string, { vi: string; en: string }>(Object.entries(approvalSteps));

registerScopeResolver("approval_step", {
  async label(_db, ids, lang) {
    return new Map(ids.map((id) => [id, approvalStepNames.get(id)?.[lang] ?? id]));
  },
  async exists(_db, id) {
    return id in approvalSteps;
  },
  async search(_db, q, lang, limit) {
    const steps = Object.entries(approvalSteps).map(([id, n]) => ({ id, label: n[lang], text: `${n.vi} ${n.en}` }));
    return pickScopes(steps, q, limit);
  },
});

const INVITATION_DAYS = 7;

export { userSearchText };

async function grantViews(db: Db, userIds: string[], lang: Lang): Promise<Map<string, GrantView[]>> {
  const out = new Map<string, GrantView[]>();
  if (!userIds.length) return out;
  const rows = await db.select().from(grants).where(inArray(grants.userId, userIds)).orderBy(asc(grants.createdAt));
  const byKind = new Map<string, string[]>();
  for (const g of rows) if (g.scopeId) byKind.set(g.scopeKind, [...(byKind.get(g.scopeKind) ?? []), g.scopeId]);
  const labels = new Map<string, string>();
  for (const [kind, ids] of byKind) {
    const r = scopeResolver(kind);
    if (!r) continue;
    for (const [id, label] of await r.label(db, [...new Set(ids)], lang)) labels.set(`${kind}:${id}`, label);
  }
  for (const g of rows) {
    const list = out.get(g.userId) ?? [];
    list.push({
      id: g.id,
      role: g.role,
      scopeKind: g.scopeKind,
      scopeId: g.scopeId,
      scopeLabel: g.scopeId ? (labels.get(`${g.scopeKind}:${g.scopeId}`) ?? g.scopeId) : null,
    });
    out.set(g.userId, list);
  }
  return out;
}

/** The signed-in user's profile, grants and the navigation areas those grants open. */
export async function getMe(ctx: Ctx, userId: string) {
  const [row] = await ctx.db
    .select({ user: users, unit: units })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  if (!row) throw appError("USER_NOT_FOUND");
  const lang = row.user.language;
  const gs = (await grantViews(ctx.db, [userId], lang)).get(userId) ?? [];
  return {
    id: row.user.id,
    email: row.user.email,
    name: row.user.name,
    title: row.user.title,
    language: lang,
    unit: row.unit ? { id: row.unit.id, nameVi: row.unit.nameVi, nameEn: row.unit.nameEn } : null,
    grants: gs,
    nav: navFor(gs),
  };
}

/** Changes the user's own preferences (language). */
export async function updateMe(ctx: Ctx, actor: Actor, patch: { language: Lang }) {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ language: users.language }).from(users).where(eq(users.id, actor.id));
    await tx.update(users).set({ language: patch.language, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await invalidate(tx, keys.user(actor.id), ctx.database.notices);
    await audit(tx, actor, { action: "user.preferences", entity: "user", entityId: actor.id, before, after: patch });
  });
}

export interface UserListQuery {
  q?: string;
  unitId?: string;
  includeInactive?: boolean;
  /** Paging over the list in name order: skip `offset` users, return at most `limit` (at most `USER_PAGE_MAX`). */
  offset?: number;
  limit?: number;
}

/** The most users one page of the list holds (and the default page size). */
export const USER_PAGE_MAX = 500;

/**
 * Lists users for the administration page (administrators and ICD officers), sorted by Vietnamese name order, one
 * page at a time; `total` counts every user the filter matches, so nobody beyond a page is silently out of reach.
 */
export async function listUsers(ctx: Ctx, actor: Actor, query: UserListQuery) {
  ensure(peoplePermissions(actor).list);
  const where = [];
  const search = matchesWords(users.searchText, query.q);
  if (search) where.push(search);
  if (query.unitId) where.push(eq(users.unitId, query.unitId));
  if (!query.includeInactive) where.push(eq(users.active, true));
  // Name order is Vietnamese (given name first), which SQL cannot sort by: order the matching names here, then load
  // the page's rows.
  const matching = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(where.length ? and(...where) : undefined);
  matching.sort((a, b) => compareViNames(a.name, b.name) || a.email.localeCompare(b.email));
  const offset = query.offset ?? 0;
  const limit = Math.min(query.limit ?? USER_PAGE_MAX, USER_PAGE_MAX);
  const pageIds = matching.slice(offset, offset + limit).map((r) => r.id);
  const rows = pageIds.length
    ? await ctx.db
        .select({ user: users, unit: units })
        .from(users)
        .leftJoin(units, eq(units.id, users.unitId))
        .where(inArray(users.id, pageIds))
    : [];
  const byId = new Map(rows.map((r) => [r.user.id, r]));
  const gs = await grantViews(ctx.db, pageIds, actor.language);
  const page = pageIds.flatMap((id) => {
    const r = byId.get(id);
    return r ? [presentUser(r.user, r.unit, gs.get(id) ?? [])] : [];
  });
  return { users: page, total: matching.length };
}

type UserRow = typeof users.$inferSelect;
type UnitRow = typeof units.$inferSelect;

function presentUser(u: UserRow, unit: UnitRow | null, gs: GrantView[]) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    title: u.title,
    organisation: u.organisation,
    language: u.language,
    active: u.active,
    external: u.external,
    locked: !!u.lockedUntil && u.lockedUntil > new Date(),
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    invited: !u.passwordHash,
    version: u.version,
    unit: unit ? { id: unit.id, nameVi: unit.nameVi, nameEn: unit.nameEn } : null,
    grants: gs,
  };
}

export async function getUser(ctx: Ctx, actor: Actor, id: string) {
  ensure(userPermissions(actor, id).read);
  const [row] = await ctx.db
    .select({ user: users, unit: units })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  if (!row) throw appError("USER_NOT_FOUND");
  const gs = await grantViews(ctx.db, [id], actor.language);
  return presentUser(row.user, row.unit, gs.get(id) ?? []);
}

export type { InviteInput };

async function checkGrant(db: Db, role: Role, scopeId: string | null | undefined) {
  const kind = roleScopes[role];
  if (unscopedKinds.includes(kind)) {
    if (scopeId) throw appError("INVALID_SCOPE", { role, scopeKind: kind });
    return { scopeKind: kind, scopeId: null };
  }
  if (!scopeId) throw appError("INVALID_SCOPE", { role, scopeKind: kind });
  const r = scopeResolver(kind);
  if (r && !(await r.exists(db, scopeId))) throw appError("INVALID_SCOPE", { role, scopeKind: kind });
  return { scopeKind: kind, scopeId };
}

/**
 * Creates a user without a password and sends an invitation link that lets them set one.
 * Returns the user and, for the caller's records, the link (it is also in the outbox).
 */
export async function inviteUser(ctx: Ctx, actor: Actor, input: InviteInput) {
  ensure(peoplePermissions(actor).manage);
  const email = input.email.toLowerCase();
  const token = newToken();
  const id = crypto.randomUUID();
  const link = `${ctx.config.publicUrl}/invitation/${token}`;
  if (input.unitId && !(await registeredScopeResolver("unit").exists(ctx.db, input.unitId)))
    throw appError("UNIT_NOT_FOUND");
  const checked: { role: Role; scopeKind: ScopeKind; scopeId: string | null }[] = [];
  for (const g of input.grants ?? []) checked.push({ role: g.role, ...(await checkGrant(ctx.db, g.role, g.scopeId)) });
  const mailIds = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) throw appError("EMAIL_TAKEN", { email });
    const row = {
      id,
      email,
      name: input.name,
      title: input.title ?? null,
      unitId: input.unitId ?? null,
      organisation: input.organisation ?? null,
      language: input.language,
      external: input.external ?? false,
    };
    await insertUserTx(tx, row);
    for (const g of checked) await insertGrantTx(tx, { userId: id, ...g });
    await audit(tx, actor, { action: "user.invite", entity: "user", entityId: id, after: { ...row, grants: checked } });
    return [await issueInvitationTx(ctx, tx, { id, email, name: input.name, language: input.language }, token)];
  });
  await ctx.mailer.deliver(ctx.db, mailIds);
  return { user: await getUser(ctx, actor, id), link };
}

/**
 * Writes an invitation for a user who has no password yet and queues its e-mail, in the caller's transaction (the
 * caller audits and has checked its own permission): the one way every module invites. Returns the message's id;
 * deliver it with `ctx.mailer.deliver` after the commit.
 */
export async function issueInvitationTx(
  ctx: Ctx,
  tx: Executor,
  user: { id: string; email: string; name: string; language: Lang },
  token: string = newToken(),
): Promise<string> {
  const link = `${ctx.config.publicUrl}/invitation/${token}`;
  await tx.insert(invitations).values({
    id: crypto.randomUUID(),
    userId: user.id,
    tokenHash: tokenHash(token),
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
  });
  return ctx.mailer.enqueue(tx, {
    to: user.email,
    topic: "invitation",
    refId: user.id,
    link,
    ...invitationMail(user.language, user.name, link),
  });
}

/**
 * For modules that bring outside people into Focal (the organising committee, issue 13): the person with this e-mail
 * (created without a password when missing, audited as an invitation) and their grant of `role` in `scopeId`, in the
 * caller's transaction; the caller has checked its own permission. Says whether they still need an invitation (no
 * password yet) and refuses an inactive account.
 */
export async function ensureScopedAccountTx(
  tx: Executor,
  actor: Pick<Actor, "id" | "name">,
  input: {
    email: string;
    name: string;
    language: Lang;
    title?: string | null;
    organisation?: string | null;
    role: Role;
    scopeId: string;
  },
  notices: Notices | null = null,
): Promise<
  | { userId: string; name: string; registered: boolean; created: boolean; grantCreated: boolean }
  | { refused: "inactive" }
> {
  const email = input.email.toLowerCase();
  const [found] = await tx
    .select({ id: users.id, name: users.name, active: users.active, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  if (found && !found.active) return { refused: "inactive" };
  let u = found ? { id: found.id, name: found.name, registered: !!found.passwordHash } : null;
  if (!u) {
    const row = {
      id: crypto.randomUUID(),
      email,
      name: input.name,
      title: input.title ?? null,
      organisation: input.organisation ?? null,
      language: input.language,
      external: true,
    };
    await insertUserTx(tx, row);
    await audit(tx, actor, { action: "user.invite", entity: "user", entityId: row.id, after: row });
    u = { id: row.id, name: row.name, registered: false };
  }
  const scopeKind = roleScopes[input.role];
  const [existing] = await tx
    .select({ id: grants.id })
    .from(grants)
    .where(and(eq(grants.userId, u.id), eq(grants.role, input.role), eq(grants.scopeId, input.scopeId)));
  if (!existing) {
    const grant = { id: crypto.randomUUID(), userId: u.id, role: input.role, scopeKind, scopeId: input.scopeId };
    await insertGrantTx(tx, grant, notices);
    await audit(tx, actor, { action: "grant.add", entity: "user", entityId: u.id, after: grant });
  }
  return { userId: u.id, name: u.name, registered: u.registered, created: !found, grantCreated: !existing };
}

/** The invitation e-mail in the invited person's language. */
function invitationMail(language: Lang, name: string, link: string): { subject: string; text: string } {
  return language === "en"
    ? {
        subject: "Your Focal account",
        text: `Dear ${name},\n\nAn account has been created for you in Focal, the international cooperation desk.\nSet your password within ${INVITATION_DAYS} days at:\n${link}\n`,
      }
    : {
        subject: "Tài khoản Focal của bạn",
        text: `Kính gửi ${name},\n\nTài khoản của Anh/Chị trên Focal — hệ thống quản lý hợp tác quốc tế — đã được tạo.\nVui lòng đặt mật khẩu trong vòng ${INVITATION_DAYS} ngày tại:\n${link}\n`,
      };
}

/**
 * Withdraws a user's open invitations (administrator, from the mail outbox): their links stop working. Returns how
 * many were open. Runs in the caller's transaction, with its audit row.
 */
export async function revokeInvitationsTx(tx: Executor, actor: Actor, userId: string): Promise<number> {
  ensure(userPermissions(actor, userId).manage);
  const now = new Date();
  const closed = await tx
    .update(invitations)
    .set({ expiresAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt), gt(invitations.expiresAt, now)))
    .returning({ id: invitations.id });
  if (closed.length) {
    await audit(tx, actor, { action: "user.invitation_revoke", entity: "user", entityId: userId });
  }
  return closed.length;
}

/**
 * Sends a user who has not yet set a password a fresh invitation link (administrator, from the mail outbox); the
 * earlier links stop working. Returns the new message's id and the link.
 */
export async function reissueInvitation(ctx: Ctx, actor: Actor, userId: string) {
  ensure(userPermissions(actor, userId).manage);
  const token = newToken();
  const link = `${ctx.config.publicUrl}/invitation/${token}`;
  const mailId = await ctx.db.transaction(async (tx) => {
    const [u] = await tx.select().from(users).where(eq(users.id, userId));
    if (!u) throw appError("USER_NOT_FOUND");
    if (u.passwordHash || !u.active) throw appError("INVITATION_NOT_RESENDABLE");
    await revokeInvitationsTx(tx, actor, userId);
    await audit(tx, actor, { action: "user.invitation_resend", entity: "user", entityId: userId });
    return issueInvitationTx(ctx, tx, u, token);
  });
  await ctx.mailer.deliver(ctx.db, [mailId]);
  return { mailId, link };
}

/** Sets the password of an invited user; the link works once and only until it expires. */
export async function acceptInvitation(ctx: Ctx, token: string, password: string) {
  if (password.length < MIN_PASSWORD_LENGTH) throw appError("PASSWORD_TOO_SHORT", { min: MIN_PASSWORD_LENGTH });
  const [inv] = await ctx.db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash(token)));
  if (!inv || inv.usedAt || inv.expiresAt < new Date()) throw appError("INVITATION_INVALID");
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const used = await tx
      .update(invitations)
      .set({ usedAt: new Date() })
      .where(and(eq(invitations.id, inv.id), sql`${invitations.usedAt} is null`))
      .returning({ id: invitations.id });
    if (!used.length) throw appError("INVITATION_INVALID");
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, inv.userId));
    await audit(
      tx,
      { id: inv.userId, name: "invitation" },
      { action: "user.password_set", entity: "user", entityId: inv.userId },
    );
  });
}

export type { UserPatch };

/** Edits a user. The caller sends the version they read; a stale version gets 409 and changes nothing. */
export async function updateUser(ctx: Ctx, actor: Actor, id: string, patch: UserPatch) {
  ensure(peoplePermissions(actor).manage);
  if (patch.active === false && id === actor.id) throw appError("CANNOT_DEACTIVATE_SELF");
  if (patch.unitId && !(await registeredScopeResolver("unit").exists(ctx.db, patch.unitId)))
    throw appError("UNIT_NOT_FOUND");
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    if (!before) throw appError("USER_NOT_FOUND");
    const { version, ...changes } = patch;
    const next = { ...before, ...changes };
    const updated = await tx
      .update(users)
      .set({
        ...changes,
        searchText: userSearchText(next),
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    // Name, e-mail, language, unit, active: what a cached session or /api/me answer says of the user.
    await invalidate(tx, keys.user(id), ctx.database.notices);
    if (patch.active === false) await endSessionsOfTx(tx, id, ctx.database.notices);
    await audit(tx, actor, {
      action: patch.active === false ? "user.deactivate" : patch.active === true ? "user.activate" : "user.update",
      entity: "user",
      entityId: id,
      before,
      after: updated[0],
    });
  });
  return getUser(ctx, actor, id);
}

/** Grants a role in a scope. Only administrators grant roles. */
export async function addGrant(ctx: Ctx, actor: Actor, userId: string, role: Role, scopeId: string | null | undefined) {
  ensure(peoplePermissions(actor).manage);
  const checked = await checkGrant(ctx.db, role, scopeId);
  await ctx.db.transaction(async (tx) => {
    const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!u) throw appError("USER_NOT_FOUND");
    const dup = await tx
      .select({ id: grants.id })
      .from(grants)
      .where(
        and(
          eq(grants.userId, userId),
          eq(grants.role, role),
          sql`coalesce(${grants.scopeId}, '') = ${checked.scopeId ?? ""}`,
        ),
      );
    if (dup.length) throw appError("GRANT_EXISTS");
    const row = { id: crypto.randomUUID(), userId, role, ...checked };
    await insertGrantTx(tx, row, ctx.database.notices);
    await audit(tx, actor, { action: "grant.add", entity: "user", entityId: userId, after: row });
  });
  return getUser(ctx, actor, userId);
}

/** Revokes a grant. */
export async function removeGrant(ctx: Ctx, actor: Actor, userId: string, grantId: string) {
  ensure(peoplePermissions(actor).manage);
  await ctx.db.transaction(async (tx) => {
    const [g] = await tx
      .select()
      .from(grants)
      .where(and(eq(grants.id, grantId), eq(grants.userId, userId)));
    if (!g) throw appError("NOT_FOUND");
    await tx.delete(grants).where(eq(grants.id, grantId));
    await invalidate(tx, keys.user(userId), ctx.database.notices);
    await audit(tx, actor, { action: "grant.remove", entity: "user", entityId: userId, before: g });
  });
  return getUser(ctx, actor, userId);
}

export type ContactRefusal = "ministry_account" | "inactive";

/**
 * Why an e-mail may not be signed in by a delegation's registration link, or null when it may: a ministry
 * (non-external) account, or one holding any role besides `delegation_contact`, never gets a password-less link.
 */
export async function contactAccountRefusal(db: Executor, email: string): Promise<ContactRefusal | null> {
  const [u] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  if (!u) return null;
  if (!u.active) return "inactive";
  if (!u.external) return "ministry_account";
  const gs = await db.select({ role: grants.role }).from(grants).where(eq(grants.userId, u.id));
  return gs.some((g) => g.role !== "delegation_contact") ? "ministry_account" : null;
}

/**
 * For registration links: the external person with this e-mail (created without a password when missing) and
 * their `delegation_contact` grant on the delegation, in the caller's transaction. Returns the grant's id when it
 * was created here (so revoking the link can take it back), or the refusal.
 */
export async function ensureDelegationContactTx(
  tx: Executor,
  actor: Pick<Actor, "id" | "name"> | null,
  input: { email: string; name: string; language: Lang; organisation?: string | null; delegationId: string },
  notices: Notices | null = null,
): Promise<{ userId: string; createdGrantId: string | null } | { refused: ContactRefusal }> {
  const email = input.email.toLowerCase();
  const refusal = await contactAccountRefusal(tx, email);
  if (refusal) return { refused: refusal };
  let [u] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) {
    const row = {
      id: crypto.randomUUID(),
      email,
      name: input.name,
      organisation: input.organisation ?? null,
      language: input.language,
      external: true,
    };
    await insertUserTx(tx, row);
    await audit(tx, actor, { action: "user.create_contact", entity: "user", entityId: row.id, after: row });
    u = { id: row.id };
  }
  const [existing] = await tx
    .select({ id: grants.id })
    .from(grants)
    .where(and(eq(grants.userId, u.id), eq(grants.role, "delegation_contact"), eq(grants.scopeId, input.delegationId)));
  if (existing) return { userId: u.id, createdGrantId: null };
  const grant = {
    id: crypto.randomUUID(),
    userId: u.id,
    role: "delegation_contact" as const,
    scopeKind: "delegation" as const,
    scopeId: input.delegationId,
  };
  await insertGrantTx(tx, grant, notices);
  await audit(tx, actor, { action: "grant.add", entity: "user", entityId: u.id, after: grant });
  return { userId: u.id, createdGrantId: grant.id };
}

/** Takes back one grant in the caller's transaction (no permission check: the caller has checked). */
export async function removeGrantTx(
  tx: Executor,
  actor: Pick<Actor, "id" | "name">,
  grantId: string,
  notices: Notices | null,
): Promise<void> {
  const [g] = await tx.select().from(grants).where(eq(grants.id, grantId));
  if (!g) return;
  await tx.delete(grants).where(eq(grants.id, grantId));
  await invalidate(tx, keys.user(g.userId), notices);
  await audit(tx, actor, { action: "grant.remove", entity: "user", entityId: g.userId, before: g });
}

/** The unit tree, visible to every signed-in user (it is the ministry's public organisation chart). */
export async function listUnits(ctx: Ctx) {
  const rows = await ctx.db.select().from(units);
  return rows
    .map((u) => ({
      id: u.id,
      parentId: u.parentId,
      code: u.code,
      nameVi: u.nameVi,
      nameEn: u.nameEn,
      kind: u.kind,
      active: u.active,
      version: u.version,
    }))
    .sort((a, b) => compareVi(a.nameVi, b.nameVi));
}

/** A unit's people: administrators, the ICD, and that unit's own officers only. */
export async function listUnitMembers(ctx: Ctx, actor: Actor, unitId: string) {
  const exists = await registeredScopeResolver("unit").exists(ctx.db, unitId);
  if (!exists) throw appError("UNIT_NOT_FOUND");
  ensure(unitPermissions(actor, unitId).readMembers);
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.active, true)));
  return rows
    .map((u) => ({ id: u.id, name: u.name, title: u.title, email: u.email }))
    .sort((a, b) => compareViNames(a.name, b.name));
}

/**
 * The active people who hold `role` (in `scopeId` when given): whom another module writes to — the ICD about a
 * submitted report, an agency's reporters about its review. No permission check: the caller sends them mail, it
 * shows them to nobody.
 */
export async function activeHoldersOf(
  db: Executor,
  role: Role,
  scopeId?: string,
): Promise<{ email: string; name: string; language: Lang }[]> {
  const rows = await db
    .selectDistinct({ email: users.email, name: users.name, language: users.language })
    .from(users)
    .innerJoin(grants, eq(grants.userId, users.id))
    .where(
      and(
        eq(grants.role, role),
        eq(users.active, true),
        scopeId === undefined ? undefined : eq(grants.scopeId, scopeId),
      ),
    );
  return rows
    .map((r) => ({ ...r, language: r.language === "en" ? ("en" as const) : ("vi" as const) }))
    .sort((a, b) => a.email.localeCompare(b.email));
}
