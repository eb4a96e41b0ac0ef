import { and, count, desc, eq, gte, inArray, lt, type SQL } from "drizzle-orm";
import type { Db, Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import type { Lang } from "../../../shared/errors.js";
import { actionsOfModule, type AuditAction, type AuditModule } from "../../../shared/audit.js";
import { matchesSearch } from "../../../shared/text.js";
import { isRecord } from "../../../shared/records.js";
import { scopeResolver } from "../people/scopes.js";
import { auditLog } from "./schema.js";

export interface AuditEntry {
  /** One of the catalogue's actions (`shared/audit.ts`): each has its words in Vietnamese and English. */
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The caller's address when there is no signed-in actor to take it from (sign-ins); else the actor's. */
  ip?: string | null;
}

const SECRET_KEYS = new Set(["passwordHash", "password", "tokenHash", "csrfToken"]);

/** Drops secrets from a record before it is written to the trail. */
function scrub(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(scrub);
  if (typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, x]) => [k, scrub(x)]),
    );
  }
  return v;
}

/** Who acted, as the trail names them, and from which address (an HTTP request's actor carries it). */
type AuditActor = Pick<Actor, "id" | "name"> & { ip?: string | null };

/** Records one audit row. Call it with the transaction that performs the write. */
export async function audit(tx: Executor, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  await auditMany(tx, actor, [entry]);
}

/** Records many audit rows at once (a bulk write), in chunks. Call it with the transaction that performs the write. */
export async function auditMany(tx: Executor, actor: AuditActor | null, entries: AuditEntry[]): Promise<void> {
  const rows = entries.map((entry) => ({
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? "system",
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: scrub(entry.before),
    after: scrub(entry.after),
    ip: entry.ip ?? actor?.ip ?? null,
  }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(auditLog).values(rows.slice(i, i + 1000));
}

/** What a read of personal data recorded: the records read and the view — never the values. */
export interface PersonalRead {
  /** The record the read was of: a delegate, or the delegation or meeting a list was of. */
  entity: string;
  entityId: string;
  /** `full` (passport and birth date too) or `standard` (contact, travel and needs). */
  view: string;
  /** The delegates whose personal data the answer carried. */
  delegateIds: string[];
  /** The personal fields the answer carried. */
  fields: readonly string[];
}

/**
 * Records that personal data was read (issue 11 item 2, decision 020): who, when, from which address, which
 * delegates and which of their fields — not the values, so the purge has nothing to erase here. Call it before
 * the answer leaves: a read that cannot be recorded fails instead of being answered. Nothing is written when the
 * answer carried no delegate.
 */
export async function auditPersonalRead(db: Executor, actor: Actor, read: PersonalRead): Promise<void> {
  if (!read.delegateIds.length) return;
  await audit(db, actor, {
    action: "personal_data.read",
    entity: read.entity,
    entityId: read.entityId,
    after: {
      view: read.view,
      fields: [...read.fields],
      delegates: read.delegateIds.length,
      delegateIds: read.delegateIds,
    },
    ip: actor.ip ?? null,
  });
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  /** Who did it. */
  actorId?: string;
  /** The area (its actions). */
  module?: AuditModule;
  /** Only these actions (the sign-in view). */
  actions?: readonly string[];
  /** First and last calendar day, Hà Nội time, inclusive (ISO yyyy-MM-dd). */
  from?: string;
  to?: string;
  offset?: number;
  limit: number;
}

/** The start of a Hà Nội calendar day (UTC+7, no daylight saving) as a moment. */
const startOfDayHanoi = (day: string) => new Date(`${day}T00:00:00+07:00`);

function auditWhere(q: Omit<AuditQuery, "offset" | "limit">): SQL | undefined {
  const where: SQL[] = [];
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.module) where.push(inArray(auditLog.action, actionsOfModule(q.module)));
  if (q.actions) where.push(inArray(auditLog.action, [...q.actions]));
  if (q.from) where.push(gte(auditLog.at, startOfDayHanoi(q.from)));
  if (q.to) where.push(lt(auditLog.at, new Date(startOfDayHanoi(q.to).getTime() + 24 * 3600_000)));
  return where.length ? and(...where) : undefined;
}

/** Reads the trail, newest first: one page of it for the administrator's browser, or a record's history. */
export async function listAudit(db: Db, q: AuditQuery) {
  return db
    .select()
    .from(auditLog)
    .where(auditWhere(q))
    .orderBy(desc(auditLog.id))
    .limit(q.limit)
    .offset(q.offset ?? 0);
}

/** One page of the trail and how many rows match in all (for "1–50 of 1,234"). */
export async function listAuditPage(db: Db, q: AuditQuery) {
  const [rows, [total]] = await Promise.all([
    listAudit(db, q),
    db.select({ n: count() }).from(auditLog).where(auditWhere(q)),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/**
 * The records of one kind that the trail mentions, named as the trail names them, whose name matches `q` (every
 * word, ignoring diacritics): the record picker of the audit browser. Sorted by name, at most `limit`.
 */
export async function searchAuditRecords(db: Db, entity: string, q: string, lang: Lang, limit: number) {
  const latest = await db
    .selectDistinctOn([auditLog.entityId], {
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(eq(auditLog.entity, entity))
    .orderBy(auditLog.entityId, desc(auditLog.id));
  const labels = await auditEntityLabels(db, latest, lang);
  const found: { id: string; label: string }[] = [];
  latest.forEach((r, i) => {
    const label = labels[i];
    if (label && matchesSearch(label, q)) found.push({ id: r.entityId, label });
  });
  found.sort((a, b) => a.label.localeCompare(b.label, "vi"));
  return { items: found.slice(0, limit), more: found.length > limit };
}

/** Removes the given keys, at any depth, from a recorded before/after value. */
function withoutKeys(v: unknown, keys: Set<string>): unknown {
  if (Array.isArray(v)) return v.map((x) => withoutKeys(x, keys));
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !keys.has(k))
        .map(([k, x]) => [k, withoutKeys(x, keys)]),
    );
  }
  return v;
}

/**
 * Erases personal fields from the trail of some records (added for the personal-data purge, issue 3 item 8): in
 * every audit row whose entity id is one of `entityIds`, the listed keys are removed from `before` and `after`,
 * at any depth. Who did what and when stays. Returns how many rows changed. Call it in the purge's transaction.
 */
export async function redactAuditTx(tx: Executor, entityIds: string[], keys: readonly string[]): Promise<number> {
  const drop = new Set(keys);
  let changed = 0;
  for (let i = 0; i < entityIds.length; i += 500) {
    const rows = await tx
      .select({ id: auditLog.id, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(inArray(auditLog.entityId, entityIds.slice(i, i + 500)));
    for (const r of rows) {
      const before = withoutKeys(r.before, drop);
      const after = withoutKeys(r.after, drop);
      if (JSON.stringify(before) === JSON.stringify(r.before) && JSON.stringify(after) === JSON.stringify(r.after))
        continue;
      await tx.update(auditLog).set({ before, after }).where(eq(auditLog.id, r.id));
      changed++;
    }
  }
  return changed;
}

/** Names the records of one entity kind for the trail, e.g. users by name: ids → "Trần Văn Đức (duc@…)". */
export type AuditLabeler = (db: Executor, ids: string[], lang: Lang) => Promise<Map<string, string>>;
const labelers = new Map<string, AuditLabeler>();

/** A module whose records' audit rows do not carry a name (users: a sign-in, a grant) registers how to name them. */
export function registerAuditLabeler(entity: string, fn: AuditLabeler): void {
  labelers.set(entity, fn);
}

/** The first naming field of a recorded value, in the reader's language first. */
function labelFromSnapshot(v: unknown, lang: Lang): string | null {
  if (!isRecord(v)) return null;
  const r = v;
  const other = lang === "vi" ? "En" : "Vi";
  const mine = lang === "vi" ? "Vi" : "En";
  const keys = [
    "name",
    "fullName",
    `title${mine}`,
    `name${mine}`,
    `title${other}`,
    `name${other}`,
    "title",
    "code",
    "email",
    "fileName",
    "file",
  ];
  for (const k of keys) {
    const x = r[k];
    if (typeof x === "string" && x.trim()) return x.length > 120 ? `${x.slice(0, 117)}…` : x;
  }
  return null;
}

/**
 * A readable name for each row's record: from the module's labeler when it registered one, otherwise from what the
 * row recorded (after, then before). Null when neither names it — e.g. a delegate's name erased by a purge.
 */
export async function auditEntityLabels(
  db: Executor,
  rows: Pick<typeof auditLog.$inferSelect, "entity" | "entityId" | "before" | "after">[],
  lang: Lang,
): Promise<(string | null)[]> {
  const byEntity = new Map<string, { labeler: AuditLabeler; ids: Set<string> }>();
  for (const r of rows) {
    const labeler = labelers.get(r.entity);
    if (!labeler) continue;
    const wanted = byEntity.get(r.entity) ?? { labeler, ids: new Set<string>() };
    byEntity.set(r.entity, wanted);
    wanted.ids.add(r.entityId);
  }
  const known = new Map<string, Map<string, string>>();
  for (const [entity, { labeler, ids }] of byEntity) known.set(entity, await labeler(db, [...ids], lang));
  // A target report carries no name: its agency (named by the targets module's resolver) and its year.
  const agencies = new Set<string>();
  for (const r of rows) {
    const code = reportAgency(r);
    if (code) agencies.add(code);
  }
  const agencyNames = agencies.size
    ? ((await scopeResolver("agency")?.label(db, [...agencies], lang)) ?? new Map<string, string>())
    : new Map<string, string>();
  return rows.map((r) => {
    const code = reportAgency(r);
    if (code) {
      const rec = r.after ?? r.before;
      const period =
        isRecord(rec) && (typeof rec.period === "number" || typeof rec.period === "string") ? ` · ${rec.period}` : "";
      return `${agencyNames.get(code) ?? code}${period}`;
    }
    return (
      known.get(r.entity)?.get(r.entityId) ?? labelFromSnapshot(r.after, lang) ?? labelFromSnapshot(r.before, lang)
    );
  });
}

function reportAgency(r: { entity: string; before: unknown; after: unknown }): string | null {
  if (r.entity !== "target_report") return null;
  const rec = r.after ?? r.before;
  return isRecord(rec) && typeof rec.agencyCode === "string" ? rec.agencyCode : null;
}
