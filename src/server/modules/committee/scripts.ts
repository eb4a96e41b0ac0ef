/**
 * The detailed script (kịch bản chi tiết) of a session (issue 13, point 4): timed cues in order, with warnings — not
 * refusals — when cues overlap, leave the session's slot or do not add up to it; every print keeps a snapshot, so
 * the script says what changed since it was last printed. Every change bumps the meeting's live revision in its
 * transaction (the live view asks for it).
 */
import { and, asc, eq, inArray, isNull, max, or, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { audit } from "../audit/service.js";
import { lockMeetingTx, meetingRoomRows, meetingSessionRows } from "../meetings/repo.js";
import { parseZoned, toZonedIso } from "../meetings/time.js";
import { userNamesByIds } from "../people/repo.js";
import { formatMessage } from "../../../shared/message.js";
import { clean } from "../../../shared/text.js";
import type { Lang } from "../../../shared/errors.js";
import type { CueNeed } from "../../../shared/committee.js";
import type {
  Cue,
  CueBody,
  CueContingency,
  CuePatchBody,
  CueReorderBody,
  Script,
  ScriptChanges,
  ScriptSession,
  ScriptWarning,
} from "../../../shared/schemas/committee.js";
import { committeeErrors } from "./errors.js";
import { type CommitteePermissions, type MeetingRow, cueLive, requireCommittee } from "./policy.js";
import {
  committeeContingencies,
  committeeCueContingencies,
  committeeCues,
  committeeLiveRevisions,
  committeeMembers,
  committeeScriptPrints,
} from "./schema.js";

export type CueRow = typeof committeeCues.$inferSelect;
type SessionRow = Awaited<ReturnType<typeof meetingSessionRows>>[number];
type RoomRow = Awaited<ReturnType<typeof meetingRoomRows>>[number];

/** The text of a bilingual pair in a language: English falls back on the Vietnamese when it is empty. */
export const inLang = (lang: Lang, vi: string | null, en: string | null): string =>
  (lang === "en" ? en || vi : vi || en) ?? "";

const hhmm = (d: Date, tz: string) => toZonedIso(d, tz).slice(11, 16);
const endOf = (c: { at: Date; minutes: number }) => new Date(c.at.getTime() + c.minutes * 60000);

export function roomName(r: Pick<RoomRow, "nameVi" | "nameEn" | "venueNameVi" | "venueNameEn">, lang: Lang): string {
  return lang === "en" ? `${r.nameEn} — ${r.venueNameEn}` : `${r.nameVi} — ${r.venueNameVi}`;
}

/** Bumps the meeting's live revision, in the caller's transaction. */
export async function bumpLiveRevisionTx(tx: Executor, meetingId: string): Promise<number> {
  const [r] = await tx
    .insert(committeeLiveRevisions)
    .values({ meetingId, revision: 1 })
    .onConflictDoUpdate({
      target: committeeLiveRevisions.meetingId,
      set: { revision: sql`${committeeLiveRevisions.revision} + 1`, updatedAt: new Date() },
    })
    .returning({ revision: committeeLiveRevisions.revision });
  return r?.revision ?? 0;
}

export async function liveRevisionOf(db: Executor, meetingId: string): Promise<number> {
  const [r] = await db
    .select({ revision: committeeLiveRevisions.revision })
    .from(committeeLiveRevisions)
    .where(eq(committeeLiveRevisions.meetingId, meetingId));
  return r?.revision ?? 0;
}

/** The session of the meeting, or 404 (a session of another meeting is not found either). */
export async function sessionOf(db: Executor, meetingId: string, sessionId: string): Promise<SessionRow> {
  const s = (await meetingSessionRows(db, meetingId)).find((x) => x.id === sessionId);
  if (!s) throw committeeErrors.SESSION_NOT_FOUND();
  return s;
}

export function presentSession(s: SessionRow, meeting: MeetingRow, rooms: RoomRow[], lang: Lang): ScriptSession {
  const room = rooms.find((r) => r.id === s.roomId);
  return {
    id: s.id,
    titleVi: s.titleVi,
    titleEn: s.titleEn,
    start: toZonedIso(s.startsAt, meeting.timeZone),
    end: toZonedIso(s.endsAt, meeting.timeZone),
    roomId: s.roomId,
    room: room ? roomName(room, lang) : "",
    timeZone: meeting.timeZone,
  };
}

interface Lookups {
  rooms: RoomRow[];
  members: Map<string, { id: string; fullName: string; position: string | null; phone: string | null }>;
  plans: Map<string, CueContingency[]>;
}

async function lookups(db: Executor, meetingId: string, cueIds: string[], lang: Lang): Promise<Lookups> {
  const rooms = await meetingRoomRows(db, meetingId);
  const memberRows = await db
    .select({
      id: committeeMembers.id,
      fullName: committeeMembers.fullName,
      position: committeeMembers.position,
      phone: committeeMembers.phone,
    })
    .from(committeeMembers)
    .where(eq(committeeMembers.meetingId, meetingId));
  const members = new Map(memberRows.map((m) => [m.id, m]));
  const plans = new Map<string, CueContingency[]>();
  if (cueIds.length) {
    const links = await db
      .select({ cueId: committeeCueContingencies.cueId, c: committeeContingencies })
      .from(committeeCueContingencies)
      .innerJoin(committeeContingencies, eq(committeeContingencies.id, committeeCueContingencies.contingencyId))
      .where(inArray(committeeCueContingencies.cueId, cueIds))
      .orderBy(asc(committeeContingencies.situationVi));
    for (const { cueId, c } of links) {
      const who = c.responsibleId ? members.get(c.responsibleId) : undefined;
      plans.set(cueId, [
        ...(plans.get(cueId) ?? []),
        {
          id: c.id,
          kind: c.kind,
          situation: inLang(lang, c.situationVi, c.situationEn),
          situationVi: c.situationVi,
          situationEn: c.situationEn,
          trigger: c.trigger,
          steps: c.steps,
          resources: c.resources,
          responsibleName: who?.fullName ?? null,
          responsiblePhone: who?.phone ?? null,
        },
      ]);
    }
  }
  return { rooms, members, plans };
}

export function cueWhere(c: Pick<CueRow, "roomId" | "placeVi" | "placeEn">, rooms: RoomRow[], lang: Lang): string {
  const room = c.roomId ? rooms.find((r) => r.id === c.roomId) : undefined;
  const place = inLang(lang, c.placeVi, c.placeEn);
  return [room ? roomName(room, lang) : "", place].filter(Boolean).join(" · ");
}

function presentCue(c: CueRow, meeting: MeetingRow, l: Lookups, perms: CommitteePermissions, lang: Lang): Cue {
  const tz = meeting.timeZone;
  const who = c.responsibleId ? l.members.get(c.responsibleId) : undefined;
  return {
    id: c.id,
    position: c.position,
    at: toZonedIso(c.at, tz),
    time: hhmm(c.at, tz),
    minutes: c.minutes,
    what: inLang(lang, c.whatVi, c.whatEn),
    whatVi: c.whatVi,
    whatEn: c.whatEn,
    who: inLang(lang, c.whoVi, c.whoEn) || (who?.fullName ?? ""),
    whoVi: c.whoVi,
    whoEn: c.whoEn,
    responsible: who ?? null,
    where: cueWhere(c, l.rooms, lang),
    roomId: c.roomId,
    placeVi: c.placeVi,
    placeEn: c.placeEn,
    needs: c.needs,
    needsOther: c.needsOther,
    notes: c.notes,
    status: c.status,
    delayMinutes: c.delayMinutes,
    statusAt: c.statusAt ? toZonedIso(c.statusAt, tz) : null,
    contingencies: l.plans.get(c.id) ?? [],
    version: c.version,
    permissions: { live: cueLive(perms, c.responsibleId) },
  };
}

const warningText = {
  overlap: {
    vi: "Mục {a} ({aTime}) và mục {b} ({bTime}) chồng lên nhau {n} phút.",
    en: "Cue {a} ({aTime}) and cue {b} ({bTime}) overlap by {n, plural, one {# minute} other {# minutes}}.",
  },
  before_start: {
    vi: "Mục {a} bắt đầu lúc {time}, trước giờ bắt đầu phiên họp ({start}).",
    en: "Cue {a} starts at {time}, before the session starts ({start}).",
  },
  after_end: {
    vi: "Mục {a} kết thúc lúc {time}, sau giờ kết thúc phiên họp ({end}).",
    en: "Cue {a} ends at {time}, after the session ends ({end}).",
  },
  total_mismatch: {
    vi: "Tổng thời lượng các mục là {total} phút, khung giờ của phiên họp là {slot} phút.",
    en: "The cues add up to {total, plural, one {# minute} other {# minutes}}; the session's slot is {slot, plural, one {# minute} other {# minutes}}.",
  },
} as const;

/**
 * The checks of a script, in the reader's language: cues that overlap, start before the session or end after it,
 * and a total that does not match the session's slot. Cues are numbered as the script shows them (position order).
 */
export function scriptWarnings(
  cues: Pick<CueRow, "id" | "at" | "minutes">[],
  session: { startsAt: Date; endsAt: Date },
  tz: string,
  lang: Lang,
): ScriptWarning[] {
  if (!cues.length) return [];
  const out: ScriptWarning[] = [];
  const num = new Map(cues.map((c, i) => [c.id, i + 1]));
  const say = (code: keyof typeof warningText, cueIds: string[], params: Record<string, unknown>) =>
    out.push({ code, cueIds, message: formatMessage(lang, warningText[code][lang], params) });
  const byTime = [...cues].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || (num.get(a.id) ?? 0) - (num.get(b.id) ?? 0),
  );
  let last: (typeof byTime)[number] | null = null;
  for (const c of byTime) {
    if (last && endOf(last) > c.at) {
      say("overlap", [last.id, c.id], {
        a: num.get(last.id),
        aTime: hhmm(last.at, tz),
        b: num.get(c.id),
        bTime: hhmm(c.at, tz),
        n: Math.round((Math.min(endOf(last).getTime(), endOf(c).getTime()) - c.at.getTime()) / 60000),
      });
    }
    if (!last || endOf(c) > endOf(last)) last = c;
  }
  for (const c of cues) {
    if (c.at < session.startsAt)
      say("before_start", [c.id], { a: num.get(c.id), time: hhmm(c.at, tz), start: hhmm(session.startsAt, tz) });
    if (endOf(c) > session.endsAt)
      say("after_end", [c.id], { a: num.get(c.id), time: hhmm(endOf(c), tz), end: hhmm(session.endsAt, tz) });
  }
  const total = cues.reduce((n, c) => n + c.minutes, 0);
  const slot = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000);
  if (total !== slot) say("total_mismatch", [], { total, slot });
  return out;
}

/** The fields a print keeps, and the groups the changes since it are reported in. */
const snapshotFields = [
  "at",
  "minutes",
  "whatVi",
  "whatEn",
  "whoVi",
  "whoEn",
  "responsibleId",
  "roomId",
  "placeVi",
  "placeEn",
  "needs",
  "needsOther",
  "notes",
] as const;
type SnapshotField = (typeof snapshotFields)[number];
const fieldGroup: Record<SnapshotField, string> = {
  at: "at",
  minutes: "minutes",
  whatVi: "what",
  whatEn: "what",
  whoVi: "who",
  whoEn: "who",
  responsibleId: "who",
  roomId: "where",
  placeVi: "where",
  placeEn: "where",
  needs: "needs",
  needsOther: "needs",
  notes: "notes",
};

function snapshot(c: CueRow): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.id };
  for (const f of snapshotFields) out[f] = f === "at" ? c.at.toISOString() : c[f];
  return out;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

async function changesSince(
  db: Executor,
  sessionId: string,
  cues: CueRow[],
  tz: string,
  lang: Lang,
): Promise<ScriptChanges | null> {
  const [p] = await db
    .select()
    .from(committeeScriptPrints)
    .where(eq(committeeScriptPrints.sessionId, sessionId))
    .orderBy(sql`${committeeScriptPrints.revision} desc`)
    .limit(1);
  const print = p
    ? { p, by: p.printedBy ? ((await userNamesByIds(db, [p.printedBy])).get(p.printedBy) ?? null) : null }
    : null;
  if (!print) return null;
  const then = new Map(print.p.cues.map((c) => [str(c.id), c]));
  const now = new Map(cues.map((c) => [c.id, snapshot(c)]));
  const label = (c: Record<string, unknown>) => ({
    id: str(c.id),
    time: hhmm(new Date(str(c.at)), tz),
    what: inLang(lang, str(c.whatVi), str(c.whatEn)),
  });
  const changes: ScriptChanges = {
    revision: print.p.revision,
    lang: print.p.lang,
    printedAt: toZonedIso(print.p.printedAt, tz),
    printedBy: print.by,
    added: [],
    removed: [],
    changed: [],
  };
  for (const [id, c] of now) {
    const old = then.get(id);
    if (!old) {
      changes.added.push(label(c));
      continue;
    }
    const fields = [
      ...new Set(
        snapshotFields
          .filter((f) => JSON.stringify(old[f] ?? null) !== JSON.stringify(c[f] ?? null))
          .map((f) => fieldGroup[f]),
      ),
    ];
    if (fields.length) changes.changed.push({ ...label(c), fields });
  }
  for (const [id, c] of then) if (!now.has(id)) changes.removed.push(label(c));
  return changes;
}

async function cuesOf(db: Executor, sessionId: string): Promise<CueRow[]> {
  return db
    .select()
    .from(committeeCues)
    .where(eq(committeeCues.sessionId, sessionId))
    .orderBy(asc(committeeCues.position), asc(committeeCues.at));
}

/** A session's script as the reader sees it. Also the answer of every write. */
export async function readScript(
  db: Executor,
  actor: Actor,
  meeting: MeetingRow,
  perms: CommitteePermissions,
  session: SessionRow,
): Promise<Script> {
  const lang = actor.language;
  const tz = meeting.timeZone;
  const cues = await cuesOf(db, session.id);
  const l = await lookups(
    db,
    meeting.id,
    cues.map((c) => c.id),
    lang,
  );
  const plans = perms.editScripts
    ? await db
        .select({
          id: committeeContingencies.id,
          vi: committeeContingencies.situationVi,
          en: committeeContingencies.situationEn,
        })
        .from(committeeContingencies)
        .where(
          and(
            eq(committeeContingencies.meetingId, meeting.id),
            or(isNull(committeeContingencies.sessionId), eq(committeeContingencies.sessionId, session.id)),
          ),
        )
        .orderBy(asc(committeeContingencies.situationVi))
    : [];
  return {
    session: presentSession(session, meeting, l.rooms, lang),
    cues: cues.map((c) => presentCue(c, meeting, l, perms, lang)),
    warnings: scriptWarnings(cues, session, tz, lang),
    totalMinutes: cues.reduce((n, c) => n + c.minutes, 0),
    slotMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60000),
    changedSinceLastPrint: await changesSince(db, session.id, cues, tz, lang),
    liveRevision: await liveRevisionOf(db, meeting.id),
    options: {
      rooms: l.rooms.map((r) => ({ id: r.id, name: roomName(r, lang) })),
      members: [...l.members.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, "vi")),
      contingencies: plans.map((p) => ({ id: p.id, situation: inLang(lang, p.vi, p.en) })),
    },
    permissions: { edit: perms.editScripts, print: perms.read, markAny: perms.markCues },
  };
}

export async function getScript(ctx: Ctx, actor: Actor, meetingId: string, sessionId: string): Promise<Script> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const session = await sessionOf(ctx.db, meetingId, sessionId);
  return readScript(ctx.db, actor, meeting, perms, session);
}

/** `hh:mm` on the session's day in the meeting's zone, or a date-time. */
function parseAt(at: string, session: SessionRow, tz: string): Date {
  const value = at.trim();
  const hm = /^(\d{1,2}):(\d{2})$/.exec(value);
  const d = hm
    ? parseZoned(`${toZonedIso(session.startsAt, tz).slice(0, 10)}T${hm[1]!.padStart(2, "0")}:${hm[2]}`, tz)
    : parseZoned(value, tz);
  if (!d) throw committeeErrors.CUE_TIME_INVALID({ at });
  return d;
}

const optText = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : clean(v) || null);

/** Checks that the member, room and plans a cue names belong to the meeting (and the plans to it or the session). */
async function checkRefs(
  tx: Executor,
  meetingId: string,
  sessionId: string,
  b: { responsibleId?: string | null; roomId?: string | null; contingencyIds?: string[] },
) {
  if (b.responsibleId) {
    const [m] = await tx
      .select({ id: committeeMembers.id })
      .from(committeeMembers)
      .where(and(eq(committeeMembers.id, b.responsibleId), eq(committeeMembers.meetingId, meetingId)));
    if (!m) throw committeeErrors.CUE_MEMBER_UNKNOWN();
  }
  if (b.roomId) {
    const rooms = await meetingRoomRows(tx, meetingId);
    if (!rooms.some((r) => r.id === b.roomId)) throw committeeErrors.CUE_ROOM_UNKNOWN();
  }
  const ids = [...new Set(b.contingencyIds ?? [])];
  if (ids.length) {
    const found = await tx
      .select({ id: committeeContingencies.id })
      .from(committeeContingencies)
      .where(
        and(
          inArray(committeeContingencies.id, ids),
          eq(committeeContingencies.meetingId, meetingId),
          or(isNull(committeeContingencies.sessionId), eq(committeeContingencies.sessionId, sessionId)),
        ),
      );
    if (found.length !== ids.length) throw committeeErrors.CUE_CONTINGENCY_UNKNOWN();
  }
}

async function setPlansTx(tx: Executor, cueId: string, ids: string[]) {
  await tx.delete(committeeCueContingencies).where(eq(committeeCueContingencies.cueId, cueId));
  const unique = [...new Set(ids)];
  if (unique.length)
    await tx.insert(committeeCueContingencies).values(unique.map((contingencyId) => ({ cueId, contingencyId })));
}

/** The columns of a cue from a body (create) or a patch (only what it names). */
function cueColumns(b: Partial<CueBody>, session: SessionRow, tz: string): Partial<CueRow> {
  const set: Partial<CueRow> = {};
  if (b.at !== undefined) set.at = parseAt(b.at, session, tz);
  if (b.minutes !== undefined) set.minutes = b.minutes;
  if (b.whatVi !== undefined) set.whatVi = clean(b.whatVi);
  if (b.whatEn !== undefined) set.whatEn = clean(b.whatEn);
  if (b.whoVi !== undefined) set.whoVi = clean(b.whoVi);
  if (b.whoEn !== undefined) set.whoEn = clean(b.whoEn);
  if (b.responsibleId !== undefined) set.responsibleId = b.responsibleId;
  if (b.roomId !== undefined) set.roomId = b.roomId;
  if (b.placeVi !== undefined) set.placeVi = optText(b.placeVi) ?? null;
  if (b.placeEn !== undefined) set.placeEn = optText(b.placeEn) ?? null;
  if (b.needs !== undefined) set.needs = [...new Set<CueNeed>(b.needs)];
  if (b.needsOther !== undefined) set.needsOther = optText(b.needsOther) ?? null;
  if (b.notes !== undefined) set.notes = optText(b.notes) ?? null;
  return set;
}

/** The audit's view of a cue's columns (dates as ISO text). */
const auditable = (set: Partial<CueRow>) =>
  Object.fromEntries(Object.entries(set).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

export async function createCue(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  sessionId: string,
  body: CueBody,
): Promise<Script> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editScripts);
  const session = await sessionOf(ctx.db, meetingId, sessionId);
  const cols = cueColumns(body, session, meeting.timeZone);
  if (!cols.whatVi) throw invalidFields([{ field: "whatVi", rule: "required" }]);
  return ctx.db.transaction(async (tx) => {
    await checkRefs(tx, meetingId, sessionId, body);
    const [{ last } = { last: null }] = await tx
      .select({ last: max(committeeCues.position) })
      .from(committeeCues)
      .where(eq(committeeCues.sessionId, sessionId));
    const id = crypto.randomUUID();
    const row = {
      id,
      meetingId,
      sessionId,
      position: (last ?? 0) + 1,
      at: cols.at ?? session.startsAt,
      minutes: cols.minutes ?? 0,
      whatVi: cols.whatVi ?? "",
      ...cols,
    };
    await tx.insert(committeeCues).values(row);
    if (body.contingencyIds) await setPlansTx(tx, id, body.contingencyIds);
    await bumpLiveRevisionTx(tx, meetingId);
    await audit(tx, actor, {
      action: "committee_cue.create",
      entity: "committee_cue",
      entityId: id,
      after: { sessionId, ...auditable(row), contingencyIds: body.contingencyIds ?? [] },
    });
    return readScript(tx, actor, meeting, perms, session);
  });
}

async function cueOf(db: Executor, sessionId: string, cueId: string): Promise<CueRow> {
  const [c] = await db
    .select()
    .from(committeeCues)
    .where(and(eq(committeeCues.id, cueId), eq(committeeCues.sessionId, sessionId)));
  if (!c) throw committeeErrors.CUE_NOT_FOUND();
  return c;
}

export async function updateCue(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  sessionId: string,
  cueId: string,
  patch: CuePatchBody,
): Promise<Script> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editScripts);
  const session = await sessionOf(ctx.db, meetingId, sessionId);
  const before = await cueOf(ctx.db, sessionId, cueId);
  const set = cueColumns(patch, session, meeting.timeZone);
  if (set.whatVi === "") throw invalidFields([{ field: "whatVi", rule: "required" }]);
  return ctx.db.transaction(async (tx) => {
    await checkRefs(tx, meetingId, sessionId, patch);
    const [done] = await tx
      .update(committeeCues)
      .set({ ...set, version: sql`${committeeCues.version} + 1`, updatedAt: new Date() })
      .where(and(eq(committeeCues.id, cueId), eq(committeeCues.version, patch.version)))
      .returning({ id: committeeCues.id });
    if (!done) throw appError("VERSION_CONFLICT");
    if (patch.contingencyIds) await setPlansTx(tx, cueId, patch.contingencyIds);
    await bumpLiveRevisionTx(tx, meetingId);
    await audit(tx, actor, {
      action: "committee_cue.update",
      entity: "committee_cue",
      entityId: cueId,
      before: auditable(Object.fromEntries(Object.keys(set).map((k) => [k, before[k as keyof CueRow]]))),
      after: { ...auditable(set), ...(patch.contingencyIds ? { contingencyIds: patch.contingencyIds } : {}) },
    });
    return readScript(tx, actor, meeting, perms, session);
  });
}

export async function deleteCue(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  sessionId: string,
  cueId: string,
  version: number,
): Promise<Script> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editScripts);
  const session = await sessionOf(ctx.db, meetingId, sessionId);
  const before = await cueOf(ctx.db, sessionId, cueId);
  return ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(committeeCues)
      .where(and(eq(committeeCues.id, cueId), eq(committeeCues.version, version)))
      .returning({ id: committeeCues.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await bumpLiveRevisionTx(tx, meetingId);
    await audit(tx, actor, {
      action: "committee_cue.delete",
      entity: "committee_cue",
      entityId: cueId,
      before: { sessionId, ...auditable(before) },
    });
    return readScript(tx, actor, meeting, perms, session);
  });
}

/** Puts the cues in the order given: every cue of the session, once (else someone changed it meanwhile: 409). */
export async function reorderCues(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  sessionId: string,
  body: CueReorderBody,
): Promise<Script> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editScripts);
  const session = await sessionOf(ctx.db, meetingId, sessionId);
  return ctx.db.transaction(async (tx) => {
    const cues = await tx
      .select({ id: committeeCues.id, position: committeeCues.position })
      .from(committeeCues)
      .where(eq(committeeCues.sessionId, sessionId))
      .orderBy(asc(committeeCues.position))
      .for("update");
    const ids = new Set(body.ids);
    if (ids.size !== body.ids.length || ids.size !== cues.length || !cues.every((c) => ids.has(c.id)))
      throw committeeErrors.CUE_ORDER_STALE();
    for (const [i, id] of body.ids.entries()) {
      const was = cues.find((c) => c.id === id);
      if (was?.position !== i + 1)
        await tx
          .update(committeeCues)
          .set({ position: i + 1, version: sql`${committeeCues.version} + 1`, updatedAt: new Date() })
          .where(eq(committeeCues.id, id));
    }
    await bumpLiveRevisionTx(tx, meetingId);
    await audit(tx, actor, {
      action: "committee_cue.reorder",
      entity: "committee_script",
      entityId: sessionId,
      before: { ids: cues.map((c) => c.id) },
      after: { ids: body.ids },
    });
    return readScript(tx, actor, meeting, perms, session);
  });
}

/** Records a print of the script (its cues as they are now) as the session's next revision; returns it. */
export async function recordPrintTx(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  lang: Lang,
  cues: CueRow[],
  meetingId: string,
): Promise<number> {
  // Two prints at once take their revisions one after the other.
  await lockMeetingTx(tx, meetingId);
  const [{ last } = { last: null }] = await tx
    .select({ last: max(committeeScriptPrints.revision) })
    .from(committeeScriptPrints)
    .where(eq(committeeScriptPrints.sessionId, sessionId));
  const revision = (last ?? 0) + 1;
  const id = crypto.randomUUID();
  await tx.insert(committeeScriptPrints).values({
    id,
    sessionId,
    revision,
    lang,
    cues: cues.map(snapshot),
    printedBy: actor.id,
  });
  await audit(tx, actor, {
    action: "committee_script.print",
    entity: "committee_script",
    entityId: sessionId,
    after: { revision, lang, cues: cues.length },
  });
  return revision;
}

export { cuesOf, lookups };
