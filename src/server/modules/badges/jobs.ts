/**
 * Badge batches: a PDF of many badges is made in the background by the job runner (`badges.batch`, one job at a time
 * per process), drawn in a worker thread (badge-pdf.worker.ts) so the API keeps answering, with its progress in
 * `badge_jobs` and the file in `badge_job_chunks` — both in the database, so any process answers the page's polls
 * and serves the download, which is streamed a piece at a time. A batch cut off by a restart runs again from the
 * start: badges already issued are reused, the pieces written so far are dropped, and the `done` status is written
 * with the job's completion in one transaction, so it is finished exactly once. Only accredited delegates get
 * badges; the others are listed in the batch's `skipped` with the reason.
 */
import { Readable } from "node:stream";
import { and, asc, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { JobFailure, defineJob, enqueueJob, wakeJobs, type RunningJob } from "../jobs/service.js";
import type { Ctx } from "../../context.js";
import type { Db, Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { meetingPermissions, requireDelegation, requireMeeting } from "../meetings/policy.js";
import { getMeetingRow } from "../meetings/service.js";
import { getDelegatePhotos } from "../meetings/delegates.js";
import { meetingErrors } from "../meetings/errors.js";
import { startWorker, workerUrl } from "../../lib/workers.js";
import { badgeJobChunks, badgeJobs, type BadgeSize } from "./schema.js";
import { badgeErrors } from "./errors.js";
import type { FromWorker, PdfWorkerData, ToWorker, WireFace } from "./badge-pdf.worker.js";
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

/** A batch's row, with whether its file is there (the file's pieces are never read by a poll). */
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
  hasFile: sql<boolean>`exists (select 1 from ${badgeJobChunks} where ${badgeJobChunks.jobId} = ${badgeJobs.id})`,
};
type JobRow = typeof badgeJobs.$inferSelect & { hasFile: boolean };

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

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** Badges sent to the worker at a time (their photos travel with them); at most two groups wait there. */
const GROUP = 50;

/**
 * Makes the PDF of one batch: the faces (names, signed tokens, stored photos) are read here a group at a time and
 * drawn by the worker, whose pieces of PDF are stored as they come; progress is written every quarter second. A
 * failure is thrown (the runner retries it) and, after the last attempt, recorded on the batch by `onFailed`.
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
  // Pieces of an earlier attempt cut off by a restart: the file starts again.
  await db.delete(badgeJobChunks).where(eq(badgeJobChunks.jobId, jobId));
  const when = `${meeting.cityVi} · ${meeting.cityEn} · ${meetingDates(meeting.startDate, meeting.endDate)}`;
  const size = batch.size;

  /** The faces of people[from … from + GROUP), with their photos (one query per group). */
  const group = async (from: number): Promise<WireFace[]> => {
    const slice = people.slice(from, from + GROUP);
    const photos = await getDelegatePhotos(
      db,
      slice.map((p) => p.id),
    );
    const faces: WireFace[] = [];
    for (const p of slice) {
      const d = delegationOf(chosen.delegations, p.delegationId);
      const badge = issuedBadge(active, p.id);
      const { token, code } = await badgeCredentials(db, badge);
      const photo = photos.get(p.id);
      faces.push({
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
        // A copy of its own, so that it can be moved to the worker without touching the driver's buffers.
        photo: photo ? { bytes: new Uint8Array(photo.bytes), contentType: photo.contentType, key: photo.etag } : null,
        han: d.country === "JPN" ? "jp" : "sc",
      });
    }
    return faces;
  };

  const pages = await renderPdf(db, jobId, { size, title: `${meeting.code} — badges` }, people.length, group);
  if (pages !== people.length) throw new Error(`the PDF has ${pages} pages for ${people.length} badges`);
  const stamp = new Date();
  const fileName = `${meeting.code}-badges-${size}-${stamp.getFullYear()}${pad(stamp.getMonth() + 1)}${pad(stamp.getDate())}.pdf`;
  // The batch's status and the job's completion commit together: a batch is finished once.
  await db.transaction(async (tx) => {
    await tx
      .update(badgeJobs)
      .set({ status: "done", done: people.length, fileName, finishedAt: new Date() })
      .where(eq(badgeJobs.id, jobId));
    await job.complete(tx, { badges: people.length });
  });
}

/**
 * Draws `total` badges in a worker thread, handing it `group(from)` a group at a time (at most two groups ahead of
 * it), storing each piece of PDF it sends back in order and the progress every quarter second. Resolves with the
 * number of pages once every piece is stored; the worker is stopped in every case.
 */
async function renderPdf(
  db: Db,
  jobId: string,
  data: PdfWorkerData,
  total: number,
  group: (from: number) => Promise<WireFace[]>,
): Promise<number> {
  const worker = startWorker(workerUrl("badge-pdf", import.meta.url), data);
  let seq = 0;
  let drawn = 0;
  let writes: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  let wake: (() => void) | null = null;
  const woken = () => new Promise<void>((r) => (wake = r));
  const finished = new Promise<number>((resolve, reject) => {
    worker.on("message", (m: FromWorker) => {
      if (m.type === "data") {
        const n = seq++;
        const bytes = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength);
        writes = writes
          .then(async () => {
            if (!writeError) await db.insert(badgeJobChunks).values({ jobId, seq: n, bytes });
          })
          .catch((err: unknown) => {
            writeError ??= err;
          });
      } else if (m.type === "drawn") {
        drawn += m.count;
      } else if (m.type === "end") {
        resolve(m.pages);
      } else {
        reject(new Error(`badge PDF: ${m.message}`));
      }
      wake?.();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`the badge PDF worker stopped (exit code ${code})`)));
  });
  // Never an unhandled rejection: `finished` is awaited below, or the worker is stopped.
  finished.catch(() => undefined);
  let lastWrite = Date.now();
  const progress = async () => {
    if (writeError) throw asError(writeError);
    if (Date.now() - lastWrite > 250) {
      lastWrite = Date.now();
      await setProgress(db, jobId, { done: drawn });
    }
  };
  try {
    let sent = 0;
    while (sent < total) {
      const faces = await group(sent);
      while (sent - drawn > GROUP) {
        await Promise.race([woken(), finished]);
        await progress();
      }
      const transfer = faces.flatMap((f) => (f.photo ? [f.photo.bytes.buffer] : []));
      const message: ToWorker = { type: "faces", faces };
      worker.postMessage(message, transfer);
      sent += faces.length;
      await progress();
    }
    const end: ToWorker = { type: "end" };
    worker.postMessage(end);
    let pages: number | null = null;
    void finished.then((n) => (pages = n)).catch(() => undefined);
    while (pages === null) {
      await Promise.race([woken(), finished]);
      await progress();
    }
    await writes;
    if (writeError) throw asError(writeError);
    return pages;
  } finally {
    await worker.terminate();
  }
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

/**
 * The finished PDF of a batch, as a stream read from the database one piece at a time (any process can serve it;
 * none holds the whole file), with its length.
 */
export async function badgeJobFile(ctx: Ctx, actor: Actor, jobId: string) {
  const job = await requireJob(ctx, actor, jobId);
  const { meeting } = await requireMeeting(ctx.db, actor, job.meetingId);
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  if (job.status !== "done" || !job.hasFile) throw badgeErrors.BADGE_JOB_NOT_READY({ status: job.status });
  const pieces = await ctx.db
    .select({ seq: badgeJobChunks.seq, length: sql<number>`octet_length(${badgeJobChunks.bytes})::int` })
    .from(badgeJobChunks)
    .where(eq(badgeJobChunks.jobId, jobId))
    .orderBy(asc(badgeJobChunks.seq));
  const db = ctx.db;
  async function* read() {
    for (const { seq } of pieces) {
      const [piece] = await db
        .select({ bytes: badgeJobChunks.bytes })
        .from(badgeJobChunks)
        .where(and(eq(badgeJobChunks.jobId, jobId), eq(badgeJobChunks.seq, seq)));
      // Dropped meanwhile (the purge, the day-old tidy): the download stops short rather than sending another file.
      if (!piece) throw new Error(`piece ${seq} of the badge file ${jobId} is gone`);
      yield piece.bytes;
    }
  }
  return {
    stream: Readable.from(read(), { objectMode: false }),
    length: pieces.reduce((n, p) => n + Number(p.length), 0),
    fileName: job.fileName ?? "badges.pdf",
  };
}

/** Housekeeping every hour: PDFs older than a day are dropped (they hold photos and names). */
export async function tidyBadgeFiles(db: Db): Promise<void> {
  const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
  const old = db
    .select({ id: badgeJobs.id })
    .from(badgeJobs)
    .where(and(lt(badgeJobs.createdAt, dayAgo), or(eq(badgeJobs.status, "done"), eq(badgeJobs.status, "failed"))));
  await db.delete(badgeJobChunks).where(inArray(badgeJobChunks.jobId, old));
}

export const tidyBadgeFilesJob = defineJob<Record<string, never>>({
  name: "badges.tidy-files",
  handler: (ctx) => tidyBadgeFiles(ctx.db),
});

/** Drops every batch file of a meeting (the purge calls this). */
export async function dropBadgeFilesTx(tx: Executor, meetingId: string) {
  const ofMeeting = tx.select({ id: badgeJobs.id }).from(badgeJobs).where(eq(badgeJobs.meetingId, meetingId));
  await tx.delete(badgeJobChunks).where(inArray(badgeJobChunks.jobId, ofMeeting));
}
