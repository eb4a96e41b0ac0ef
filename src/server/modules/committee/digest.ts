/**
 * The owners' daily digest (issue 13, point 2): once a day, for each meeting still being prepared (not closed, up to
 * its first day in its own time zone), each task owner with a Focal account gets one mail listing their open tasks
 * that are overdue and those due in the next 7 days. Nothing is sent when nothing is due.
 *
 * Two jobs: the daily one (`committee.daily-digest`, scheduled in src/server/jobs.ts) finds who has something due
 * and queues one `committee.task-digest` job per owner and meeting, keyed by the day — the key is the record that
 * the digest was sent, so a second run the same day (or another process) queues nothing. That job composes the mail
 * from the tasks as they are when it runs and writes it, the audit row and its own completion in one transaction.
 * The daily job reads the committee's tables only; it writes nothing unless a digest is really due (the demo
 * meeting is long past, so test apps that start the job see no writes from it).
 */
import { and, asc, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Mailer } from "../../mail/mailer.js";
import { defineJob, enqueueJob, getJobByKey, wakeJobs, type RunningJob } from "../jobs/service.js";
import { audit } from "../audit/service.js";
import { getMeetingRow } from "../meetings/repo.js";
import { userWithGrants } from "../people/repo.js";
import { formatDateTime, HANOI_TIME_ZONE, todayIn } from "../../../shared/dates.js";
import { formatMessage } from "../../../shared/message.js";
import { openTaskStatuses } from "../../../shared/committee.js";
import { dayEndIn } from "./readiness-calc.js";
import { committeeMembers, committeeTasks } from "./schema.js";

const DAY = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** How far ahead "due soon" looks: today and the next 7 days. */
export const DIGEST_DAYS = 7;

interface DigestCtx {
  db: Db;
  mailer: Mailer;
}

export interface DigestPayload {
  meetingId: string;
  memberId: string;
  /** The day of the digest in the meeting's time zone (part of the job's key). */
  day: string;
  /** The moment it was decided (overdue = due before it). */
  at: string;
}

export const digestJobKey = (p: Pick<DigestPayload, "meetingId" | "memberId" | "day">) =>
  `committee.digest:${p.meetingId}:${p.memberId}:${p.day}`;

/** The window of a meeting being prepared at `now`, or null when it is not (closed, or its first day has passed). */
async function preparing(db: Db, meetingId: string, now: Date) {
  const m = await getMeetingRow(db, meetingId);
  if (!m || m.status === "closed") return null;
  const timeZone = m.timeZone || HANOI_TIME_ZONE;
  const day = todayIn(timeZone, now);
  if (day > m.startDate) return null;
  return { meeting: m, timeZone, day, until: dayEndIn(addDays(day, DIGEST_DAYS), timeZone) };
}

/** The owner's open tasks of the meeting due before `until` (overdue ones included), by due date. */
function ownerTasks(db: Db, meetingId: string, memberId: string, until: Date) {
  return db
    .select({
      id: committeeTasks.id,
      number: committeeTasks.number,
      title: committeeTasks.title,
      dueAt: committeeTasks.dueAt,
      status: committeeTasks.status,
    })
    .from(committeeTasks)
    .where(
      and(
        eq(committeeTasks.meetingId, meetingId),
        eq(committeeTasks.ownerId, memberId),
        inArray(committeeTasks.status, [...openTaskStatuses]),
        isNotNull(committeeTasks.dueAt),
        lt(committeeTasks.dueAt, until),
      ),
    )
    .orderBy(asc(committeeTasks.dueAt), asc(committeeTasks.number));
}

/**
 * Queues today's digests: one job per (meeting, owner with an account) that has an open task overdue or due within
 * 7 days. Answers how many were queued now (a digest already queued today is not counted again).
 */
export async function queueDailyDigests(ctx: DigestCtx, now: Date = new Date()): Promise<number> {
  // Candidates straight from the tasks: open, owned by a member with an account, due before a week from now.
  const horizon = new Date(now.getTime() + (DIGEST_DAYS + 2) * DAY);
  const rows = await ctx.db
    .selectDistinct({ meetingId: committeeTasks.meetingId, memberId: committeeTasks.ownerId })
    .from(committeeTasks)
    .innerJoin(committeeMembers, eq(committeeMembers.id, committeeTasks.ownerId))
    .where(
      and(
        inArray(committeeTasks.status, [...openTaskStatuses]),
        isNotNull(committeeMembers.userId),
        isNotNull(committeeTasks.dueAt),
        lt(committeeTasks.dueAt, horizon),
      ),
    );
  if (!rows.length) return 0;
  let queued = 0;
  const windows = new Map<string, Awaited<ReturnType<typeof preparing>>>();
  for (const r of rows) {
    if (!r.memberId) continue;
    if (!windows.has(r.meetingId)) windows.set(r.meetingId, await preparing(ctx.db, r.meetingId, now));
    const w = windows.get(r.meetingId);
    if (!w) continue;
    if (!(await ownerTasks(ctx.db, r.meetingId, r.memberId, w.until)).length) continue;
    const payload: DigestPayload = { meetingId: r.meetingId, memberId: r.memberId, day: w.day, at: now.toISOString() };
    const key = digestJobKey(payload);
    if (await getJobByKey(ctx.db, key)) continue;
    await enqueueJob(ctx.db, taskDigestJob.name, payload, { key, maxAttempts: 3 });
    queued++;
  }
  if (queued) wakeJobs(ctx.db);
  return queued;
}

/** Composes and writes one owner's digest; answers whether a mail was written. */
export async function sendDigest(ctx: DigestCtx, p: DigestPayload, job?: RunningJob<DigestPayload>): Promise<boolean> {
  const now = new Date(p.at);
  const w = await preparing(ctx.db, p.meetingId, now);
  const [member] = await ctx.db.select().from(committeeMembers).where(eq(committeeMembers.id, p.memberId));
  const account = member?.userId ? await userWithGrants(ctx.db, member.userId) : null;
  const reads =
    account?.grants.some(
      (g) => (g.role === "committee_member" && g.scopeId === p.meetingId) || g.role === "icd_officer",
    ) ?? false;
  const tasks =
    w && member && account?.user.active && reads ? await ownerTasks(ctx.db, p.meetingId, p.memberId, w.until) : [];
  if (!w || !account || !tasks.length) {
    if (job) await ctx.db.transaction((tx) => job.complete(tx, { sent: false }));
    return false;
  }
  const lang = account.user.language === "en" ? "en" : "vi";
  const overdue = tasks.filter((t) => t.dueAt && t.dueAt.getTime() < now.getTime());
  const soon = tasks.filter((t) => !overdue.includes(t));
  const line = (t: (typeof tasks)[number]) =>
    `  #${t.number} ${t.title} — ${lang === "vi" ? "hạn" : "due"} ${formatDateTime(lang, t.dueAt, w.timeZone)}`;
  const title = lang === "vi" ? w.meeting.titleVi : w.meeting.titleEn;
  const counts = formatMessage(
    lang,
    lang === "vi"
      ? "{o} nhiệm vụ quá hạn, {s} nhiệm vụ đến hạn trong {d} ngày tới"
      : "{o, plural, one {# task overdue} other {# tasks overdue}}, {s, plural, one {# task due} other {# tasks due}} in the next {d} days",
    { o: overdue.length, s: soon.length, d: DIGEST_DAYS },
  );
  const subject =
    lang === "vi"
      ? `${w.meeting.code} — Ban tổ chức: ${counts}`
      : `${w.meeting.code} — Organising committee: ${counts}`;
  const section = (head: string, list: typeof tasks) => (list.length ? [head, ...list.map(line), ""] : []);
  const text = [
    lang === "vi" ? `Kính gửi ${account.user.name},` : `Dear ${account.user.name},`,
    "",
    lang === "vi"
      ? `Các nhiệm vụ của anh/chị trong công tác chuẩn bị ${title} (tính đến ${formatDateTime(lang, now, w.timeZone)}):`
      : `Your tasks in preparing ${title} (as of ${formatDateTime(lang, now, w.timeZone)}):`,
    "",
    ...section(lang === "vi" ? "Quá hạn:" : "Overdue:", overdue),
    ...section(lang === "vi" ? `Đến hạn trong ${DIGEST_DAYS} ngày tới:` : `Due in the next ${DIGEST_DAYS} days:`, soon),
    lang === "vi"
      ? `Xem và cập nhật trong Focal: /meetings/${p.meetingId}/committee/tasks`
      : `See and update them in Focal: /meetings/${p.meetingId}/committee/tasks`,
    "",
  ].join("\n");
  const mailId = await ctx.db.transaction(async (tx) => {
    const id = await ctx.mailer.enqueue(tx, {
      to: account.user.email,
      topic: "committee.digest",
      refId: p.memberId,
      subject,
      text,
    });
    await audit(tx, null, {
      action: "committee_task.digest",
      entity: "committee_member",
      entityId: p.memberId,
      after: { meetingId: p.meetingId, digestDay: p.day, overdue: overdue.length, dueSoon: soon.length },
    });
    if (job) await job.complete(tx, { sent: true });
    return id;
  });
  await ctx.mailer.deliver(ctx.db, [mailId]);
  return true;
}

export const taskDigestJob = defineJob<DigestPayload>({
  name: "committee.task-digest",
  maxAttempts: 3,
  backoffMs: 60_000,
  handler: async (ctx, job) => ({ sent: await sendDigest(ctx, job.payload, job) }),
});

export const dailyDigestJob = defineJob<Record<string, never>>({
  name: "committee.daily-digest",
  maxAttempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => ({ queued: await queueDailyDigests(ctx) }),
});
