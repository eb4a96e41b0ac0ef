/**
 * Backups from the administration area: the list of backup files in the backup folder (FOCAL_BACKUP_DIR, by default
 * `backups/`, where `npm run backup` writes too), a download of one, and a backup taken now by the running Focal
 * (the same copy the `backup` command asks for, db/backup.ts). Administrators only; taking and downloading are
 * audited. On PostgreSQL backups are PostgreSQL's business (pg_dump), and the list says so.
 */
import fs from "node:fs";
import path from "node:path";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { backupPermissions } from "./policy.js";
import { defaultBackupFile, dumpToFile } from "../../db/backup.js";
import { audit, registerAuditLabeler } from "../audit/service.js";
import { backupErrors } from "./errors.js";

/** What a backup file may be called: no folders, no hidden files, a tar or gzip tar. */
export const BACKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.tar(\.gz)?$/;

// A backup is named by its file name.
registerAuditLabeler("backup", async (_db, ids) => new Map(ids.map((id) => [id, id])));

export interface BackupFile {
  name: string;
  size: number;
  createdAt: string;
}

export function backupEngine(ctx: Ctx): "pglite" | "postgres" {
  return ctx.database.pglite ? "pglite" : "postgres";
}

/** The backup files, newest first. */
export function listBackups(ctx: Ctx, actor: Actor): { engine: "pglite" | "postgres"; items: BackupFile[] } {
  ensure(backupPermissions(actor).manage);
  const dir = ctx.config.backupDir;
  const items: BackupFile[] = [];
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir)) {
      if (!BACKUP_NAME.test(name)) continue;
      const st = fs.statSync(path.join(dir, name));
      if (st.isFile()) items.push({ name, size: st.size, createdAt: st.mtime.toISOString() });
    }
  }
  items.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  return { engine: backupEngine(ctx), items };
}

let busy = false;

/** Takes a backup now (PGlite): a gzip tar of the data directory, written by this process. */
export async function takeBackup(ctx: Ctx, actor: Actor): Promise<BackupFile> {
  ensure(backupPermissions(actor).manage);
  const pglite = ctx.database.pglite;
  if (!pglite) throw backupErrors.BACKUP_USE_PG_DUMP();
  if (busy) throw backupErrors.BACKUP_BUSY();
  busy = true;
  try {
    let file = defaultBackupFile(new Date(), ctx.config.backupDir);
    // Two backups in the same second get distinct names.
    for (let i = 2; fs.existsSync(file); i++) file = file.replace(/(-\d+)?\.tar\.gz$/, `-${i}.tar.gz`);
    const bytes = await dumpToFile(pglite, file);
    const name = path.basename(file);
    await ctx.db.transaction(async (tx) => {
      await audit(tx, actor, { action: "backup.create", entity: "backup", entityId: name, after: { file: name, bytes } });
    });
    return { name, size: bytes, createdAt: fs.statSync(file).mtime.toISOString() };
  } finally {
    busy = false;
  }
}

/** Opens one backup for download, after recording who downloads it. */
export async function openBackup(ctx: Ctx, actor: Actor, name: string) {
  ensure(backupPermissions(actor).manage);
  const file = path.join(ctx.config.backupDir, name);
  if (!BACKUP_NAME.test(name) || !fs.existsSync(file) || !fs.statSync(file).isFile())
    throw backupErrors.BACKUP_NOT_FOUND({ name });
  const size = fs.statSync(file).size;
  await ctx.db.transaction(async (tx) => {
    await audit(tx, actor, { action: "backup.download", entity: "backup", entityId: name, after: { file: name, bytes: size } });
  });
  return { stream: fs.createReadStream(file), size, name };
}
