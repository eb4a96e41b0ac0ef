import { loadConfig, ConfigError } from "./config.js";
import { openDatabase } from "./db/client.js";
import { DataDirInUseError } from "./db/lock.js";
import { serveBackupRequests } from "./db/backup.js";
import { createMailer } from "./mail/mailer.js";
import { buildApp } from "./app.js";
import { seedDemoIfEmpty } from "./seed/demo.js";
import { fillNameSortKeys } from "./modules/meetings/repo.js";
import { demoUsers } from "./modules/people/seed.js";
import { DEMO_PASSWORD } from "./seed/ids.js";
import { errnoCode } from "./lib/errno.js";

/** Milliseconds since the process started (performance's origin), for the start-up line. */
const since = () => Math.round(performance.now());

async function main() {
  const phases: string[] = [`loaded ${since()} ms`];
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Focal cannot start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  let database;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (err) {
    if (err instanceof DataDirInUseError) {
      console.error(`Focal cannot start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  // Delegates written before their name key existed get it now, before any list is served (migration 0013); several
  // processes started together on one PostgreSQL take turns, so none resets keys another is serving from.
  await database.exclusive(() => fillNameSortKeys(database.db));
  phases.push(`database ${since()} ms`);
  const mailer = createMailer(config.smtpUrl, config.mailFrom);
  const ctx = { db: database.db, database, config, mailer };
  const app = await buildApp(ctx, { logger: { level: config.logLevel }, serveWeb: true });

  phases.push(`app ${since()} ms`);
  // Several processes started together on one PostgreSQL: one seeds, the others wait and find the demo there.
  const seeded = config.seedDemo ? await database.exclusive(() => seedDemoIfEmpty(database.db)) : false;
  if (seeded) phases.push(`demo data ${since()} ms`);
  // `npm run backup` while Focal runs: Focal writes the copy itself (db/backup.ts).
  if (database.pglite) serveBackupRequests(config.dataDir, database.pglite, app.log);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    const code = errnoCode(err);
    if (code === "EADDRINUSE" || code === "EACCES") {
      console.error(
        `Focal cannot start: ${config.host}:${config.port} is ${code === "EADDRINUSE" ? "already in use" : "not allowed"}. ` +
          `Set PORT to another port.`,
      );
      await database.close();
      process.exit(1);
    }
    throw err;
  }
  const where = database.kind === "pglite" ? `embedded PostgreSQL in ${config.dataDir}` : "PostgreSQL (DATABASE_URL)";
  phases.push(`listening ${since()} ms`);
  const lines = [`Focal is running at ${config.publicUrl} on ${where}.`, `Started: ${phases.join(", ")}.`];
  if (seeded) {
    lines.push(`ACCSM 21 demo data loaded. Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const u of demoUsers) lines.push(`  ${u.email.padEnd(28)} ${u.grants.map((g) => g[0]).join(", ")}`);
    lines.push("  contact.<country>@demo.focal  delegation contact (e.g. contact.thailand@demo.focal)");
  }
  console.log(lines.join("\n"));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
