/**
 * What hangs on a committee task (issue 13, point 2): its checklist (whoever moves the task: add, tick, reorder,
 * delete), comments with @mentions of committee members (every reader; a mentioned member with a Focal account gets
 * a mail, recorded in the comment's transaction and delivered after it commits), and files (whoever moves the task;
 * type from the first bytes). Each write is audited on the task.
 */
import { and, asc, eq, inArray, max } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit } from "../audit/service.js";
import { activeUsersByIds } from "../people/repo.js";
import { safeFileName, sniffMime } from "../../lib/uploads.js";
import type { Task } from "../../../shared/schemas/committee.js";
import { committeeErrors } from "./errors.js";
import { readableTask, reloadTask } from "./tasks.js";
import {
  committeeMembers,
  committeeTaskChecks as C,
  committeeTaskComments,
  committeeTaskFiles as F,
} from "./schema.js";

export const TASK_FILE_MAX_BYTES = 8 * 1024 * 1024;
export const TASK_FILES_MAX = 20;

// ---------------------------------------------------------------- checklist

async function checklistWrite(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  taskId: string,
  what: Record<string, unknown>,
  write: (tx: Parameters<Parameters<Ctx["db"]["transaction"]>[0]>[0]) => Promise<void>,
): Promise<Task> {
  const { tp } = await readableTask(ctx.db, actor, meetingId, taskId);
  ensure(tp.progress);
  await ctx.db.transaction(async (tx) => {
    await write(tx);
    await audit(tx, actor, {
      action: "committee_task.checklist",
      entity: "committee_task",
      entityId: taskId,
      after: what,
    });
  });
  return reloadTask(ctx.db, actor, meetingId, taskId);
}

export async function addCheck(ctx: Ctx, actor: Actor, meetingId: string, taskId: string, text: string) {
  return checklistWrite(ctx, actor, meetingId, taskId, { added: text }, async (tx) => {
    const [r] = await tx
      .select({ n: max(C.position) })
      .from(C)
      .where(eq(C.taskId, taskId));
    await tx.insert(C).values({ id: crypto.randomUUID(), taskId, position: (r?.n ?? -1) + 1, text });
  });
}

async function existingCheck(ctx: Ctx, taskId: string, checkId: string) {
  const [c] = await ctx.db
    .select()
    .from(C)
    .where(and(eq(C.id, checkId), eq(C.taskId, taskId)));
  if (!c) throw committeeErrors.TASK_CHECK_NOT_FOUND();
  return c;
}

export async function updateCheck(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  taskId: string,
  checkId: string,
  patch: { text?: string; done?: boolean },
) {
  ensure((await readableTask(ctx.db, actor, meetingId, taskId)).tp.progress);
  const c = await existingCheck(ctx, taskId, checkId);
  return checklistWrite(
    ctx,
    actor,
    meetingId,
    taskId,
    { item: patch.text ?? c.text, done: patch.done ?? c.done },
    async (tx) => {
      const done = patch.done ?? c.done;
      await tx
        .update(C)
        .set({
          text: patch.text ?? c.text,
          done,
          doneBy: done ? (c.done ? c.doneBy : actor.id) : null,
          doneAt: done ? (c.done ? c.doneAt : new Date()) : null,
        })
        .where(eq(C.id, checkId));
    },
  );
}

export async function deleteCheck(ctx: Ctx, actor: Actor, meetingId: string, taskId: string, checkId: string) {
  ensure((await readableTask(ctx.db, actor, meetingId, taskId)).tp.progress);
  const c = await existingCheck(ctx, taskId, checkId);
  return checklistWrite(ctx, actor, meetingId, taskId, { removed: c.text }, async (tx) => {
    await tx.delete(C).where(eq(C.id, checkId));
  });
}

/** Puts the checklist in the order of `ids` (every item of the task, once). */
export async function reorderChecks(ctx: Ctx, actor: Actor, meetingId: string, taskId: string, ids: string[]) {
  ensure((await readableTask(ctx.db, actor, meetingId, taskId)).tp.progress);
  const rows = await ctx.db.select({ id: C.id }).from(C).where(eq(C.taskId, taskId)).orderBy(asc(C.position));
  const unique = new Set(ids);
  if (unique.size !== ids.length || unique.size !== rows.length || rows.some((r) => !unique.has(r.id)))
    throw committeeErrors.TASK_CHECK_NOT_FOUND();
  return checklistWrite(ctx, actor, meetingId, taskId, { reordered: ids.length }, async (tx) => {
    for (const [position, id] of ids.entries()) await tx.update(C).set({ position }).where(eq(C.id, id));
  });
}

// ---------------------------------------------------------------- comments

function mentionMail(
  lang: "vi" | "en",
  name: string,
  by: string,
  task: { number: number; title: string },
  body: string,
  url: string,
) {
  return lang === "vi"
    ? {
        subject: `${by} nhắc đến anh/chị trong nhiệm vụ #${task.number} ${task.title}`,
        text: `Kính gửi ${name},\n\n${by} đã nhắc đến anh/chị trong bình luận về nhiệm vụ #${task.number} «${task.title}»:\n\n${body}\n\nXem nhiệm vụ: ${url}\n`,
      }
    : {
        subject: `${by} mentioned you on task #${task.number} ${task.title}`,
        text: `Dear ${name},\n\n${by} mentioned you in a comment on task #${task.number} “${task.title}”:\n\n${body}\n\nOpen the task: ${url}\n`,
      };
}

export async function addComment(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  taskId: string,
  input: { body: string; mentions?: string[] },
): Promise<Task> {
  const { row, tp } = await readableTask(ctx.db, actor, meetingId, taskId);
  ensure(tp.comment);
  const mentions = [...new Set(input.mentions ?? [])];
  const members = mentions.length
    ? await ctx.db
        .select({ id: committeeMembers.id, userId: committeeMembers.userId })
        .from(committeeMembers)
        .where(and(inArray(committeeMembers.id, mentions), eq(committeeMembers.meetingId, meetingId)))
    : [];
  if (members.length !== mentions.length) throw committeeErrors.TASK_MEMBER_UNKNOWN();
  const people = await activeUsersByIds(
    ctx.db,
    members.flatMap((m) => (m.userId && m.userId !== actor.id ? [m.userId] : [])),
  );
  const url = `${ctx.config.publicUrl.replace(/\/+$/, "")}/meetings/${meetingId}/committee/tasks/${taskId}`;
  const mailIds = await ctx.db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    await tx.insert(committeeTaskComments).values({ id, taskId, authorId: actor.id, body: input.body, mentions });
    await audit(tx, actor, {
      action: "committee_task.comment",
      entity: "committee_task",
      entityId: taskId,
      after: { commentId: id, mentions },
    });
    const ids: string[] = [];
    for (const p of people) {
      const m = mentionMail(p.language, p.name, actor.name, row, input.body, url);
      ids.push(await ctx.mailer.enqueue(tx, { to: p.email, topic: "committee_task_mention", refId: taskId, ...m }));
    }
    return ids;
  });
  await ctx.mailer.deliver(ctx.db, mailIds);
  return reloadTask(ctx.db, actor, meetingId, taskId);
}

// ---------------------------------------------------------------- files

export async function uploadTaskFile(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  taskId: string,
  input: { fileName: string; bytes: Buffer },
): Promise<Task> {
  const { tp } = await readableTask(ctx.db, actor, meetingId, taskId);
  ensure(tp.progress);
  if (input.bytes.length > TASK_FILE_MAX_BYTES)
    throw committeeErrors.TASK_FILE_TOO_LARGE({
      size: Math.ceil(input.bytes.length / 1024),
      max: TASK_FILE_MAX_BYTES / 1024,
    });
  const mime = input.bytes.length ? sniffMime(input.bytes) : null;
  if (!mime) throw committeeErrors.TASK_FILE_TYPE();
  const existing = await ctx.db.select({ id: F.id }).from(F).where(eq(F.taskId, taskId));
  if (existing.length >= TASK_FILES_MAX) throw committeeErrors.TASK_TOO_MANY_FILES({ max: TASK_FILES_MAX });
  const row = {
    id: crypto.randomUUID(),
    taskId,
    fileName: safeFileName(input.fileName),
    mime,
    size: input.bytes.length,
    data: input.bytes,
    uploadedBy: actor.id,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(F).values(row);
    await audit(tx, actor, {
      action: "committee_task.file_upload",
      entity: "committee_task",
      entityId: taskId,
      after: { fileId: row.id, fileName: row.fileName, mime, size: row.size },
    });
  });
  return reloadTask(ctx.db, actor, meetingId, taskId);
}

export async function downloadTaskFile(ctx: Ctx, actor: Actor, meetingId: string, taskId: string, fileId: string) {
  await readableTask(ctx.db, actor, meetingId, taskId);
  const [f] = await ctx.db
    .select()
    .from(F)
    .where(and(eq(F.id, fileId), eq(F.taskId, taskId)));
  if (!f) throw committeeErrors.TASK_FILE_NOT_FOUND();
  await audit(ctx.db, actor, {
    action: "committee_task.file_download",
    entity: "committee_task",
    entityId: taskId,
    after: { fileId, fileName: f.fileName },
  });
  return { body: f.data, fileName: f.fileName, contentType: f.mime };
}

export async function deleteTaskFile(ctx: Ctx, actor: Actor, meetingId: string, taskId: string, fileId: string) {
  const { tp } = await readableTask(ctx.db, actor, meetingId, taskId);
  ensure(tp.progress);
  const [f] = await ctx.db
    .select({ id: F.id, fileName: F.fileName })
    .from(F)
    .where(and(eq(F.id, fileId), eq(F.taskId, taskId)));
  if (!f) throw committeeErrors.TASK_FILE_NOT_FOUND();
  await ctx.db.transaction(async (tx) => {
    await tx.delete(F).where(eq(F.id, fileId));
    await audit(tx, actor, {
      action: "committee_task.file_delete",
      entity: "committee_task",
      entityId: taskId,
      before: { fileId, fileName: f.fileName },
    });
  });
  return reloadTask(ctx.db, actor, meetingId, taskId);
}
