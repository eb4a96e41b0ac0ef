/**
 * `npm run restore FILE` replaces the embedded database's data directory with a backup made by `npm run backup`.
 * It refuses while Focal is running on the directory, checks that the file is a Focal database before touching
 * anything, and keeps the replaced directory beside it (`<dir>.before-restore-<timestamp>`).
 */
import fs from "node:fs";
import path from "node:path";
import { acquireDirLock, DataDirInUseError, type DirLock } from "../db/lock.js";
import { isDataDir, openRaw, readDump } from "../db/backup.js";
import { CliError, config, runCli } from "./common.js";
import { formatMessage } from "../../shared/message.js";
import { errorMessage } from "../lib/errno.js";

interface Summary {
  users: number;
  migrations: number;
}

/** Opens a restored copy and reads enough to know it is a Focal database. */
async function inspect(dir: string, dump?: Blob): Promise<Summary> {
  const pglite = await openRaw(dir, dump);
  try {
    const u = await pglite.query<{ n: number }>("select count(*)::int as n from users");
    const m = await pglite.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations");
    return { users: u.rows[0]?.n ?? 0, migrations: m.rows[0]?.n ?? 0 };
  } finally {
    await pglite.close();
  }
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length !== 1 || args[0]!.startsWith("-")) throw new CliError("usage: npm run restore FILE", 2);
  const cfg = config();
  if (cfg.databaseUrl) {
    throw new CliError(
      "Focal runs on PostgreSQL (DATABASE_URL); restore a pg_dump backup with PostgreSQL's own tool, for example:\n" +
        '  pg_restore --clean --if-exists --dbname="$DATABASE_URL" focal.dump',
    );
  }
  const file = path.resolve(args[0]!);
  if (!fs.existsSync(file)) throw new CliError(`${file} does not exist.`);
  const dir = cfg.dataDir;
  fs.mkdirSync(dir, { recursive: true });

  let lock: DirLock;
  try {
    lock = acquireDirLock(dir);
  } catch (err) {
    if (err instanceof DataDirInUseError) {
      throw new CliError(
        `Focal (pid ${err.pid}) is running on ${dir}. Stop it first: a restore replaces the whole data directory.`,
      );
    }
    throw err;
  }
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  const staging = `${dir}.restoring-${stamp}`;
  let stagingLock: DirLock | null = null;
  try {
    // 1. Check the backup before touching anything.
    let summary: Summary;
    try {
      summary = await inspect("memory://", readDump(file));
    } catch (err) {
      throw new CliError(`${file} is not a Focal backup (${errorMessage(err)}).`);
    }

    // 2. Unpack it beside the data directory, locked so that nobody opens it half-written.
    fs.mkdirSync(staging);
    stagingLock = acquireDirLock(staging);
    await inspect(staging, readDump(file));
    // The backup carries the lock file of the process that took it; this process holds the staging lock now.
    fs.writeFileSync(path.join(staging, "focal.lock"), String(process.pid));

    // 3. Swap the directories; the old one is kept.
    let kept: string | null = null;
    if (isDataDir(dir)) {
      kept = `${dir}.before-restore-${stamp}`;
      fs.renameSync(dir, kept);
      fs.rmSync(path.join(kept, "focal.lock"), { force: true });
    } else {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    fs.renameSync(staging, dir);
    console.log(
      `Restored ${file} into ${dir} (${formatMessage("en", "{users, plural, one {# user} other {# users}}, {migrations, plural, one {# migration} other {# migrations}}", { users: summary.users, migrations: summary.migrations })}; ` +
        `newer migrations run on the next start).`,
    );
    if (kept) console.log(`The replaced data directory is kept at ${kept}; delete it when you no longer need it.`);
  } finally {
    stagingLock?.release();
    lock.release();
    // After the swap the locks' files moved with their directories; remove ours wherever it now is.
    for (const d of [dir, staging]) {
      const f = path.join(d, "focal.lock");
      if (fs.existsSync(f) && fs.readFileSync(f, "utf8").trim() === String(process.pid)) fs.rmSync(f);
    }
    if (fs.existsSync(staging)) fs.rmSync(staging, { recursive: true, force: true });
  }
}

runCli("restore", main);
