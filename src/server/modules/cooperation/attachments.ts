/**
 * An activity's documents (the invitation letter, the programme, results documents): uploaded while the activity can
 * be edited (results documents also once it is approved), read by whoever reads the activity, each action audited.
 * The type is taken from the file's first bytes, never from its name.
 */
import { and, eq } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit } from "../audit/service.js";
import { clean } from "../../../shared/text.js";
import type { AttachmentKind } from "../../../shared/cooperation.js";
import type { Activity } from "../../../shared/schemas/cooperation.js";
import { coopErrors } from "./errors.js";
import { readableActivity } from "./activities.js";
import { presentActivity } from "./present.js";
import { coopAttachments } from "./schema.js";

export const ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;
export const ATTACHMENTS_PER_ACTIVITY = 20;

/** The file's type from its first bytes: PDF, Word (docx is a zip, doc an OLE file), JPEG, PNG; else null. */
export function sniffMime(b: Buffer): string | null {
  if (b.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    return "application/msword";
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  return null;
}

/** A file name safe in a header: no path, no control characters. */
function safeName(name: string): string {
  const base = [...clean(name.split(/[\\/]/).pop() ?? "")].filter((c) => c >= " " && c !== '"').join("");
  return base.slice(0, 200) || "file";
}

export async function uploadAttachment(
  ctx: Ctx,
  actor: Actor,
  id: string,
  input: { kind: AttachmentKind; fileName: string; bytes: Buffer },
): Promise<Activity> {
  const { a, perms } = await readableActivity(ctx.db, actor, id);
  ensure(perms.edit || (input.kind === "results" && perms.reportResults));
  if (input.bytes.length > ATTACHMENT_MAX_BYTES)
    throw coopErrors.ATTACHMENT_TOO_LARGE({
      size: Math.ceil(input.bytes.length / 1024),
      max: ATTACHMENT_MAX_BYTES / 1024,
    });
  const mime = input.bytes.length ? sniffMime(input.bytes) : null;
  if (!mime) throw coopErrors.ATTACHMENT_TYPE();
  const existing = await ctx.db
    .select({ id: coopAttachments.id })
    .from(coopAttachments)
    .where(eq(coopAttachments.activityId, id));
  if (existing.length >= ATTACHMENTS_PER_ACTIVITY)
    throw coopErrors.TOO_MANY_ATTACHMENTS({ max: ATTACHMENTS_PER_ACTIVITY });
  const row = {
    id: crypto.randomUUID(),
    activityId: id,
    kind: input.kind,
    fileName: safeName(input.fileName),
    mime,
    size: input.bytes.length,
    data: input.bytes,
    uploadedBy: actor.id,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(coopAttachments).values(row);
    await audit(tx, actor, {
      action: "coop_attachment.upload",
      entity: "coop_activity",
      entityId: id,
      after: { attachmentId: row.id, kind: row.kind, fileName: row.fileName, mime, size: row.size },
    });
  });
  return presentActivity(ctx.db, actor, a, actor.language);
}

export async function downloadAttachment(
  ctx: Ctx,
  actor: Actor,
  id: string,
  attachmentId: string,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  await readableActivity(ctx.db, actor, id);
  const [f] = await ctx.db
    .select()
    .from(coopAttachments)
    .where(and(eq(coopAttachments.id, attachmentId), eq(coopAttachments.activityId, id)));
  if (!f) throw coopErrors.ATTACHMENT_NOT_FOUND();
  await audit(ctx.db, actor, {
    action: "coop_attachment.download",
    entity: "coop_activity",
    entityId: id,
    after: { attachmentId, fileName: f.fileName },
  });
  return { body: f.data, fileName: f.fileName, contentType: f.mime };
}

export async function deleteAttachment(ctx: Ctx, actor: Actor, id: string, attachmentId: string): Promise<Activity> {
  const { a, perms } = await readableActivity(ctx.db, actor, id);
  const [f] = await ctx.db
    .select({ id: coopAttachments.id, kind: coopAttachments.kind, fileName: coopAttachments.fileName })
    .from(coopAttachments)
    .where(and(eq(coopAttachments.id, attachmentId), eq(coopAttachments.activityId, id)));
  ensure(perms.edit || (f?.kind === "results" && perms.reportResults));
  if (!f) throw coopErrors.ATTACHMENT_NOT_FOUND();
  await ctx.db.transaction(async (tx) => {
    await tx.delete(coopAttachments).where(eq(coopAttachments.id, attachmentId));
    await audit(tx, actor, {
      action: "coop_attachment.delete",
      entity: "coop_activity",
      entityId: id,
      before: { attachmentId, kind: f.kind, fileName: f.fileName },
    });
  });
  return presentActivity(ctx.db, actor, a, actor.language);
}
