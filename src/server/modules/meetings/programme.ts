import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { invalidate, keys } from "../../db/notify.js";
import type { Ctx } from "../../context.js";
import type { Executor, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { fold } from "../../../shared/text.js";
import {
  agendaItems,
  delegations,
  meetingSessions,
  rooms,
  sessionDelegations,
  venues,
  type SessionKind,
} from "./schema.js";
import { meetingErrors } from "./errors.js";
import { requireCachedMeeting, requireMeeting, type MeetingRow } from "./policy.js";
import { parseZoned, toZonedIso, zonedDate } from "./time.js";
import { orNull } from "./service.js";

type SessionRow = typeof meetingSessions.$inferSelect;

export interface Clash {
  /** The other session. */
  sessionId: string;
  /** What is double-booked. */
  on: "room" | "chair";
}

/**
 * Finds double bookings: two sessions that overlap in time (touching ends do not) and share a room or a chair.
 * Chairs compare folded ("Bộ trưởng Phạm Thị Thanh Trà" = "bo truong pham thi thanh tra").
 */
export function findClashes(
  sessions: { id: string; startsAt: Date; endsAt: Date; roomId: string | null; chair: string | null }[],
): Map<string, Clash[]> {
  const out = new Map<string, Clash[]>(sessions.map((s) => [s.id, []]));
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const add = (id: string, clash: Clash) => {
    const list = out.get(id);
    if (list) list.push(clash);
    else out.set(id, [clash]);
  };
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (b.startsAt >= a.endsAt) break;
      const on: Clash["on"][] = [];
      if (a.roomId && a.roomId === b.roomId) on.push("room");
      const ca = a.chair ? fold(a.chair) : "";
      if (ca && ca === (b.chair ? fold(b.chair) : "")) on.push("chair");
      for (const what of on) {
        add(a.id, { sessionId: b.id, on: what });
        add(b.id, { sessionId: a.id, on: what });
      }
    }
  }
  return out;
}

/** The sessions of a meeting as the API shows them (no permission check: callers have checked). */
export async function listSessionsOf(db: Executor, meeting: MeetingRow) {
  const rows = await db
    .select()
    .from(meetingSessions)
    .where(eq(meetingSessions.meetingId, meeting.id))
    .orderBy(asc(meetingSessions.startsAt), asc(meetingSessions.endsAt));
  const ids = rows.map((r) => r.id);
  const agenda = ids.length
    ? await db.select().from(agendaItems).where(inArray(agendaItems.sessionId, ids)).orderBy(asc(agendaItems.position))
    : [];
  const attending = ids.length
    ? await db.select().from(sessionDelegations).where(inArray(sessionDelegations.sessionId, ids))
    : [];
  const roomRows = await db
    .select({ room: rooms, venue: venues })
    .from(rooms)
    .innerJoin(venues, eq(venues.id, rooms.venueId))
    .where(eq(rooms.meetingId, meeting.id));
  const roomById = new Map(roomRows.map((r) => [r.room.id, r]));
  const clashes = findClashes(rows);
  const agendaOf = groupBy(agenda, (a) => a.sessionId);
  const attendingOf = groupBy(attending, (a) => a.sessionId);
  return rows.map((s) =>
    presentSession(
      meeting,
      s,
      roomById,
      agendaOf.get(s.id) ?? [],
      attendingOf.get(s.id) ?? [],
      clashes.get(s.id) ?? [],
    ),
  );
}

/** Rows grouped by a key, each group in the rows' order. */
function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function presentSession(
  meeting: MeetingRow,
  s: SessionRow,
  roomById: Map<string, { room: typeof rooms.$inferSelect; venue: typeof venues.$inferSelect }>,
  /** The session's own agenda items and attending delegations. */
  agenda: (typeof agendaItems.$inferSelect)[],
  attending: (typeof sessionDelegations.$inferSelect)[],
  clashes: Clash[],
) {
  const r = s.roomId ? roomById.get(s.roomId) : undefined;
  return {
    id: s.id,
    meetingId: s.meetingId,
    kind: s.kind,
    titleVi: s.titleVi,
    titleEn: s.titleEn,
    start: toZonedIso(s.startsAt, meeting.timeZone),
    end: toZonedIso(s.endsAt, meeting.timeZone),
    roomId: s.roomId,
    room: r
      ? {
          id: r.room.id,
          nameVi: r.room.nameVi,
          nameEn: r.room.nameEn,
          venueId: r.venue.id,
          venueNameVi: r.venue.nameVi,
          venueNameEn: r.venue.nameEn,
        }
      : null,
    chair: s.chair,
    chairEn: s.chairEn,
    notesVi: s.notesVi,
    notesEn: s.notesEn,
    agenda: agenda.map((a) => ({
      id: a.id,
      position: a.position,
      titleVi: a.titleVi,
      titleEn: a.titleEn,
      presenter: a.presenter,
      documents: a.documents,
    })),
    delegationIds: attending.map((a) => a.delegationId),
    clashes,
    version: s.version,
  };
}

export type SessionView = Awaited<ReturnType<typeof listSessionsOf>>[number];

/** The programme: every session in time order, each with its clashes. Anyone who may read the meeting. */
export async function listSessions(ctx: Ctx, actor: Actor, meetingId: string) {
  const { meeting } = await requireCachedMeeting(ctx, actor, meetingId);
  return listSessionsOf(ctx.db, meeting);
}

/** One session with its agenda, attending delegations and clashes. */
export async function getSession(ctx: Ctx, actor: Actor, meetingId: string, sessionId: string) {
  const { meeting } = await requireMeeting(ctx.db, actor, meetingId);
  const s = (await listSessionsOf(ctx.db, meeting)).find((x) => x.id === sessionId);
  if (!s) throw meetingErrors.SESSION_NOT_FOUND();
  return s;
}

export interface AgendaInput {
  titleVi: string;
  titleEn: string;
  presenter?: string | null;
  documents?: string | null;
}

export interface SessionInput {
  kind: SessionKind;
  titleVi: string;
  titleEn: string;
  /** ISO 8601 with an offset, or wall-clock time in the meeting's zone (`2022-08-05T08:30`). */
  start: string;
  end: string;
  roomId?: string | null;
  chair?: string | null;
  chairEn?: string | null;
  notesVi?: string | null;
  notesEn?: string | null;
  agenda?: AgendaInput[];
  delegationIds?: string[];
}

/** Validates a session against its meeting before any write; returns the instants. */
async function checkSession(db: Executor, meeting: MeetingRow, s: SessionInput) {
  const startsAt = parseZoned(s.start, meeting.timeZone);
  if (!startsAt) throw meetingErrors.DATE_TIME_INVALID({ value: s.start });
  const endsAt = parseZoned(s.end, meeting.timeZone);
  if (!endsAt) throw meetingErrors.DATE_TIME_INVALID({ value: s.end });
  if (endsAt <= startsAt) throw meetingErrors.SESSION_TIME_INVALID();
  if (
    zonedDate(startsAt, meeting.timeZone) < meeting.startDate ||
    zonedDate(endsAt, meeting.timeZone) > meeting.endDate
  ) {
    throw meetingErrors.SESSION_OUTSIDE_MEETING({ start: meeting.startDate, end: meeting.endDate });
  }
  if (s.roomId) {
    const [r] = await db
      .select({ id: rooms.id })
      .from(rooms)
      .where(and(eq(rooms.id, s.roomId), eq(rooms.meetingId, meeting.id)));
    if (!r) throw meetingErrors.ROOM_NOT_FOUND();
  }
  const wanted = [...new Set(s.delegationIds ?? [])];
  if (wanted.length) {
    const found = await db
      .select({ id: delegations.id })
      .from(delegations)
      .where(and(inArray(delegations.id, wanted), eq(delegations.meetingId, meeting.id)));
    const known = new Set(found.map((f) => f.id));
    const missing = wanted.find((id) => !known.has(id));
    if (missing) throw meetingErrors.UNKNOWN_DELEGATION({ id: missing });
  }
  return { startsAt, endsAt, delegationIds: wanted };
}

async function writeChildren(
  tx: Tx,
  sessionId: string,
  agenda: AgendaInput[] | undefined,
  delegationIds: string[] | undefined,
) {
  if (agenda) {
    await tx.delete(agendaItems).where(eq(agendaItems.sessionId, sessionId));
    if (agenda.length) {
      await tx.insert(agendaItems).values(
        agenda.map((a, i) => ({
          id: crypto.randomUUID(),
          sessionId,
          position: i + 1,
          titleVi: a.titleVi,
          titleEn: a.titleEn,
          presenter: orNull(a.presenter),
          documents: orNull(a.documents),
        })),
      );
    }
  }
  if (delegationIds) {
    await tx.delete(sessionDelegations).where(eq(sessionDelegations.sessionId, sessionId));
    if (delegationIds.length) {
      await tx.insert(sessionDelegations).values(delegationIds.map((delegationId) => ({ sessionId, delegationId })));
    }
  }
}

/** Adds a session with its agenda and attending delegations (ICD officers). Clashes are reported, not refused. */
export async function createSession(ctx: Ctx, actor: Actor, meetingId: string, input: SessionInput) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  const { startsAt, endsAt, delegationIds } = await checkSession(ctx.db, meeting, input);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      meetingId,
      kind: input.kind,
      titleVi: input.titleVi,
      titleEn: input.titleEn,
      startsAt,
      endsAt,
      roomId: input.roomId ?? null,
      chair: orNull(input.chair),
      chairEn: orNull(input.chairEn),
      notesVi: orNull(input.notesVi),
      notesEn: orNull(input.notesEn),
    };
    await tx.insert(meetingSessions).values(row);
    await writeChildren(tx, id, input.agenda ?? [], delegationIds);
    await audit(tx, actor, {
      action: "session.create",
      entity: "meeting_session",
      entityId: id,
      after: { ...row, agenda: input.agenda ?? [], delegationIds },
    });
  });
  return getSession(ctx, actor, meetingId, id);
}

export type SessionPatch = Partial<SessionInput> & { version: number };

/** Edits a session; `agenda` and `delegationIds`, when sent, replace the old lists. */
export async function updateSession(ctx: Ctx, actor: Actor, meetingId: string, sessionId: string, patch: SessionPatch) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  const before = (await listSessionsOf(ctx.db, meeting)).find((s) => s.id === sessionId);
  if (!before) throw meetingErrors.SESSION_NOT_FOUND();
  const { version, ...changes } = patch;
  const next: SessionInput = { ...before, ...changes };
  const { startsAt, endsAt, delegationIds } = await checkSession(ctx.db, meeting, next);
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(meetingSessions)
      .set({
        kind: next.kind,
        titleVi: next.titleVi,
        titleEn: next.titleEn,
        startsAt,
        endsAt,
        roomId: next.roomId ?? null,
        chair: orNull(next.chair),
        chairEn: orNull(next.chairEn),
        notesVi: orNull(next.notesVi),
        notesEn: orNull(next.notesEn),
        version: sql`${meetingSessions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(meetingSessions.id, sessionId), eq(meetingSessions.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await writeChildren(tx, sessionId, changes.agenda, changes.delegationIds ? delegationIds : undefined);
    await audit(tx, actor, {
      action: "session.update",
      entity: "meeting_session",
      entityId: sessionId,
      before,
      after: { ...updated[0], agenda: changes.agenda ?? before.agenda, delegationIds },
    });
  });
  return getSession(ctx, actor, meetingId, sessionId);
}

/** Removes a session from the programme (ICD officers). */
export async function deleteSession(ctx: Ctx, actor: Actor, meetingId: string, sessionId: string, version: number) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageProgramme);
  const before = (await listSessionsOf(ctx.db, meeting)).find((s) => s.id === sessionId);
  if (!before) throw meetingErrors.SESSION_NOT_FOUND();
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(meetingSessions)
      .where(and(eq(meetingSessions.id, sessionId), eq(meetingSessions.version, version)))
      .returning({ id: meetingSessions.id });
    if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    // The check-in holds which meeting a session belongs to.
    await invalidate(tx, keys.meeting(meetingId), ctx.database.notices);
    await audit(tx, actor, { action: "session.delete", entity: "meeting_session", entityId: sessionId, before });
  });
}
