/**
 * Invalidation notices and the in-memory caches they keep right (decision 027).
 *
 * A writer that changes what a cache holds calls `invalidate(tx, key, ctx.database.notices)` inside its transaction: it runs
 * `pg_notify('focal_invalidate', key)`, which PostgreSQL sends to every listening connection when the transaction
 * commits (and never when it rolls back). Every Focal process listens on its own connection (PostgreSQL: a dedicated
 * `pg.Client`; PGlite: the embedded instance's `listen`, which hears the notice at commit, before the transaction's
 * promise resolves) and drops the cache entries tagged with the key. The same code runs on both databases.
 *
 * Between the `invalidate` call and its notice coming back, the key is *pending* in the writer's own process: the
 * caches answer from the database for it and store nothing under it, so the writer's next request never sees the
 * old value, whatever the order in which the commit and the notice arrive. A pending key whose notice never comes
 * (the transaction rolled back) stops being pending after `PENDING_MS`.
 *
 * When the PostgreSQL listening connection drops, notices may be missed: every cache is cleared and bypassed until
 * the connection is back and listening, then cleared again.
 */
import type pg from "pg";
import { sql } from "drizzle-orm";
import type { PGlite } from "@electric-sql/pglite";
import type { Executor } from "./client.js";

export const INVALIDATE_CHANNEL = "focal_invalidate";
/** The key that empties every cache. */
export const ALL = "*";
const PENDING_MS = 10_000;
const RECONNECT_MS = [100, 250, 500, 1000, 2000, 5000];

/** The listening side of one database connection (one per `openDatabase`). */
export interface Notices {
  /** False while the PostgreSQL listener is down: caches must not answer (notices may be missed). */
  readonly listening: boolean;
  /** How many times the listener has started listening (PostgreSQL: grows at each reconnection). */
  readonly epoch: number;
  /** Grows with every invalidation heard or sent here; a value read before a lookup tells whether it is still safe to store. */
  readonly generation: number;
  /** Marks `key` pending in this process (called by `invalidate`). */
  markPending(key: string): void;
  isPending(key: string): boolean;
  /** Calls `handler` with every key heard (ALL when everything must go). */
  onInvalidate(handler: (key: string) => void): void;
  /** Resolves once every notice committed before the call has been heard (a round trip on the listening connection). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

class NoticeHub implements Notices {
  listening = false;
  epoch = 0;
  generation = 0;
  private handlers: ((key: string) => void)[] = [];
  private pending = new Map<string, number>();

  markPending(key: string) {
    this.generation++;
    const now = Date.now();
    // Keys of rolled-back transactions never hear their notice: forget the overdue ones now and then.
    if (this.pending.size > 1000) for (const [k, until] of this.pending) if (until <= now) this.pending.delete(k);
    this.pending.set(key, now + PENDING_MS);
    this.emit(key);
  }

  isPending(key: string) {
    if (this.pending.size === 0) return false;
    if (this.pending.has(ALL)) return this.stillPending(ALL);
    return this.pending.has(key) && this.stillPending(key);
  }

  private stillPending(key: string) {
    const until = this.pending.get(key);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    this.pending.delete(key);
    return false;
  }

  onInvalidate(handler: (key: string) => void) {
    this.handlers.push(handler);
  }

  /** A notice heard (or the listener lost: ALL). */
  heard(key: string) {
    this.generation++;
    this.pending.delete(key);
    this.emit(key);
  }

  private emit(key: string) {
    for (const h of this.handlers) h(key);
  }

  sync: () => Promise<void> = async () => undefined;
  close: () => Promise<void> = async () => undefined;
}

/** PGlite: one process owns the data directory; the instance's own LISTEN hears each notice at commit. */
export async function pgliteNotices(client: PGlite): Promise<Notices> {
  const hub = new NoticeHub();
  const unlisten = await client.listen(INVALIDATE_CHANNEL, (payload) => hub.heard(payload));
  hub.listening = true;
  hub.epoch++;
  hub.sync = async () => {
    await client.query("select 1");
  };
  hub.close = async () => {
    hub.listening = false;
    await unlisten();
  };
  return hub;
}

/**
 * PostgreSQL: a dedicated connection that LISTENs. When it drops, every cache is cleared and bypassed (`listening`
 * false) and the connection is opened again with a growing pause; once it listens again, the caches are cleared once
 * more (what changed while it was away was not heard).
 */
export async function postgresNotices(connectionString: string): Promise<Notices> {
  const { default: pgModule } = await import("pg");
  const hub = new NoticeHub();
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = null;
    hub.listening = false;
    hub.heard(ALL);
    if (closed) return;
    const wait = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)];
    setTimeout(() => void connect().catch(() => undefined), wait).unref();
  };
  const connect = async () => {
    if (closed) return;
    const c = new pgModule.Client({ connectionString, application_name: "focal-listen" });
    c.on("notification", (n) => {
      if (n.channel === INVALIDATE_CHANNEL) hub.heard(n.payload ?? ALL);
    });
    c.on("error", () => lost(c));
    c.on("end", () => lost(c));
    client = c;
    try {
      await c.connect();
      await c.query(`LISTEN ${INVALIDATE_CHANNEL}`);
    } catch (err) {
      lost(c);
      void c.end().catch(() => undefined);
      throw err;
    }
    attempt = 0;
    hub.heard(ALL);
    hub.listening = true;
    hub.epoch++;
  };
  try {
    await connect();
  } catch (err) {
    closed = true;
    throw err;
  }
  hub.sync = async () => {
    if (client) await client.query("select 1");
  };
  hub.close = async () => {
    closed = true;
    hub.listening = false;
    const c = client;
    client = null;
    if (c) await c.end().catch(() => undefined);
  };
  return hub;
}

/**
 * Tells every process's caches that what `key` names changes in this transaction: sent when `tx` commits, pending
 * in this process at once. Keys: `session:<token hash>`, `user:<id>`, `labels` (names of meetings, units… that
 * answers show), `meeting:<id>`, or ALL.
 */
export async function invalidate(tx: Executor, key: string, notices: Notices | null): Promise<void> {
  // Without `notices` (seeds, command-line tools: no cache of theirs answers requests) only the notice goes out.
  notices?.markPending(key);
  await tx.execute(sql`select pg_notify(${INVALIDATE_CHANNEL}, ${key})`);
}

/** The invalidation keys. */
export const keys = {
  session: (tokenHash: string) => `session:${tokenHash}`,
  user: (userId: string) => `user:${userId}`,
  /** The names answers show for scopes and units (a meeting, delegation, unit, agency or work plan renamed). */
  labels: "labels",
  meeting: (meetingId: string) => `meeting:${meetingId}`,
};

interface Entry<V> {
  value: V;
  tags: string[];
  expires: number;
}

/**
 * A bounded map (least recently used goes first) of values each tagged with the invalidation keys that make it
 * stale, kept right by one database's notices. `get` answers nothing while the listener is down, when the entry is
 * older than its time to live, or when one of its tags is pending; `set` stores nothing when an invalidation was
 * heard since `generation` was read (the value may predate it) or a tag is pending.
 */
export class TaggedCache<V> {
  private entries = new Map<string, Entry<V>>();
  private byTag = new Map<string, Set<string>>();

  constructor(
    private notices: Notices,
    private opts: { max: number; ttlMs: number },
  ) {
    notices.onInvalidate((key) => (key === ALL ? this.clear() : this.dropTag(key)));
  }

  get size() {
    return this.entries.size;
  }

  /** Read before a lookup; hand it to `set` after. */
  get generation() {
    return this.notices.generation;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (!this.notices.listening || e.expires <= Date.now() || e.tags.some((t) => this.notices.isPending(t))) {
      this.delete(key);
      return undefined;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: V, tags: string[], generation: number, expiresAt?: number): void {
    if (!this.notices.listening || generation !== this.notices.generation) return;
    if (tags.some((t) => this.notices.isPending(t))) return;
    this.delete(key);
    const expires = Math.min(Date.now() + this.opts.ttlMs, expiresAt ?? Infinity);
    this.entries.set(key, { value, tags, expires });
    for (const t of tags) {
      let s = this.byTag.get(t);
      if (!s) this.byTag.set(t, (s = new Set()));
      s.add(key);
    }
    while (this.entries.size > this.opts.max) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
  }

  delete(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    for (const t of e.tags) {
      const s = this.byTag.get(t);
      s?.delete(key);
      if (s?.size === 0) this.byTag.delete(t);
    }
  }

  dropTag(tag: string) {
    const keys = this.byTag.get(tag);
    if (!keys) return;
    for (const k of [...keys]) this.delete(k);
  }

  clear() {
    this.entries.clear();
    this.byTag.clear();
  }
}
