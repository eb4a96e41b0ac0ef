import { eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import type { LogisticsSettings, LogisticsSettingsPatch } from "../../../shared/schemas/logistics.js";
import { logisticsSettings } from "./schema.js";
import { requireLogistics } from "./policy.js";

export type SettingsValues = Omit<LogisticsSettings, "canEdit" | "permissions">;
const defaults: SettingsValues = { transferWindowMinutes: 60, liaisonNoticeDays: 7, shuttleMinutes: 30, version: 0 };

/** A meeting's logistics settings (the defaults until first saved). No permission check: the areas' services read it. */
export async function settingsOf(db: Executor, meetingId: string): Promise<SettingsValues> {
  const [row] = await db.select().from(logisticsSettings).where(eq(logisticsSettings.meetingId, meetingId));
  return row
    ? {
        transferWindowMinutes: row.transferWindowMinutes,
        liaisonNoticeDays: row.liaisonNoticeDays,
        shuttleMinutes: row.shuttleMinutes,
        version: row.version,
      }
    : defaults;
}

export async function getSettings(ctx: Ctx, actor: Actor, meetingId: string): Promise<LogisticsSettings> {
  const { perms } = await requireLogistics(
    ctx.db,
    actor,
    meetingId,
    (p) => p.read || p.liaisonOfficer || p.readSecurity,
  );
  const { meetingId: _, ...permissions } = perms;
  return { ...(await settingsOf(ctx.db, meetingId)), canEdit: perms.manage, permissions };
}

/** Changes the settings (logistics keepers). `version` 0 = never saved. Audited; stale version → 409. */
export async function updateSettings(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  patch: LogisticsSettingsPatch,
): Promise<LogisticsSettings> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const { version, ...values } = patch;
  await ctx.db.transaction(async (tx) => {
    const before = await settingsOf(tx, meetingId);
    if (before.version !== version) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await tx
      .insert(logisticsSettings)
      .values({ meetingId, ...before, ...values, version: 1 })
      .onConflictDoUpdate({
        target: logisticsSettings.meetingId,
        set: { ...values, version: sql`${logisticsSettings.version} + 1`, updatedAt: new Date() },
      });
    await audit(tx, actor, {
      action: "logistics_settings.update",
      entity: "logistics_settings",
      entityId: meetingId,
      before,
      after: { ...before, ...values },
    });
  });
  return getSettings(ctx, actor, meetingId);
}
