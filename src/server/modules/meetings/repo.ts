/**
 * The meetings module's tables as other modules and the seed reach them (a module owns its tables:
 * docs/decisions/015-modules-own-their-tables.md). No permission check here: the caller has checked the actor (or
 * is the scheduled purge, or the seed). The derived columns (`search_text`) are computed here, once, for the
 * service and the seed alike, so a seeded record is found exactly like one made through the API.
 */
import { and, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Executor, Tx } from "../../db/client.js";
import { countryName } from "../../../shared/countries.js";
import { fold, viNameSortKey } from "../../../shared/text.js";
import { delegates, delegations, meetingSessions, meetings, rooms, venues } from "./schema.js";

type MeetingRow = typeof meetings.$inferSelect;
export type DelegationRow = typeof delegations.$inferSelect;

// ---------------------------------------------------------------- search text (derived columns)

/** What a meeting is found by: its code, titles and city. */
export function meetingSearchText(m: {
  code: string;
  titleVi: string;
  titleEn: string;
  cityVi: string;
  cityEn: string;
}) {
  return fold([m.code, m.titleVi, m.titleEn, m.cityVi, m.cityEn].join(" "));
}

/** What a delegation is found by: its names and its country's names and code in both languages. */
export function delegationSearchText(d: { nameVi: string; nameEn: string; country: string | null }) {
  const names = d.country ? [countryName(d.country, "vi"), countryName(d.country, "en"), d.country] : [];
  return fold([d.nameVi, d.nameEn, ...names].join(" "));
}

/** What a delegate is found by: name, honorific, position, organisation and e-mail. */
export function delegateSearchText(d: {
  fullName?: string | null;
  honorific?: string | null;
  position?: string | null;
  organisation?: string | null;
  email?: string | null;
}) {
  return fold([d.fullName, d.honorific, d.position, d.organisation, d.email].filter(Boolean).join(" "));
}

/**
 * Computes the name key (`viNameSortKey`) of every delegate that has none yet — rows written before the column
 * existed (migration 0013 adds it empty) — 1,000 at a time, each batch in its own transaction. When keys of a
 * sample of 1,000 rows differ from what this process computes (the key's rule changed, or this Node's ICU data
 * orders differently from the one that wrote them), every key is computed again, so one list never mixes two
 * orders. Run at start, before the server listens; a derived column like `search_text`, so not audited. Returns how
 * many rows it wrote.
 */
export async function fillNameSortKeys(db: Executor): Promise<number> {
  const sample = await db
    .select({ fullName: delegates.fullName, nameSort: delegates.nameSort })
    .from(delegates)
    .where(sql`${delegates.nameSort} <> ''`)
    .orderBy(sql`random()`)
    .limit(1000);
  if (sample.some((r) => r.nameSort !== viNameSortKey(r.fullName))) {
    await db.update(delegates).set({ nameSort: "" });
  }
  let filled = 0;
  for (;;) {
    const rows = await db
      .select({ id: delegates.id, fullName: delegates.fullName })
      .from(delegates)
      .where(eq(delegates.nameSort, ""))
      .limit(1000);
    if (!rows.length) return filled;
    const values = sql.join(
      rows.map((r) => sql`(${r.id}::uuid, ${viNameSortKey(r.fullName)})`),
      sql`, `,
    );
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`update ${delegates} set name_sort = v.k from (values ${values}) as v(id, k) where ${delegates.id} = v.id`,
      );
    });
    filled += rows.length;
  }
}

// ---------------------------------------------------------------- inserts (the service and the seed)

/** Inserts a meeting (checked by the caller), its search text computed here. */
export async function insertMeetingTx(tx: Executor, row: Omit<typeof meetings.$inferInsert, "searchText">) {
  await tx.insert(meetings).values({ ...row, searchText: meetingSearchText(row) });
}

/** Inserts a delegation (checked by the caller), its search text computed here. */
export async function insertDelegationTx(tx: Executor, row: Omit<typeof delegations.$inferInsert, "searchText">) {
  await tx
    .insert(delegations)
    .values({ ...row, searchText: delegationSearchText({ ...row, country: row.country ?? null }) });
}

// ---------------------------------------------------------------- reads for other modules

/** A delegation by id (any meeting), or null. */
export async function getDelegationRow(db: Executor, delegationId: string): Promise<DelegationRow | null> {
  const [d] = await db.select().from(delegations).where(eq(delegations.id, delegationId));
  return d ?? null;
}

/** A delegation with its meeting, in one query, or null. */
export async function delegationWithMeeting(
  db: Executor,
  delegationId: string,
): Promise<{ delegation: DelegationRow; meeting: MeetingRow } | null> {
  const [row] = await db
    .select({ delegation: delegations, meeting: meetings })
    .from(delegations)
    .innerJoin(meetings, eq(meetings.id, delegations.meetingId))
    .where(eq(delegations.id, delegationId));
  return row ?? null;
}

/** The meeting a programme session belongs to, or null for an unknown session. */
export async function sessionMeetingId(db: Executor, sessionId: string): Promise<string | null> {
  const [s] = await db
    .select({ meetingId: meetingSessions.meetingId })
    .from(meetingSessions)
    .where(eq(meetingSessions.id, sessionId));
  return s?.meetingId ?? null;
}

/** One meeting's row, or null (the committee module reads its dates, time zone and titles). */
export async function getMeetingRow(db: Executor, meetingId: string): Promise<MeetingRow | null> {
  const [m] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  return m ?? null;
}

/** A meeting's sessions, in time order (the committee module's scripts and links). */
export async function meetingSessionRows(db: Executor, meetingId: string) {
  return db
    .select()
    .from(meetingSessions)
    .where(eq(meetingSessions.meetingId, meetingId))
    .orderBy(meetingSessions.startsAt);
}

/** Reads a meeting FOR UPDATE in the caller's transaction (two writers that both lock it run one after the other). */
export async function lockMeetingTx(tx: Tx, meetingId: string): Promise<MeetingRow | null> {
  const [m] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  return m ?? null;
}

/** Closed, not yet purged meetings whose purge date is on or before `day` (an ISO day). */
export async function meetingsDueForPurge(db: Executor, day: string): Promise<MeetingRow[]> {
  return db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.status, "closed"),
        isNull(meetings.purgedAt),
        isNotNull(meetings.purgeAt),
        lte(meetings.purgeAt, day),
      ),
    );
}

/** The meeting a room belongs to, or null for an unknown room (the committee module's task links). */
export async function roomMeetingId(db: Executor, roomId: string): Promise<string | null> {
  const [r] = await db.select({ meetingId: rooms.meetingId }).from(rooms).where(eq(rooms.id, roomId));
  return r?.meetingId ?? null;
}

/** A meeting's rooms and delegations with their names (the committee module's task links). */
export async function meetingLinkTargets(db: Executor, meetingId: string) {
  const [roomRows, delegationRows] = await Promise.all([
    db
      .select({ id: rooms.id, nameVi: rooms.nameVi, nameEn: rooms.nameEn })
      .from(rooms)
      .where(eq(rooms.meetingId, meetingId)),
    db
      .select({ id: delegations.id, nameVi: delegations.nameVi, nameEn: delegations.nameEn })
      .from(delegations)
      .where(eq(delegations.meetingId, meetingId)),
  ]);
  return { rooms: roomRows, delegations: delegationRows };
}

/** A meeting's rooms with their venue's names (the committee module's scripts and live view). */
export async function meetingRoomRows(db: Executor, meetingId: string) {
  return db
    .select({
      id: rooms.id,
      nameVi: rooms.nameVi,
      nameEn: rooms.nameEn,
      venueNameVi: venues.nameVi,
      venueNameEn: venues.nameEn,
    })
    .from(rooms)
    .innerJoin(venues, eq(venues.id, rooms.venueId))
    .where(eq(rooms.meetingId, meetingId))
    .orderBy(venues.nameVi, rooms.nameVi);
}

// security checklists (issue 14, point 5): the venues a checklist is kept for
/** A meeting's venues, by Vietnamese name. */
export async function meetingVenueRows(db: Executor, meetingId: string) {
  return db
    .select({ id: venues.id, nameVi: venues.nameVi, nameEn: venues.nameEn })
    .from(venues)
    .where(eq(venues.meetingId, meetingId))
    .orderBy(venues.nameVi);
}
