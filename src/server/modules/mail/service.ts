import type { Ctx } from "../../context.js";
import { ensure, type Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { redactLinks } from "../../mail/mailer.js";
import type { Lang } from "../../../shared/errors.js";
import { invitationStates } from "../people/repo.js";
import { reissueInvitation, revokeInvitationsTx } from "../people/service.js";
import {
  linkMailId,
  linkStatus,
  linksByIds,
  resendLinkFromOutbox,
  revokeLinkFromOutbox,
} from "../registration/links.js";
import { mailPermissions } from "./policy.js";
import { forgetMailSecret, mailById, recentMail } from "./repo.js";

/** The topics whose messages carry a link with a token (registration links, user invitations). */
const LINK_TOPICS = new Set(["registration_link", "invitation"]);

export type LinkState = "active" | "expired" | "revoked" | "used";

export interface OutboxLink {
  kind: "registration_link" | "invitation";
  state: LinkState;
  canResend: boolean;
  canRevoke: boolean;
}

const HIDDEN: Record<Lang, string> = { vi: "[liên kết đã ẩn]", en: "[link hidden]" };

/**
 * The outbox as the administrator reads it: who was sent what and when, and for a message with a link whether that
 * link still works — never the link itself (its token would sign anyone in as that person).
 */
export async function listOutbox(ctx: Ctx, actor: Actor, lang: Lang) {
  ensure(mailPermissions(actor).read);
  const rows = await recentMail(ctx.db, 200);
  const ids = (topic: string) => rows.flatMap((r) => (r.topic === topic && r.refId ? [r.refId] : []));
  const linkIds = ids("registration_link");
  const userIds = ids("invitation");
  const now = new Date();
  const links = await linksByIds(ctx.db, linkIds);
  const invited = await invitationStates(ctx.db, userIds, now);
  const linkOf = (topic: string, refId: string | null): OutboxLink | null => {
    if (!refId || !LINK_TOPICS.has(topic)) return null;
    if (topic === "registration_link") {
      const l = links.find((x) => x.id === refId);
      if (!l) return null;
      const state = linkStatus(l, now);
      return { kind: "registration_link", state, canResend: true, canRevoke: state === "active" };
    }
    const u = invited.get(refId);
    if (!u) return null;
    const state: LinkState = u.registered ? "used" : u.working ? "active" : "revoked";
    return { kind: "invitation", state, canResend: !u.registered && u.active, canRevoke: u.working };
  };
  return {
    mode: ctx.mailer.mode,
    messages: rows.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: redactLinks(m.text, HIDDEN[lang]),
      status: m.status,
      topic: m.topic,
      error: m.error,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
      link: linkOf(m.topic, m.refId),
    })),
  };
}

async function linkMessage(ctx: Ctx, actor: Actor, mailId: string) {
  ensure(mailPermissions(actor).manageLinks);
  const m = await mailById(ctx.db, mailId);
  if (!m) throw appError("NOT_FOUND");
  if (!m.refId || !LINK_TOPICS.has(m.topic)) throw appError("MAIL_HAS_NO_LINK");
  return { ...m, refId: m.refId };
}

/**
 * Withdraws the link a message carried (administrator): a registration link stops opening and the access it gave is
 * taken back; an invitation link stops working. A copy of the link still waiting for delivery is dropped.
 */
export async function revokeMailLink(ctx: Ctx, actor: Actor, mailId: string): Promise<void> {
  const m = await linkMessage(ctx, actor, mailId);
  if (m.topic === "registration_link") await revokeLinkFromOutbox(ctx, actor, m.refId);
  else await ctx.db.transaction((tx) => revokeInvitationsTx(tx, actor, m.refId));
  await forgetMailSecret(ctx.db, m.id);
}

/**
 * Sends the same person a fresh link (administrator): a new token in a new message, and the old link withdrawn.
 * Returns the new message's id — never the link.
 */
export async function resendMailLink(ctx: Ctx, actor: Actor, mailId: string): Promise<{ mailId: string }> {
  const m = await linkMessage(ctx, actor, mailId);
  if (m.topic === "registration_link") {
    const res = await resendLinkFromOutbox(ctx, actor, m.refId);
    return { mailId: (await linkMailId(ctx.db, res.link.id)) ?? "" };
  }
  const res = await reissueInvitation(ctx, actor, m.refId);
  return { mailId: res.mailId };
}
