import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { FastifyBaseLogger } from "fastify";
import { pgliteExtensions, pgliteStartParams } from "./client.js";
import { errorMessage } from "../lib/errno.js";

/**
 * Backups of the embedded database. PGlite's `dumpDataDir()` tars the data directory from inside the running
 * instance while no query runs, so the copy is crash-consistent (committed work is in it; recovery on restore
 * drops anything half-done). Only one process may open a data directory, so a backup while Focal is running is
 * taken by Focal itself: the `backup` command leaves a request in the data directory and signals the process that
 * holds the lock (SIGUSR2); Focal writes the file and answers beside the request.
 */

const REQUEST = "focal-backup.request.json";
const answerFile = (dir: string, id: string) => path.join(dir, `focal-backup.${id}.answer.json`);

export interface BackupAnswer {
  ok: boolean;
  bytes?: number;
  error?: string;
}

/** A file name for a backup taken now: `backups/focal-2026-01-31T08-15-00Z.tar.gz` (in `dir`, by default `backups`). */
export function defaultBackupFile(now = new Date(), dir = "backups"): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  return path.resolve(dir, `focal-${stamp}.tar.gz`);
}

/** True when the directory holds a PostgreSQL data directory. */
export function isDataDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, "PG_VERSION"));
}

/** Writes a gzip tar of the instance's data directory to `file` (atomically: a partial file never has the name). */
export async function dumpToFile(pglite: PGlite, file: string): Promise<number> {
  await pglite.exec("CHECKPOINT");
  const blob = await pglite.dumpDataDir("gzip");
  const bytes = Buffer.from(await blob.arrayBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  fs.writeFileSync(partial, bytes, { mode: 0o600 });
  fs.renameSync(partial, file);
  return bytes.length;
}

/** Opens a PGlite data directory as it is (no migrations), optionally filling it from a dump first. */
export function openRaw(dir: string, dump?: Blob): Promise<PGlite> {
  return PGlite.create(dir, {
    extensions: pgliteExtensions,
    startParams: pgliteStartParams,
    ...(dump ? { loadDataDir: dump } : {}),
  });
}

/** Reads a backup file as the Blob PGlite loads (gzip is recognised by the name). */
export function readDump(file: string): Blob {
  return new File([fs.readFileSync(file)], path.basename(file).endsWith(".tar") ? "dump.tar" : "dump.tar.gz", {
    type: file.endsWith(".tar") ? "application/x-tar" : "application/x-gzip",
  });
}

/**
 * In the running Focal: answers backup requests from the `backup` command (see above). The request must sit in
 * the data directory, which only the operator who runs Focal can write.
 */
export function serveBackupRequests(dataDir: string, pglite: PGlite, log: Pick<FastifyBaseLogger, "info" | "error">) {
  let busy = false;
  const handle = async () => {
    if (busy) return;
    busy = true;
    const reqFile = path.join(dataDir, REQUEST);
    let id = "";
    try {
      if (!fs.existsSync(reqFile)) return;
      const req = JSON.parse(fs.readFileSync(reqFile, "utf8")) as { id: string; file: string };
      fs.rmSync(reqFile, { force: true });
      id = String(req.id).replace(/[^A-Za-z0-9-]/g, "");
      if (!id || !path.isAbsolute(req.file)) throw new Error("malformed backup request");
      const bytes = await dumpToFile(pglite, req.file);
      log.info({ file: req.file, bytes }, "backup written");
      fs.writeFileSync(answerFile(dataDir, id), JSON.stringify({ ok: true, bytes } satisfies BackupAnswer));
    } catch (err) {
      log.error({ err }, "backup failed");
      if (id) {
        const answer: BackupAnswer = { ok: false, error: errorMessage(err) };
        fs.writeFileSync(answerFile(dataDir, id), JSON.stringify(answer));
      }
    } finally {
      busy = false;
    }
  };
  process.on("SIGUSR2", () => void handle());
}

/** In the `backup` command: asks the Focal process `pid` that holds `dataDir` to write a backup to `file`. */
export async function requestBackup(dataDir: string, pid: number, file: string, timeoutMs = 120_000) {
  const id = crypto.randomUUID();
  const reqFile = path.join(dataDir, REQUEST);
  fs.writeFileSync(reqFile, JSON.stringify({ id, file: path.resolve(file) }), { mode: 0o600 });
  const answer = answerFile(dataDir, id);
  try {
    process.kill(pid, "SIGUSR2");
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (fs.existsSync(answer)) {
        const res = JSON.parse(fs.readFileSync(answer, "utf8")) as BackupAnswer;
        return res;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return null;
  } finally {
    fs.rmSync(answer, { force: true });
    fs.rmSync(reqFile, { force: true });
  }
}
