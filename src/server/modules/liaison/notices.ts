/**
 * The liaison notice (issue 14, point 1): a week before a delegation arrives (the meeting's `liaisonNoticeDays`),
 * the delegation's contact receives, in English, the name and phone of their liaison officer, to pass to the head of
 * delegation. A daily job (`liaison.daily-notices`, scheduled in src/server/jobs.ts) sends the notices that are due;
 * the keepers' "send now" sends at once. Each sending is a row of `liaison_notices` (with the officer's name and phone
 * as sent), written with the mail and its audit in one transaction; a delegation is never sent the same officer
 * twice — only a different officer, or a changed name or phone, sends again.
 */
import { eq } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Db } from "../../db/client.js";
import type { Mailer } from "../../mail/mailer.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit } from "../audit/service.js";
import { defineJob } from "../jobs/service.js";
import { requireLogistics } from "../logistics/policy.js";
import { settingsOf } from "../logistics/settings.js";
import { listDelegationsOf, type DelegationRow } from "../meetings/delegations.js";
import { listDelegateRows } from "../meetings/delegate-rows.js";
import { getMeetingRow } from "../meetings/repo.js";
import { formatDay, HANOI_TIME_ZONE, todayIn } from "../../../shared/dates.js";
import type { NoticeResult } from "../../../shared/schemas/liaison.js";
import { liaisonErrors } from "./errors.js";
import { addDays, arrivalDays, lastNotices, noticeIsCurrent, type OfficerRow } from "./liaison.js";
import { liaisonAssignments as A, liaisonNotices as N, liaisonOfficers as O } from "./schema.js";

interface NoticeCtx {
  db: Db;
  mailer: Mailer;
}

/** The notice's words (English: the delegations' working language). */
export function noticeText(p: {
  meetingTitle: string;
  meetingCode: string;
  delegation: Pick<DelegationRow, "nameEn" | "contactName">;
  headName: string | null;
  officer: Pick<OfficerRow, "fullName" | "phone" | "email">;
  arrival: { day: string; flight: string | null; time: string | null } | null;
}): { subject: string; text: string } {
  const o = p.officer;
  const a = p.arrival;
  const arrival = a
    ? `They will meet the delegation on arrival on ${formatDay("en", a.day)}${a.time ? ` at ${a.time}` : ""}${
        a.flight ? ` (flight ${a.flight})` : ""
      }. `
    : "";
  return {
    subject: `${p.meetingCode} — Your liaison officer: ${o.fullName}`,
    text: [
      `Dear ${p.delegation.contactName || "colleague"},`,
      "",
      `For the ${p.meetingTitle}, the liaison officer accompanying the delegation of ${p.delegation.nameEn} will be:`,
      "",
      `  ${o.fullName}`,
      `  Phone: ${o.phone ?? "—"}`,
      ...(o.email ? [`  E-mail: ${o.email}`] : []),
      "",
      `${arrival}Please pass these contacts to the head of delegation${p.headName ? `, ${p.headName}` : ""}.`,
      "",
      "With best regards,",
      "The Organising Committee",
      "",
    ].join("\n"),
  };
}

type Skip = NoticeResult["skipped"][number];

/**
 * Sends the notices of a meeting: for the delegations given (all assigned ones when none), or — for the daily job —
 * only those whose arrival is within the notice days (`window`). Skips a delegation without an officer or contact
 * e-mail, or already told of the same officer. Answers who was sent what.
 */
export async function sendNotices(
  ctx: NoticeCtx,
  actor: Pick<Actor, "id" | "name"> | null,
  meetingId: string,
  opts: { delegationIds?: string[]; now?: Date; window?: boolean } = {},
): Promise<NoticeResult> {
  const meeting = await getMeetingRow(ctx.db, meetingId);
  if (!meeting) return { sent: [], skipped: [] };
  const timeZone = meeting.timeZone || HANOI_TIME_ZONE;
  const today = todayIn(timeZone, opts.now ?? new Date());
  const settings = await settingsOf(ctx.db, meetingId);
  const [delegationRows, delegateRows, assigned, notices] = await Promise.all([
    listDelegationsOf(ctx.db, meetingId),
    listDelegateRows(ctx.db, { meetingId }),
    ctx.db
      .select({ delegationId: A.delegationId, o: O })
      .from(A)
      .innerJoin(O, eq(O.id, A.officerId))
      .where(eq(A.meetingId, meetingId)),
    lastNotices(ctx.db, meetingId),
  ]);
  const arrivals = arrivalDays(delegateRows.map((d) => d.row));
  const wanted = opts.delegationIds
    ? delegationRows.filter((d) => opts.delegationIds!.includes(d.id))
    : delegationRows.filter((d) => d.category !== "host" && assigned.some((a) => a.delegationId === d.id));
  const sent: NoticeResult["sent"] = [];
  const skipped: Skip[] = [];
  const mailIds: string[] = [];
  for (const d of wanted) {
    const o = assigned.find((a) => a.delegationId === d.id)?.o;
    const day = arrivals.get(d.id) ?? null;
    if (opts.window && (!day || today < addDays(day, -settings.liaisonNoticeDays) || today > day)) continue;
    if (!o) {
      skipped.push({ delegationId: d.id, reason: "no_officer" });
      continue;
    }
    if (!d.contactEmail) {
      skipped.push({ delegationId: d.id, reason: "no_contact" });
      continue;
    }
    const last = notices.get(d.id);
    if (last && noticeIsCurrent(last, o)) {
      skipped.push({ delegationId: d.id, reason: "already_sent" });
      continue;
    }
    const people = delegateRows.map((x) => x.row).filter((x) => x.delegationId === d.id);
    const head = people.find((x) => x.id === d.headDelegateId) ?? people.find((x) => x.role === "head");
    const first = day ? people.find((x) => x.arrivalDate === day) : undefined;
    const { subject, text } = noticeText({
      meetingTitle: meeting.titleEn,
      meetingCode: meeting.code,
      delegation: d,
      headName: head?.fullName ?? null,
      officer: o,
      arrival: day
        ? { day, flight: first?.arrivalFlight ?? null, time: first?.arrivalTime?.slice(0, 5) ?? null }
        : null,
    });
    const to = d.contactEmail;
    const id = await ctx.db.transaction(async (tx) => {
      const noticeId = crypto.randomUUID();
      const mailId = await ctx.mailer.enqueue(tx, { to, subject, text, topic: "liaison.notice", refId: noticeId });
      await tx.insert(N).values({
        id: noticeId,
        meetingId,
        delegationId: d.id,
        officerId: o.id,
        officerName: o.fullName,
        officerPhone: o.phone,
        toEmail: to,
        sentBy: actor?.id ?? null,
      });
      await audit(tx, actor, {
        action: "liaison_notice.send",
        entity: "liaison_notice",
        entityId: noticeId,
        after: { delegationId: d.id, officerId: o.id, officerName: o.fullName, toEmail: to },
      });
      return mailId;
    });
    mailIds.push(id);
    sent.push({ delegationId: d.id, toEmail: to });
  }
  if (mailIds.length) await ctx.mailer.deliver(ctx.db, mailIds);
  return { sent, skipped };
}

/** "Send now" (the keepers): the notices of one delegation or of every assigned one not yet told of their officer. */
export async function sendNoticesNow(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId?: string,
): Promise<NoticeResult> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  if (delegationId) {
    const d = (await listDelegationsOf(ctx.db, meetingId)).find((x) => x.id === delegationId);
    if (!d) throw liaisonErrors.DELEGATION_NOT_FOUND();
  }
  return sendNotices(ctx, actor, meetingId, delegationId ? { delegationIds: [delegationId] } : {});
}

/** The daily run: every meeting with assignments, not closed and not over, sends the notices now due. */
export async function sendDueNotices(ctx: NoticeCtx, now: Date = new Date()): Promise<number> {
  const meetings = await ctx.db.selectDistinct({ meetingId: A.meetingId }).from(A);
  let n = 0;
  for (const { meetingId } of meetings) {
    const m = await getMeetingRow(ctx.db, meetingId);
    if (!m || m.status === "closed" || todayIn(m.timeZone || HANOI_TIME_ZONE, now) > m.endDate) continue;
    n += (await sendNotices(ctx, null, meetingId, { now, window: true })).sent.length;
  }
  return n;
}

export const dailyNoticesJob = defineJob<Record<string, never>>({
  name: "liaison.daily-notices",
  maxAttempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => ({ sent: await sendDueNotices(ctx) }),
});
