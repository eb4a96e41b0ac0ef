import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type pg from "pg";
import { acquireDirLock, type DirLock } from "./lock.js";
import { migrationsFolder } from "../paths.js";
import { freshDatabaseTemplate } from "./template.js";
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
  /**
   * Runs `fn` while no other Focal process on this database runs its own start-up work (migrations, the demo seed):
   * several processes started together on one PostgreSQL take turns (a session advisory lock), and the later ones
   * find the work done. PGlite: one process per data directory already, so `fn` simply runs.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Invalidation notices of this connection: what keeps the in-memory caches right (db/notify.ts, decision 027). */
  notices: Notices;
  close(): Promise<void>;
}

/** The advisory lock key Focal's start-up work takes on PostgreSQL (an arbitrary constant: "Focal" in ASCII). */
export const START_LOCK_KEY = 0x466f63616c;

/** Runs `fn` holding the start-up advisory lock on a connection of its own, released however `fn` ends. */
async function underStartLock<T>(pool: pg.Pool, fn: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("select pg_advisory_lock($1)", [START_LOCK_KEY]);
    try {
      return await fn();
    } finally {
      // A connection that fails here is dropped below, which frees the lock all the same.
      await client.query("select pg_advisory_unlock($1)", [START_LOCK_KEY]).catch((err: Error) => (broken = err));
    }
  } finally {
    client.release(broken);
  }
}
/**
 * PGlite's own bytea conversions go byte by byte through JavaScript strings (about a second and a half for a
 * megabyte: photos, badge PDFs, files); Buffer's hex codec does the same in native code. Text format, hex output.
 */
const BYTEA = 17;
export const pgliteByteaCodecs = {
  serializers: {
    [BYTEA]: (v: unknown) =>
      v instanceof Uint8Array ? `\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex")}` : String(v),
  },
  parsers: { [BYTEA]: (v: string) => Buffer.from(v.slice(2), "hex") },
};

/**
 * PGlite's start parameters: its own defaults, with 16 MB of shared buffers instead of initdb's 128 MB. PGlite
 * allocates and zeroes its shared memory at start inside its WebAssembly memory, which never shrinks, so the buffers
 * are resident from the first second (about 130 MB of the process's memory at rest). Its data files are read through
 * the operating system's page cache anyway, so a smaller pool costs a read call, not a disk read (decision 029).
 */
export const pgliteStartParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/** The PostgreSQL extensions Focal uses, loaded into PGlite. */
export const pgliteExtensions = { pg_trgm, unaccent };

export { migrationsFolder };

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
    // The PostgreSQL driver is loaded only when it is used: an embedded start does not pay for it.
    const [{ default: pgModule }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
      import("pg"),
      import("drizzle-orm/node-postgres"),
      import("drizzle-orm/node-postgres/migrator"),
    ]);
    const pool = new pgModule.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection that dies (PostgreSQL restarted, a connection killed by an administrator) must not take
    // the process down: without a listener the pool's "error" event is an uncaught exception. The pool reconnects.
    let closing = false;
    pool.on("error", (err) => {
      if (!closing) console.error(`PostgreSQL connection lost (Focal reconnects on the next query): ${err.message}`);
    });
    const db = drizzlePg(pool) as unknown as Db;
    // Processes started together on a new database would otherwise both create the extension and both apply the
    // first migration (one of them failing on "already exists"): they take turns, and the later one finds it done.
    const exclusive = <T>(fn: () => Promise<T>) => underStartLock(pool, fn);
    await exclusive(async () => {
      await pool.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      await migratePg(drizzlePg(pool), { migrationsFolder });
    });
    const notices = await postgresNotices(opts.databaseUrl);
    return {
      db,
      kind: "postgres",
      pglite: null,
      exclusive,
      notices,
      close: async () => {
        closing = true;
        await notices.close();
        await pool.end();
      },
    };
  }
  let lock: DirLock | null = null;
  let loadDataDir = opts.loadDataDir;
  if (!opts.dataDir.startsWith("memory://")) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    lock = acquireDirLock(opts.dataDir);
    // A new data directory starts from the build's migrated template rather than initdb and every migration.
    if (!loadDataDir && !fs.existsSync(`${opts.dataDir}/PG_VERSION`)) loadDataDir = freshDatabaseTemplate();
  }
  try {
    const client = await PGlite.create(opts.dataDir, {
      extensions: pgliteExtensions,
      startParams: pgliteStartParams,
      ...pgliteByteaCodecs,
      ...(loadDataDir ? { loadDataDir } : {}),
    });
    await client.exec("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    const db = drizzlePglite(client) as unknown as Db;
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    const notices = await pgliteNotices(client);
    return {
      db,
      kind: "pglite",
      pglite: client,
      exclusive: (fn) => fn(),
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

/**
 * A prepared query made once per database (or transaction) by `build` and kept while that database lives: the SQL is
 * built once, and on PostgreSQL a named statement is parsed once per connection. For hot paths (the check-in scan):
 * `build` writes `sql.placeholder("…")` where each call's values go, and each name must stand for one SQL text.
 */
export function preparedPer<T>(build: (db: Executor) => T): (db: Executor) => T {
  const made = new WeakMap<Executor, T>();
  return (db) => {
    let query = made.get(db);
    if (query === undefined) {
      query = build(db);
      made.set(db, query);
    }
    return query;
  };
}
