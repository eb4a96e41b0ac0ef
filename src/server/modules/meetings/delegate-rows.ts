/** Reading delegate rows: whole lists, pages in name order, statuses, and the one API shape (`presentDelegate`). */
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { matchesWords } from "../../db/search.js";
import type { PgColumn, PgSelect } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { delegatePhotos, delegateSessions, delegates, delegations, type AccreditationStatus } from "./schema.js";
import { redact } from "../../../shared/personalData.js";
import type { Delegate, FullDelegate } from "../../../shared/schemas/meetings.js";
import type { DelegateView } from "./policy.js";

export type DelegateRow = typeof delegates.$inferSelect;

/**
 * Vietnamese name order (`compareViNames`) in SQL: the stored `viNameSortKey` of each name, compared byte by byte.
 * Ties (the same name) by id, as the pages have always broken them.
 */
const byName = sql`${delegates.nameSort} collate "C"`;

/** A delegate's session ids, as a subquery of a page's select (one query for the page, not two). */
const sessionIdsOf = sql<unknown>`array(select ${delegateSessions.sessionId}::text from ${delegateSessions} where ${delegateSessions.delegateId} = ${delegates.id})`;

export async function listDelegateRows(
  db: Executor,
  q: { meetingId: string; delegationId?: string; ids?: string[]; search?: string },
) {
  const where: SQL[] = [eq(delegates.meetingId, q.meetingId)];
  if (q.delegationId) where.push(eq(delegates.delegationId, q.delegationId));
  if (q.ids) {
    if (!q.ids.length) return [];
    where.push(inArray(delegates.id, q.ids));
  }
  const search = matchesWords(delegates.searchText, q.search);
  if (search) where.push(search);
  const rows = await db
    .select({ d: delegates, photoEtag: delegatePhotos.etag })
    .from(delegates)
    .leftJoin(delegatePhotos, eq(delegatePhotos.delegateId, delegates.id))
    .where(and(...where))
    .orderBy(byName, delegates.id);
  const ids = rows.map((r) => r.d.id);
  // A whole delegation or meeting: its sessions by a subquery rather than thousands of bound ids.
  const ss = !ids.length
    ? []
    : ids.length <= 500
      ? await db.select().from(delegateSessions).where(inArray(delegateSessions.delegateId, ids))
      : await db
          .select()
          .from(delegateSessions)
          .where(
            inArray(
              delegateSessions.delegateId,
              db
                .select({ id: delegates.id })
                .from(delegates)
                .where(and(...where)),
            ),
          );
  const byDelegate = new Map<string, string[]>();
  for (const s of ss) {
    const list = byDelegate.get(s.delegateId);
    if (list) list.push(s.sessionId);
    else byDelegate.set(s.delegateId, [s.sessionId]);
  }
  return rows.map((r) => ({ row: r.d, photoEtag: r.photoEtag, sessionIds: byDelegate.get(r.d.id) ?? [] }));
}

/**
 * A delegate's own fields as readers and submitted versions carry them (times as "HH:mm"): one list, so the API shape
 * and a version's snapshot cannot drift apart.
 */
export function delegateFieldValues(r: DelegateRow) {
  const time = (t: string | null) => (t ? t.slice(0, 5) : null);
  return {
    fullName: r.fullName,
    honorific: r.honorific,
    gender: r.gender,
    position: r.position,
    organisation: r.organisation,
    role: r.role,
    nationality: r.nationality,
    passportNumber: r.passportNumber,
    passportExpiry: r.passportExpiry,
    dateOfBirth: r.dateOfBirth,
    email: r.email,
    phone: r.phone,
    arrivalDate: r.arrivalDate,
    arrivalTime: time(r.arrivalTime),
    arrivalFlight: r.arrivalFlight,
    arrivalAirport: r.arrivalAirport,
    departureDate: r.departureDate,
    departureTime: time(r.departureTime),
    departureFlight: r.departureFlight,
    departureAirport: r.departureAirport,
    hotel: r.hotel,
    dietary: r.dietary,
    accessibility: r.accessibility,
  };
}

/**
 * The API shape of a delegate for a reader's view. `badge` carries only the name, photo and delegation;
 * `standard` leaves out the passport and the date of birth (null); `full` carries everything.
 * Always send delegates out through this.
 */
/** Where a delegate's photo is served (the etag makes a new photo a new address). */
function photoUrlOf(r: { id: string; meetingId: string; delegationId: string }, etag: string | null): string | null {
  return etag ? `/api/meetings/${r.meetingId}/delegations/${r.delegationId}/delegates/${r.id}/photo?v=${etag}` : null;
}

export function presentDelegate(
  d: { row: DelegateRow; photoEtag: string | null; sessionIds: string[] },
  view: DelegateView,
): Delegate {
  const r = d.row;
  const photoUrl = photoUrlOf(r, d.photoEtag);
  const full: FullDelegate = {
    id: r.id,
    meetingId: r.meetingId,
    delegationId: r.delegationId,
    photoUrl,
    ...delegateFieldValues(r),
    accreditationStatus: r.accreditationStatus,
    accreditationReason: r.accreditationReason,
    sample: r.sample,
    sessionIds: d.sessionIds,
    version: r.version,
  };
  return redact(full, view);
}

/** A delegation's delegates as the actor may see them (a contact: only their own delegation). */
/** The most delegates one page of a delegates list carries (`limit`); the default when none is asked for. */
export const DELEGATE_PAGE_MAX = 500;

/** Which delegates a list shows and which page of them: searched, filtered, then paged in name order. */
export interface DelegateListQuery {
  /** Words of a name, title, position or organisation, diacritics and case ignored. */
  q?: string;
  status?: AccreditationStatus;
  /** Only delegates without a photo ("missing") or with one ("present"). */
  photo?: "missing" | "present";
  delegationId?: string;
  /** Only these delegates (a list another module narrowed, e.g. badges to reissue). */
  ids?: string[];
  offset?: number;
  limit?: number;
}

/**
 * One page of the delegates matching `q` (unchecked), in Vietnamese name order, and how many match in all. The
 * database orders and pages by the stored name key (`name_sort`, indexed with the meeting and with the delegation),
 * so a page of 100 reads about 100 rows whatever the meeting's size; the count runs beside it. The page's photo
 * etags and sessions come in the same query.
 */
export async function pageDelegateRows(db: Executor, meetingId: string, q: DelegateListQuery) {
  const where: SQL[] = [eq(delegates.meetingId, meetingId)];
  if (q.delegationId) where.push(eq(delegates.delegationId, q.delegationId));
  if (q.status) where.push(eq(delegates.accreditationStatus, q.status));
  if (q.ids) where.push(q.ids.length ? inArray(delegates.id, q.ids) : sql`false`);
  const search = matchesWords(delegates.searchText, q.q);
  if (search) where.push(search);
  if (q.photo === "missing") where.push(sql`${delegatePhotos.delegateId} is null`);
  if (q.photo === "present") where.push(sql`${delegatePhotos.delegateId} is not null`);
  const offset = q.offset ?? 0;
  const limit = Math.min(q.limit ?? DELEGATE_PAGE_MAX, DELEGATE_PAGE_MAX);
  // The page's ids first (read from the name index, the offset skipped there), then their rows: the photo etag and
  // the sessions subquery run for the page's rows only, not for every row the offset passes.
  const pageIds = db
    .select({ id: delegates.id })
    .from(delegates)
    .leftJoin(delegatePhotos, eq(delegatePhotos.delegateId, delegates.id))
    .where(and(...where))
    .orderBy(byName, delegates.id)
    .limit(limit)
    .offset(offset)
    .as("page");
  const [page, counted] = await Promise.all([
    db
      .select({ d: delegates, photoEtag: delegatePhotos.etag, sessionIds: sessionIdsOf })
      .from(pageIds)
      .innerJoin(delegates, eq(delegates.id, pageIds.id))
      .leftJoin(delegatePhotos, eq(delegatePhotos.delegateId, delegates.id))
      .orderBy(byName, delegates.id),
    q.photo
      ? db
          .select({ n: sql<number>`count(*)::int` })
          .from(delegates)
          .leftJoin(delegatePhotos, eq(delegatePhotos.delegateId, delegates.id))
          .where(and(...where))
      : db
          .select({ n: sql<number>`count(*)::int` })
          .from(delegates)
          .where(and(...where)),
  ]);
  return {
    rows: page.map((r) => ({
      row: r.d,
      photoEtag: r.photoEtag,
      sessionIds: Array.isArray(r.sessionIds) ? r.sessionIds.map(String) : [],
    })),
    total: Number(counted[0]?.n ?? 0),
  };
}

/**
 * How many of a meeting's delegates are accredited, in all and per programme session they attend (unchecked): two
 * aggregate queries, for attendance's "expected", instead of every delegate and their sessions.
 */
export async function accreditedCounts(db: Executor, meetingId: string) {
  const accredited = and(eq(delegates.meetingId, meetingId), eq(delegates.accreditationStatus, "accredited"));
  const [all, perSession] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(delegates)
      .where(accredited),
    db
      .select({ sessionId: delegateSessions.sessionId, n: sql<number>`count(*)::int` })
      .from(delegateSessions)
      .innerJoin(delegates, eq(delegates.id, delegateSessions.delegateId))
      .where(accredited)
      .groupBy(delegateSessions.sessionId),
  ]);
  return {
    total: Number(all[0]?.n ?? 0),
    bySession: new Map(perSession.map((r) => [r.sessionId, Number(r.n)])),
  };
}

/** The ids of a meeting's delegates whose name, title, position, organisation or e-mail match `q` (unchecked). */
export async function matchingDelegateIds(db: Executor, meetingId: string, q: string): Promise<Set<string>> {
  const search = matchesWords(delegates.searchText, q);
  const rows = await db
    .select({ id: delegates.id })
    .from(delegates)
    .where(and(eq(delegates.meetingId, meetingId), search));
  return new Set(rows.map((r) => r.id));
}

/** The id and accreditation status of every delegate of a meeting (or a delegation), unchecked: for counts. */
export async function delegateStatuses(db: Executor, meetingId: string, delegationId?: string) {
  const where: SQL[] = [eq(delegates.meetingId, meetingId)];
  if (delegationId) where.push(eq(delegates.delegationId, delegationId));
  return db
    .select({ id: delegates.id, status: delegates.accreditationStatus })
    .from(delegates)
    .where(and(...where));
}

/**
 * A page of a delegation's delegates as the actor may see them (`full`, `standard` or `badge`), and the count of all
 * that match. A contact reads only their own delegation.
 */

/**
 * What the door reads of a delegate, from `delegates` joined to `delegatePhotos` and `delegations`: what the `badge`
 * view shows (name and photo), the accreditation, the sessions they attend and their delegation's names (the check-in
 * scan's answer). `doorPersonRow`, and the scan's one query for a badge and its holder (badges/checkin.ts).
 */
export const doorPersonFields = {
  row: {
    id: delegates.id,
    meetingId: delegates.meetingId,
    delegationId: delegates.delegationId,
    fullName: delegates.fullName,
    accreditationStatus: delegates.accreditationStatus,
  },
  photoEtag: delegatePhotos.etag,
  sessionIds: sql<
    string[]
  >`coalesce((select json_agg(s.session_id) from ${delegateSessions} s where s.delegate_id = ${delegates.id}), '[]'::json)`,
  delegation: {
    nameVi: delegations.nameVi,
    nameEn: delegations.nameEn,
    country: delegations.country,
    category: delegations.category,
  },
};

/**
 * Joins what `doorPersonFields` reads to a query of another module whose rows name a delegate (`delegateId`) of a
 * meeting (`meetingId`): the check-in scan reads a badge and its holder in one query. The holder's fields are null
 * when the delegate is gone or not that meeting's.
 */
export function joinDoorPerson<T extends PgSelect>(query: T, on: { delegateId: PgColumn; meetingId: PgColumn }) {
  return query
    .leftJoin(delegates, and(eq(delegates.id, on.delegateId), eq(delegates.meetingId, on.meetingId)))
    .leftJoin(delegatePhotos, eq(delegatePhotos.delegateId, delegates.id))
    .leftJoin(delegations, eq(delegations.id, delegates.delegationId));
}

/** One delegate of a meeting as the door needs them (`doorPersonFields`), in one narrow query; null when not the meeting's. */
export async function doorPersonRow(db: Executor, meetingId: string, delegateId: string) {
  const [r] = await db
    .select(doorPersonFields)
    .from(delegates)
    .leftJoin(delegatePhotos, eq(delegatePhotos.delegateId, delegates.id))
    .leftJoin(delegations, eq(delegations.id, delegates.delegationId))
    .where(and(eq(delegates.meetingId, meetingId), eq(delegates.id, delegateId)));
  return r ?? null;
}

/** The `badge` view of a door person: exactly what `presentDelegate(…, "badge")` gives (`badgeFields`). */
export function presentDoorPerson(p: NonNullable<Awaited<ReturnType<typeof doorPersonRow>>>): Delegate {
  const r = p.row;
  const shown: Delegate = {
    id: r.id,
    meetingId: r.meetingId,
    delegationId: r.delegationId,
    fullName: r.fullName,
    photoUrl: photoUrlOf(r, p.photoEtag),
  };
  return shown;
}
