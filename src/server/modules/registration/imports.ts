/**
 * Bulk upload of a delegation's list. The file is read and every row checked in the background, with progress the
 * page polls; the rows wait (with their problems) until the contact has fixed or dropped every bad one and confirms.
 * Only then are the delegates written — all of them in one transaction, or none.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import type { Lang } from "../../../shared/errors.js";
import { audit } from "../audit/service.js";
import { DelegateBatchError, insertDelegatesTx, setDelegatePhotoTx } from "../meetings/delegates.js";
import { meetingErrors } from "../meetings/errors.js";
import { listSessionsOf } from "../meetings/programme.js";
import type { MeetingRow } from "../meetings/policy.js";
import { getMeetingRow } from "../meetings/service.js";
import { deadlineText, delegationAccess, ensureDirectEdit, ensureEditor, type RegistrationAccess } from "./access.js";
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
/** A check that has not moved for this long was cut off (the server restarted): it is reported as failed. */
const STALE_MS = 10 * 60_000;

type ImportDbRow = typeof registrationImports.$inferSelect;

/** Checks running in this process, so a caller (tests, shutdown) can wait for them. */
const running = new Set<Promise<void>>();
export async function settleImports(): Promise<void> {
  await Promise.allSettled([...running]);
}

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
  const stale = r.status === "parsing" && Date.now() - r.updatedAt.getTime() > STALE_MS;
  const status = stale ? "failed" : r.status;
  const rows = (r.rows as ImportRow[]) ?? [];
  const dups = fileDuplicates(rows);
  const presented = rows.map((x) => ({
    row: x.row,
    values: x.values,
    sessionIds: x.sessionIds,
    unknownSessions: x.unknownSessions,
    dropped: x.dropped,
    problems: allProblems(x, dups).map((p) => ({ field: p.field, code: p.code, message: p.message[lang] })),
  }));
  const err = r.error as { code: string; message: { vi: string; en: string } } | null;
  const interrupted = {
    vi: "Việc kiểm tra tệp bị gián đoạn; hãy tải tệp lên lại.",
    en: "Checking the file was interrupted; upload it again.",
  };
  return {
    id: r.id,
    delegationId: r.delegationId,
    fileName: r.fileName,
    format: r.format,
    status,
    progress: { done: r.done, total: r.total },
    error: stale
      ? { code: "IMPORT_INTERRUPTED", message: interrupted[lang] }
      : err
        ? { code: err.code, message: err.message[lang] }
        : null,
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

/** Reads the file and checks every row, recording progress; ends `ready` (rows with problems) or `failed`. */
async function processImport(
  ctx: Ctx,
  importId: string,
  bytes: Buffer,
  format: "xlsx" | "csv",
  fileName: string,
  a: RegistrationAccess,
) {
  const db = ctx.db;
  const setStatus = (values: Partial<typeof registrationImports.$inferInsert>) =>
    db
      .update(registrationImports)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(registrationImports.id, importId), eq(registrationImports.status, "parsing")));
  try {
    const parsed = await readSpreadsheet(bytes, format);
    if (parsed.rows.length > IMPORT_MAX_ROWS) {
      const e = registrationErrors.IMPORT_TOO_MANY_ROWS({ rows: parsed.rows.length, max: IMPORT_MAX_ROWS });
      await setStatus({
        status: "failed",
        error: { code: e.code, message: { vi: e.localized("vi"), en: e.localized("en") } },
      });
      return;
    }
    const meeting = (await getMeetingRow(db, a.meeting.id)) ?? a.meeting;
    const sessions = await listSessionsOf(db, meeting);
    const byRef = new Map(sessions.map((s) => [sessionRef(s.id), s.id]));
    const rows: ImportRow[] = parsed.rows.map((r) => ({
      row: r.row,
      values: r.values,
      sessionIds: r.sessions.filter((s) => byRef.has(s.ref)).map((s) => byRef.get(s.ref)!),
      unknownSessions: r.sessions.filter((s) => !byRef.has(s.ref)).map((s) => s.label),
      dropped: false,
      problems: [],
    }));
    await setStatus({ total: rows.length, done: 0 });
    const rc = await rowContext(db, meeting, a.delegation.country, importId);
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const found = await checkRows(db, chunk, rc);
      chunk.forEach((r, j) => (r.problems = found[j]!));
      await setStatus({ done: Math.min(i + CHUNK, rows.length) });
      // Let other requests (the page polling this progress among them) in between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await setStatus({ status: "ready", rows, done: rows.length });
  } catch (err) {
    const reason =
      err instanceof FileProblem
        ? { en: err.en, vi: err.vi }
        : { en: "an unexpected error occurred while reading it", vi: "đã xảy ra lỗi khi đọc tệp" };
    if (!(err instanceof FileProblem)) console.error("registration import failed", err);
    const { e, message } = fileInvalid(fileName, reason);
    await setStatus({ status: "failed", error: { code: e.code, message } }).catch(() => undefined);
  }
}

export interface UploadInput {
  fileName: string;
  /** The file, base64. */
  data: string;
  /** Photos named in the Photo column, base64. */
  photos?: { name: string; data: string }[];
}

const decode = (data: string) => Buffer.from(data.replace(/^data:[^,]*,/, ""), "base64");

/**
 * Starts an upload (the delegation's contact before the deadline, or the host): stores the waiting photos and
 * answers at once with status `parsing`; poll `getImport` for progress and, when `ready`, the rows and problems.
 */
export async function startImport(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, input: UploadInput) {
  const a = await delegationAccess(ctx.db, actor, meetingId, delegationId);
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
  const photos = new Map<string, { name: string; bytes: Buffer }>();
  for (const p of input.photos ?? []) photos.set(photoKey(p.name), { name: p.name, bytes: decode(p.data) });
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
    await tx.insert(registrationImports).values(row);
    for (const [key, p] of photos) {
      await tx
        .insert(registrationImportPhotos)
        .values({ importId: id, name: key, contentType: photoKind(p.bytes), size: p.bytes.length, bytes: p.bytes });
    }
    await audit(tx, actor, {
      action: "registration.import_start",
      entity: "registration_import",
      entityId: id,
      after: { ...row, size: bytes.length, photos: [...photos.keys()] },
    });
  });
  const view = await getImport(ctx, actor, meetingId, delegationId, id);
  // Checked after this answer is on its way (an embedded database runs one query at a time).
  const job = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
    processImport(ctx, id, bytes, format, input.fileName, a),
  );
  running.add(job);
  void job.finally(() => running.delete(job));
  return view;
}

async function importRow(db: Executor, delegationId: string, importId: string) {
  const [r] = await db
    .select()
    .from(registrationImports)
    .where(and(eq(registrationImports.id, importId), eq(registrationImports.delegationId, delegationId)));
  if (!r) throw registrationErrors.IMPORT_NOT_FOUND();
  return r;
}

/** An upload with its progress and, once checked, its rows and their problems (host, the delegation's contact). */
export async function getImport(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, importId: string) {
  const a = await delegationAccess(ctx.db, actor, meetingId, delegationId);
  ensureEditor(a);
  return presentImport(await importRow(ctx.db, delegationId, importId), actor.language, true);
}

/** The delegation's recent uploads, without their rows. */
export async function listImports(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const a = await delegationAccess(ctx.db, actor, meetingId, delegationId);
  ensureEditor(a);
  const rows = await ctx.db
    .select()
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
  const a = await delegationAccess(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  const r = await importRow(ctx.db, delegationId, importId);
  ensureReady(r, edit.version);
  const rows = structuredClone(r.rows as ImportRow[]);
  const row = rows.find((x) => x.row === rowNumber);
  if (!row) throw registrationErrors.IMPORT_ROW_NOT_FOUND({ row: rowNumber });
  const before = structuredClone(row);
  if (edit.values) {
    for (const [k, v] of Object.entries(edit.values) as [ImportField, string][]) {
      if (!importFields.includes(k)) continue;
      const t = (v ?? "").trim();
      if (t) row.values[k] = t;
      else delete row.values[k];
    }
  }
  if (edit.sessionIds) {
    row.sessionIds = [...new Set(edit.sessionIds)];
    row.unknownSessions = [];
  }
  if (edit.dropped !== undefined) row.dropped = edit.dropped;
  row.problems = (
    await checkRows(ctx.db, [row], await rowContext(ctx.db, a.meeting, a.delegation.country, importId))
  )[0]!;
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
  const a = await delegationAccess(ctx.db, actor, meetingId, delegationId);
  ensureDirectEdit(a);
  if (a.meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const r = await importRow(ctx.db, delegationId, importId);
  ensureReady(r, version);
  const rows = structuredClone(r.rows as ImportRow[]);
  const active = rows.filter((x) => !x.dropped);
  if (!active.length) throw registrationErrors.IMPORT_EMPTY();
  const rc = await rowContext(ctx.db, a.meeting, a.delegation.country, importId);
  const found = await checkRows(ctx.db, active, rc);
  active.forEach((row, i) => (row.problems = found[i]!));
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
  const created = await ctx.db.transaction(async (tx) => {
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
        a.meeting,
        delegationId,
        active.map((row) => rowToInput(row, rc).input),
      );
    } catch (e) {
      if (e instanceof DelegateBatchError)
        throw registrationErrors.IMPORT_HAS_PROBLEMS({ count: 1 }, [
          {
            row: active[e.index]!.row,
            problems: [{ field: "row", code: e.error.code, message: e.error.localized(actor.language) }],
          },
        ]);
      throw e;
    }
    const ids = created.map((d) => d.id);
    for (const [i, row] of active.entries()) {
      const photoName = row.values.photo?.trim();
      const bytes = photoName ? photoBy.get(photoKey(photoName)) : undefined;
      if (bytes) await setDelegatePhotoTx(tx, actor, meetingId, ids[i]!, bytes);
    }
    const done = await tx
      .update(registrationImports)
      .set({
        status: "committed",
        committedAt: new Date(),
        updatedAt: new Date(),
        version: sql`${registrationImports.version} + 1`,
      })
      .where(and(eq(registrationImports.id, importId), eq(registrationImports.version, version)))
      .returning({ id: registrationImports.id });
    if (!done.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: r.version });
    await tx.delete(registrationImportPhotos).where(eq(registrationImportPhotos.importId, importId));
    await audit(tx, actor, {
      action: "registration.import_commit",
      entity: "registration_import",
      entityId: importId,
      after: { created: ids.length, delegateIds: ids, dropped: rows.length - active.length },
    });
    return ids;
  });
  return { ...(await getImport(ctx, actor, meetingId, delegationId, importId)), created: created.length };
}

/** Abandons an upload: nothing of it is stored, its waiting photos are deleted. */
export async function discardImport(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  importId: string,
  version: number,
) {
  const a = await delegationAccess(ctx.db, actor, meetingId, delegationId);
  ensureEditor(a);
  const r = await importRow(ctx.db, delegationId, importId);
  if (r.status === "committed" || r.status === "discarded")
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
  const a = await delegationAccess(ctx.db, actor, meetingId, delegationId);
  ensureEditor(a);
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
