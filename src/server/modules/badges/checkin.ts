/**
 * Check-in at the doors: a scan is decided from the signed token (or the short code), the badge's status, the
 * delegate's accreditation and their sessions; every scan is kept with its officer and times, once per nonce.
 * The pack gives a phone what it needs to decide the same way offline.
 */
import { and, asc, eq, getTableColumns, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { preparedPer, queryRows, type Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { meetingPermissions, requireCachedMeeting, requireMeeting, type MeetingRow } from "../meetings/policy.js";
import { cachedMeetingRow } from "../meetings/cache.js";
import { listSessionsOf } from "../meetings/programme.js";
import {
  DELEGATE_PAGE_MAX,
  accreditedCounts,
  doorPersonFields,
  doorPersonRow,
  joinDoorPerson,
  presentDoorPerson,
  listDelegateRows,
  delegationsByIds,
  listDelegationsOf,
  matchingDelegateIds,
  presentDelegate,
} from "../meetings/delegates.js";
import { sessionMeetingId } from "../meetings/repo.js";
import { meetingErrors } from "../meetings/errors.js";
import { normaliseBadgeCode, type ScanReason, type ScanResult } from "../../../shared/badges.js";
import { fillTemplate } from "../../../shared/errors.js";
import { appError } from "../../http/errors.js";
import { badges, checkinScans } from "./schema.js";
import { badgeErrors } from "./errors.js";
import { badgeKeys, hashBadgeCode, verifyBadgeToken } from "./keys.js";
import { meetingBadges, type BadgeRow } from "./service.js";

type ScanRow = typeof checkinScans.$inferSelect;

export interface ScanInput {
  token: string;
  sessionId: string | null;
  meetingId?: string | null;
  nonce: string;
  scannedAt: string;
}

type PersonRow = NonNullable<Awaited<ReturnType<typeof doorPersonRow>>>;

/** What a scan reads of the badge it names. */
type DoorBadge = Pick<BadgeRow, "id" | "meetingId" | "delegateId" | "issueNumber" | "status">;

interface Verdict {
  result: ScanResult;
  reason: ScanReason | null;
  badge: DoorBadge | null;
  /** The badge holder as read for the decision (reused for the answer). */
  person?: PersonRow;
}

/**
 * The badge a scan names (by id, or by the hash of its short code) and its holder as the door needs them, in one
 * prepared query: the holder is null when the badge's delegate is gone or not its meeting's.
 */
function doorBadgeQuery(by: "id" | "code_hash") {
  return preparedPer((db) =>
    joinDoorPerson(
      db
        .select({
          badge: {
            id: badges.id,
            meetingId: badges.meetingId,
            delegateId: badges.delegateId,
            issueNumber: badges.issueNumber,
            status: badges.status,
          },
          ...doorPersonFields,
        })
        .from(badges)
        .$dynamic(),
      { delegateId: badges.delegateId, meetingId: badges.meetingId },
    )
      .where(eq(by === "id" ? badges.id : badges.codeHash, sql.placeholder("key")))
      .prepare(`door_badge_by_${by}`),
  );
}
const doorBadgeById = doorBadgeQuery("id");
const doorBadgeByCode = doorBadgeQuery("code_hash");

async function readDoorBadge(db: Executor, by: { id: string } | { codeHash: string }) {
  const [r] = await ("id" in by
    ? doorBadgeById(db).execute({ key: by.id })
    : doorBadgeByCode(db).execute({ key: by.codeHash }));
  if (!r) return null;
  const { badge, row, ...rest } = r;
  return { badge, person: row ? { row, ...rest } : null };
}

/** Decides a scan at a place (a session, or the meeting's door when sessionId is null). Reads only. */
export async function decideScan(
  db: Executor,
  meeting: MeetingRow,
  sessionId: string | null,
  token: string,
): Promise<Verdict> {
  const refuse = (reason: ScanReason, badge: DoorBadge | null = null): Verdict => ({
    result: "refused",
    reason,
    badge,
  });
  const code = token.includes(".") ? null : normaliseBadgeCode(token);
  let found: Awaited<ReturnType<typeof readDoorBadge>>;
  if (code) {
    found = await readDoorBadge(db, { codeHash: hashBadgeCode(code) });
    if (!found) return refuse("unknown");
  } else {
    const check = verifyBadgeToken(await badgeKeys(db), token);
    if (!check.ok) return refuse(check.reason);
    found = await readDoorBadge(db, { id: check.payload.badgeId });
    if (!found) return refuse("unknown");
    const p = check.payload;
    const b = found.badge;
    // Signed by us but not matching the badge it names: treat as forged rather than trust either side.
    if (p.delegateId !== b.delegateId || p.meetingId !== b.meetingId || p.issue !== b.issueNumber) {
      return refuse("forged");
    }
  }
  const { badge, person } = found;
  if (meeting.purgedAt) return refuse("purged", badge);
  if (badge.meetingId !== meeting.id) return refuse("not_registered", badge);
  if (badge.status !== "active") return refuse("revoked", badge);
  // The delegate, their sessions and their delegation's names came with the badge (the answer shows the names).
  if (!person) return refuse("unknown", badge);
  if (person.row.accreditationStatus !== "accredited") return { ...refuse("not_accredited", badge), person };
  if (sessionId && !person.sessionIds.includes(sessionId)) return { ...refuse("not_registered", badge), person };
  return { result: "admitted", reason: null, badge, person };
}

const reasonMessages: Record<ScanReason, { vi: string; en: string }> = {
  forged: { vi: "Thẻ giả: chữ ký không hợp lệ.", en: "Forged badge: the signature is not valid." },
  revoked: { vi: "Thẻ đã bị thu hồi (đã cấp lại thẻ mới).", en: "This badge was revoked (a new one was issued)." },
  not_accredited: { vi: "Đại biểu chưa được duyệt tham dự.", en: "The delegate is not accredited." },
  not_registered: {
    vi: "Đại biểu không đăng ký tham dự phiên này.",
    en: "The delegate is not registered for this session.",
  },
  unknown: { vi: "Không nhận ra mã thẻ.", en: "The badge code is not recognised." },
  purged: {
    vi: "Dữ liệu của hội nghị đã được xóa; thẻ không còn hiệu lực.",
    en: "The meeting's data has been purged; badges no longer work.",
  },
};
const admittedMessage = { vi: "Được vào.", en: "Admitted." };
const alreadyAdmittedMessage = { vi: "Đã vào lúc {time}.", en: "Already admitted at {time}." };

/** "08:12" in the meeting's time zone, with the day in front when it was not the day of `now` there. */
const admissionFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone, made once: building an Intl.DateTimeFormat costs more than the scan's queries. */
function admissionFormat(timeZone: string): Intl.DateTimeFormat {
  let f = admissionFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    admissionFormats.set(timeZone, f);
  }
  return f;
}

export function admissionTime(lang: "vi" | "en", at: Date, timeZone: string, now: Date): string {
  const parts = (d: Date) => {
    const f = admissionFormat(timeZone).formatToParts(d);
    const get = (type: string) => f.find((p) => p.type === type)?.value ?? "";
    return { day: `${get("day")}/${get("month")}/${get("year")}`, time: `${get("hour")}:${get("minute")}` };
  };
  const then = parts(at);
  if (then.day === parts(now).day) return then.time;
  return lang === "vi" ? `${then.time} ngày ${then.day}` : `${then.time} on ${then.day}`;
}

/** The person's earlier admission at the same place, before this scan (a repeated scan's answer). */
async function admittedBeforeOf(db: Executor, row: ScanRow): Promise<Date | null> {
  if (!row.delegateId || row.result !== "admitted") return null;
  const [first] = await db
    .select({ at: checkinScans.scannedAt })
    .from(checkinScans)
    .where(
      and(
        eq(checkinScans.delegateId, row.delegateId),
        eq(checkinScans.result, "admitted"),
        row.sessionId ? eq(checkinScans.sessionId, row.sessionId) : isNull(checkinScans.sessionId),
        sql`${checkinScans.id} <> ${row.id}`,
        sql`${checkinScans.scannedAt} <= ${row.scannedAt}`,
      ),
    )
    .orderBy(asc(checkinScans.scannedAt))
    .limit(1);
  return first?.at ?? null;
}

/**
 * The answer to a scan. `known`: the person as read for the decision and their earlier admission as read by the
 * insert (a fresh scan); without it (a replayed nonce) both are read here.
 */
async function presentScan(
  db: Executor,
  actor: Actor,
  meeting: MeetingRow,
  row: ScanRow,
  duplicate: boolean,
  known?: { person: PersonRow | undefined; admittedBefore: Date | null },
) {
  const lang = actor.language;
  let delegate = null;
  let admittedBefore: string | null = null;
  if (row.delegateId && row.badgeId) {
    const person = known?.person ?? (await doorPersonRow(db, row.meetingId, row.delegateId));
    if (person) {
      const d = person.delegation;
      const shown = presentDoorPerson(person);
      delegate = {
        ...shown,
        photoUrl: meeting.purgedAt ? null : shown.photoUrl,
        delegationNameVi: d?.nameVi ?? "",
        delegationNameEn: d?.nameEn ?? "",
        country: d?.country ?? null,
        category: d?.category ?? null,
      };
    }
    const first = known ? known.admittedBefore : await admittedBeforeOf(db, row);
    admittedBefore = first ? first.toISOString() : null;
  }
  const reason = row.reason;
  return {
    scanId: row.id,
    nonce: row.nonce,
    result: row.result,
    reason,
    message: reason
      ? reasonMessages[reason][lang]
      : admittedBefore
        ? fillTemplate(alreadyAdmittedMessage[lang], {
            time: admissionTime(lang, new Date(admittedBefore), meeting.timeZone, row.scannedAt),
          })
        : admittedMessage[lang],
    duplicate,
    meetingId: row.meetingId,
    sessionId: row.sessionId,
    scannedAt: row.scannedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    officerName: row.officerName,
    badge: row.badgeId ? { id: row.badgeId } : null,
    delegate,
    admittedBefore,
  };
}

/** What the scan's insert is given. */
type ScanValues = Omit<ScanRow, "receivedAt">;
const scanPlaceholders: { [K in keyof ScanValues]: ReturnType<typeof sql.placeholder<K>> } = {
  id: sql.placeholder("id"),
  nonce: sql.placeholder("nonce"),
  meetingId: sql.placeholder("meetingId"),
  sessionId: sql.placeholder("sessionId"),
  badgeId: sql.placeholder("badgeId"),
  delegateId: sql.placeholder("delegateId"),
  result: sql.placeholder("result"),
  reason: sql.placeholder("reason"),
  scannedAt: sql.placeholder("scannedAt"),
  officerId: sql.placeholder("officerId"),
  officerName: sql.placeholder("officerName"),
};

/**
 * A scan's insert, once per nonce, returning the row and, for an admission, the person's first admission at the same
 * place (a session, or the door: `atDoor`) up to this scan — the subquery sees the table as it was before this row.
 */
function scanInsert(atDoor: boolean) {
  return preparedPer((db) =>
    db
      .insert(checkinScans)
      .values(scanPlaceholders)
      .onConflictDoNothing({ target: checkinScans.nonce })
      .returning({
        ...getTableColumns(checkinScans),
        // Written out: drizzle drops table names in RETURNING, and the subquery must tell the two rows apart.
        admittedBeforeMs: sql<number | null>`(case when checkin_scans.result = 'admitted' then (
          select (extract(epoch from min(e.scanned_at)) * 1000)::float8 from checkin_scans e
          where e.delegate_id = checkin_scans.delegate_id and e.result = 'admitted'
            and ${atDoor ? sql`e.session_id is null` : sql`e.session_id = checkin_scans.session_id`}
            and e.scanned_at <= checkin_scans.scanned_at
        ) end)`,
      })
      .prepare(atDoor ? "checkin_scan_insert_door" : "checkin_scan_insert_session"),
  );
}
const insertDoorScan = scanInsert(true);
const insertSessionScan = scanInsert(false);

/**
 * Records one scan (security officers of the meeting, ICD officers). The same nonce sent again — a queue synced
 * twice — returns the first answer and counts once. The answer says admitted, or refused with the reason.
 */
export async function scan(ctx: Ctx, actor: Actor, input: ScanInput) {
  const scannedAt = new Date(input.scannedAt);
  if (Number.isNaN(scannedAt.getTime()) || scannedAt.getTime() > Date.now() + 24 * 3600 * 1000) {
    throw badgeErrors.SCAN_TIME_INVALID({ value: input.scannedAt });
  }
  let meetingId = input.meetingId ?? null;
  if (input.sessionId) {
    const owner = await sessionMeetingId(ctx.db, input.sessionId);
    if (!owner) throw meetingErrors.SESSION_NOT_FOUND();
    if (meetingId && meetingId !== owner) throw meetingErrors.SESSION_NOT_FOUND();
    meetingId = owner;
  }
  if (!meetingId) throw badgeErrors.SCAN_PLACE_REQUIRED();
  ensure((await meetingPermissions(ctx.db, actor, meetingId)).checkIn);
  // From memory once read (dropped when the meeting is changed or purged): no query per scan.
  const meeting = await cachedMeetingRow(ctx, meetingId);
  if (!meeting) throw meetingErrors.MEETING_NOT_FOUND();

  // A repeated nonce is found by the insert's conflict below, so a fresh scan costs no extra read.
  const verdict = await decideScan(ctx.db, meeting, input.sessionId, input.token);
  const row: ScanValues = {
    id: crypto.randomUUID(),
    nonce: input.nonce,
    meetingId,
    sessionId: input.sessionId,
    badgeId: verdict.badge?.id ?? null,
    delegateId: verdict.badge?.delegateId ?? null,
    result: verdict.result,
    reason: verdict.reason,
    scannedAt,
    officerId: actor.id,
    officerName: actor.name,
  };
  // One prepared statement: the scan (once per nonce) and, for an admission, the person's earlier admission at the
  // same place (the subquery sees the table as it was before this row).
  const inserted = await (input.sessionId ? insertSessionScan : insertDoorScan)(ctx.db).execute(row);
  const first = inserted[0];
  if (!first) {
    // The nonce was seen before (a queue sent twice, or a race): answer as the first time.
    const winner = await findByNonce(ctx.db, input.nonce);
    // Gone again only if the meeting's scans were purged in between: nothing to answer from.
    if (!winner) throw appError("INTERNAL");
    return replay(ctx, actor, meeting, winner, input);
  }
  const { admittedBeforeMs, ...scanRow } = first;
  return presentScan(ctx.db, actor, meeting, scanRow, false, {
    person: verdict.person,
    admittedBefore: admittedBeforeMs === null ? null : new Date(Math.floor(Number(admittedBeforeMs))),
  });
}

async function findByNonce(db: Executor, nonce: string): Promise<ScanRow | null> {
  const [r] = await db.select().from(checkinScans).where(eq(checkinScans.nonce, nonce));
  return r ?? null;
}

async function replay(ctx: Ctx, actor: Actor, meeting: MeetingRow, earlier: ScanRow, input: ScanInput) {
  // A nonce names one scan: reusing it for another place or another officer is a client bug, not a repeat.
  if (earlier.meetingId !== meeting.id || earlier.sessionId !== input.sessionId || earlier.officerId !== actor.id) {
    throw badgeErrors.NONCE_REUSED();
  }
  return presentScan(ctx.db, actor, meeting, earlier, true);
}

/**
 * What a phone needs to decide offline: the public key, the sessions, the badges (ids and short-code hashes),
 * the revoked badge ids, and the roster with photo links (photo, name and delegation only — the door never sees
 * passport data). Security officers of the meeting and ICD officers.
 */
export async function checkinPack(ctx: Ctx, actor: Actor, meetingId: string) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.checkIn);
  const keys = await badgeKeys(ctx.db);
  const purged = meeting.purgedAt !== null;
  const all = purged ? [] : await meetingBadges(ctx.db, meetingId);
  const active = all.filter((b) => b.status === "active");
  const people = purged ? [] : await listDelegateRows(ctx.db, { meetingId });
  const withBadge = new Set(all.map((b) => b.delegateId));
  const sessions = await listSessionsOf(ctx.db, meeting);
  const delegations = await listDelegationsOf(ctx.db, meetingId);
  return {
    meetingId,
    code: meeting.code,
    titleVi: meeting.titleVi,
    titleEn: meeting.titleEn,
    timeZone: meeting.timeZone,
    generatedAt: new Date().toISOString(),
    purged,
    keyId: keys.keyId,
    publicKey: keys.publicKeyRaw,
    sessions: sessions.map((s) => ({
      id: s.id,
      titleVi: s.titleVi,
      titleEn: s.titleEn,
      start: s.start,
      end: s.end,
      roomVi: s.room?.nameVi ?? null,
      roomEn: s.room?.nameEn ?? null,
    })),
    delegations: delegations.map((d) => ({
      id: d.id,
      nameVi: d.nameVi,
      nameEn: d.nameEn,
      country: d.country,
      category: d.category,
    })),
    badges: active.map((b) => ({ id: b.id, delegateId: b.delegateId, issue: b.issueNumber, codeHash: b.codeHash })),
    // Revoked badges with their issue and code hash, so a typed old code is refused as revoked offline too.
    revoked: all
      .filter((b) => b.status === "revoked")
      .map((b) => ({ id: b.id, delegateId: b.delegateId, issue: b.issueNumber, codeHash: b.codeHash })),
    people: people
      .filter((p) => withBadge.has(p.row.id))
      .map((p) => {
        const shown = presentDelegate(p, "badge");
        return {
          delegateId: p.row.id,
          fullName: shown.fullName,
          delegationId: shown.delegationId,
          photoUrl: shown.photoUrl,
          accredited: p.row.accreditationStatus === "accredited",
          sessionIds: p.sessionIds,
        };
      }),
  };
}

/** Who may see attendance: anyone with a view of all delegations (host roles and the door). */
async function requireAttendanceReader(ctx: Ctx, actor: Actor, meetingId: string) {
  const { meeting, perms } = await requireCachedMeeting(ctx, actor, meetingId);
  ensure(perms.allDelegations);
  return meeting;
}

/**
 * Attendance per session and at the door: how many accredited delegates are registered, how many distinct people
 * were admitted (a repeated scan counts once), and how many scans were refused.
 */
export async function attendanceSummary(ctx: Ctx, actor: Actor, meetingId: string) {
  const meeting = await requireAttendanceReader(ctx, actor, meetingId);
  const [sessions, expected, counts] = await Promise.all([
    listSessionsOf(ctx.db, meeting),
    accreditedCounts(ctx.db, meetingId),
    // Distinct people per place: the scans grouped per (place, result, person) in the order of
    // `checkin_scans_meeting_idx`, so both groupings stream over an index-only scan (without the ORDER BY the planner
    // hashes 70,000 pairs, spilling to disk at COP scale: 157 ms against 26 ms).
    queryRows<{ session_id: string | null; admitted: number; refused: number }>(
      ctx.db,
      sql`
      select session_id, count(*) filter (where result = 'admitted' and delegate_id is not null)::int as admitted,
             coalesce(sum(n) filter (where result = 'refused'), 0)::int as refused
      from (
        select ${checkinScans.sessionId} as session_id, ${checkinScans.result} as result,
               ${checkinScans.delegateId} as delegate_id, count(*) as n
        from ${checkinScans}
        where ${checkinScans.meetingId} = ${meetingId}
        group by ${checkinScans.sessionId}, ${checkinScans.result}, ${checkinScans.delegateId}
        order by ${checkinScans.sessionId}, ${checkinScans.result}, ${checkinScans.delegateId}
      ) as per_person
      group by session_id`,
    ),
  ]);
  const bySession = new Map(
    counts.map((c) => [c.session_id ?? "door", { admitted: Number(c.admitted), refused: Number(c.refused) }]),
  );
  const none = { admitted: 0, refused: 0 };
  return {
    meetingId,
    door: { expected: expected.total, ...(bySession.get("door") ?? none) },
    sessions: sessions.map((s) => ({
      sessionId: s.id,
      kind: s.kind,
      titleVi: s.titleVi,
      titleEn: s.titleEn,
      start: s.start,
      end: s.end,
      expected: expected.bySession.get(s.id) ?? 0,
      ...(bySession.get(s.id) ?? none),
    })),
  };
}

/** The people admitted at one place (a session, or the door when sessionId is null), and the refused scans. */
/**
 * Who was admitted at one place (`sessionId`, or the door when null) — one page of them in the order they first came
 * in, `q` searching their names ignoring diacritics, with `admittedTotal` counting every match — and the refused
 * scans.
 */
export async function attendanceList(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  sessionId: string | null,
  query: { q?: string; offset?: number; limit?: number } = {},
) {
  const meeting = await requireAttendanceReader(ctx, actor, meetingId);
  if (sessionId && (await sessionMeetingId(ctx.db, sessionId)) !== meetingId) throw meetingErrors.SESSION_NOT_FOUND();
  const place = and(
    eq(checkinScans.meetingId, meetingId),
    sessionId ? eq(checkinScans.sessionId, sessionId) : isNull(checkinScans.sessionId),
  );
  const admittedHere = and(place, eq(checkinScans.result, "admitted"), isNotNull(checkinScans.delegateId));
  const firstIn = sql`min(${checkinScans.scannedAt})`;
  const offset = query.offset ?? 0;
  const limit = Math.min(query.limit ?? DELEGATE_PAGE_MAX, DELEGATE_PAGE_MAX);
  // The admitted people in the order they first came in, grouped by the database; a search narrows them by the
  // matching delegates' ids, otherwise the database pages and counts them.
  const byArrival = ctx.db
    .select({ delegateId: checkinScans.delegateId })
    .from(checkinScans)
    .where(admittedHere)
    .groupBy(checkinScans.delegateId)
    .orderBy(firstIn, checkinScans.delegateId);
  let pageIds: string[];
  let admittedTotal: number;
  if (query.q?.trim()) {
    const [arrived, hits] = await Promise.all([byArrival, matchingDelegateIds(ctx.db, meetingId, query.q)]);
    const matching = arrived.flatMap((r) => (r.delegateId && hits.has(r.delegateId) ? [r.delegateId] : []));
    admittedTotal = matching.length;
    pageIds = matching.slice(offset, offset + limit);
  } else {
    const [page, counted] = await Promise.all([
      byArrival.limit(limit).offset(offset),
      ctx.db
        .select({ n: sql<number>`count(distinct ${checkinScans.delegateId})::int` })
        .from(checkinScans)
        .where(admittedHere),
    ]);
    pageIds = page.flatMap((r) => (r.delegateId ? [r.delegateId] : []));
    admittedTotal = Number(counted[0]?.n ?? 0);
  }
  // Each page person's first admission (officer, time) and how many times they were scanned in; the refused scans.
  const [firsts, refusedScans] = await Promise.all([
    pageIds.length
      ? ctx.db
          .selectDistinctOn([checkinScans.delegateId], {
            delegateId: checkinScans.delegateId,
            scannedAt: checkinScans.scannedAt,
            officerName: checkinScans.officerName,
            scans: sql<number>`count(*) over (partition by ${checkinScans.delegateId})::int`,
          })
          .from(checkinScans)
          .where(and(admittedHere, inArray(checkinScans.delegateId, pageIds)))
          .orderBy(checkinScans.delegateId, asc(checkinScans.scannedAt))
      : [],
    ctx.db
      .select()
      .from(checkinScans)
      .where(and(place, eq(checkinScans.result, "refused")))
      .orderBy(asc(checkinScans.scannedAt)),
  ]);
  const admitted = new Map(firsts.map((f) => [f.delegateId ?? "", f]));
  const refusedIds = refusedScans.flatMap((s) => (s.delegateId ? [s.delegateId] : []));
  const ids = [...new Set([...pageIds, ...refusedIds])];
  const people = new Map((await listDelegateRows(ctx.db, { meetingId, ids })).map((p) => [p.row.id, p]));
  // Only the delegations of the people shown (a COP meeting has a thousand).
  const delegations = new Map(
    (
      await delegationsByIds(
        ctx.db,
        meetingId,
        [...people.values()].map((p) => p.row.delegationId),
      )
    ).map((d) => [d.id, d]),
  );
  const who = (delegateId: string | null) => {
    const p = delegateId ? people.get(delegateId) : undefined;
    if (!p) return null;
    const d = delegations.get(p.row.delegationId);
    return {
      delegateId: p.row.id,
      fullName: p.row.fullName,
      delegationId: p.row.delegationId,
      delegationNameVi: d?.nameVi ?? "",
      delegationNameEn: d?.nameEn ?? "",
      photoUrl: meeting.purgedAt ? null : presentDelegate(p, "badge").photoUrl,
    };
  };
  return {
    meetingId,
    sessionId,
    admittedTotal,
    // Every page id is an admitted delegate; one deleted since has no row to show and is left out.
    admitted: pageIds.flatMap((id) => {
      const first = admitted.get(id);
      const person = first ? who(first.delegateId) : null;
      if (!first || !person) return [];
      return [
        {
          ...person,
          firstAdmittedAt: first.scannedAt.toISOString(),
          officerName: first.officerName,
          scans: Number(first.scans),
        },
      ];
    }),
    // A refused scan always records why (`decideScan`).
    refused: refusedScans.flatMap((s) =>
      s.result === "refused" && s.reason
        ? [
            {
              scanId: s.id,
              scannedAt: s.scannedAt.toISOString(),
              reason: s.reason,
              officerName: s.officerName,
              person: who(s.delegateId),
            },
          ]
        : [],
    ),
  };
}

/** Attendance numbers kept after a purge: admissions per place (no personal data). */
export async function admissionCounts(db: Executor, meetingId: string) {
  const [c] = await db
    .select({
      scans: sql<number>`count(*)::int`,
      admitted: sql<number>`count(*) filter (where ${checkinScans.result} = 'admitted')`,
      people: sql<number>`count(distinct ${checkinScans.delegateId}) filter (where ${checkinScans.result} = 'admitted')`,
    })
    .from(checkinScans)
    .where(eq(checkinScans.meetingId, meetingId));
  return { scans: Number(c?.scans ?? 0), admissions: Number(c?.admitted ?? 0), peopleAdmitted: Number(c?.people ?? 0) };
}

/**
 * Badges of a meeting by status (the rows are kept after a purge). Once the meeting is purged no badge works — the
 * door refuses them as "purged" — so none is active: the badges still marked active count as `voidedByPurge`.
 */
export async function badgeCounts(db: Executor, meetingId: string, purged: boolean) {
  const rows = await db
    .select({ status: badges.status, n: sql<number>`count(*)::int` })
    .from(badges)
    .where(eq(badges.meetingId, meetingId))
    .groupBy(badges.status);
  const get = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return purged
    ? { active: 0, revoked: get("revoked"), voidedByPurge: get("active") }
    : { active: get("active"), revoked: get("revoked"), voidedByPurge: 0 };
}
