/**
 * Liaison officers and volunteers (issue 14, point 1; seed 000: "chosen for their foreign languages, quick and
 * flexible, trained on the event and on Viet Nam"): the roster with languages and availability, trainings and
 * attendance, the assignment of officers to delegations (suggested by language and load, overridable; never an
 * officer unavailable on the delegation's arrival day), and the delegation ↔ officer contacts. Read by the logistics
 * readers, kept by its keepers (`requireLogistics`); a liaison officer reads only the delegations assigned to their
 * own record, and never passport data. Every write is audited and versioned; search ignores diacritics.
 */
import { hotelOfDelegates, hotelsOf } from "../lodging/repo.js";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { matchesWords } from "../../db/search.js";
import { audit } from "../audit/service.js";
import { requireLogistics, type LogisticsPermissions } from "../logistics/policy.js";
import { settingsOf } from "../logistics/settings.js";
import { listDelegationsOf, type DelegationRow } from "../meetings/delegations.js";
import { listDelegateRows, type DelegateRow } from "../meetings/delegate-rows.js";
import { parseZoned } from "../meetings/time.js";
import { activeUsersByIds, findUserByEmail } from "../people/repo.js";
import { clean, compareVi, compareViNames, fold } from "../../../shared/text.js";
import type {
  AssignBody,
  AttendanceBody,
  DelegationContacts,
  Liaison,
  LiaisonDelegate,
  LiaisonDelegation,
  LiaisonOfficer,
  LiaisonTraining,
  MyLiaison,
  OfficerBody,
  OfficerPatch,
  Suggestion,
  TrainingBody,
  TrainingPatch,
} from "../../../shared/schemas/liaison.js";
import { liaisonErrors } from "./errors.js";
import {
  liaisonAssignments as A,
  liaisonAttendance as AT,
  liaisonNotices as N,
  liaisonOfficers as O,
  liaisonTrainings as T,
} from "./schema.js";
import { availableOn, delegationLanguages, suggestAssignments } from "./suggest.js";

export type OfficerRow = typeof O.$inferSelect;
export type NewOfficerRow = Omit<typeof O.$inferInsert, "searchText">;
type TrainingRow = typeof T.$inferSelect;

const DAY = 86_400_000;
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** What an officer is found by: name, unit, phone, e-mail, languages, folded. */
export function officerSearchText(o: {
  fullName: string;
  unit?: string | null;
  phone?: string | null;
  email?: string | null;
  languages?: readonly { code: string }[] | null;
}): string {
  return fold(
    [o.fullName, o.unit, o.phone, o.email, ...(o.languages ?? []).map((l) => l.code)].filter(Boolean).join(" "),
  );
}

/** Inserts an officer (checked by the caller: the service or the demo seed), its search text computed here. */
export async function insertOfficerTx(tx: Executor, row: NewOfficerRow): Promise<OfficerRow> {
  const [r] = await tx
    .insert(O)
    .values({ ...row, searchText: officerSearchText({ ...row, languages: row.languages ?? [] }) })
    .returning();
  if (!r) throw new Error("liaison officer not inserted");
  return r;
}

export async function insertTrainingTx(tx: Executor, row: typeof T.$inferInsert): Promise<TrainingRow> {
  const [r] = await tx.insert(T).values(row).returning();
  if (!r) throw new Error("training not inserted");
  return r;
}

export async function setAttendanceTx(
  tx: Executor,
  trainingId: string,
  list: readonly { officerId: string; attended: boolean }[],
): Promise<void> {
  await tx.delete(AT).where(eq(AT.trainingId, trainingId));
  if (list.length) await tx.insert(AT).values(list.map((l) => ({ trainingId, ...l })));
}

/** Sets (officerId) or clears (null) a delegation's officer; no checks (the service and the seed check). */
export async function assignTx(tx: Executor, meetingId: string, delegationId: string, officerId: string | null) {
  if (!officerId) {
    await tx.delete(A).where(and(eq(A.meetingId, meetingId), eq(A.delegationId, delegationId)));
    return;
  }
  await tx
    .insert(A)
    .values({ id: crypto.randomUUID(), meetingId, delegationId, officerId })
    .onConflictDoUpdate({ target: A.delegationId, set: { officerId, version: sql`${A.version} + 1` } });
}

// ---------------------------------------------------------------- reading

/** The day each delegation arrives: the earliest arrival of its delegates. */
export function arrivalDays(rows: readonly Pick<DelegateRow, "delegationId" | "arrivalDate">[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    if (!r.arrivalDate) continue;
    const cur = out.get(r.delegationId);
    if (!cur || r.arrivalDate < cur) out.set(r.delegationId, r.arrivalDate);
  }
  return out;
}

/** The delegations that need a liaison officer: all but the host's. */
const foreign = (d: DelegationRow) => d.category !== "host";

async function meetingRows(db: Executor, meetingId: string) {
  const [officers, trainings, attendance, assignments, delegationRows, delegateRows] = await Promise.all([
    db.select().from(O).where(eq(O.meetingId, meetingId)),
    db.select().from(T).where(eq(T.meetingId, meetingId)).orderBy(asc(T.startsAt)),
    db
      .select({ trainingId: AT.trainingId, officerId: AT.officerId, attended: AT.attended })
      .from(AT)
      .innerJoin(T, eq(T.id, AT.trainingId))
      .where(eq(T.meetingId, meetingId)),
    db.select().from(A).where(eq(A.meetingId, meetingId)),
    listDelegationsOf(db, meetingId),
    listDelegateRows(db, { meetingId }),
  ]);
  return {
    officers,
    trainings,
    attendance,
    assignments,
    delegations: delegationRows.filter(foreign).sort((a, b) => compareVi(a.nameVi, b.nameVi)),
    arrivals: arrivalDays(delegateRows.map((d) => d.row)),
  };
}

/** The e-mail of each linked (active) account. */
async function accountEmails(db: Executor, ids: string[]): Promise<Map<string, string>> {
  return new Map((await activeUsersByIds(db, ids)).map((u) => [u.id, u.email]));
}

function presentTraining(
  t: TrainingRow,
  attendance: { trainingId: string; officerId: string; attended: boolean }[],
  names: Map<string, string>,
): LiaisonTraining {
  return {
    id: t.id,
    titleVi: t.titleVi,
    titleEn: t.titleEn,
    startsAt: t.startsAt.toISOString(),
    endsAt: t.endsAt?.toISOString() ?? null,
    place: t.place,
    invited: attendance
      .filter((a) => a.trainingId === t.id && names.has(a.officerId))
      .map((a) => ({ officerId: a.officerId, fullName: names.get(a.officerId)!, attended: a.attended }))
      .sort((a, b) => compareViNames(a.fullName, b.fullName)),
    version: t.version,
  };
}

/** The meeting's days an officer may be available on: a few days before it opens to the last departure. */
function meetingDays(meeting: { startDate: string; endDate: string }, arrivals: Map<string, string>): string[] {
  let from = addDays(meeting.startDate, -3);
  for (const d of arrivals.values()) if (d < from) from = d;
  const to = addDays(meeting.endDate, 1);
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 60; d = addDays(d, 1)) out.push(d);
  return out;
}

/** `GET /api/meetings/{id}/liaison`: the roster (q searches without diacritics), trainings, assignments, delegations. */
export async function getLiaison(ctx: Ctx, actor: Actor, meetingId: string, q?: string): Promise<Liaison> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const r = await meetingRows(ctx.db, meetingId);
  const settings = await settingsOf(ctx.db, meetingId);
  const found = q?.trim()
    ? new Set(
        (
          await ctx.db
            .select({ id: O.id })
            .from(O)
            .where(and(eq(O.meetingId, meetingId), matchesWords(O.searchText, q)))
        ).map((x) => x.id),
      )
    : null;
  const names = new Map(r.officers.map((o) => [o.id, o.fullName]));
  const emails = await accountEmails(
    ctx.db,
    r.officers.flatMap((o) => (o.userId ? [o.userId] : [])),
  );
  const trainingById = new Map(r.trainings.map((t) => [t.id, t]));
  const officers: LiaisonOfficer[] = r.officers
    .filter((o) => !found || found.has(o.id))
    .sort((a, b) => compareViNames(a.fullName, b.fullName))
    .map((o) => ({
      id: o.id,
      kind: o.kind,
      fullName: o.fullName,
      unit: o.unit,
      phone: o.phone,
      email: o.email,
      languages: o.languages,
      availableDays: o.availableDays,
      userId: o.userId,
      account: o.userId ? (emails.get(o.userId) ?? null) : null,
      notes: o.notes,
      trainings: r.attendance
        .filter((a) => a.officerId === o.id)
        .map((a) => {
          const t = trainingById.get(a.trainingId)!;
          return {
            trainingId: t.id,
            titleVi: t.titleVi,
            titleEn: t.titleEn,
            startsAt: t.startsAt.toISOString(),
            attended: a.attended,
          };
        })
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      delegationIds: r.assignments.filter((a) => a.officerId === o.id).map((a) => a.delegationId),
      version: o.version,
    }));
  const notices = await lastNotices(ctx.db, meetingId);
  const byId = new Map(r.officers.map((o) => [o.id, o]));
  const delegations: LiaisonDelegation[] = r.delegations.map((d) => {
    const a = r.assignments.find((x) => x.delegationId === d.id);
    const o = a ? byId.get(a.officerId) : undefined;
    const day = r.arrivals.get(d.id) ?? null;
    const n = notices.get(d.id);
    return {
      id: d.id,
      nameVi: d.nameVi,
      nameEn: d.nameEn,
      country: d.country,
      languages: delegationLanguages(d.country),
      arrivalDay: day,
      contactEmail: d.contactEmail,
      officerId: o?.id ?? null,
      unavailable: o ? !availableOn(o, day) : false,
      notice: n
        ? {
            sentAt: n.sentAt.toISOString(),
            toEmail: n.toEmail,
            officerName: n.officerName,
            officerPhone: n.officerPhone,
          }
        : null,
      noticeCurrent: !!(o && n && noticeIsCurrent(n, o)),
      noticeDue: day ? addDays(day, -settings.liaisonNoticeDays) : null,
    };
  });
  return {
    officers,
    assignments: r.assignments.map((a) => ({ delegationId: a.delegationId, officerId: a.officerId })),
    trainings: r.trainings.map((t) => presentTraining(t, r.attendance, names)),
    delegations,
    noticeDays: settings.liaisonNoticeDays,
    timeZone: meeting.timeZone,
    days: meetingDays(meeting, r.arrivals),
    permissions: { manage: perms.manage },
  };
}

export type NoticeRow = typeof N.$inferSelect;
/** The last notice sent to each delegation of a meeting. */
export async function lastNotices(db: Executor, meetingId: string): Promise<Map<string, NoticeRow>> {
  const rows = await db.select().from(N).where(eq(N.meetingId, meetingId)).orderBy(asc(N.sentAt));
  return new Map(rows.map((n) => [n.delegationId, n]));
}
/** A notice still names the officer as they are (same officer, name and phone): no need to send again. */
export const noticeIsCurrent = (
  n: Pick<NoticeRow, "officerId" | "officerName" | "officerPhone">,
  o: Pick<OfficerRow, "id" | "fullName" | "phone">,
) => n.officerId === o.id && n.officerName === o.fullName && (n.officerPhone ?? null) === (o.phone ?? null);

// ---------------------------------------------------------------- the roster

const optText = (s: string | null | undefined) => (s == null ? null : clean(s) || null);

function checkLanguages(list: readonly { code: string }[] | undefined) {
  if (!list) return;
  const codes = list.map((l) => l.code);
  if (new Set(codes).size !== codes.length)
    throw invalidFields([
      {
        field: "languages",
        rule: "custom",
        text: { vi: "có ngôn ngữ được nhập hai lần", en: "lists a language twice" },
      },
    ]);
}

/** The account an officer's form names: "" or null = none; otherwise an existing user not linked to another officer. */
async function accountId(db: Executor, meetingId: string, email: string | null | undefined, officerId?: string) {
  const e = clean(email ?? "").toLowerCase();
  if (!e) return null;
  const u = await findUserByEmail(db, e);
  if (!u) throw liaisonErrors.ACCOUNT_NOT_FOUND({ email: e });
  const [other] = await db
    .select({ id: O.id, fullName: O.fullName })
    .from(O)
    .where(and(eq(O.meetingId, meetingId), eq(O.userId, u.id), officerId ? ne(O.id, officerId) : undefined));
  if (other) throw liaisonErrors.ACCOUNT_TAKEN({ email: e, name: other.fullName });
  return u.id;
}

async function loadOfficer(db: Executor, meetingId: string, id: string): Promise<OfficerRow> {
  const [r] = await db
    .select()
    .from(O)
    .where(and(eq(O.id, id), eq(O.meetingId, meetingId)));
  if (!r) throw liaisonErrors.OFFICER_NOT_FOUND();
  return r;
}

const officerAudit = (o: Partial<OfficerRow>) => {
  const { searchText: _s, createdAt: _c, updatedAt: _u, ...rest } = o;
  return rest;
};

async function officerOf(ctx: Ctx, actor: Actor, meetingId: string, id: string): Promise<LiaisonOfficer> {
  const all = await getLiaison(ctx, actor, meetingId);
  const o = all.officers.find((x) => x.id === id);
  if (!o) throw liaisonErrors.OFFICER_NOT_FOUND();
  return o;
}

export async function createOfficer(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: OfficerBody,
): Promise<LiaisonOfficer> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const fullName = clean(body.fullName);
  if (!fullName) throw invalidFields([{ field: "fullName", rule: "required" }]);
  checkLanguages(body.languages);
  const row: NewOfficerRow = {
    id: crypto.randomUUID(),
    meetingId,
    kind: body.kind ?? "liaison",
    fullName,
    unit: clean(body.unit ?? ""),
    phone: optText(body.phone),
    email: optText(body.email)?.toLowerCase() ?? null,
    languages: body.languages ?? [],
    availableDays: [...new Set(body.availableDays ?? [])].sort(),
    userId: await accountId(ctx.db, meetingId, body.account),
    notes: optText(body.notes),
  };
  await ctx.db.transaction(async (tx) => {
    const r = await insertOfficerTx(tx, row);
    await audit(tx, actor, {
      action: "liaison_officer.create",
      entity: "liaison_officer",
      entityId: r.id,
      after: officerAudit(r),
    });
  });
  return officerOf(ctx, actor, meetingId, row.id);
}

export async function updateOfficer(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  patch: OfficerPatch,
): Promise<LiaisonOfficer> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const before = await loadOfficer(ctx.db, meetingId, id);
  checkLanguages(patch.languages);
  const set: Partial<OfficerRow> = {};
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.fullName !== undefined) {
    set.fullName = clean(patch.fullName);
    if (!set.fullName) throw invalidFields([{ field: "fullName", rule: "required" }]);
  }
  if (patch.unit !== undefined) set.unit = clean(patch.unit);
  if (patch.phone !== undefined) set.phone = optText(patch.phone);
  if (patch.email !== undefined) set.email = optText(patch.email)?.toLowerCase() ?? null;
  if (patch.languages !== undefined) set.languages = patch.languages;
  if (patch.availableDays !== undefined) set.availableDays = [...new Set(patch.availableDays)].sort();
  if (patch.account !== undefined) set.userId = await accountId(ctx.db, meetingId, patch.account, id);
  if (patch.notes !== undefined) set.notes = optText(patch.notes);
  const merged = { ...before, ...set };
  // A changed availability must not leave the officer on a delegation arriving on a day they are away.
  if (set.availableDays) await checkAssignedAvailability(ctx.db, meetingId, merged);
  await ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(O)
      .set({ ...set, searchText: officerSearchText(merged), version: sql`${O.version} + 1`, updatedAt: new Date() })
      .where(and(eq(O.id, id), eq(O.version, patch.version)))
      .returning({ id: O.id });
    if (!r) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, {
      action: "liaison_officer.update",
      entity: "liaison_officer",
      entityId: id,
      before: Object.fromEntries(Object.entries(before).filter(([k]) => k in set)),
      after: set,
    });
  });
  return officerOf(ctx, actor, meetingId, id);
}

async function checkAssignedAvailability(db: Executor, meetingId: string, o: OfficerRow) {
  const assigned = await db
    .select({ delegationId: A.delegationId })
    .from(A)
    .where(and(eq(A.meetingId, meetingId), eq(A.officerId, o.id)));
  if (!assigned.length) return;
  const arrivals = arrivalDays((await listDelegateRows(db, { meetingId })).map((d) => d.row));
  const delegationRows = await listDelegationsOf(db, meetingId);
  for (const a of assigned) {
    const day = arrivals.get(a.delegationId);
    if (day && !availableOn(o, day)) {
      const d = delegationRows.find((x) => x.id === a.delegationId);
      throw liaisonErrors.OFFICER_UNAVAILABLE({ officer: o.fullName, day: dmyOf(day), delegation: d?.nameVi ?? "" });
    }
  }
}

const dmyOf = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export async function deleteOfficer(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  version: number,
): Promise<void> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const before = await loadOfficer(ctx.db, meetingId, id);
  const carried = await ctx.db.select({ id: A.id }).from(A).where(eq(A.officerId, id));
  if (carried.length) throw liaisonErrors.OFFICER_HAS_DELEGATIONS({ officer: before.fullName, n: carried.length });
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(O)
      .where(and(eq(O.id, id), eq(O.version, version)))
      .returning({ id: O.id });
    if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, {
      action: "liaison_officer.delete",
      entity: "liaison_officer",
      entityId: id,
      before: officerAudit(before),
    });
  });
}

// ---------------------------------------------------------------- trainings

async function loadTraining(db: Executor, meetingId: string, id: string): Promise<TrainingRow> {
  const [r] = await db
    .select()
    .from(T)
    .where(and(eq(T.id, id), eq(T.meetingId, meetingId)));
  if (!r) throw liaisonErrors.TRAINING_NOT_FOUND();
  return r;
}

function moment(value: string, field: string, timeZone: string): Date {
  const d = parseZoned(value, timeZone);
  if (!d) throw invalidFields([{ field, rule: "format", format: "date-time" }]);
  return d;
}

async function trainingOf(ctx: Ctx, actor: Actor, meetingId: string, id: string): Promise<LiaisonTraining> {
  const t = (await getLiaison(ctx, actor, meetingId)).trainings.find((x) => x.id === id);
  if (!t) throw liaisonErrors.TRAINING_NOT_FOUND();
  return t;
}

function checkTimes(startsAt: Date, endsAt: Date | null) {
  if (endsAt && endsAt <= startsAt)
    throw invalidFields([
      {
        field: "endsAt",
        rule: "custom",
        text: { vi: "phải sau giờ bắt đầu", en: "must be after the start" },
      },
    ]);
}

export async function createTraining(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: TrainingBody,
): Promise<LiaisonTraining> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const titleVi = clean(body.titleVi);
  if (!titleVi) throw invalidFields([{ field: "titleVi", rule: "required" }]);
  const startsAt = moment(body.startsAt, "startsAt", meeting.timeZone);
  const endsAt = body.endsAt ? moment(body.endsAt, "endsAt", meeting.timeZone) : null;
  checkTimes(startsAt, endsAt);
  const row = {
    id: crypto.randomUUID(),
    meetingId,
    titleVi,
    titleEn: clean(body.titleEn ?? ""),
    startsAt,
    endsAt,
    place: optText(body.place),
  };
  await ctx.db.transaction(async (tx) => {
    await insertTrainingTx(tx, row);
    await audit(tx, actor, {
      action: "liaison_training.create",
      entity: "liaison_training",
      entityId: row.id,
      after: row,
    });
  });
  return trainingOf(ctx, actor, meetingId, row.id);
}

export async function updateTraining(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  patch: TrainingPatch,
): Promise<LiaisonTraining> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const before = await loadTraining(ctx.db, meetingId, id);
  const set: Partial<TrainingRow> = {};
  if (patch.titleVi !== undefined) {
    set.titleVi = clean(patch.titleVi);
    if (!set.titleVi) throw invalidFields([{ field: "titleVi", rule: "required" }]);
  }
  if (patch.titleEn !== undefined) set.titleEn = clean(patch.titleEn);
  if (patch.startsAt !== undefined) set.startsAt = moment(patch.startsAt, "startsAt", meeting.timeZone);
  if (patch.endsAt !== undefined) set.endsAt = patch.endsAt ? moment(patch.endsAt, "endsAt", meeting.timeZone) : null;
  if (patch.place !== undefined) set.place = optText(patch.place);
  checkTimes(set.startsAt ?? before.startsAt, set.endsAt !== undefined ? set.endsAt : before.endsAt);
  await ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(T)
      .set({ ...set, version: sql`${T.version} + 1` })
      .where(and(eq(T.id, id), eq(T.version, patch.version)))
      .returning({ id: T.id });
    if (!r) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, {
      action: "liaison_training.update",
      entity: "liaison_training",
      entityId: id,
      before: Object.fromEntries(Object.entries(before).filter(([k]) => k in set)),
      after: set,
    });
  });
  return trainingOf(ctx, actor, meetingId, id);
}

export async function deleteTraining(ctx: Ctx, actor: Actor, meetingId: string, id: string, version: number) {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const before = await loadTraining(ctx.db, meetingId, id);
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(T)
      .where(and(eq(T.id, id), eq(T.version, version)))
      .returning({ id: T.id });
    if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, {
      action: "liaison_training.delete",
      entity: "liaison_training",
      entityId: id,
      before: { titleVi: before.titleVi, startsAt: before.startsAt },
    });
  });
}

/** Replaces who is invited to a training and who attended (every officer named must be of the meeting). */
export async function setAttendance(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  body: AttendanceBody,
): Promise<LiaisonTraining> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const before = await loadTraining(ctx.db, meetingId, id);
  const ids = [...new Set(body.officers.map((o) => o.officerId))];
  if (ids.length !== body.officers.length)
    throw invalidFields([
      { field: "officers", rule: "custom", text: { vi: "có người được nêu hai lần", en: "names someone twice" } },
    ]);
  if (ids.length) {
    const known = await ctx.db
      .select({ id: O.id })
      .from(O)
      .where(and(eq(O.meetingId, meetingId), inArray(O.id, ids)));
    if (known.length !== ids.length)
      throw invalidFields([
        {
          field: "officers",
          rule: "custom",
          text: {
            vi: "có người không thuộc danh sách cán bộ liên lạc của hội nghị",
            en: "names someone not on the roster",
          },
        },
      ]);
  }
  await ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(T)
      .set({ version: sql`${T.version} + 1` })
      .where(and(eq(T.id, id), eq(T.version, body.version)))
      .returning({ id: T.id });
    if (!r) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await setAttendanceTx(tx, id, body.officers);
    await audit(tx, actor, {
      action: "liaison_training.attendance",
      entity: "liaison_training",
      entityId: id,
      after: {
        invited: body.officers.length,
        attended: body.officers.filter((o) => o.attended).length,
      },
    });
  });
  return trainingOf(ctx, actor, meetingId, id);
}

// ---------------------------------------------------------------- assignments

/** `POST …/liaison/suggest`: proposed officers for the delegations without one (all: for every delegation). */
export async function suggest(ctx: Ctx, actor: Actor, meetingId: string, all = false): Promise<Suggestion> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const r = await meetingRows(ctx.db, meetingId);
  const current = new Map(r.assignments.map((a) => [a.delegationId, a.officerId]));
  const wanted = r.delegations.filter((d) => all || !current.has(d.id));
  const kept = all ? [] : r.assignments.filter((a) => r.delegations.some((d) => d.id === a.delegationId));
  const proposals = suggestAssignments(
    wanted.map((d) => ({ id: d.id, country: d.country, arrivalDay: r.arrivals.get(d.id) ?? null })),
    r.officers.map((o) => ({
      id: o.id,
      fullName: o.fullName,
      languages: o.languages,
      availableDays: o.availableDays,
      load: kept.filter((a) => a.officerId === o.id).length,
    })),
  );
  const names = new Map(r.officers.map((o) => [o.id, o.fullName]));
  return {
    proposals: proposals.map((p) => ({
      ...p,
      officerName: p.officerId ? (names.get(p.officerId) ?? null) : null,
      currentOfficerId: current.get(p.delegationId) ?? null,
    })),
  };
}

/**
 * Sets or clears delegations' officers (accepted proposals or by hand), all or nothing: an officer not available on
 * the delegation's arrival day is refused with a message naming them, the day and the delegation.
 */
export async function assign(ctx: Ctx, actor: Actor, meetingId: string, body: AssignBody): Promise<Liaison> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const r = await meetingRows(ctx.db, meetingId);
  const seen = new Set<string>();
  const changes: { delegationId: string; before: string | null; after: string | null }[] = [];
  for (const a of body.assignments) {
    if (seen.has(a.delegationId))
      throw invalidFields([
        {
          field: "assignments",
          rule: "custom",
          text: { vi: "có đoàn được nêu hai lần", en: "names a delegation twice" },
        },
      ]);
    seen.add(a.delegationId);
    const d = r.delegations.find((x) => x.id === a.delegationId);
    if (!d) throw liaisonErrors.DELEGATION_NOT_FOUND();
    const before = r.assignments.find((x) => x.delegationId === d.id)?.officerId ?? null;
    if (a.officerId) {
      const o = r.officers.find((x) => x.id === a.officerId);
      if (!o) throw liaisonErrors.OFFICER_NOT_FOUND();
      const day = r.arrivals.get(d.id);
      if (day && !availableOn(o, day))
        throw liaisonErrors.OFFICER_UNAVAILABLE({ officer: o.fullName, day: dmyOf(day), delegation: d.nameVi });
    }
    if (before !== a.officerId) changes.push({ delegationId: d.id, before, after: a.officerId });
  }
  if (changes.length)
    await ctx.db.transaction(async (tx) => {
      for (const c of changes) {
        await assignTx(tx, meetingId, c.delegationId, c.after);
        await audit(tx, actor, {
          action: c.after ? "liaison_assignment.set" : "liaison_assignment.clear",
          entity: "liaison_assignment",
          entityId: c.delegationId,
          before: { officerId: c.before },
          after: { officerId: c.after },
        });
      }
    });
  return getLiaison(ctx, actor, meetingId);
}

// ---------------------------------------------------------------- contacts

const time = (t: string | null) => (t ? t.slice(0, 5) : null);

/**
 * A delegate as the liaison officer sees them: no passport data, no date of birth. The hotel is the room the lodging
 * area gave them (`hotelName`) when there is one, else what the delegation wrote.
 */
export function liaisonDelegate(r: DelegateRow, hotelName?: string | null): LiaisonDelegate {
  return {
    id: r.id,
    fullName: r.fullName,
    honorific: r.honorific,
    position: r.position,
    role: r.role,
    phone: r.phone,
    email: r.email,
    arrivalDate: r.arrivalDate,
    arrivalTime: time(r.arrivalTime),
    arrivalFlight: r.arrivalFlight,
    arrivalAirport: r.arrivalAirport,
    departureDate: r.departureDate,
    departureTime: time(r.departureTime),
    departureFlight: r.departureFlight,
    hotel: hotelName ?? r.hotel,
  };
}

async function contactsOf(
  db: Executor,
  meetingId: string,
  delegationRows: DelegationRow[],
): Promise<DelegationContacts[]> {
  if (!delegationRows.length) return [];
  const ids = new Set(delegationRows.map((d) => d.id));
  const rows = (await listDelegateRows(db, { meetingId }))
    .map((d) => d.row)
    .filter((d) => ids.has(d.delegationId) && d.accreditationStatus !== "rejected");
  const assignments = await db
    .select({ delegationId: A.delegationId, o: O })
    .from(A)
    .innerJoin(O, eq(O.id, A.officerId))
    .where(eq(A.meetingId, meetingId));
  const hotelNames = new Map((await hotelsOf(db, meetingId)).map((h) => [h.id, h.name]));
  const stays = await hotelOfDelegates(db, meetingId);
  const stayAt = (p: DelegateRow) => hotelNames.get(stays.get(p.id) ?? "") ?? null;
  return delegationRows
    .sort((a, b) => compareVi(a.nameVi, b.nameVi))
    .map((d) => {
      const people = rows.filter((p) => p.delegationId === d.id);
      const head = people.find((p) => p.id === d.headDelegateId) ?? people.find((p) => p.role === "head");
      const o = assignments.find((a) => a.delegationId === d.id)?.o;
      return {
        id: d.id,
        nameVi: d.nameVi,
        nameEn: d.nameEn,
        country: d.country,
        languages: delegationLanguages(d.country),
        contactName: d.contactName,
        contactEmail: d.contactEmail,
        head: head ? liaisonDelegate(head, stayAt(head)) : null,
        delegates: people.map((p) => liaisonDelegate(p, stayAt(p))),
        officer: o ? { id: o.id, fullName: o.fullName, phone: o.phone, email: o.email, languages: o.languages } : null,
      };
    });
}

/** The officer records linked to the actor's account in a meeting. */
async function ownOfficer(db: Executor, meetingId: string, userId: string): Promise<OfficerRow | null> {
  const [o] = await db
    .select()
    .from(O)
    .where(and(eq(O.meetingId, meetingId), eq(O.userId, userId)));
  return o ?? null;
}

/** The delegations assigned to the actor's own officer record in a meeting (none when they have no record). */
export async function ownDelegationIds(db: Executor, meetingId: string, userId: string): Promise<string[]> {
  const o = await ownOfficer(db, meetingId, userId);
  if (!o) return [];
  const rows = await db.select({ d: A.delegationId }).from(A).where(eq(A.officerId, o.id));
  return rows.map((r) => r.d);
}

/** The liaison officer's own page: the delegations they accompany, with the heads' and delegates' contacts. */
export async function myLiaison(ctx: Ctx, actor: Actor, meetingId: string): Promise<MyLiaison> {
  const { meeting } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.liaisonOfficer);
  const o = await ownOfficer(ctx.db, meetingId, actor.id);
  const ids = new Set(o ? await ownDelegationIds(ctx.db, meetingId, actor.id) : []);
  const rows = (await listDelegationsOf(ctx.db, meetingId)).filter((d) => ids.has(d.id));
  return {
    officer: o ? { id: o.id, fullName: o.fullName, phone: o.phone, email: o.email, languages: o.languages } : null,
    delegations: await contactsOf(ctx.db, meetingId, rows),
    timeZone: meeting.timeZone,
  };
}

/**
 * One delegation's contacts and its liaison officer: the logistics readers for any delegation; a liaison officer
 * only for a delegation assigned to them (403 otherwise, whether or not it exists).
 */
export async function delegationContacts(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
): Promise<DelegationContacts> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read || p.liaisonOfficer);
  if (!perms.read && !(await ownDelegationIds(ctx.db, meetingId, actor.id)).includes(delegationId))
    throw appError("FORBIDDEN");
  const d = (await listDelegationsOf(ctx.db, meetingId)).find((x) => x.id === delegationId);
  if (!d) throw liaisonErrors.DELEGATION_NOT_FOUND();
  const [contacts] = await contactsOf(ctx.db, meetingId, [d]);
  if (!contacts) throw appError("INTERNAL");
  return contacts;
}

export type { LogisticsPermissions };
