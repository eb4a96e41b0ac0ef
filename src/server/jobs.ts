/**
 * Every kind of background job and every recurring one, listed in one place (like the modules in app.ts). A module
 * defines its job kinds beside its code (`defineJob`) and queues them with `enqueueJob` in its own transaction; the
 * worker (modules/jobs/service.ts) runs them in whichever process claims them first.
 */
import type { Ctx } from "./context.js";
import {
  registerJobs,
  releaseDeadHolders,
  startJobWorker,
  tidyJobsJob,
  type JobDef,
  type JobWorker,
  type Schedule,
} from "./modules/jobs/service.js";
import { badgeBatchJob, tidyBadgeFilesJob } from "./modules/badges/jobs.js";
import { importCheckJob, importCommitJob } from "./modules/registration/imports.js";
import { purgeDueJob } from "./modules/privacy/purge.js";
import { mailSendJob } from "./mail/mailer.js";
import { resultsReminderJob } from "./modules/cooperation/results.js";
// organising committee: the owners' daily digest (issue 13)
import { dailyDigestJob, taskDigestJob } from "./modules/committee/digest.js";
// liaison (issue 14, point 1): the notice naming each delegation's liaison officer
import { dailyNoticesJob } from "./modules/liaison/notices.js";
// photos stored before they were normalised at upload (issue 15, point 3)
import { normalisePhotosJob, queuePhotoNormalisation } from "./modules/meetings/photos.js";

export const jobKinds = [
  importCheckJob,
  importCommitJob,
  badgeBatchJob,
  tidyBadgeFilesJob,
  purgeDueJob,
  mailSendJob,
  tidyJobsJob,
  resultsReminderJob,
  // organising committee (issue 13)
  dailyDigestJob,
  taskDigestJob,
  // liaison (issue 14, point 1)
  dailyNoticesJob,
  // photos normalised to the badge's JPEG (issue 15, point 3)
  normalisePhotosJob,
] as JobDef<never>[];

/** Recurring work: one job per slot, whichever process queues it first. */
export const schedules: Schedule[] = [
  // Meetings whose purge date has come are purged (also at start: the first slot is queued when the worker starts).
  { job: purgeDueJob.name, every: "hour" },
  // Badge PDFs older than a day are dropped (they hold photos and names).
  { job: tidyBadgeFilesJob.name, every: "hour" },
  // Finished jobs older than a week are dropped.
  { job: tidyJobsJob.name, every: "day" },
  // Cooperation activities whose results are overdue: one reminder each to their unit's officers.
  { job: resultsReminderJob.name, every: "day" },
  // Organising committees of meetings being prepared: each task owner's digest of what is due and overdue.
  { job: dailyDigestJob.name, every: "day" },
  // liaison (issue 14): a week before arrival, each delegation's contact is sent their liaison officer's contacts.
  { job: dailyNoticesJob.name, every: "day" },
];

registerJobs(jobKinds, schedules);

/** Starts this process's worker (main.ts through buildApp; the app's close stops it). */
export async function startJobs(
  ctx: Ctx,
  log: { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void },
): Promise<JobWorker> {
  const released = await releaseDeadHolders(ctx.db, ctx.database.kind === "pglite");
  if (released) log.info({ released }, "jobs of a stopped process released");
  // Photos stored before normalisation (issue 15): queued only while one is waiting, then never again.
  if (await queuePhotoNormalisation(ctx.db)) log.info({}, "stored photos queued for normalisation");
  return startJobWorker(ctx, {
    onError: (err) => log.error({ err }, "job worker"),
    onRun: (event) => log.info(event, event.state ? "job finished" : "job started"),
  });
}
