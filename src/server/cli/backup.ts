/**
 * `npm run backup [FILE]` writes a consistent copy of the embedded database (a gzip tar of the PGlite data
 * directory) to FILE, by default `backups/focal-<timestamp>.tar.gz`. When Focal is running on the directory, Focal
 * itself writes the copy (see db/backup.ts). On PostgreSQL (DATABASE_URL) the tool is pg_dump.
 */
import fs from "node:fs";
import path from "node:path";
import { acquireDirLock, DataDirInUseError } from "../db/lock.js";
import { defaultBackupFile, dumpToFile, isDataDir, openRaw, requestBackup } from "../db/backup.js";
import { CliError, config, runCli } from "./common.js";

const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
    throw new CliError("usage: npm run backup [FILE]   (default: backups/focal-<timestamp>.tar.gz)", 2);
  }
  const cfg = config();
  if (cfg.databaseUrl) {
    throw new CliError(
      "Focal runs on PostgreSQL (DATABASE_URL), so back it up with PostgreSQL's own tool, for example:\n" +
        '  pg_dump --format=custom --file=focal.dump "$DATABASE_URL"\n' +
        'and restore with: pg_restore --clean --if-exists --dbname="$DATABASE_URL" focal.dump',
    );
  }
  const dir = cfg.dataDir;
  if (!isDataDir(dir)) throw new CliError(`there is no Focal database in ${dir} (set FOCAL_DATA_DIR).`);
  const file = path.resolve(args[0] ?? defaultBackupFile(new Date(), cfg.backupDir));
  if (fs.existsSync(file)) throw new CliError(`${file} already exists; choose another file name.`);

  let lock;
  try {
    lock = acquireDirLock(dir);
  } catch (err) {
    if (!(err instanceof DataDirInUseError)) throw err;
    // Focal is running on the directory: it alone may read it, so it writes the copy for us.
    console.log(`Focal (pid ${err.pid}) is running on ${dir}; asking it to write the backup…`);
    const answer = await requestBackup(dir, err.pid, file);
    if (!answer) {
      throw new CliError(
        `Focal (pid ${err.pid}) did not answer within two minutes. Stop it and run "npm run backup" again, ` +
          `or check its log for "backup failed".`,
      );
    }
    if (!answer.ok) throw new CliError(`the running Focal could not write the backup: ${answer.error}`);
    console.log(`Backup written to ${file} (${size(answer.bytes ?? 0)}), taken by the running Focal.`);
    return;
  }
  try {
    const pglite = await openRaw(dir);
    try {
      const bytes = await dumpToFile(pglite, file);
      console.log(`Backup written to ${file} (${size(bytes)}).`);
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
}

runCli("backup", main);
