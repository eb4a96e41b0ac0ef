/**
 * Meal events (issue 14, point 4): lunches, the welcome dinner, coffee breaks, receptions, linked to the programme's
 * sessions, with their counts by dietary need derived from who attends (`counts.ts`, `diet.ts`). Read by whoever
 * reads the meeting's logistics; kept by its keepers (the ICD, the heads of the Protocol and Logistics
 * sub-committee). Until the cut-off the counts follow registrations; after it they are frozen on the meal (the first
 * read after the cut-off, or the demo seed, freezes them) and the page shows how many delegates changed since.
 * Every write is versioned and audited.
 */
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { audit } from "../audit/service.js";
import { listDelegateRows } from "../meetings/delegate-rows.js";
import { meetingSessionRows } from "../meetings/repo.js";
import { parseZoned, toZonedIso } from "../meetings/time.js";
import { type MeetingRow, requireLogistics } from "../logistics/policy.js";
import { formatDateTime } from "../../../shared/dates.js";
import { clean } from "../../../shared/text.js";
import type { Meal, MealBody, MealOptions, MealPatch } from "../../../shared/schemas/meals.js";
import type { Diet } from "./diet.js";
import { type EaterRow, asCounts, changedSince, countDiets, eatersOf, namedCounts, rosterOf } from "./counts.js";
import { mealsErrors } from "./errors.js";
import { mealEvents as E, mealSessions as MS } from "./schema.js";

export type MealRow = typeof E.$inferSelect;
export type NewMealRow = typeof E.$inferInsert;

type SessionRef = Meal["sessions"][number];

/** The meeting's delegates as the counts need them: one read for the whole meeting (rows and their sessions). */
export async function eaterRows(db: Executor, meetingId: string): Promise<EaterRow[]> {
  const rows = await listDelegateRows(db, { meetingId });
  return rows.map(({ row, sessionIds }) => ({
    id: row.id,
    fullName: row.fullName,
    delegationId: row.delegationId,
    accreditationStatus: row.accreditationStatus,
    arrivalDate: row.arrivalDate,
    arrivalTime: row.arrivalTime,
    departureDate: row.departureDate,
    departureTime: row.departureTime,
    dietary: row.dietary,
    sessionIds,
  }));
}

async function sessionRefs(db: Executor, meeting: MeetingRow): Promise<Map<string, SessionRef>> {
  const rows = await meetingSessionRows(db, meeting.id);
  return new Map(
    rows.map((s) => [
      s.id,
      { id: s.id, titleVi: s.titleVi, titleEn: s.titleEn, start: toZonedIso(s.startsAt, meeting.timeZone) },
    ]),
  );
}

async function linksOf(db: Executor, mealIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!mealIds.length) return out;
  const rows = await db.select().from(MS).where(inArray(MS.mealId, mealIds));
  for (const r of rows) out.set(r.mealId, [...(out.get(r.mealId) ?? []), r.sessionId]);
  return out;
}

/** Inserts a meal and its session links (checked by the caller: the service, or the demo seed). */
export async function insertMealTx(tx: Executor, row: NewMealRow, sessionIds: readonly string[]): Promise<MealRow> {
  const [r] = await tx.insert(E).values(row).returning();
  if (!r) throw new Error("meal not inserted");
  if (sessionIds.length)
    await tx.insert(MS).values([...new Set(sessionIds)].map((sessionId) => ({ mealId: r.id, sessionId })));
  return r;
}

/**
 * Freezes the counts of the meeting's meals whose cut-off has passed and that are not frozen yet: the counts, and
 * the roster (who, with which needs) to tell later what changed. Audited as the system's act. Returns how many.
 */
export async function freezeDueMeals(db: Executor, meeting: MeetingRow, now = new Date(), rows?: EaterRow[]) {
  const due = await db
    .select()
    .from(E)
    .where(and(eq(E.meetingId, meeting.id), isNull(E.frozenCounts), lte(E.cutoffAt, now)));
  if (!due.length) return 0;
  const eaters = rows ?? (await eaterRows(db, meeting.id));
  const links = await linksOf(
    db,
    due.map((m) => m.id),
  );
  const diets = new Map<string, Diet>();
  let n = 0;
  for (const m of due) {
    const e = eatersOf(
      { at: toZonedIso(m.startsAt, meeting.timeZone), sessionIds: links.get(m.id) ?? [] },
      eaters,
      diets,
    );
    const counts = countDiets(e);
    const done = await db
      .update(E)
      .set({ frozenCounts: counts, frozenRoster: rosterOf(e), frozenAt: now })
      .where(and(eq(E.id, m.id), isNull(E.frozenCounts)))
      .returning({ id: E.id });
    if (done.length) {
      n++;
      await audit(db, null, {
        action: "meal.freeze",
        entity: "meal",
        entityId: m.id,
        after: { name: m.nameEn || m.nameVi, counts },
      });
    }
  }
  return n;
}

/** A meal as the API shows it, its counts computed from the meeting's delegate rows. */
export function presentMeal(
  m: MealRow,
  sessionIds: string[],
  meeting: MeetingRow,
  rows: readonly EaterRow[],
  sessions: Map<string, SessionRef>,
  canEdit: boolean,
  lang: "vi" | "en",
  diets?: Map<string, Diet>,
): Meal {
  const at = toZonedIso(m.startsAt, meeting.timeZone);
  const eaters = eatersOf({ at, sessionIds }, rows, diets);
  const live = countDiets(eaters);
  const frozen = m.frozenCounts != null;
  return {
    id: m.id,
    meetingId: m.meetingId,
    kind: m.kind,
    name: lang === "en" ? m.nameEn || m.nameVi : m.nameVi,
    nameVi: m.nameVi,
    nameEn: m.nameEn,
    at,
    place: m.place,
    cutoffAt: m.cutoffAt ? toZonedIso(m.cutoffAt, meeting.timeZone) : null,
    sessionIds,
    sessions: sessionIds.flatMap((id) => sessions.get(id) ?? []).sort((a, b) => a.start.localeCompare(b.start)),
    counts: frozen ? asCounts(m.frozenCounts) : live,
    liveCounts: live,
    frozen,
    frozenAt: m.frozenAt ? toZonedIso(m.frozenAt, meeting.timeZone) : null,
    changedSince: frozen ? changedSince(m.frozenRoster ?? {}, rosterOf(eaters)) : 0,
    allergens: namedCounts(eaters, (d) => d.allergens),
    others: namedCounts(eaters, (d) => d.others),
    sample: m.sample,
    version: m.version,
    canEdit,
  };
}

/** The meeting's meals in time order with their counts (freezing those whose cut-off has passed). */
export async function listMeals(ctx: Ctx, actor: Actor, meetingId: string): Promise<Meal[]> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const rows = await eaterRows(ctx.db, meetingId);
  await ctx.db.transaction((tx) => freezeDueMeals(tx, meeting, new Date(), rows));
  const meals = await ctx.db.select().from(E).where(eq(E.meetingId, meetingId)).orderBy(asc(E.startsAt), asc(E.nameVi));
  const links = await linksOf(
    ctx.db,
    meals.map((m) => m.id),
  );
  const sessions = await sessionRefs(ctx.db, meeting);
  const diets = new Map<string, Diet>();
  return meals.map((m) =>
    presentMeal(m, links.get(m.id) ?? [], meeting, rows, sessions, perms.manage, actor.language, diets),
  );
}

export async function mealOptions(ctx: Ctx, actor: Actor, meetingId: string): Promise<MealOptions> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const sessions = await sessionRefs(ctx.db, meeting);
  return { sessions: [...sessions.values()], timeZone: meeting.timeZone, canEdit: perms.manage };
}

export async function loadMeal(db: Executor, meetingId: string, id: string): Promise<MealRow> {
  const [r] = await db
    .select()
    .from(E)
    .where(and(eq(E.id, id), eq(E.meetingId, meetingId)));
  if (!r) throw mealsErrors.MEAL_NOT_FOUND();
  return r;
}

export async function getMeal(ctx: Ctx, actor: Actor, meetingId: string, id: string): Promise<Meal> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  const rows = await eaterRows(ctx.db, meetingId);
  await ctx.db.transaction((tx) => freezeDueMeals(tx, meeting, new Date(), rows));
  const m = await loadMeal(ctx.db, meetingId, id);
  const links = await linksOf(ctx.db, [id]);
  return presentMeal(
    m,
    links.get(id) ?? [],
    meeting,
    rows,
    await sessionRefs(ctx.db, meeting),
    perms.manage,
    actor.language,
  );
}

interface Checked {
  startsAt?: Date;
  cutoffAt?: Date | null;
  sessionIds?: string[];
}

/** Times read in the meeting's zone; the cut-off not after the meal; sessions of this meeting. Nothing written. */
function check(
  meeting: MeetingRow,
  sessions: Map<string, SessionRef>,
  b: { at?: string; cutoffAt?: string | null; sessionIds?: string[] },
  current?: MealRow,
): Checked {
  const bad: Parameters<typeof invalidFields>[0] = [];
  const out: Checked = {};
  const notTime = { vi: "không phải ngày giờ hợp lệ", en: "is not a valid date and time" };
  if (b.at !== undefined) {
    const d = parseZoned(b.at, meeting.timeZone);
    if (!d) bad.push({ field: "at", rule: "custom", text: notTime });
    else out.startsAt = d;
  }
  if (b.cutoffAt !== undefined) {
    if (b.cutoffAt === null || b.cutoffAt === "") out.cutoffAt = null;
    else {
      const d = parseZoned(b.cutoffAt, meeting.timeZone);
      if (!d) bad.push({ field: "cutoffAt", rule: "custom", text: notTime });
      else out.cutoffAt = d;
    }
  }
  const startsAt = out.startsAt ?? current?.startsAt;
  const cutoffAt = out.cutoffAt !== undefined ? out.cutoffAt : current?.cutoffAt;
  if (startsAt && cutoffAt && cutoffAt.getTime() > startsAt.getTime()) {
    const tz = meeting.timeZone;
    bad.push({
      field: "cutoffAt",
      rule: "custom",
      text: {
        vi: `phải trước giờ ăn (${formatDateTime("vi", startsAt, tz)}): sau bữa ăn bếp không còn dùng được số suất`,
        en: `must be before the meal (${formatDateTime("en", startsAt, tz)}): after the meal the kitchen has no use for the counts`,
      },
    });
  }
  if (b.sessionIds !== undefined) {
    if (b.sessionIds.some((id) => !sessions.has(id)))
      bad.push({
        field: "sessionIds",
        rule: "custom",
        text: { vi: "có phiên không thuộc hội nghị này", en: "names a session of another meeting" },
      });
    else out.sessionIds = [...new Set(b.sessionIds)];
  }
  if (bad.length) throw invalidFields(bad);
  return out;
}

const optText = (s: string | null | undefined) => (s == null ? null : clean(s) || null);

export async function createMeal(ctx: Ctx, actor: Actor, meetingId: string, body: MealBody): Promise<Meal> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const sessions = await sessionRefs(ctx.db, meeting);
  const nameVi = clean(body.nameVi);
  if (!nameVi) throw invalidFields([{ field: "nameVi", rule: "required" }]);
  const c = check(meeting, sessions, { ...body, cutoffAt: body.cutoffAt ?? null });
  if (!c.startsAt) throw invalidFields([{ field: "at", rule: "required" }]);
  const row: NewMealRow = {
    id: crypto.randomUUID(),
    meetingId,
    kind: body.kind,
    nameVi,
    nameEn: clean(body.nameEn ?? ""),
    startsAt: c.startsAt,
    place: optText(body.place),
    cutoffAt: c.cutoffAt ?? null,
  };
  const sessionIds = c.sessionIds ?? [];
  const m = await ctx.db.transaction(async (tx) => {
    const r = await insertMealTx(tx, row, sessionIds);
    await audit(tx, actor, {
      action: "meal.create",
      entity: "meal",
      entityId: r.id,
      after: { ...row, name: row.nameEn || row.nameVi, sessionIds },
    });
    return r;
  });
  return getMeal(ctx, actor, meetingId, m.id);
}

export async function updateMeal(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  patch: MealPatch,
): Promise<Meal> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const before = await loadMeal(ctx.db, meetingId, id);
  const sessions = await sessionRefs(ctx.db, meeting);
  const c = check(meeting, sessions, patch, before);
  const set: Partial<MealRow> = {};
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.nameVi !== undefined) {
    set.nameVi = clean(patch.nameVi);
    if (!set.nameVi) throw invalidFields([{ field: "nameVi", rule: "required" }]);
  }
  if (patch.nameEn !== undefined) set.nameEn = clean(patch.nameEn);
  if (patch.place !== undefined) set.place = optText(patch.place);
  if (c.startsAt) set.startsAt = c.startsAt;
  if (c.cutoffAt !== undefined) set.cutoffAt = c.cutoffAt;
  const beforeLinks = (await linksOf(ctx.db, [id])).get(id) ?? [];
  const relinked = c.sessionIds !== undefined && [...c.sessionIds].sort().join() !== [...beforeLinks].sort().join();
  // What the counts follow changed: the freeze no longer holds (it is taken again once the cut-off has passed).
  const unfreeze =
    relinked ||
    (c.startsAt !== undefined && c.startsAt.getTime() !== before.startsAt.getTime()) ||
    (c.cutoffAt !== undefined && (c.cutoffAt?.getTime() ?? null) !== (before.cutoffAt?.getTime() ?? null));
  await ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(E)
      .set({
        ...set,
        ...(unfreeze ? { frozenCounts: null, frozenRoster: null, frozenAt: null } : {}),
        version: sql`${E.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(E.id, id), eq(E.version, patch.version)))
      .returning();
    if (!r) throw appError("VERSION_CONFLICT");
    if (relinked && c.sessionIds) {
      await tx.delete(MS).where(eq(MS.mealId, id));
      if (c.sessionIds.length) await tx.insert(MS).values(c.sessionIds.map((sessionId) => ({ mealId: id, sessionId })));
    }
    await audit(tx, actor, {
      action: "meal.update",
      entity: "meal",
      entityId: id,
      before: {
        name: before.nameEn || before.nameVi,
        ...Object.fromEntries(Object.entries(before).filter(([k]) => k in set)),
        ...(relinked ? { sessionIds: beforeLinks } : {}),
      },
      after: { ...set, ...(relinked ? { sessionIds: c.sessionIds } : {}) },
    });
  });
  return getMeal(ctx, actor, meetingId, id);
}

export async function deleteMeal(ctx: Ctx, actor: Actor, meetingId: string, id: string, version: number) {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.read);
  ensure(perms.manage);
  const before = await loadMeal(ctx.db, meetingId, id);
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(E)
      .where(and(eq(E.id, id), eq(E.version, version)))
      .returning({ id: E.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "meal.delete",
      entity: "meal",
      entityId: id,
      before: { name: before.nameEn || before.nameVi, kind: before.kind, nameVi: before.nameVi },
    });
  });
}
