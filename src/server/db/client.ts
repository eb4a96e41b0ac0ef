import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import pg from "pg";
import { acquireDirLock, type DirLock } from "./lock.js";
import { pgliteNotices, postgresNotices, type Notices } from "./notify.js";

type Schema = Record<string, never>;
/** One database type for both drivers: module code never knows which one it talks to. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** PGlite only: the embedded instance, used by backup. */
  pglite: PGlite | null;
  /** Invalidation notices of this connection: what keeps the in-memory caches right (db/notify.ts, decision 027). */
  notices: Notices;
  close(): Promise<void>;
}

/** The PostgreSQL extensions Focal uses, loaded into PGlite. */
export const pgliteExtensions = { pg_trgm, unaccent };

export const migrationsFolder = path.resolve(import.meta.dirname, "migrations");

export interface OpenOptions {
  databaseUrl: string | null;
  /** Directory for PGlite, or "memory://" for a throw-away database (tests). */
  dataDir: string;
  /** PGlite only: start from this dump (`dumpDataDir()`) instead of an empty database (test templates). */
  loadDataDir?: Blob;
}

/** Opens the configured database, takes the data-directory lock for PGlite, and applies migrations. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection that dies (PostgreSQL restarted, a connection killed by an administrator) must not take
    // the process down: without a listener the pool's "error" event is an uncaught exception. The pool reconnects.
    let closing = false;
    pool.on("error", (err) => {
      if (!closing) console.error(`PostgreSQL connection lost (Focal reconnects on the next query): ${err.message}`);
    });
    const db = drizzlePg(pool) as unknown as Db;
    await pool.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await migratePg(drizzlePg(pool), { migrationsFolder });
    const notices = await postgresNotices(opts.databaseUrl);
    return {
      db,
      kind: "postgres",
      pglite: null,
      notices,
      close: async () => {
        closing = true;
        await notices.close();
        await pool.end();
      },
    };
  }
  let lock: DirLock | null = null;
  if (!opts.dataDir.startsWith("memory://")) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    lock = acquireDirLock(opts.dataDir);
  }
  try {
    const client = await PGlite.create(opts.dataDir, {
      extensions: pgliteExtensions,
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
    await client.exec("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    const db = drizzlePglite(client) as unknown as Db;
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    const notices = await pgliteNotices(client);
    return {
      db,
      kind: "pglite",
      pglite: client,
      notices,
      close: async () => {
        await notices.close();
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Runs raw SQL and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const res: unknown = await db.execute(query);
  return (res as { rows: T[] }).rows;
}
