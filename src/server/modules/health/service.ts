/**
 * The health log (issue 14, point 6): each delegate's health events during the meeting (time, what happened, action,
 * follow-up) and, while an epidemic scenario of the Ministry of Health's plan is active, the screening records it asks
 * for. Only the meeting's health officers read or write it (`perms.health`): not the ICD, not the registration
 * manager, not an administrator. Writes are audited with ids and the kind only — the trail's reader (the
 * administrator) never sees what happened or what was done. The one thing other roles see is the flag "needs medical
 * attention: yes" of the delegates the health officer chose to share (`listAttention`).
 */
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { audit, auditPersonalRead } from "../audit/service.js";
import { requireLogistics, type MeetingRow } from "../logistics/policy.js";
import { listDelegateRows } from "../meetings/delegate-rows.js";
import { listDelegationsOf } from "../meetings/delegations.js";
import { parseZoned, toZonedIso, zonedDate } from "../meetings/time.js";
import { clean, compareViNames, matchesSearch } from "../../../shared/text.js";
import { bodyTemperatureRange, type HealthEntryKind } from "../../../shared/logistics.js";
import type {
  HealthAttention,
  HealthDelegateOption,
  HealthEntry,
  HealthEntryBody,
  HealthEntryPatch,
  HealthListQuery,
  HealthOptions,
  HealthScenario,
  HealthScenarioPatch,
  HealthScreening,
} from "../../../shared/schemas/health.js";
import { healthErrors } from "./errors.js";
import { healthEntries as E, healthScenarios as S } from "./schema.js";
import { insertHealthEntryTx, needsAttention, type HealthEntryRow, type HealthScenarioRow } from "./repo.js";

/** How many days before the opening and after the closing an entry may be dated (arrivals and departures). */
export const HEALTH_MARGIN_DAYS = 7;

type Delegates = Map<string, HealthDelegateOption>;

/** The meeting's delegates with their delegation's name in the reader's language, in one read each. */
async function delegatesOf(db: Executor, meetingId: string, lang: "vi" | "en", ids?: string[]): Promise<Delegates> {
  const [rows, delegations] = await Promise.all([
    listDelegateRows(db, { meetingId, ids }),
    listDelegationsOf(db, meetingId),
  ]);
  const names = new Map(delegations.map((d) => [d.id, lang === "vi" ? d.nameVi : d.nameEn]));
  return new Map(
    rows.map(({ row }) => [
      row.id,
      {
        id: row.id,
        fullName: row.fullName,
        delegationId: row.delegationId,
        delegationName: names.get(row.delegationId) ?? "",
      },
    ]),
  );
}

function presentScenario(s: HealthScenarioRow): HealthScenario {
  return {
    id: s.id,
    nameVi: s.nameVi,
    nameEn: s.nameEn,
    fields: s.fields.filter(isScreeningField),
    active: s.active,
    version: s.version,
  };
}

const screeningFields = new Set<string>(["temperature", "symptoms", "rapid_test", "close_contact"]);
function isScreeningField(f: string): f is HealthScenario["fields"][number] {
  return screeningFields.has(f);
}

function presentEntry(r: HealthEntryRow, d: Delegates, meeting: MeetingRow, canEdit: boolean): HealthEntry {
  const who = d.get(r.delegateId);
  return {
    id: r.id,
    meetingId: r.meetingId,
    delegateId: r.delegateId,
    delegateName: who?.fullName ?? "",
    delegationId: who?.delegationId ?? r.delegateId,
    delegationName: who?.delegationName ?? "",
    kind: r.kind,
    at: toZonedIso(r.at, meeting.timeZone),
    what: r.what,
    action: r.action,
    followUp: r.followUp,
    screening: r.screening ?? null,
    needsAttention: r.shareNeedsAttention,
    sample: r.sample,
    recordedBy: r.recordedByName,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    canEdit,
  };
}

/**
 * Orders and filters the log (pure, for the service and the benchmark): newest first; `q` matches the delegate's or
 * the delegation's name without diacritics, every word in any order.
 */
export function filterEntries<T extends { at: string; delegateName: string; delegationName: string }>(
  rows: T[],
  q: string | undefined,
): T[] {
  const out = q ? rows.filter((r) => matchesSearch(`${r.delegateName} ${r.delegationName}`, q)) : rows;
  return out.sort((a, b) => b.at.localeCompare(a.at) || compareViNames(a.delegateName, b.delegateName));
}

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The moment as the form sends it (wall-clock time in the meeting's zone), within the meeting and its margin. */
export function readAt(meeting: Pick<MeetingRow, "timeZone" | "startDate" | "endDate">, value: string): Date {
  const at = parseZoned(value, meeting.timeZone);
  if (!at) throw invalidFields([{ field: "at", rule: "format", format: "date-time" }]);
  const day = zonedDate(at, meeting.timeZone);
  const from = addDays(meeting.startDate, -HEALTH_MARGIN_DAYS);
  const to = addDays(meeting.endDate, HEALTH_MARGIN_DAYS);
  if (day < from || day > to) throw healthErrors.AT_OUTSIDE_MEETING({ at: day, from, to });
  return at;
}

/**
 * A screening's answers checked against what the active scenarios ask for (pure): unknown fields refused, the
 * temperature within a body's range, symptoms cleaned; empty answers dropped. Returns null when nothing remains.
 */
export function checkScreening(
  screening: HealthScreening | null | undefined,
  asked: ReadonlySet<string>,
): HealthScreening | null {
  if (!screening) return null;
  const out: HealthScreening = {};
  if (screening.temperature !== undefined) out.temperature = Math.round(screening.temperature * 10) / 10;
  if (screening.symptoms !== undefined && clean(screening.symptoms)) out.symptoms = clean(screening.symptoms);
  if (screening.rapid_test !== undefined) out.rapid_test = screening.rapid_test;
  if (screening.close_contact !== undefined) out.close_contact = screening.close_contact;
  const keys = Object.keys(out);
  if (!keys.length) return null;
  if (!asked.size) throw healthErrors.NO_ACTIVE_SCENARIO();
  const extra = keys.filter((k) => !asked.has(k));
  if (extra.length) throw healthErrors.SCREENING_FIELD_NOT_ASKED({ fields: extra.join(", ") });
  const { min, max } = bodyTemperatureRange;
  if (out.temperature !== undefined && (out.temperature < min || out.temperature > max))
    throw invalidFields([
      {
        field: "temperature",
        rule: "custom",
        text: { vi: `phải từ ${min} đến ${max} °C`, en: `must be between ${min} and ${max} °C` },
      },
    ]);
  return out;
}

async function scenariosOf(db: Executor, meetingId: string): Promise<HealthScenarioRow[]> {
  return db.select().from(S).where(eq(S.meetingId, meetingId)).orderBy(S.nameVi);
}

/** The fields the meeting's active scenarios ask for. */
const askedBy = (scenarios: HealthScenarioRow[]) => new Set(scenarios.filter((s) => s.active).flatMap((s) => s.fields));

/** The entry's texts and screening checked together (a screening needs answers, an event what happened). */
function checkEntry(kind: HealthEntryKind, what: string, screening: HealthScreening | null) {
  if (kind === "event" && !what) throw invalidFields([{ field: "what", rule: "required" }]);
  if (kind === "screening" && !screening) throw healthErrors.SCREENING_EMPTY();
}

/** What the health page needs besides the log: the scenarios, the meeting's delegates (picker), the meeting's days. */
export async function healthOptions(ctx: Ctx, actor: Actor, meetingId: string): Promise<HealthOptions> {
  const { meeting } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.health);
  const [scenarios, delegates] = await Promise.all([
    scenariosOf(ctx.db, meetingId),
    delegatesOf(ctx.db, meetingId, actor.language),
  ]);
  return {
    scenarios: scenarios.map(presentScenario),
    delegates: [...delegates.values()].sort((a, b) => compareViNames(a.fullName, b.fullName)),
    timeZone: meeting.timeZone,
    startDate: meeting.startDate,
    endDate: meeting.endDate,
  };
}

/** The meeting's health log, newest first: by delegate, kind, shared flag, or a name without diacritics. */
export async function listHealth(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  q: HealthListQuery = {},
): Promise<HealthEntry[]> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.health);
  const where: (SQL | undefined)[] = [
    eq(E.meetingId, meetingId),
    q.kind ? eq(E.kind, q.kind) : undefined,
    q.delegateId ? eq(E.delegateId, q.delegateId) : undefined,
    q.attention ? eq(E.shareNeedsAttention, true) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(E)
    .where(and(...where))
    .orderBy(desc(E.at));
  const delegates = await delegatesOf(ctx.db, meetingId, actor.language);
  return filterEntries(
    rows.map((r) => presentEntry(r, delegates, meeting, perms.health)),
    q.q,
  );
}

/** One delegate's health log (the API contract's route). The read is recorded as a read of personal data. */
export async function delegateHealth(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegateId: string,
): Promise<HealthEntry[]> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.health);
  const delegates = await delegatesOf(ctx.db, meetingId, actor.language, [delegateId]);
  if (!delegates.has(delegateId)) throw healthErrors.DELEGATE_NOT_IN_MEETING();
  const rows = await ctx.db
    .select()
    .from(E)
    .where(and(eq(E.meetingId, meetingId), eq(E.delegateId, delegateId)))
    .orderBy(desc(E.at));
  await auditPersonalRead(ctx.db, actor, {
    entity: "delegate",
    entityId: delegateId,
    view: "health",
    delegateIds: [delegateId],
    fields: ["health"],
  });
  return rows.map((r) => presentEntry(r, delegates, meeting, perms.health));
}

/** What the trail keeps of an entry: ids and the kind, never what happened or what was done. */
const auditShape = (r: Pick<HealthEntryRow, "meetingId" | "delegateId" | "kind">) => ({
  meetingId: r.meetingId,
  delegateId: r.delegateId,
  kind: r.kind,
});

export async function createHealthEntry(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: HealthEntryBody,
): Promise<HealthEntry> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.health);
  const delegates = await delegatesOf(ctx.db, meetingId, actor.language, [body.delegateId]);
  if (!delegates.has(body.delegateId)) throw healthErrors.DELEGATE_NOT_IN_MEETING();
  const at = readAt(meeting, body.at);
  const what = clean(body.what);
  const screening = checkScreening(body.screening, askedBy(await scenariosOf(ctx.db, meetingId)));
  checkEntry(body.kind, what, screening);
  return ctx.db.transaction(async (tx) => {
    const r = await insertHealthEntryTx(tx, {
      id: crypto.randomUUID(),
      meetingId,
      delegateId: body.delegateId,
      kind: body.kind,
      at,
      what,
      action: clean(body.action ?? ""),
      followUp: body.followUp ? clean(body.followUp) || null : null,
      screening,
      shareNeedsAttention: body.needsAttention ?? false,
      recordedBy: actor.id,
      recordedByName: actor.name,
    });
    await audit(tx, actor, {
      action: "health_entry.create",
      entity: "health_entry",
      entityId: r.id,
      after: auditShape(r),
    });
    return presentEntry(r, delegates, meeting, perms.health);
  });
}

async function loadEntry(db: Executor, meetingId: string, id: string): Promise<HealthEntryRow> {
  const [r] = await db
    .select()
    .from(E)
    .where(and(eq(E.id, id), eq(E.meetingId, meetingId)));
  if (!r) throw healthErrors.ENTRY_NOT_FOUND();
  return r;
}

export async function updateHealthEntry(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  patch: HealthEntryPatch,
): Promise<HealthEntry> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, (p) => p.health);
  const before = await loadEntry(ctx.db, meetingId, id);
  const set: Partial<HealthEntryRow> = {};
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.at !== undefined) set.at = readAt(meeting, patch.at);
  if (patch.what !== undefined) set.what = clean(patch.what);
  if (patch.action !== undefined) set.action = clean(patch.action);
  if (patch.followUp !== undefined) set.followUp = patch.followUp ? clean(patch.followUp) || null : null;
  if (patch.screening !== undefined)
    set.screening = checkScreening(patch.screening, askedBy(await scenariosOf(ctx.db, meetingId)));
  if (patch.needsAttention !== undefined) set.shareNeedsAttention = patch.needsAttention;
  const merged = { ...before, ...set };
  checkEntry(merged.kind, merged.what, merged.screening ?? null);
  const delegates = await delegatesOf(ctx.db, meetingId, actor.language, [before.delegateId]);
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(E)
      .set({ ...set, version: sql`${E.version} + 1` })
      .where(and(eq(E.id, id), eq(E.version, patch.version)))
      .returning();
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "health_entry.update",
      entity: "health_entry",
      entityId: id,
      before: auditShape(before),
      // Which parts changed, by name only.
      after: { ...auditShape(r), changed: Object.keys(set) },
    });
    return presentEntry(r, delegates, meeting, perms.health);
  });
}

export async function deleteHealthEntry(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  version: number,
): Promise<void> {
  await requireLogistics(ctx.db, actor, meetingId, (p) => p.health);
  const before = await loadEntry(ctx.db, meetingId, id);
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(E)
      .where(and(eq(E.id, id), eq(E.version, version)))
      .returning({ id: E.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "health_entry.delete",
      entity: "health_entry",
      entityId: id,
      before: auditShape(before),
    });
  });
}

/** Activates or deactivates an epidemic scenario (the meeting's health officers). Audited. */
export async function setHealthScenario(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  scenarioId: string,
  patch: HealthScenarioPatch,
): Promise<HealthScenario> {
  await requireLogistics(ctx.db, actor, meetingId, (p) => p.health);
  const [found] = await ctx.db
    .select()
    .from(S)
    .where(and(eq(S.id, scenarioId), eq(S.meetingId, meetingId)));
  if (!found) throw healthErrors.SCENARIO_NOT_FOUND();
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(S)
      .set({ active: patch.active, version: sql`${S.version} + 1` })
      .where(and(eq(S.id, scenarioId), eq(S.version, patch.version)))
      .returning();
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: patch.active ? "health_scenario.activate" : "health_scenario.deactivate",
      entity: "health_scenario",
      entityId: scenarioId,
      before: { active: found.active },
      after: { active: r.active, nameVi: r.nameVi, nameEn: r.nameEn },
    });
    return presentScenario(r);
  });
}

/**
 * The delegates the health officer marked "needs medical attention: yes" — names and the flag only, no content.
 * Decided (issue 14, point 6): every role who opens the meeting's logistics (the ICD, committee members, registration
 * managers, liaison and security officers) and the health officers; they look after the delegates in person.
 * Delegation contacts and administrators do not see it.
 */
export async function listAttention(ctx: Ctx, actor: Actor, meetingId: string): Promise<HealthAttention[]> {
  await requireLogistics(ctx.db, actor, meetingId, (p) => p.read || p.liaisonOfficer || p.readSecurity || p.health);
  const ids = [...(await needsAttention(ctx.db, meetingId))];
  if (!ids.length) return [];
  const delegates = await delegatesOf(ctx.db, meetingId, actor.language, ids);
  return [...delegates.values()]
    .map((d) => ({
      delegateId: d.id,
      fullName: d.fullName,
      delegationId: d.delegationId,
      delegationName: d.delegationName,
    }))
    .sort((a, b) => a.delegationName.localeCompare(b.delegationName) || compareViNames(a.fullName, b.fullName));
}
