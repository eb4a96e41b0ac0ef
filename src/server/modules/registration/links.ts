/**
 * Personal registration links: the host invites a delegation's contact by e-mail; opening the link signs the contact
 * in (no password) as an external user holding `delegation_contact` on that delegation only.
 */
import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { newToken, tokenHash } from "../../auth/tokens.js";
import { audit } from "../audit/service.js";
import { openSessionTx } from "../auth/service.js";
import { contactAccountRefusal, ensureDelegationContactTx, removeGrantTx } from "../people/service.js";
import { mailByIds } from "../mail/repo.js";
import { redactLinks } from "../../mail/mailer.js";
import { getMeetingRow } from "../meetings/service.js";
import { listDelegations } from "../meetings/delegates.js";
import { requireMeeting, type MeetingRow } from "../meetings/policy.js";
import type { Lang } from "../../../shared/errors.js";
import { deadlineText, requireRegistration } from "./policy.js";
import { registrationErrors } from "./errors.js";
import { registrationLinks, registrationProposals, registrationVersions } from "./schema.js";
import { getDelegationRow, type DelegationRow } from "../meetings/repo.js";
import { formatDayLong } from "../../../shared/dates.js";

export const LINK_DEFAULT_DAYS = 30;
export const LINK_MAX_DAYS = 120;

type LinkRow = typeof registrationLinks.$inferSelect;
export type LinkStatus = "active" | "expired" | "revoked";

export function linkStatus(l: Pick<LinkRow, "revokedAt" | "expiresAt">, now = new Date()): LinkStatus {
  if (l.revokedAt) return "revoked";
  return l.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** Links with their e-mail as the outbox holds it (so the host can read or pass on the link without SMTP). */
async function presentLinks(db: Executor, rows: LinkRow[]) {
  const mailIds = rows.map((r) => r.mailId).filter((x): x is string => !!x);
  const mails = await mailByIds(db, mailIds);
  const byId = new Map(mails.map((m) => [m.id, m]));
  return rows.map((l) => {
    const m = l.mailId ? byId.get(l.mailId) : undefined;
    return {
      id: l.id,
      delegationId: l.delegationId,
      email: l.email,
      name: l.name,
      language: l.language,
      status: linkStatus(l),
      expiresAt: l.expiresAt.toISOString(),
      revokedAt: l.revokedAt?.toISOString() ?? null,
      createdAt: l.createdAt.toISOString(),
      createdByName: l.createdByName,
      openCount: l.openCount,
      lastOpenedAt: l.lastOpenedAt?.toISOString() ?? null,
      mail: m
        ? {
            status: m.status,
            subject: m.subject,
            text: redactLinks(m.text, "…"),
            sentAt: m.sentAt?.toISOString() ?? null,
            error: m.error,
          }
        : null,
      version: l.version,
    };
  });
}

/** One link as `presentLinks` shows it, read again after a change (404 if it went meanwhile). */
async function presentLink(db: Executor, linkId: string) {
  const [row] = await db.select().from(registrationLinks).where(eq(registrationLinks.id, linkId));
  if (!row) throw registrationErrors.LINK_NOT_FOUND();
  const [link] = await presentLinks(db, [row]);
  if (!link) throw registrationErrors.LINK_NOT_FOUND();
  return link;
}

/** The links sent for one delegation, newest first (host). */
export async function listLinks(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.manage);
  const rows = await ctx.db
    .select()
    .from(registrationLinks)
    .where(eq(registrationLinks.delegationId, delegationId))
    .orderBy(desc(registrationLinks.createdAt));
  return presentLinks(ctx.db, rows);
}

function invitationMail(
  lang: Lang,
  p: { name: string; meeting: MeetingRow; delegation: string; url: string; expires: Date },
): { subject: string; text: string } {
  const m = p.meeting;
  const expires = formatDayLong(lang, p.expires.toISOString().slice(0, 10));
  const deadline = m.registrationDeadline ? deadlineText(m, lang) : null;
  if (lang === "vi") {
    return {
      subject: `${m.code}: đăng ký đoàn ${p.delegation}`,
      text:
        `Kính gửi ${p.name},\n\n` +
        `Nước chủ nhà trân trọng mời Anh/Chị đăng ký danh sách đoàn ${p.delegation} tham dự ${m.titleVi} ` +
        `(${formatDayLong("vi", m.startDate)} – ${formatDayLong("vi", m.endDate)}, ${m.cityVi}).\n\n` +
        `Mở liên kết cá nhân dưới đây để vào và cập nhật danh sách đoàn (không cần mật khẩu):\n${p.url}\n\n` +
        `Liên kết dành riêng cho Anh/Chị, vui lòng không chuyển tiếp. Liên kết có hiệu lực đến ngày ${expires}.\n` +
        (deadline ? `Hạn đăng ký: ${deadline}.\n` : ""),
    };
  }
  return {
    subject: `${m.code}: registration of the delegation of ${p.delegation}`,
    text:
      `Dear ${p.name},\n\n` +
      `The host invites you to register the delegation of ${p.delegation} for the ${m.titleEn} ` +
      `(${formatDayLong("en", m.startDate)} – ${formatDayLong("en", m.endDate)}, ${m.cityEn}).\n\n` +
      `Open your personal link to enter and update your delegation's list (no password is needed):\n${p.url}\n\n` +
      `The link is for you only; please do not forward it. It works until ${expires}.\n` +
      (deadline ? `Registration deadline: ${deadline}.\n` : ""),
  };
}

export interface LinkInput {
  email?: string | null;
  name?: string | null;
  language?: Lang;
  days?: number;
}

/**
 * Sends a delegation's contact a personal registration link (host). The e-mail and name default to the delegation's
 * contact. An earlier active link to the same address is withdrawn: one person, one working link.
 */
export async function createLink(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, input: LinkInput) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.manage);
  return issueLink(ctx, actor, a, input);
}

/** Creates and sends a link; the caller has checked that the actor may (the host, or the administrator resending). */
async function issueLink(
  ctx: Ctx,
  actor: Actor,
  a: { meeting: MeetingRow; delegation: DelegationRow },
  input: LinkInput,
) {
  const meetingId = a.meeting.id;
  const delegationId = a.delegation.id;
  const email = (input.email || a.delegation.contactEmail || "").trim().toLowerCase();
  if (!email) throw registrationErrors.CONTACT_EMAIL_MISSING();
  const refusal = await contactAccountRefusal(ctx.db, email);
  if (refusal === "ministry_account") throw registrationErrors.EMAIL_IS_MINISTRY_ACCOUNT({ email });
  if (refusal === "inactive") throw appError("ACCOUNT_INACTIVE");
  const name = (input.name || a.delegation.contactName || email).trim();
  const language: Lang = input.language ?? "en";
  const days = input.days ?? LINK_DEFAULT_DAYS;
  const token = newToken();
  // The token travels in the fragment, which browsers never send to a server, so it stays out of access logs.
  const url = `${ctx.config.publicUrl}/register/link#${token}`;
  const expiresAt = new Date(Date.now() + days * 86400_000);
  const id = crypto.randomUUID();
  const delegationName = language === "vi" ? a.delegation.nameVi : a.delegation.nameEn;
  const mailId = await ctx.db.transaction(async (tx) => {
    const now = new Date();
    const earlier = await tx
      .select()
      .from(registrationLinks)
      .where(
        and(
          eq(registrationLinks.delegationId, delegationId),
          eq(registrationLinks.email, email),
          isNull(registrationLinks.revokedAt),
          gt(registrationLinks.expiresAt, now),
        ),
      );
    // The grant an earlier link created moves to the new one, so revoking the new link still takes it back.
    const carriedGrant = earlier.find((l) => l.grantId)?.grantId ?? null;
    for (const l of earlier) {
      await tx
        .update(registrationLinks)
        .set({ revokedAt: now, revokedBy: actor.id, grantId: null, version: sql`${registrationLinks.version} + 1` })
        .where(eq(registrationLinks.id, l.id));
      await audit(tx, actor, { action: "registration.link_superseded", entity: "registration_link", entityId: l.id });
    }
    const mail = invitationMail(language, {
      name,
      meeting: a.meeting,
      delegation: delegationName,
      url,
      expires: expiresAt,
    });
    const mailId = await ctx.mailer.enqueue(tx, {
      to: email,
      topic: "registration_link",
      refId: id,
      subject: mail.subject,
      text: mail.text,
      link: url,
    });
    const row = {
      id,
      meetingId,
      delegationId,
      email,
      name,
      language,
      tokenHash: tokenHash(token),
      expiresAt,
      grantId: carriedGrant,
      mailId,
      createdBy: actor.id,
      createdByName: actor.name,
    };
    await tx.insert(registrationLinks).values(row);
    await audit(tx, actor, {
      action: "registration.link_create",
      entity: "registration_link",
      entityId: id,
      after: { ...row, tokenHash: undefined },
    });
    return mailId;
  });
  await ctx.mailer.deliver(ctx.db, [mailId]);
  return { link: await presentLink(ctx.db, id), url };
}

/** Withdraws a link (host): it stops opening, and the contact grant it gave is taken back. */
export async function revokeLink(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  linkId: string,
  version: number,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.manage);
  return withdrawLink(ctx, actor, delegationId, linkId, version);
}

/** Withdraws a link; the caller has checked that the actor may (the host, or the administrator from the outbox). */
async function withdrawLink(ctx: Ctx, actor: Actor, delegationId: string, linkId: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const [l] = await tx
      .select()
      .from(registrationLinks)
      .where(and(eq(registrationLinks.id, linkId), eq(registrationLinks.delegationId, delegationId)));
    if (!l) throw registrationErrors.LINK_NOT_FOUND();
    if (linkStatus(l) !== "active") throw registrationErrors.LINK_NOT_ACTIVE();
    const done = await tx
      .update(registrationLinks)
      .set({
        revokedAt: new Date(),
        revokedBy: actor.id,
        grantId: null,
        version: sql`${registrationLinks.version} + 1`,
      })
      .where(and(eq(registrationLinks.id, linkId), eq(registrationLinks.version, version)))
      .returning({ id: registrationLinks.id });
    if (!done.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: l.version });
    if (l.grantId) await removeGrantTx(tx, actor, l.grantId, ctx.database.notices);
    await audit(tx, actor, {
      action: "registration.link_revoke",
      entity: "registration_link",
      entityId: linkId,
      before: { status: "active", grantId: l.grantId },
      after: { status: "revoked" },
    });
  });
  return presentLink(ctx.db, linkId);
}

/**
 * The administrator withdraws a link from the mail outbox (the administrator has no meeting access, and needs none
 * to stop a link that was sent). The mail module checks that the actor is an administrator.
 */
export async function revokeLinkFromOutbox(ctx: Ctx, actor: Actor, linkId: string) {
  const [l] = await ctx.db.select().from(registrationLinks).where(eq(registrationLinks.id, linkId));
  if (!l) throw registrationErrors.LINK_NOT_FOUND();
  return withdrawLink(ctx, actor, l.delegationId, l.id, l.version);
}

/**
 * The administrator sends the same person a fresh link from the mail outbox: a new token, and the old link (any
 * active link to that address for that delegation) withdrawn, exactly as the host's "send again" does.
 */
export async function resendLinkFromOutbox(ctx: Ctx, actor: Actor, linkId: string) {
  const [l] = await ctx.db.select().from(registrationLinks).where(eq(registrationLinks.id, linkId));
  if (!l) throw registrationErrors.LINK_NOT_FOUND();
  const meeting = await getMeetingRow(ctx.db, l.meetingId);
  const delegation = await getDelegationRow(ctx.db, l.delegationId);
  if (!meeting || !delegation) throw registrationErrors.LINK_NOT_FOUND();
  const days = Math.max(1, Math.round((l.expiresAt.getTime() - l.createdAt.getTime()) / 86400_000));
  const res = await issueLink(
    ctx,
    actor,
    { meeting, delegation },
    {
      email: l.email,
      name: l.name,
      language: l.language,
      days: Math.min(days, LINK_MAX_DAYS),
    },
  );
  return res;
}

/** Registration links by id, for the mail outbox's view of the links its messages carried (no check: the caller has). */
export async function linksByIds(db: Executor, ids: string[]): Promise<LinkRow[]> {
  if (!ids.length) return [];
  return db.select().from(registrationLinks).where(inArray(registrationLinks.id, ids));
}

/** The outbox message that carries a link (null when it has none). */
export async function linkMailId(db: Executor, linkId: string): Promise<string | null> {
  const [row] = await db
    .select({ mailId: registrationLinks.mailId })
    .from(registrationLinks)
    .where(eq(registrationLinks.id, linkId));
  return row?.mailId ?? null;
}

/**
 * Opens a registration link (no sign-in needed): refuses unknown, expired and revoked links with a clear message,
 * otherwise creates or reuses the contact's external account with the delegation grant and opens a session.
 */
export async function openLink(ctx: Ctx, token: string, userAgent: string | null) {
  const [l] = await ctx.db
    .select()
    .from(registrationLinks)
    .where(eq(registrationLinks.tokenHash, tokenHash(token)));
  if (!l) throw registrationErrors.LINK_UNKNOWN();
  const status = linkStatus(l);
  if (status === "revoked") throw registrationErrors.LINK_REVOKED();
  if (status === "expired")
    // An ISO day: the message writes it in the caller's language (20/07/2022, 20 Jul 2022).
    throw registrationErrors.LINK_EXPIRED({ expiredOn: l.expiresAt.toISOString().slice(0, 10) });
  const meeting = await getMeetingRow(ctx.db, l.meetingId);
  const delegation = await getDelegationRow(ctx.db, l.delegationId);
  if (!meeting || !delegation) throw registrationErrors.LINK_UNKNOWN();
  const session = await ctx.db.transaction(async (tx) => {
    const res = await ensureDelegationContactTx(
      tx,
      null,
      {
        email: l.email,
        name: l.name ?? l.email,
        language: l.language,
        organisation: delegation.nameEn,
        delegationId: l.delegationId,
      },
      ctx.database.notices,
    );
    if ("refused" in res) {
      if (res.refused === "inactive") throw appError("ACCOUNT_INACTIVE");
      throw registrationErrors.EMAIL_IS_MINISTRY_ACCOUNT({ email: l.email });
    }
    // Checked again under the write: a revocation that lands meanwhile wins.
    const opened = await tx
      .update(registrationLinks)
      .set({
        userId: res.userId,
        grantId: res.createdGrantId ?? l.grantId,
        openCount: sql`${registrationLinks.openCount} + 1`,
        lastOpenedAt: new Date(),
      })
      .where(and(eq(registrationLinks.id, l.id), isNull(registrationLinks.revokedAt)))
      .returning({ id: registrationLinks.id });
    if (!opened.length) throw registrationErrors.LINK_REVOKED();
    const s = await openSessionTx(ctx, tx, res.userId, userAgent);
    await audit(
      tx,
      { id: res.userId, name: l.name ?? l.email },
      {
        action: "registration.link_open",
        entity: "registration_link",
        entityId: l.id,
        after: { delegationId: l.delegationId },
      },
    );
    return s;
  });
  return { session, meetingId: l.meetingId, delegationId: l.delegationId };
}

/** Every delegation of the meeting with its latest link, submissions and open proposals (the host's overview). */
export async function meetingRegistrationOverview(ctx: Ctx, actor: Actor, meetingId: string) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  const list = await listDelegations(ctx, actor, meetingId);
  const links = await ctx.db
    .select()
    .from(registrationLinks)
    .where(eq(registrationLinks.meetingId, meetingId))
    .orderBy(desc(registrationLinks.createdAt));
  const latestLink = new Map<string, LinkRow>();
  for (const l of links) if (!latestLink.has(l.delegationId)) latestLink.set(l.delegationId, l);
  const presented = new Map((await presentLinks(ctx.db, [...latestLink.values()])).map((l) => [l.delegationId, l]));
  const versions = await ctx.db
    .select({
      delegationId: registrationVersions.delegationId,
      n: sql<number>`max(${registrationVersions.number})::int`,
      at: sql<string>`max(${registrationVersions.submittedAt})`,
    })
    .from(registrationVersions)
    .where(eq(registrationVersions.meetingId, meetingId))
    .groupBy(registrationVersions.delegationId);
  const vBy = new Map(versions.map((v) => [v.delegationId, v]));
  const proposals = await ctx.db
    .select({ delegationId: registrationProposals.delegationId, n: sql<number>`count(*)::int` })
    .from(registrationProposals)
    .where(and(eq(registrationProposals.meetingId, meetingId), eq(registrationProposals.status, "pending")))
    .groupBy(registrationProposals.delegationId);
  const pBy = new Map(proposals.map((p) => [p.delegationId, Number(p.n)]));
  return list.map((d) => {
    const v = vBy.get(d.id);
    return {
      delegationId: d.id,
      nameVi: d.nameVi,
      nameEn: d.nameEn,
      country: d.country,
      category: d.category,
      contactName: d.contactName,
      contactEmail: d.contactEmail,
      counts: d.counts,
      link: presented.get(d.id) ?? null,
      latestVersion: v ? Number(v.n) : null,
      lastSubmittedAt: v?.at ? new Date(v.at).toISOString() : null,
      pendingProposals: pBy.get(d.id) ?? 0,
    };
  });
}
