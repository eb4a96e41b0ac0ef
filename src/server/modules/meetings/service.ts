import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { invalidate, keys } from "../../db/notify.js";
import type { Ctx } from "../../context.js";
import { matchesWords } from "../../db/search.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { compareVi } from "../../../shared/text.js";
import { delegates, delegations, meetingSessions, meetings, rooms, venues, type MeetingStatus } from "./schema.js";
import { meetingErrors } from "./errors.js";
import {
  contactDelegations,
  meetingGrantIds,
  meetingsPermissions,
  requireMeeting,
  type MeetingPermissions,
  type MeetingRow,
} from "./policy.js";
import { isValidTimeZone, parseZoned, toZonedIso } from "./time.js";
import { insertMeetingTx, meetingSearchText } from "./repo.js";
import "./scopes.js";

/** Empty strings from forms mean "no value". */
export const orNull = (s: string | null | undefined): string | null => (s == null || s === "" ? null : s);

/** A meeting row without permission checks (for other modules that have checked already), or null. */
export async function getMeetingRow(db: Executor, id: string): Promise<MeetingRow | null> {
  const [m] = await db.select().from(meetings).where(eq(meetings.id, id));
  return m ?? null;
}

/** The API shape of a meeting, with what the reader may do in it. */
export function presentMeeting(m: MeetingRow, perms: MeetingPermissions | null) {
  return {
    id: m.id,
    code: m.code,
    titleVi: m.titleVi,
    titleEn: m.titleEn,
    themeVi: m.themeVi,
    themeEn: m.themeEn,
    startDate: m.startDate,
    endDate: m.endDate,
    cityVi: m.cityVi,
    cityEn: m.cityEn,
    timeZone: m.timeZone,
    registrationDeadline: m.registrationDeadline ? toZonedIso(m.registrationDeadline, m.timeZone) : null,
    status: m.status,
    purgeAt: m.purgeAt,
    purgedAt: m.purgedAt ? m.purgedAt.toISOString() : null,
    version: m.version,
    permissions: perms
      ? {
          manageProgramme: perms.manageProgramme,
          manageDelegations: perms.manageDelegations,
          allDelegations: perms.allDelegations,
          delegateView: perms.delegateView,
          ownDelegationIds: perms.ownDelegationIds,
          checkIn: perms.checkIn,
          readCommittee: perms.readCommittee,
          readLogistics: perms.readLogistics,
          readHealth: perms.readHealth,
        }
      : null,
  };
}

export interface MeetingListQuery {
  q?: string;
  status?: MeetingStatus;
}

/** The meetings the actor may see: every meeting for the ICD, otherwise those their grants name. */
export async function listMeetings(ctx: Ctx, actor: Actor, query: MeetingListQuery) {
  const where: SQL[] = [];
  if (!meetingsPermissions(actor).readAll) {
    const ids = [...meetingGrantIds(actor), ...(await contactDelegations(ctx.db, actor)).map((d) => d.meetingId)];
    const valid = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    ensure(valid.length > 0);
    where.push(inArray(meetings.id, valid));
  }
  const search = matchesWords(meetings.searchText, query.q);
  if (search) where.push(search);
  if (query.status) where.push(eq(meetings.status, query.status));
  const rows = await ctx.db
    .select()
    .from(meetings)
    .where(where.length ? and(...where) : undefined)
    .orderBy(sql`${meetings.startDate} desc`);
  const counts = rows.length
    ? await ctx.db
        .select({ meetingId: delegations.meetingId, n: sql<number>`count(*)::int` })
        .from(delegations)
        .where(
          inArray(
            delegations.meetingId,
            rows.map((r) => r.id),
          ),
        )
        .groupBy(delegations.meetingId)
    : [];
  const byMeeting = new Map(counts.map((c) => [c.meetingId, Number(c.n)]));
  const out = [];
  for (const m of rows) {
    const { perms } = await requireMeeting(ctx.db, actor, m.id);
    out.push({ ...presentMeeting(m, perms), delegationCount: byMeeting.get(m.id) ?? 0 });
  }
  return out;
}

/** One meeting with counts for the overview. */
export async function getMeeting(ctx: Ctx, actor: Actor, id: string) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, id);
  const [d] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(delegations)
    .where(eq(delegations.meetingId, id));
  const [p] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(delegates)
    .where(eq(delegates.meetingId, id));
  const [s] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(meetingSessions)
    .where(eq(meetingSessions.meetingId, id));
  return {
    ...presentMeeting(meeting, perms),
    counts: { delegations: Number(d?.n ?? 0), delegates: Number(p?.n ?? 0), sessions: Number(s?.n ?? 0) },
  };
}

export interface MeetingInput {
  code: string;
  titleVi: string;
  titleEn: string;
  themeVi?: string | null;
  themeEn?: string | null;
  startDate: string;
  endDate: string;
  cityVi: string;
  cityEn: string;
  timeZone: string;
  registrationDeadline?: string | null;
  status?: MeetingStatus;
  purgeAt?: string | null;
}

/** Checks a whole meeting (after a patch is applied) before anything is written. */
function checkMeeting(m: MeetingInput): { registrationDeadline: Date | null } {
  if (!isValidTimeZone(m.timeZone)) throw meetingErrors.TIME_ZONE_INVALID({ timeZone: m.timeZone });
  if (m.endDate < m.startDate) throw meetingErrors.MEETING_DATES_INVALID();
  if (m.purgeAt && m.purgeAt <= m.endDate) throw meetingErrors.PURGE_DATE_INVALID();
  let registrationDeadline: Date | null = null;
  if (m.registrationDeadline) {
    registrationDeadline = parseZoned(m.registrationDeadline, m.timeZone);
    if (!registrationDeadline) throw meetingErrors.DATE_TIME_INVALID({ value: m.registrationDeadline });
  }
  return { registrationDeadline };
}

/** Creates a meeting (ICD officers). */
export async function createMeeting(ctx: Ctx, actor: Actor, input: MeetingInput) {
  ensure(meetingsPermissions(actor).create);
  const { registrationDeadline } = checkMeeting(input);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const [dup] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.code, input.code));
    if (dup) throw meetingErrors.MEETING_CODE_TAKEN({ code: input.code });
    const row = {
      id,
      code: input.code,
      titleVi: input.titleVi,
      titleEn: input.titleEn,
      themeVi: orNull(input.themeVi),
      themeEn: orNull(input.themeEn),
      startDate: input.startDate,
      endDate: input.endDate,
      cityVi: input.cityVi,
      cityEn: input.cityEn,
      timeZone: input.timeZone,
      registrationDeadline,
      status: input.status ?? "planning",
      purgeAt: orNull(input.purgeAt),
    };
    await insertMeetingTx(tx, row);
    await audit(tx, actor, { action: "meeting.create", entity: "meeting", entityId: id, after: row });
  });
  return getMeeting(ctx, actor, id);
}

export type MeetingPatch = Partial<MeetingInput> & { version: number };

/** Edits a meeting (ICD officers); the caller sends the version they read. */
export async function updateMeeting(ctx: Ctx, actor: Actor, id: string, patch: MeetingPatch) {
  const { meeting: before, perms } = await requireMeeting(ctx.db, actor, id);
  ensure(perms.manageProgramme);
  const { version, ...changes } = patch;
  const next: MeetingInput = {
    ...before,
    registrationDeadline: before.registrationDeadline ? before.registrationDeadline.toISOString() : null,
    ...changes,
  };
  const { registrationDeadline } = checkMeeting(next);
  await ctx.db.transaction(async (tx) => {
    if (changes.code && changes.code !== before.code) {
      const [dup] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.code, changes.code));
      if (dup) throw meetingErrors.MEETING_CODE_TAKEN({ code: changes.code });
    }
    const updated = await tx
      .update(meetings)
      .set({
        ...changes,
        themeVi: orNull(next.themeVi),
        themeEn: orNull(next.themeEn),
        purgeAt: orNull(next.purgeAt),
        registrationDeadline,
        searchText: meetingSearchText(next),
        version: sql`${meetings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(meetings.id, id), eq(meetings.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    // Its code and title name the meeting's grants in /api/me; the check-in reads the meeting from memory.
    await invalidate(tx, keys.labels, ctx.database.notices);
    await invalidate(tx, keys.meeting(id), ctx.database.notices);
    await audit(tx, actor, { action: "meeting.update", entity: "meeting", entityId: id, before, after: updated[0] });
  });
  return getMeeting(ctx, actor, id);
}

// ---------------------------------------------------------------- venues and rooms

type VenueRow = typeof venues.$inferSelect;
type RoomRow = typeof rooms.$inferSelect;

function presentVenue(v: VenueRow, rs: RoomRow[]) {
  return {
    id: v.id,
    meetingId: v.meetingId,
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    address: v.address,
    sample: v.sample,
    version: v.version,
    rooms: rs
      .filter((r) => r.venueId === v.id)
      .sort((a, b) => compareVi(a.nameVi, b.nameVi))
      .map((r) => ({
        id: r.id,
        venueId: r.venueId,
        nameVi: r.nameVi,
        nameEn: r.nameEn,
        capacity: r.capacity,
        version: r.version,
      })),
  };
}

/** The meeting's venues, each with its rooms. */
export async function listVenues(ctx: Ctx, actor: Actor, meetingId: string) {
  await requireMeeting(ctx.db, actor, meetingId);
  const vs = await ctx.db.select().from(venues).where(eq(venues.meetingId, meetingId)).orderBy(asc(venues.createdAt));
  const rs = await ctx.db.select().from(rooms).where(eq(rooms.meetingId, meetingId));
  return vs.map((v) => presentVenue(v, rs));
}

export interface VenueInput {
  nameVi: string;
  nameEn: string;
  address?: string | null;
}

/** Adds a venue (ICD officers). */
export async function createVenue(ctx: Ctx, actor: Actor, meetingId: string, input: VenueInput) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  const row = {
    id: crypto.randomUUID(),
    meetingId,
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    address: orNull(input.address),
  };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(venues).values(row);
    await audit(tx, actor, { action: "venue.create", entity: "venue", entityId: row.id, after: row });
  });
  const venue = (await listVenues(ctx, actor, meetingId)).find((v) => v.id === row.id);
  if (!venue) throw meetingErrors.VENUE_NOT_FOUND();
  return venue;
}

/** Edits a venue (ICD officers). */
export async function updateVenue(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  venueId: string,
  patch: Partial<VenueInput> & { version: number },
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(venues)
      .where(and(eq(venues.id, venueId), eq(venues.meetingId, meetingId)));
    if (!before) throw meetingErrors.VENUE_NOT_FOUND();
    const { version, ...changes } = patch;
    const updated = await tx
      .update(venues)
      .set({
        ...changes,
        ...(changes.address !== undefined ? { address: orNull(changes.address) } : {}),
        version: sql`${venues.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(venues.id, venueId), eq(venues.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, { action: "venue.update", entity: "venue", entityId: venueId, before, after: updated[0] });
  });
  const venue = (await listVenues(ctx, actor, meetingId)).find((v) => v.id === venueId);
  if (!venue) throw meetingErrors.VENUE_NOT_FOUND();
  return venue;
}

/** Deletes a venue that has no rooms left (ICD officers). */
export async function deleteVenue(ctx: Ctx, actor: Actor, meetingId: string, venueId: string, version: number) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(venues)
      .where(and(eq(venues.id, venueId), eq(venues.meetingId, meetingId)));
    if (!before) throw meetingErrors.VENUE_NOT_FOUND();
    const [hasRoom] = await tx.select({ id: rooms.id }).from(rooms).where(eq(rooms.venueId, venueId)).limit(1);
    if (hasRoom) throw meetingErrors.VENUE_IN_USE();
    const gone = await tx
      .delete(venues)
      .where(and(eq(venues.id, venueId), eq(venues.version, version)))
      .returning({ id: venues.id });
    if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, { action: "venue.delete", entity: "venue", entityId: venueId, before });
  });
}

export interface RoomInput {
  venueId: string;
  nameVi: string;
  nameEn: string;
  capacity?: number | null;
}

async function requireVenue(db: Executor, meetingId: string, venueId: string) {
  const [v] = await db
    .select({ id: venues.id })
    .from(venues)
    .where(and(eq(venues.id, venueId), eq(venues.meetingId, meetingId)));
  if (!v) throw meetingErrors.VENUE_NOT_FOUND();
}

/** Adds a room to one of the meeting's venues (ICD officers). */
export async function createRoom(ctx: Ctx, actor: Actor, meetingId: string, input: RoomInput) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  await requireVenue(ctx.db, meetingId, input.venueId);
  const row = {
    id: crypto.randomUUID(),
    meetingId,
    venueId: input.venueId,
    nameVi: input.nameVi,
    nameEn: input.nameEn,
    capacity: input.capacity ?? null,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(rooms).values(row);
    await audit(tx, actor, { action: "room.create", entity: "room", entityId: row.id, after: row });
  });
  return listVenues(ctx, actor, meetingId);
}

/** Edits a room (ICD officers). */
export async function updateRoom(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  roomId: string,
  patch: Partial<RoomInput> & { version: number },
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  if (patch.venueId) await requireVenue(ctx.db, meetingId, patch.venueId);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(rooms)
      .where(and(eq(rooms.id, roomId), eq(rooms.meetingId, meetingId)));
    if (!before) throw meetingErrors.ROOM_NOT_FOUND();
    const { version, ...changes } = patch;
    const updated = await tx
      .update(rooms)
      .set({ ...changes, version: sql`${rooms.version} + 1`, updatedAt: new Date() })
      .where(and(eq(rooms.id, roomId), eq(rooms.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, { action: "room.update", entity: "room", entityId: roomId, before, after: updated[0] });
  });
  return listVenues(ctx, actor, meetingId);
}

/** Deletes a room no session uses (ICD officers). */
export async function deleteRoom(ctx: Ctx, actor: Actor, meetingId: string, roomId: string, version: number) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(rooms)
      .where(and(eq(rooms.id, roomId), eq(rooms.meetingId, meetingId)));
    if (!before) throw meetingErrors.ROOM_NOT_FOUND();
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(meetingSessions)
      .where(eq(meetingSessions.roomId, roomId));
    if (Number(used?.n ?? 0) > 0) throw meetingErrors.ROOM_IN_USE({ count: Number(used?.n) });
    const gone = await tx
      .delete(rooms)
      .where(and(eq(rooms.id, roomId), eq(rooms.version, version)))
      .returning({ id: rooms.id });
    if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, { action: "room.delete", entity: "room", entityId: roomId, before });
  });
  return listVenues(ctx, actor, meetingId);
}
