/**
 * Badge batches: a PDF of many badges is made in the background (a thousand badges take a while) by the job runner
 * (`badges.batch`, one job at a time per process), with its progress in `badge_jobs` for the page to poll from any
 * process. A batch cut off by a restart runs again from the start: badges already issued are reused, and the file
 * and the `done` status are written with the job's completion in one transaction, so it is finished exactly once. Only accredited delegates get badges; the others are
 * listed in the batch's `skipped` with the reason.
 */
import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { JobFailure, defineJob, enqueueJob, wakeJobs, type RunningJob } from "../jobs/service.js";
import type { Ctx } from "../../context.js";
import type { Db, Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { meetingPermissions, requireDelegation, requireMeeting } from "../meetings/policy.js";
import { getMeetingRow } from "../meetings/service.js";
import { getDelegatePhoto } from "../meetings/delegates.js";
import { meetingErrors } from "../meetings/errors.js";
import { newPdf, pdfBuffer } from "../../lib/pdf.js";
import { badgeJobs, type BadgeSize } from "./schema.js";
import { badgeErrors } from "./errors.js";
import { drawBadge, type BadgeFace } from "./layout.js";
import {
  badgeCredentials,
  delegationOf,
  issueMissingBadgesTx,
  issuedBadge,
  requireBadgeManager,
  selectDelegates,
  type BadgeSelection,
} from "./service.js";
import { dmy } from "../../../shared/dates.js";

/** A job without its PDF bytes (polls must not drag megabytes along). */
const jobColumns = {
  id: badgeJobs.id,
  meetingId: badgeJobs.meetingId,
  requestedBy: badgeJobs.requestedBy,
  size: badgeJobs.size,
  selection: badgeJobs.selection,
  status: badgeJobs.status,
  total: badgeJobs.total,
  done: badgeJobs.done,
  skipped: badgeJobs.skipped,
  error: badgeJobs.error,
  fileName: badgeJobs.fileName,
  createdAt: badgeJobs.createdAt,
  finishedAt: badgeJobs.finishedAt,
  hasFile: sql<boolean>`${badgeJobs.pdf} is not null`,
};
type JobRow = Omit<typeof badgeJobs.$inferSelect, "pdf"> & { hasFile: boolean };

function presentJob(j: JobRow) {
  return {
    id: j.id,
    meetingId: j.meetingId,
    size: j.size,
    status: j.status,
    total: j.total,
    done: j.done,
    skipped: j.skipped,
    error: j.error,
    fileName: j.fileName,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt ? j.finishedAt.toISOString() : null,
    downloadUrl: j.status === "done" && j.hasFile ? `/api/badge-jobs/${j.id}/file` : null,
  };
}

export type BadgeJobView = ReturnType<typeof presentJob>;

const pad = (n: number) => String(n).padStart(2, "0");

/** `02–06/08/2022`, or both full dates when the months differ. */
export function meetingDates(start: string, end: string): string {
  if (start === end) return dmy(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${start.slice(8)}–${dmy(end)}`;
  return `${dmy(start)} – ${dmy(end)}`;
}

/**
 * Queues a batch (ICD, registration managers): everyone, one delegation, or chosen delegates. Refused at once when
 * nobody in the selection is accredited, so the page can say why instead of producing an empty file.
 */
export async function createBadgeJob(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  input: BadgeSelection & { size: BadgeSize },
) {
  const { meeting, perms } = await requireBadgeManager(ctx, actor, meetingId);
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  if (input.delegationId) await requireDelegation(ctx.db, perms, input.delegationId);
  const selection: BadgeSelection = {
    ...(input.delegationId ? { delegationId: input.delegationId } : {}),
    ...(input.delegateIds ? { delegateIds: [...new Set(input.delegateIds)] } : {}),
  };
  const chosen = await selectDelegates(ctx.db, meeting, selection);
  if (!chosen.accredited.length) {
    throw badgeErrors.NOTHING_TO_PRINT({}, { skipped: chosen.skipped });
  }
  const id = crypto.randomUUID();
  const job = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .insert(badgeJobs)
      .values({
        id,
        meetingId,
        requestedBy: actor.id,
        size: input.size,
        selection,
        total: chosen.accredited.length,
        skipped: chosen.skipped,
      })
      .returning(jobColumns);
    const [row] = rows;
    if (!row) throw appError("INTERNAL");
    await audit(tx, actor, {
      action: "badge.batch",
      entity: "badge_job",
      entityId: id,
      after: {
        meetingId,
        size: input.size,
        selection,
        total: chosen.accredited.length,
        skipped: chosen.skipped.length,
      },
    });
    const payload: BadgeBatchPayload = { badgeJobId: id, actor: { id: actor.id, name: actor.name } };
    await enqueueJob(tx, badgeBatchJob.name, payload, { key: `badges.batch:${id}` });
    return row;
  });
  wakeJobs(ctx.db);
  return presentJob(job);
}

async function setProgress(db: Db, id: string, patch: Partial<typeof badgeJobs.$inferInsert>) {
  await db.update(badgeJobs).set(patch).where(eq(badgeJobs.id, id));
}

interface BadgeBatchPayload {
  badgeJobId: string;
  actor: Pick<Actor, "id" | "name">;
}

/**
 * Makes the PDF of one batch, writing progress every few badges. A failure is thrown (the runner retries it) and,
 * after the last attempt, recorded on the batch by `onFailed`.
 */
async function runBadgeJob(db: Db, job: RunningJob<BadgeBatchPayload>): Promise<void> {
  const { badgeJobId: jobId, actor } = job.payload;
  const [batch] = await db.select(jobColumns).from(badgeJobs).where(eq(badgeJobs.id, jobId));
  // Finished already (done, or failed), or gone with its meeting: nothing to do.
  if (!batch || (batch.status !== "queued" && batch.status !== "running")) return;
  await setProgress(db, jobId, { status: "running", done: 0 });
  const meeting = await getMeetingRow(db, batch.meetingId);
  if (!meeting || meeting.purgedAt) throw new JobFailure("meeting missing or purged");
  const chosen = await selectDelegates(db, meeting, batch.selection);
  const people = chosen.accredited;
  const active = await db.transaction((tx) =>
    issueMissingBadgesTx(
      tx,
      actor,
      meeting.id,
      people.map((p) => p.id),
    ),
  );
  await setProgress(db, jobId, { total: people.length, skipped: chosen.skipped });
  const when = `${meeting.cityVi} · ${meeting.cityEn} · ${meetingDates(meeting.startDate, meeting.endDate)}`;
  const doc = newPdf({ size: "A6", title: `${meeting.code} — badges`, autoFirstPage: false });
  const size = batch.size;
  let done = 0;
  let lastWrite = Date.now();
  for (const p of people) {
    const d = delegationOf(chosen.delegations, p.delegationId);
    const badge = issuedBadge(active, p.id);
    const { token, code } = await badgeCredentials(db, badge);
    const face: BadgeFace = {
      token,
      code,
      issue: badge.issueNumber,
      fullName: p.fullName,
      honorific: p.honorific,
      position: p.position,
      organisation: p.organisation,
      delegationName: d.nameEn,
      countryLine: d.nameVi !== d.nameEn ? d.nameVi : null,
      category: d.category,
      meetingCode: meeting.code,
      meetingTitle: meeting.titleEn,
      meetingWhen: when,
      photo: await getDelegatePhoto(db, p.id),
      han: d.country === "JPN" ? "jp" : "sc",
    };
    drawBadge(doc, size, face);
    done++;
    if (Date.now() - lastWrite > 250 || done === people.length) {
      lastWrite = Date.now();
      await setProgress(db, jobId, { done });
      // Let requests (the progress polls among them) in between pages.
      await new Promise((r) => setImmediate(r));
    }
  }
  const pdf = await pdfBuffer(doc);
  const stamp = new Date();
  const fileName = `${meeting.code}-badges-${size}-${stamp.getFullYear()}${pad(stamp.getMonth() + 1)}${pad(stamp.getDate())}.pdf`;
  // The file, the batch's status and the job's completion commit together: a batch is finished once.
  await db.transaction(async (tx) => {
    await tx
      .update(badgeJobs)
      .set({ status: "done", done, pdf, fileName, finishedAt: new Date() })
      .where(eq(badgeJobs.id, jobId));
    await job.complete(tx, { badges: done });
  });
}

/** The batch job: three attempts, 5 s apart then 10 s; the last failure is written on the batch for the page. */
export const badgeBatchJob = defineJob<BadgeBatchPayload>({
  name: "badges.batch",
  maxAttempts: 3,
  backoffMs: 5000,
  handler: (ctx, job) => runBadgeJob(ctx.db, job),
  onFailed: async (ctx, job, error) => {
    await setProgress(ctx.db, job.payload.badgeJobId, {
      status: "failed",
      error: error.slice(0, 500),
      finishedAt: new Date(),
    });
  },
});

async function requireJob(ctx: Ctx, actor: Actor, jobId: string): Promise<JobRow> {
  const [job] = await ctx.db.select(jobColumns).from(badgeJobs).where(eq(badgeJobs.id, jobId));
  if (!job) throw badgeErrors.BADGE_JOB_NOT_FOUND();
  const perms = await meetingPermissions(ctx.db, actor, job.meetingId);
  // Another meeting's batch is refused like a missing one would be, so ids cannot be probed.
  if (!perms.manageDelegations) throw badgeErrors.BADGE_JOB_NOT_FOUND();
  return job;
}

/** A batch's progress (ICD, the meeting's registration managers). */
export async function getBadgeJob(ctx: Ctx, actor: Actor, jobId: string) {
  return presentJob(await requireJob(ctx, actor, jobId));
}

/** The meeting's recent batches, newest first. */
export async function listBadgeJobs(ctx: Ctx, actor: Actor, meetingId: string) {
  await requireBadgeManager(ctx, actor, meetingId);
  const rows = await ctx.db
    .select(jobColumns)
    .from(badgeJobs)
    .where(eq(badgeJobs.meetingId, meetingId))
    .orderBy(desc(badgeJobs.createdAt))
    .limit(10);
  return rows.map(presentJob);
}

/** The finished PDF of a batch. */
export async function badgeJobFile(ctx: Ctx, actor: Actor, jobId: string) {
  const job = await requireJob(ctx, actor, jobId);
  const { meeting } = await requireMeeting(ctx.db, actor, job.meetingId);
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const [file] = await ctx.db.select({ pdf: badgeJobs.pdf }).from(badgeJobs).where(eq(badgeJobs.id, jobId));
  if (job.status !== "done" || !file?.pdf) throw badgeErrors.BADGE_JOB_NOT_READY({ status: job.status });
  return { pdf: file.pdf, fileName: job.fileName ?? "badges.pdf" };
}

/** Housekeeping every hour: PDFs older than a day are dropped (they hold photos and names). */
export async function tidyBadgeFiles(db: Db): Promise<void> {
  const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
  await db
    .update(badgeJobs)
    .set({ pdf: null })
    .where(and(lt(badgeJobs.createdAt, dayAgo), or(eq(badgeJobs.status, "done"), eq(badgeJobs.status, "failed"))));
}

export const tidyBadgeFilesJob = defineJob<Record<string, never>>({
  name: "badges.tidy-files",
  handler: (ctx) => tidyBadgeFiles(ctx.db),
});

/** Drops every batch file of a meeting (the purge calls this). */
export async function dropBadgeFilesTx(tx: Executor, meetingId: string) {
  await tx.update(badgeJobs).set({ pdf: null }).where(eq(badgeJobs.meetingId, meetingId));
}
