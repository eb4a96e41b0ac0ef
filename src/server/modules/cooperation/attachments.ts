/**
 * An activity's documents (the invitation letter, the programme, results documents): uploaded while the activity can
 * be edited (results documents also once it is approved), read by whoever reads the activity, each action audited.
 * The type is taken from the file's first bytes, never from its name.
 */
import { and, eq } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit } from "../audit/service.js";
import { safeFileName as safeName, sniffMime } from "../../lib/uploads.js";
import type { AttachmentKind } from "../../../shared/cooperation.js";
import type { Activity } from "../../../shared/schemas/cooperation.js";
import { coopErrors } from "./errors.js";
import { readableActivity } from "./activities.js";
import { presentActivity } from "./present.js";
import { coopAttachments } from "./schema.js";

export const ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;
export const ATTACHMENTS_PER_ACTIVITY = 20;

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
