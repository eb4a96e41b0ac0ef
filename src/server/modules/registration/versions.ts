import { and, asc, desc, eq, max } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit } from "../audit/service.js";
import { delegateFieldValues, listDelegateRows } from "../meetings/delegates.js";
import { auditDelegateRead } from "../meetings/reads.js";
import { purgedDelegateFields } from "../meetings/purge.js";
import { requireRegistration } from "./policy.js";
import { redact } from "../../../shared/personalData.js";
import { diffFieldsFor, diffLists, readSnapshot, snapshotFields, type SnapshotDelegate } from "./diff.js";
import { registrationErrors } from "./errors.js";
import { registrationVersions } from "./schema.js";
import { appError } from "../../http/errors.js";

/** The SQLSTATE of a database error (`code`, on the error or, wrapped by the driver, on its `cause`). */
function sqlState(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  if ("code" in e && typeof e.code === "string") return e.code;
  if ("cause" in e && typeof e.cause === "object" && e.cause !== null && "code" in e.cause) {
    return typeof e.cause.code === "string" ? e.cause.code : undefined;
  }
  return undefined;
}

/** A unique-index violation (two submissions racing for the same number) becomes 409, not 500. */
async function uniqueOr409<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const code = sqlState(e);
    if (code === "23505") throw appError("VERSION_CONFLICT");
    throw e;
  }
}

/** The delegation's list as it stands now, frozen into snapshot form (sorted by name, as the core sorts). */
export async function currentSnapshot(
  db: Executor,
  meetingId: string,
  delegationId: string,
): Promise<SnapshotDelegate[]> {
  const rows = await listDelegateRows(db, { meetingId, delegationId });
  return rows.map(({ row: r, photoEtag, sessionIds }) => ({
    id: r.id,
    ...delegateFieldValues(r),
    sessionIds: [...sessionIds].sort(),
    photo: photoEtag,
    accreditationStatus: r.accreditationStatus,
  }));
}

type VersionRow = typeof registrationVersions.$inferSelect;

/** What the purge takes out of a frozen delegate: the core's personal fields and the photo's fingerprint. */
const purgedSnapshotFields: readonly string[] = [...purgedDelegateFields, "photo"];

/** The delegates of a stored version, every field present (a purged snapshot has lost its personal fields). */
export const versionDelegates = (v: Pick<VersionRow, "snapshot"> | null | undefined): SnapshotDelegate[] =>
  v ? readSnapshot(v.snapshot) : [];

/**
 * What the personal-data purge erased from a meeting's versions, for the notice readers see: when, and which
 * fields (those a frozen delegate carries and the purge took out). Null while the meeting is not purged.
 */
export function purgeNotice(meeting: { purgedAt: Date | null }, erasable: readonly string[]) {
  if (!meeting.purgedAt) return null;
  return {
    at: meeting.purgedAt.toISOString(),
    erasedFields: snapshotFields.filter((f) => erasable.includes(f)),
  };
}

function presentVersion(v: VersionRow) {
  return {
    number: v.number,
    submittedAt: v.submittedAt.toISOString(),
    submittedById: v.submittedBy,
    submittedByName: v.submittedByName,
    note: v.note,
    delegateCount: v.delegateCount,
  };
}

/** Readers of versions: the host, the delegation's contact, and committee members (without personal data). */
async function readAccess(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.read);
  return { ...a, full: a.perms.view === "full" };
}

export async function latestVersionRow(db: Executor, delegationId: string): Promise<VersionRow | null> {
  const [v] = await db
    .select()
    .from(registrationVersions)
    .where(eq(registrationVersions.delegationId, delegationId))
    .orderBy(desc(registrationVersions.number))
    .limit(1);
  return v ?? null;
}

/** Every submission of the delegation's list, oldest first. */
export async function listVersions(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  await readAccess(ctx, actor, meetingId, delegationId);
  const rows = await ctx.db
    .select()
    .from(registrationVersions)
    .where(eq(registrationVersions.delegationId, delegationId))
    .orderBy(asc(registrationVersions.number));
  return rows.map(presentVersion);
}

async function versionRow(db: Executor, delegationId: string, number: number): Promise<VersionRow> {
  const [v] = await db
    .select()
    .from(registrationVersions)
    .where(and(eq(registrationVersions.delegationId, delegationId), eq(registrationVersions.number, number)));
  if (!v) throw registrationErrors.VERSION_NOT_FOUND({ number });
  return v;
}

/** One submission with the delegates as they were then. */
export async function getVersion(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, number: number) {
  const a = await readAccess(ctx, actor, meetingId, delegationId);
  const v = await versionRow(ctx.db, delegationId, number);
  const scope = { entity: "delegation" as const, id: delegationId };
  await auditDelegateRead(
    ctx.db,
    actor,
    scope,
    a.full ? "full" : "standard",
    versionDelegates(v).map((d) => d.id),
  );
  return {
    ...presentVersion(v),
    delegates: versionDelegates(v).map((d) => redact(d, a.full ? "full" : "standard")),
    purged: purgeNotice(a.meeting, purgedSnapshotFields),
  };
}

/** What changed between submissions `from` and `to` (either order), matched by delegate id. */
export async function diffVersions(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  from: number,
  to: number,
) {
  const a = await readAccess(ctx, actor, meetingId, delegationId);
  const va = await versionRow(ctx.db, delegationId, from);
  const vb = await versionRow(ctx.db, delegationId, to);
  const view = a.full ? "full" : "standard";
  const d = diffLists(versionDelegates(va), versionDelegates(vb), diffFieldsFor(view));
  const shown = [...d.added, ...d.removed, ...d.changed].map((x) => x.id);
  await auditDelegateRead(ctx.db, actor, { entity: "delegation", id: delegationId }, view, shown);
  return {
    from: presentVersion(va),
    to: presentVersion(vb),
    purged: purgeNotice(a.meeting, purgedSnapshotFields),
    added: d.added.map((x) => redact(x, view)),
    removed: d.removed.map((x) => redact(x, view)),
    changed: d.changed,
    unchanged: d.unchanged,
  };
}

/** The changes made since the last submission (all delegates are "added" before the first one). */
export async function unsubmittedChanges(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const a = await readAccess(ctx, actor, meetingId, delegationId);
  const latest = await latestVersionRow(ctx.db, delegationId);
  const now = await currentSnapshot(ctx.db, meetingId, delegationId);
  const view = a.full ? "full" : "standard";
  const d = diffLists(versionDelegates(latest), now, diffFieldsFor(view));
  return {
    from: latest ? presentVersion(latest) : null,
    added: d.added.map((x) => redact(x, view)),
    removed: d.removed.map((x) => redact(x, view)),
    changed: d.changed,
    unchanged: d.unchanged,
  };
}

/**
 * Submits the list: freezes the delegation's delegates into the next numbered version. The contact submits (also
 * after the deadline: it records the list, it changes nothing); the host may submit on a delegation's behalf.
 */
export async function submitVersion(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  note: string | null,
) {
  const a = await requireRegistration(ctx.db, actor, meetingId, delegationId);
  ensure(a.perms.edit);
  const number = await uniqueOr409(() =>
    ctx.db.transaction(async (tx) => {
      const snapshot = await currentSnapshot(tx, meetingId, delegationId);
      if (!snapshot.length) throw registrationErrors.EMPTY_LIST();
      const latest = await latestVersionRow(tx, delegationId);
      if (latest) {
        const d = diffLists(versionDelegates(latest), snapshot);
        if (!d.added.length && !d.removed.length && !d.changed.length) {
          throw registrationErrors.NOTHING_TO_SUBMIT({ number: latest.number });
        }
      }
      const [m] = await tx
        .select({ n: max(registrationVersions.number) })
        .from(registrationVersions)
        .where(eq(registrationVersions.delegationId, delegationId));
      const next = (m?.n ?? 0) + 1;
      const row = {
        id: crypto.randomUUID(),
        meetingId,
        delegationId,
        number: next,
        submittedBy: actor.id,
        submittedByName: actor.name,
        note: note || null,
        delegateCount: snapshot.length,
        snapshot,
      };
      // Two submissions at once: the unique (delegation, number) index refuses the second, which rolls back.
      await tx.insert(registrationVersions).values(row);
      await audit(tx, actor, {
        action: "registration.submit",
        entity: "delegation",
        entityId: delegationId,
        after: { number: next, delegateCount: snapshot.length, note: row.note, delegateIds: snapshot.map((d) => d.id) },
      });
      return next;
    }),
  );
  return getVersion(ctx, actor, meetingId, delegationId, number);
}
