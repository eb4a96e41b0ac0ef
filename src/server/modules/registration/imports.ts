/**
 * Bulk upload of a delegation's list. The file is read and every row checked in the background (the durable job
 * `registration.import-check`), with progress the page polls; the rows wait (with their problems) until the contact
 * has fixed or dropped every bad one and confirms. Only then are the delegates written — all of them in one
 * transaction, or none — by the job `registration.import-commit`, whose completion commits in that same
 * transaction: a confirmation cut off by a restart is finished after it, exactly once.
 */
import { and, desc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Db, Executor } from "../../db/client.js";
import { JobFailure, defineJob, enqueueJob, getJob, wakeJobs, type RunningJob } from "../jobs/service.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import type { Lang } from "../../../shared/errors.js";
import { audit } from "../audit/service.js";
import {
  DelegateBatchError,
  PHOTO_MAX_BYTES,
  insertDelegatesTx,
  normalisePhoto,
  setDelegatePhotoTx,
} from "../meetings/delegates.js";
import { meetingErrors } from "../meetings/errors.js";
import { listSessionsOf } from "../meetings/programme.js";
import type { MeetingRow } from "../meetings/policy.js";
import { getMeetingRow } from "../meetings/service.js";
import { deadlineText, ensureDirectEdit, requireRegistration } from "./policy.js";
import { delegationSessions } from "./service.js";
import { registrationErrors } from "./errors.js";
import { photoKind } from "./photos.js";
import {
  allProblems,
  checkRows,
  fileDuplicates,
  photoKey,
  rowToInput,
  type ImportRow,
  type RowContext,
} from "./rows.js";
import { registrationImportPhotos, registrationImports } from "./schema.js";
import {
  FileProblem,
  buildCsvTemplate,
  buildTemplate,
  importFields,
  readSpreadsheet,
  sessionRef,
  type ImportField,
} from "./spreadsheet.js";

export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_PHOTOS = 300;
/** Rows checked between two progress updates. */
const CHUNK = 100;

/** An upload's columns without its file (polls must not drag megabytes along). */
const { file: _file, ...importColumns } = getTableColumns(registrationImports);
type ImportDbRow = Omit<typeof registrationImports.$inferSelect, "file">;

function formatOf(fileName: string, bytes: Buffer): "xlsx" | "csv" | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  // A zip (an xlsx is one) without the usual name.
  if (bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  return null;
}

function fileInvalid(fileName: string, reason: { en: string; vi: string }) {
  const e = registrationErrors.IMPORT_FILE_INVALID({ fileName, reason: reason.en });
  return {
    e,
    message: {
      en: e.localized("en"),
      vi: registrationErrors.IMPORT_FILE_INVALID({ fileName, reason: reason.vi }).localized("vi"),
    },
  };
}

function presentImport(r: ImportDbRow, lang: Lang, withRows: boolean) {
  const rows = r.rows;
  const dups = fileDuplicates(rows);
  const presented = rows.map((x) => ({
    row: x.row,
    values: x.values,
    sessionIds: x.sessionIds,
    unknownSessions: x.unknownSessions,
    dropped: x.dropped,
    problems: allProblems(x, dups).map((p) => ({ field: p.field, code: p.code, message: p.message[lang] })),
  }));
  const err = r.error;
  return {
    id: r.id,
    delegationId: r.delegationId,
    fileName: r.fileName,
    format: r.format,
    status: r.status,
    progress: { done: r.done, total: r.total },
    error: err ? { code: err.code, message: err.message[lang] } : null,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    committedAt: r.committedAt?.toISOString() ?? null,
    summary: {
      rows: presented.length,
      ok: presented.filter((x) => !x.dropped && x.problems.length === 0).length,
      withProblems: presented.filter((x) => !x.dropped && x.problems.length > 0).length,
      dropped: presented.filter((x) => x.dropped).length,
    },
    rows: withRows ? presented : [],
    version: r.version,
  };
}

async function rowContext(
  db: Executor,
  meeting: MeetingRow,
  country: string | null,
  importId: string,
): Promise<RowContext> {
  const photos = await db
    .select({
      name: registrationImportPhotos.name,
      size: registrationImportPhotos.size,
      contentType: registrationImportPhotos.contentType,
    })
    .from(registrationImportPhotos)
    .where(eq(registrationImportPhotos.importId, importId));
  return {
    meeting,
    country,
    photos: new Map(photos.map((p) => [p.name, { size: p.size, contentType: p.contentType }])),
  };
}

interface ImportCheckPayload {
  importId: string;
  /** The delegation's country (passports are checked against it). */
  country: string | null;
}

const unexpected = { en: "an unexpected error occurred while reading it", vi: "đã xảy ra lỗi khi đọc tệp" };

/**
 * Reads the stored file and checks every row, recording progress; ends `ready` (rows with problems) or `failed`.
 * Runs again from the start after a restart (it writes nothing but the upload's own row, guarded by its status).
 */
async function processImport(db: Db, job: RunningJob<ImportCheckPayload>) {
  const { importId, country } = job.payload;
  const [r] = await db
    .select({
      status: registrationImports.status,
      meetingId: registrationImports.meetingId,
      fileName: registrationImports.fileName,
      format: registrationImports.format,
      file: registrationImports.file,
    })
    .from(registrationImports)
    .where(eq(registrationImports.id, importId));
  if (!r || r.status !== "parsing") return;
  const setStatus = (values: Partial<typeof registrationImports.$inferInsert>) =>
    db
      .update(registrationImports)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(registrationImports.id, importId), eq(registrationImports.status, "parsing")));
  if (!r.file) throw new JobFailure("the uploaded file is missing");
  try {
    const parsed = await readSpreadsheet(Buffer.from(r.file), r.format);
    if (parsed.rows.length > IMPORT_MAX_ROWS) {
      const e = registrationErrors.IMPORT_TOO_MANY_ROWS({ rows: parsed.rows.length, max: IMPORT_MAX_ROWS });
      await setStatus({
        status: "failed",
        file: null,
        error: { code: e.code, message: { vi: e.localized("vi"), en: e.localized("en") } },
      });
      return;
    }
    const meeting = await getMeetingRow(db, r.meetingId);
    if (!meeting) throw new JobFailure("meeting missing");
    const sessions = await listSessionsOf(db, meeting);
    const byRef = new Map(sessions.map((s) => [sessionRef(s.id), s.id]));
    const rows: ImportRow[] = parsed.rows.map((r) => ({
      row: r.row,
      values: r.values,
      sessionIds: r.sessions.flatMap((s) => {
        const id = byRef.get(s.ref);
        return id ? [id] : [];
      }),
      unknownSessions: r.sessions.filter((s) => !byRef.has(s.ref)).map((s) => s.label),
      dropped: false,
      problems: [],
    }));
    await setStatus({ total: rows.length, done: 0 });
    const rc = await rowContext(db, meeting, country, importId);
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await checkRows(db, chunk, rc);
      await setStatus({ done: Math.min(i + CHUNK, rows.length) });
      // Let other requests (the page polling this progress among them) in between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await setStatus({ status: "ready", rows, done: rows.length, file: null });
  } catch (err) {
    // A file that cannot be read fails at once; anything else is retried by the runner (then `onFailed`).
    if (!(err instanceof FileProblem)) throw err;
    const { e, message } = fileInvalid(r.fileName, { en: err.en, vi: err.vi });
    await setStatus({ status: "failed", file: null, error: { code: e.code, message } });
  }
}

/** The upload's check: retried twice after an unexpected error, then reported on the upload. */
export const importCheckJob = defineJob<ImportCheckPayload>({
  name: "registration.import-check",
  maxAttempts: 3,
  backoffMs: 2000,
  handler: (ctx, job) => processImport(ctx.db, job),
  onFailed: async (ctx, job, error) => {
    console.error("registration import failed", error);
    const [r] = await ctx.db
      .select({ fileName: registrationImports.fileName })
      .from(registrationImports)
      .where(eq(registrationImports.id, job.payload.importId));
    const { e, message } = fileInvalid(r?.fileName ?? "", unexpected);
    await ctx.db
      .update(registrationImports)
      .set({ status: "failed", file: null, error: { code: e.code, message }, updatedAt: new Date() })
      .where(and(eq(registrationImports.id, job.payload.importId), eq(registrationImports.status, "parsing")));
  },
});

export interface UploadInput {
  fileName: string;
  /** The file, base64. */
  data: string;
  /** Photos named in the Photo column, base64. */
  photos?: { name: string; data: string }[];
}

const decode = (data: string) => Buffer.from(data.replace(/^data:[^,]*,/, ""), "base64");

/**
 * A photo waiting in an upload, normalised to the badge's JPEG now (before any transaction): one that cannot be read
 * waits with no type (the row says "not a photo"), one over the limit as it came (the row says it is too large).
 */
async function waitingPhoto(bytes: Buffer): Promise<{ bytes: Buffer; contentType: string | null }> {
  if (bytes.length > PHOTO_MAX_BYTES) return { bytes, contentType: photoKind(bytes) };
  try {
    return { bytes: await normalisePhoto(bytes), contentType: "image/jpeg" };
  } catch {
    return { bytes, contentType: null };
  }
}

/**
 * Starts an upload (the delegation's contact before the deadline, or the host): stores the waiting photos and
 * answers at once with status `parsing`; poll `getImport` for progress and, when `ready`, the rows and problems.
 */
export async function startImport(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, input: UploadInput) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  if (a.meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const bytes = decode(input.data);
  const format = formatOf(input.fileName, bytes);
  if (!format) {
    throw fileInvalid(input.fileName, { en: "use an .xlsx or .csv file", vi: "hãy dùng tệp .xlsx hoặc .csv" }).e;
  }
  if (bytes.length > IMPORT_MAX_FILE_BYTES) {
    throw fileInvalid(input.fileName, { en: "it is larger than 10 MB", vi: "tệp lớn hơn 10 MB" }).e;
  }
  if ((input.photos?.length ?? 0) > IMPORT_MAX_PHOTOS) {
    throw fileInvalid(input.fileName, {
      en: `at most ${IMPORT_MAX_PHOTOS} photos per upload`,
      vi: `tối đa ${IMPORT_MAX_PHOTOS} ảnh mỗi lần`,
    }).e;
  }
  const photos = new Map<string, { name: string; bytes: Buffer; contentType: string | null }>();
  for (const p of input.photos ?? []) {
    photos.set(photoKey(p.name), { name: p.name, ...(await waitingPhoto(decode(p.data))) });
  }
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      meetingId,
      delegationId,
      fileName: input.fileName,
      format,
      createdBy: actor.id,
      createdByName: actor.name,
    };
    await tx.insert(registrationImports).values({ ...row, file: bytes });
    for (const [key, p] of photos) {
      await tx
        .insert(registrationImportPhotos)
        .values({ importId: id, name: key, contentType: p.contentType, size: p.bytes.length, bytes: p.bytes });
    }
    await audit(tx, actor, {
      action: "registration.import_start",
      entity: "registration_import",
      entityId: id,
      after: { ...row, size: bytes.length, photos: [...photos.keys()] },
    });
    const payload: ImportCheckPayload = { importId: id, country: a.delegation.country };
    await enqueueJob(tx, importCheckJob.name, payload, { key: `registration.import-check:${id}` });
  });
  const view = await getImport(ctx, actor, meetingId, delegationId, id);
  wakeJobs(ctx.db);
  return view;
}

async function importRow(db: Executor, delegationId: string, importId: string) {
  const [r] = await db
    .select(importColumns)
    .from(registrationImports)
    .where(and(eq(registrationImports.id, importId), eq(registrationImports.delegationId, delegationId)));
  if (!r) throw registrationErrors.IMPORT_NOT_FOUND();
  return r;
}

/** An upload with its progress and, once checked, its rows and their problems (host, the delegation's contact). */
export async function getImport(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, importId: string) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.edit);
  return presentImport(await importRow(ctx.db, delegationId, importId), actor.language, true);
}

/** The delegation's recent uploads, without their rows. */
export async function listImports(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.edit);
  const rows = await ctx.db
    .select(importColumns)
    .from(registrationImports)
    .where(eq(registrationImports.delegationId, delegationId))
    .orderBy(desc(registrationImports.createdAt))
    .limit(20);
  return rows.map((r) => presentImport(r, actor.language, false));
}

function ensureReady(r: ImportDbRow, version: number) {
  if (r.status !== "ready") throw registrationErrors.IMPORT_NOT_READY({ status: r.status });
  if (r.version !== version) throw appError("VERSION_CONFLICT", {}, { currentVersion: r.version });
}

export interface RowEdit {
  version: number;
  values?: Partial<Record<ImportField, string>>;
  sessionIds?: string[];
  dropped?: boolean;
}

/** Fixes a row's cells (typed as in the sheet, e.g. 05/08/2022), its sessions, or drops / restores it. */
export async function editImportRow(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  importId: string,
  rowNumber: number,
  edit: RowEdit,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  const r = await importRow(ctx.db, delegationId, importId);
  ensureReady(r, edit.version);
  const rows = structuredClone(r.rows);
  const row = rows.find((x) => x.row === rowNumber);
  if (!row) throw registrationErrors.IMPORT_ROW_NOT_FOUND({ row: rowNumber });
  const before = structuredClone(row);
  if (edit.values) {
    for (const k of importFields) {
      if (!Object.hasOwn(edit.values, k)) continue;
      const t = (edit.values[k] ?? "").trim();
      if (t) row.values[k] = t;
      else delete row.values[k];
    }
  }
  if (edit.sessionIds) {
    row.sessionIds = [...new Set(edit.sessionIds)];
    row.unknownSessions = [];
  }
  if (edit.dropped !== undefined) row.dropped = edit.dropped;
  await checkRows(ctx.db, [row], await rowContext(ctx.db, a.meeting, a.delegation.country, importId));
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(registrationImports)
      .set({ rows, updatedAt: new Date(), version: sql`${registrationImports.version} + 1` })
      .where(and(eq(registrationImports.id, importId), eq(registrationImports.version, edit.version)))
      .returning({ id: registrationImports.id });
    if (!done.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: r.version });
    await audit(tx, actor, {
      action: edit.dropped === true ? "registration.import_drop" : "registration.import_edit",
      entity: "registration_import",
      entityId: importId,
      before: { row: before.row, values: before.values, sessionIds: before.sessionIds, dropped: before.dropped },
      after: { row: row.row, values: row.values, sessionIds: row.sessionIds, dropped: row.dropped },
    });
  });
  return getImport(ctx, actor, meetingId, delegationId, importId);
}

/**
 * Stores the upload: every row not dropped is checked again against the current list, and only when none has a
 * problem are the delegates written, all in one transaction. Otherwise nothing is stored and the problems are listed.
 */
export async function commitImport(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  importId: string,
  version: number,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  if (a.meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const r = await importRow(ctx.db, delegationId, importId);
  ensureReady(r, version);
  const rows = structuredClone(r.rows);
  const active = rows.filter((x) => !x.dropped);
  if (!active.length) throw registrationErrors.IMPORT_EMPTY();
  const rc = await rowContext(ctx.db, a.meeting, a.delegation.country, importId);
  await checkRows(ctx.db, active, rc);
  const dups = fileDuplicates(rows);
  const bad = active.filter((x) => allProblems(x, dups).length > 0);
  if (bad.length) {
    // The problems found now are kept for the page; the draft's version stays, nothing else changes.
    await ctx.db
      .update(registrationImports)
      .set({ rows, updatedAt: new Date() })
      .where(eq(registrationImports.id, importId));
    throw registrationErrors.IMPORT_HAS_PROBLEMS(
      { count: bad.length },
      bad.map((x) => ({
        row: x.row,
        problems: allProblems(x, dups).map((p) => ({
          field: p.field,
          code: p.code,
          message: p.message[actor.language],
        })),
      })),
    );
  }
  // Confirmed: the delegates are written by a job (which a restart does not lose); this request waits for it.
  const jobId = await ctx.db.transaction(async (tx) => {
    const marked = await tx
      .update(registrationImports)
      .set({ status: "committing", updatedAt: new Date() })
      .where(
        and(
          eq(registrationImports.id, importId),
          eq(registrationImports.status, "ready"),
          eq(registrationImports.version, version),
        ),
      )
      .returning({ id: registrationImports.id });
    if (!marked.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: r.version });
    const payload: ImportCommitPayload = {
      importId,
      country: a.delegation.country,
      actor: { id: actor.id, name: actor.name },
    };
    return enqueueJob(tx, importCommitJob.name, payload, { key: `registration.import-commit:${importId}` });
  });
  wakeJobs(ctx.db);
  const job = await waitForJob(ctx.db, jobId);
  const result = isCommitResult(job.result) ? job.result : null;
  if (job.state === "failed") throw new Error(`storing the upload failed: ${job.error ?? ""}`);
  if (result?.refused) {
    const p = result.refused;
    throw registrationErrors.IMPORT_HAS_PROBLEMS({ count: 1 }, [
      { row: p.row, problems: [{ field: "row", code: p.code, message: p.message[actor.language] }] },
    ]);
  }
  return { ...(await getImport(ctx, actor, meetingId, delegationId, importId)), created: result?.created ?? 0 };
}

/** Waits until a job has finished (done or failed), from whichever process runs it. */
async function waitForJob(db: Db, id: string) {
  for (;;) {
    const job = await getJob(db, id);
    if (!job) throw new Error(`job ${id} is gone`);
    if (job.state === "done" || job.state === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface ImportCommitPayload {
  importId: string;
  country: string | null;
  actor: Pick<Actor, "id" | "name">;
}

interface ImportCommitResult {
  created?: number;
  /** The delegates were refused by the list's own checks (a row that became a duplicate meanwhile). */
  refused?: { row: number; code: string; message: { vi: string; en: string } };
}

/** A commit job's result as `storeImport` completes it (`{ created }` or `{ refused }`). */
function isCommitResult(v: unknown): v is ImportCommitResult {
  if (typeof v !== "object" || v === null) return false;
  if ("created" in v && typeof v.created !== "number") return false;
  if (!("refused" in v) || v.refused === undefined) return true;
  const r = v.refused;
  return (
    typeof r === "object" &&
    r !== null &&
    "row" in r &&
    typeof r.row === "number" &&
    "code" in r &&
    typeof r.code === "string" &&
    "message" in r &&
    typeof r.message === "object" &&
    r.message !== null &&
    "vi" in r.message &&
    typeof r.message.vi === "string" &&
    "en" in r.message &&
    typeof r.message.en === "string"
  );
}

/**
 * Writes a confirmed upload's delegates (with their photos), marks it committed and audits it — with the job's
 * completion, in one transaction. After a restart the job runs again: an upload already committed is skipped.
 */
async function storeImport(db: Db, job: RunningJob<ImportCommitPayload>): Promise<void> {
  const { importId, country, actor } = job.payload;
  let refused: ImportCommitResult["refused"] | null = null;
  try {
    await db.transaction(async (tx) => {
      const [r] = await tx
        .select(importColumns)
        .from(registrationImports)
        .where(eq(registrationImports.id, importId))
        .for("update");
      if (!r || r.status !== "committing") {
        await job.complete(tx, { created: 0 });
        return;
      }
      const meeting = await getMeetingRow(tx, r.meetingId);
      if (!meeting) throw new JobFailure("meeting missing");
      const rows = r.rows;
      const active = rows.filter((x) => !x.dropped);
      const rc = await rowContext(tx, meeting, country, importId);
      const photos = await tx
        .select()
        .from(registrationImportPhotos)
        .where(eq(registrationImportPhotos.importId, importId));
      const photoBy = new Map(photos.map((p) => [p.name, p.bytes]));
      let created;
      try {
        created = await insertDelegatesTx(
          tx,
          actor,
          meeting,
          r.delegationId,
          active.map((row) => rowToInput(row, rc).input),
        );
      } catch (e) {
        const failed = e instanceof DelegateBatchError ? active[e.index] : undefined;
        if (e instanceof DelegateBatchError && failed) {
          refused = {
            row: failed.row,
            code: e.error.code,
            message: { vi: e.error.localized("vi"), en: e.error.localized("en") },
          };
        }
        throw e;
      }
      const ids = created.map((d) => d.id);
      // `created` is in the order of `active`, one delegate per row.
      for (const [i, row] of active.entries()) {
        const photoName = row.values.photo?.trim();
        const bytes = photoName ? photoBy.get(photoKey(photoName)) : undefined;
        const delegate = created[i];
        if (bytes && !delegate) throw appError("INTERNAL");
        if (bytes && delegate) await setDelegatePhotoTx(tx, actor, meeting.id, delegate.id, bytes);
      }
      await tx
        .update(registrationImports)
        .set({
          status: "committed",
          committedAt: new Date(),
          updatedAt: new Date(),
          version: sql`${registrationImports.version} + 1`,
        })
        .where(eq(registrationImports.id, importId));
      await tx.delete(registrationImportPhotos).where(eq(registrationImportPhotos.importId, importId));
      await audit(tx, actor, {
        action: "registration.import_commit",
        entity: "registration_import",
        entityId: importId,
        after: { created: ids.length, delegateIds: ids, dropped: rows.length - active.length },
      });
      await job.complete(tx, { created: ids.length } satisfies ImportCommitResult);
    });
  } catch (e) {
    if (!refused) throw e;
    // Nothing was stored: the upload waits again (ready), and the request that confirmed it says which row.
    const result: ImportCommitResult = { refused };
    await db.transaction(async (tx) => {
      await tx
        .update(registrationImports)
        .set({ status: "ready", updatedAt: new Date() })
        .where(and(eq(registrationImports.id, importId), eq(registrationImports.status, "committing")));
      await job.complete(tx, result);
    });
  }
}

/** The confirmation's job: retried after an unexpected error; after the last attempt the upload waits again. */
export const importCommitJob = defineJob<ImportCommitPayload>({
  name: "registration.import-commit",
  maxAttempts: 3,
  backoffMs: 2000,
  // A 5,000-row transaction on a busy machine: a long lease, renewed while it runs.
  leaseMs: 5 * 60_000,
  handler: (ctx, job) => storeImport(ctx.db, job),
  onFailed: async (ctx, job) => {
    await ctx.db
      .update(registrationImports)
      .set({ status: "ready", updatedAt: new Date() })
      .where(and(eq(registrationImports.id, job.payload.importId), eq(registrationImports.status, "committing")));
  },
});

/** Abandons an upload: nothing of it is stored, its waiting photos are deleted. */
export async function discardImport(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  importId: string,
  version: number,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.edit);
  const r = await importRow(ctx.db, delegationId, importId);
  if (r.status === "committed" || r.status === "discarded" || r.status === "committing")
    throw registrationErrors.IMPORT_NOT_READY({ status: r.status });
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(registrationImports)
      .set({ status: "discarded", rows: [], updatedAt: new Date(), version: sql`${registrationImports.version} + 1` })
      .where(and(eq(registrationImports.id, importId), eq(registrationImports.version, version)))
      .returning({ id: registrationImports.id });
    if (!done.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: r.version });
    await tx.delete(registrationImportPhotos).where(eq(registrationImportPhotos.importId, importId));
    await audit(tx, actor, {
      action: "registration.import_discard",
      entity: "registration_import",
      entityId: importId,
    });
  });
  return getImport(ctx, actor, meetingId, delegationId, importId);
}

/** The meeting's spreadsheet template for one delegation (xlsx or CSV), with the sessions it is invited to. */
export async function downloadTemplate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  format: "xlsx" | "csv",
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.edit);
  const sessions = await delegationSessions(ctx, a);
  const name = `${a.meeting.code}-${a.delegation.country ?? "ORG"}-delegates.${format}`;
  if (format === "csv")
    return { name, contentType: "text/csv; charset=utf-8", bytes: Buffer.from(buildCsvTemplate(sessions)) };
  const bytes = await buildTemplate({
    meetingCode: a.meeting.code,
    meetingTitleEn: a.meeting.titleEn,
    meetingTitleVi: a.meeting.titleVi,
    delegationNameEn: a.delegation.nameEn,
    delegationNameVi: a.delegation.nameVi,
    deadline: a.meeting.registrationDeadline ? deadlineText(a.meeting) : null,
    sessions,
  });
  return { name, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes };
}
