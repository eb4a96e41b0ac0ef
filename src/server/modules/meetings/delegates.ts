import { createHash } from "node:crypto";
import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { matchesWords } from "../../db/search.js";
import type { Executor, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { AppError, appError } from "../../http/errors.js";
import { audit, auditMany } from "../audit/service.js";
import { NAME_MAX, compareVi, compareViNames, textLength } from "../../../shared/text.js";
import { invalidFields, type Rule } from "../../http/validation.js";
import { countryName, isCountryCode } from "../../../shared/countries.js";
import {
  delegatePhotos,
  delegateSessions,
  delegates,
  delegations,
  meetingSessions,
  sessionDelegations,
  type AccreditationStatus,
  type DelegateRole,
  type DelegationCategory,
  type Gender,
} from "./schema.js";
import { meetingErrors } from "./errors.js";
import { auditDelegateRead } from "./reads.js";
import {
  delegateViewFor,
  requireDelegation,
  requireMeeting,
  type DelegateView,
  type MeetingPermissions,
  type MeetingRow,
} from "./policy.js";
import { orNull } from "./service.js";
import { delegateSearchText, delegationSearchText, insertDelegationTx } from "./repo.js";

export type DelegationRow = typeof delegations.$inferSelect;
export type DelegateRow = typeof delegates.$inferSelect;

// ---------------------------------------------------------------- delegations

/** A meeting's delegations, unchecked (for modules that have checked the actor already). */
export async function listDelegationsOf(db: Executor, meetingId: string): Promise<DelegationRow[]> {
  return db.select().from(delegations).where(eq(delegations.meetingId, meetingId));
}

const categoryOrder: DelegationCategory[] = [
  "host",
  "asean_member",
  "plus_three",
  "dialogue_partner",
  "secretariat",
  "observer",
];

type Counts = { total: number; pending: number; accredited: number; rejected: number };

function presentDelegation(d: DelegationRow, head: DelegateRow | undefined, counts: Counts, view: DelegateView | null) {
  return {
    id: d.id,
    meetingId: d.meetingId,
    country: d.country,
    countryNameVi: d.country ? countryName(d.country, "vi") : null,
    countryNameEn: d.country ? countryName(d.country, "en") : null,
    nameVi: d.nameVi,
    nameEn: d.nameEn,
    category: d.category,
    headDelegateId: d.headDelegateId,
    head: head ? { id: head.id, fullName: head.fullName, honorific: view === "badge" ? null : head.honorific } : null,
    // The contact's name and e-mail are personal data of a third person: not for the door.
    contactName: view === "badge" ? null : d.contactName,
    contactEmail: view === "badge" ? null : d.contactEmail,
    counts,
    version: d.version,
  };
}

async function delegationCounts(db: Executor, delegationIds: string[]) {
  const out = new Map<string, Counts>();
  if (!delegationIds.length) return out;
  const rows = await db
    .select({
      delegationId: delegates.delegationId,
      status: delegates.accreditationStatus,
      n: sql<number>`count(*)::int`,
    })
    .from(delegates)
    .where(inArray(delegates.delegationId, delegationIds))
    .groupBy(delegates.delegationId, delegates.accreditationStatus);
  for (const r of rows) {
    const c = out.get(r.delegationId) ?? { total: 0, pending: 0, accredited: 0, rejected: 0 };
    c[r.status] += Number(r.n);
    c.total += Number(r.n);
    out.set(r.delegationId, c);
  }
  return out;
}

async function presentDelegations(db: Executor, perms: MeetingPermissions, rows: DelegationRow[]) {
  const counts = await delegationCounts(
    db,
    rows.map((r) => r.id),
  );
  const headIds = rows.map((r) => r.headDelegateId).filter((x): x is string => !!x);
  const heads = headIds.length ? await db.select().from(delegates).where(inArray(delegates.id, headIds)) : [];
  const headById = new Map(heads.map((h) => [h.id, h]));
  const empty = { total: 0, pending: 0, accredited: 0, rejected: 0 };
  return rows
    .sort(
      (a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) || compareVi(a.nameEn, b.nameEn),
    )
    .map((d) =>
      presentDelegation(
        d,
        d.headDelegateId ? headById.get(d.headDelegateId) : undefined,
        counts.get(d.id) ?? empty,
        delegateViewFor(perms, d.id),
      ),
    );
}

/** The delegations the actor may see: all for host roles, only their own for a delegation contact. */
export async function listDelegations(ctx: Ctx, actor: Actor, meetingId: string, q?: string) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  const where: SQL[] = [eq(delegations.meetingId, meetingId)];
  if (!perms.allDelegations) {
    if (!perms.ownDelegationIds.length) return [];
    where.push(inArray(delegations.id, perms.ownDelegationIds));
  }
  const search = matchesWords(delegations.searchText, q);
  if (search) where.push(search);
  const rows = await ctx.db
    .select()
    .from(delegations)
    .where(and(...where));
  return presentDelegations(ctx.db, perms, rows);
}

/** One delegation the actor may see, with the sessions it attends. */
export async function getDelegation(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  const row = await requireDelegation(ctx.db, perms, delegationId);
  const [out] = await presentDelegations(ctx.db, perms, [row]);
  const sessions = await ctx.db
    .select({ id: sessionDelegations.sessionId })
    .from(sessionDelegations)
    .where(eq(sessionDelegations.delegationId, delegationId));
  return { ...out!, sessionIds: sessions.map((s) => s.id) };
}

export interface DelegationInput {
  country?: string | null;
  nameVi?: string | null;
  nameEn?: string | null;
  category: DelegationCategory;
  headDelegateId?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
}

function delegationNames(input: DelegationInput): { nameVi: string; nameEn: string } {
  const country = input.country ?? null;
  if (country && !isCountryCode(country)) throw meetingErrors.COUNTRY_INVALID({ country });
  const nameVi = orNull(input.nameVi) ?? (country ? countryName(country, "vi") : null);
  const nameEn = orNull(input.nameEn) ?? (country ? countryName(country, "en") : null);
  if (!nameVi || !nameEn) {
    throw invalidFields([
      {
        field: nameVi ? "body.nameEn" : "body.nameVi",
        rule: "custom",
        text: { vi: "bắt buộc nhập với một tổ chức", en: "is required for an organisation" },
      },
    ]);
  }
  return { nameVi, nameEn };
}

async function checkCountryFree(db: Executor, meetingId: string, country: string | null, exceptId?: string) {
  if (!country) return;
  const where = [eq(delegations.meetingId, meetingId), eq(delegations.country, country)];
  if (exceptId) where.push(ne(delegations.id, exceptId));
  const [dup] = await db
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(...where));
  if (dup) throw meetingErrors.COUNTRY_TAKEN({ country: countryName(country, "en") });
}

/** Adds a delegation (ICD, registration managers). Names default to the country's names. */
export async function createDelegation(ctx: Ctx, actor: Actor, meetingId: string, input: DelegationInput) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  if (input.headDelegateId) throw meetingErrors.HEAD_NOT_IN_DELEGATION();
  const names = delegationNames(input);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await checkCountryFree(tx, meetingId, input.country ?? null);
    const row = {
      id,
      meetingId,
      country: input.country ?? null,
      ...names,
      category: input.category,
      contactName: orNull(input.contactName),
      contactEmail: orNull(input.contactEmail),
    };
    await insertDelegationTx(tx, row);
    await audit(tx, actor, { action: "delegation.create", entity: "delegation", entityId: id, after: row });
  });
  return getDelegation(ctx, actor, meetingId, id);
}

/** Edits a delegation (ICD, registration managers). The head must be one of its delegates. */
export async function updateDelegation(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  patch: Partial<DelegationInput> & { version: number },
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  const before = await requireDelegation(ctx.db, perms, delegationId);
  const { version, ...changes } = patch;
  const next: DelegationInput = { ...before, ...changes };
  // A new country without new names takes the new country's names.
  if (changes.country !== undefined && changes.country !== before.country) {
    if (changes.nameVi === undefined) next.nameVi = null;
    if (changes.nameEn === undefined) next.nameEn = null;
  }
  const names = delegationNames(next);
  if (next.headDelegateId) {
    const [h] = await ctx.db
      .select({ id: delegates.id })
      .from(delegates)
      .where(and(eq(delegates.id, next.headDelegateId), eq(delegates.delegationId, delegationId)));
    if (!h) throw meetingErrors.HEAD_NOT_IN_DELEGATION();
  }
  await ctx.db.transaction(async (tx) => {
    await checkCountryFree(tx, meetingId, next.country ?? null, delegationId);
    const updated = await tx
      .update(delegations)
      .set({
        country: next.country ?? null,
        ...names,
        category: next.category,
        headDelegateId: next.headDelegateId ?? null,
        contactName: orNull(next.contactName),
        contactEmail: orNull(next.contactEmail),
        searchText: delegationSearchText({ ...names, country: next.country ?? null }),
        version: sql`${delegations.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(delegations.id, delegationId), eq(delegations.version, version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, {
      action: "delegation.update",
      entity: "delegation",
      entityId: delegationId,
      before,
      after: updated[0],
    });
  });
  return getDelegation(ctx, actor, meetingId, delegationId);
}

/** Deletes a delegation that has no delegates left (ICD, registration managers). */
export async function deleteDelegation(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  version: number,
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  const before = await requireDelegation(ctx.db, perms, delegationId);
  await ctx.db.transaction(async (tx) => {
    const [n] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(delegates)
      .where(eq(delegates.delegationId, delegationId));
    if (Number(n?.n ?? 0) > 0) throw meetingErrors.DELEGATION_HAS_DELEGATES({ count: Number(n?.n) });
    const gone = await tx
      .delete(delegations)
      .where(and(eq(delegations.id, delegationId), eq(delegations.version, version)))
      .returning({ id: delegations.id });
    if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await audit(tx, actor, { action: "delegation.delete", entity: "delegation", entityId: delegationId, before });
  });
}

// ---------------------------------------------------------------- delegates

/** Fields whose change sends an accredited (or rejected) delegate back to pending. */
export const identityFields = ["fullName", "nationality", "passportNumber", "passportExpiry", "dateOfBirth"] as const;
/** Personal data: only the `full` view carries it. */
export const personalFields = ["passportNumber", "passportExpiry", "dateOfBirth"] as const;

export interface DelegateInput {
  fullName: string;
  honorific?: string | null;
  gender?: Gender | null;
  position?: string | null;
  organisation?: string | null;
  role?: DelegateRole;
  nationality?: string | null;
  passportNumber?: string | null;
  passportExpiry?: string | null;
  dateOfBirth?: string | null;
  email?: string | null;
  phone?: string | null;
  arrivalDate?: string | null;
  arrivalTime?: string | null;
  arrivalFlight?: string | null;
  arrivalAirport?: string | null;
  departureDate?: string | null;
  departureTime?: string | null;
  departureFlight?: string | null;
  departureAirport?: string | null;
  hotel?: string | null;
  dietary?: string | null;
  accessibility?: string | null;
  sessionIds?: string[];
}

const textFields = [
  "honorific",
  "position",
  "organisation",
  "email",
  "phone",
  "hotel",
  "dietary",
  "accessibility",
] as const;

/** Normalises a delegate's input: upper-case codes, no spaces in passport numbers and flights, "" → null. */
export function normaliseDelegate<T extends Partial<DelegateInput>>(input: T): T {
  const out: Record<string, unknown> = { ...input };
  for (const [k, v] of Object.entries(out)) if (v === "") out[k] = null;
  const up = (k: string, strip = false) => {
    const v = out[k];
    if (typeof v === "string") out[k] = (strip ? v.replace(/\s+/g, "") : v).toUpperCase();
  };
  up("nationality");
  up("passportNumber", true);
  up("arrivalFlight", true);
  up("departureFlight", true);
  up("arrivalAirport");
  up("departureAirport");
  for (const k of ["arrivalTime", "departureTime"]) {
    const v = out[k];
    if (typeof v === "string" && /^\d{2}:\d{2}$/.test(v)) out[k] = `${v}:00`;
  }
  return out as T;
}

/** One problem with one field of a delegate; `message` in both languages for bulk-upload reports. */
export interface FieldProblem {
  field: string;
  code: string;
  status: number;
  message: { vi: string; en: string };
}

const problem = (field: string, e: AppError): FieldProblem => ({
  field,
  code: e.code,
  status: e.status,
  message: { vi: e.localized("vi"), en: e.localized("en") },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const AIRPORT = /^[A-Z]{3}$/;

function realDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** What validation needs from the database, asked once per delegate or once for a whole batch. */
export interface DelegateLookups {
  /** True when another delegate of the meeting already holds this passport number. */
  passportTaken(passportNumber: string): boolean;
  /** True when the id is a session of the meeting. */
  sessionExists(id: string): boolean;
}

/** The checks of `validateDelegateInput` that need no database: every problem, given the lookups' answers. */
export function checkDelegateFields(
  meeting: MeetingRow,
  input: DelegateInput,
  lookups: DelegateLookups,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const invalid = (field: string, rule: Rule = { rule: "invalid" }) =>
    out.push(problem(field, invalidFields([{ field, ...rule }])));
  if (!input.fullName) invalid("fullName", { rule: "required" });
  else if (textLength(input.fullName) > NAME_MAX) invalid("fullName", { rule: "maxLength", limit: NAME_MAX });
  if (input.nationality && !isCountryCode(input.nationality)) {
    out.push(problem("nationality", meetingErrors.COUNTRY_INVALID({ country: input.nationality })));
  }
  for (const f of ["passportExpiry", "dateOfBirth", "arrivalDate", "departureDate"] as const) {
    const v = input[f];
    if (v && !realDate(v)) invalid(f, { rule: "format", format: "date" });
  }
  for (const f of ["arrivalTime", "departureTime"] as const) {
    const v = input[f];
    if (v && !TIME.test(v)) invalid(f, { rule: "format", format: "time" });
  }
  for (const f of ["arrivalAirport", "departureAirport"] as const) {
    const v = input[f];
    if (v && !AIRPORT.test(v))
      invalid(f, {
        rule: "custom",
        text: { vi: "phải là mã sân bay 3 chữ cái (HAN)", en: "must be a 3-letter airport code (HAN)" },
      });
  }
  if (input.email && !EMAIL.test(input.email)) invalid("email", { rule: "format", format: "email" });
  if (input.passportExpiry && realDate(input.passportExpiry) && input.passportExpiry < meeting.endDate) {
    out.push(problem("passportExpiry", meetingErrors.PASSPORT_EXPIRES()));
  }
  if (
    input.dateOfBirth &&
    realDate(input.dateOfBirth) &&
    (input.dateOfBirth >= meeting.startDate || input.dateOfBirth < "1900-01-01")
  ) {
    out.push(problem("dateOfBirth", meetingErrors.BIRTH_DATE_INVALID()));
  }
  if (input.arrivalDate && input.departureDate && realDate(input.arrivalDate) && realDate(input.departureDate)) {
    const a = `${input.arrivalDate}T${input.arrivalTime ?? "00:00:00"}`;
    const d = `${input.departureDate}T${input.departureTime ?? "23:59:59"}`;
    if (d < a) out.push(problem("departureDate", meetingErrors.DEPARTURE_BEFORE_ARRIVAL()));
  }
  if (input.passportNumber && lookups.passportTaken(input.passportNumber)) {
    out.push(problem("passportNumber", meetingErrors.DUPLICATE_PASSPORT({ passportNumber: input.passportNumber })));
  }
  for (const id of new Set(input.sessionIds ?? [])) {
    if (!lookups.sessionExists(id)) out.push(problem("sessionIds", meetingErrors.UNKNOWN_SESSION({ id })));
  }
  return out;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** Passport numbers of `numbers` already held in the meeting (by anyone but `excludeDelegateId`). */
async function takenPassports(db: Executor, meetingId: string, numbers: string[], excludeDelegateId?: string) {
  const taken = new Set<string>();
  const unique = [...new Set(numbers)];
  for (let i = 0; i < unique.length; i += 1000) {
    const where = [eq(delegates.meetingId, meetingId), inArray(delegates.passportNumber, unique.slice(i, i + 1000))];
    if (excludeDelegateId) where.push(ne(delegates.id, excludeDelegateId));
    const rows = await db
      .select({ p: delegates.passportNumber })
      .from(delegates)
      .where(and(...where));
    for (const r of rows) if (r.p) taken.add(r.p);
  }
  return taken;
}

/** Which of `ids` are sessions of the meeting. */
async function knownSessions(db: Executor, meetingId: string, ids: string[]) {
  const valid = [...new Set(ids)].filter((id) => UUID.test(id));
  if (!valid.length) return new Set<string>();
  const found = await db
    .select({ id: meetingSessions.id })
    .from(meetingSessions)
    .where(and(inArray(meetingSessions.id, valid), eq(meetingSessions.meetingId, meetingId)));
  return new Set(found.map((f) => f.id));
}

/** The lookups for many delegates at once: one query for their passports, one for their sessions. */
export async function delegateLookups(
  db: Executor,
  meetingId: string,
  inputs: Pick<DelegateInput, "passportNumber" | "sessionIds">[],
  /** A delegate being edited: its own passport is not "taken". */
  excludeDelegateId?: string,
): Promise<DelegateLookups> {
  const taken = await takenPassports(
    db,
    meetingId,
    inputs.flatMap((i) => (i.passportNumber ? [i.passportNumber] : [])),
    excludeDelegateId,
  );
  const sessions = await knownSessions(
    db,
    meetingId,
    inputs.flatMap((i) => i.sessionIds ?? []),
  );
  return { passportTaken: (p) => taken.has(p), sessionExists: (id) => sessions.has(id) };
}

/**
 * Every check a delegate must pass, for a whole (already normalised) delegate: the routes use it, and bulk upload
 * runs it per row. Returns all problems, not only the first. Reads the database for the passport and sessions.
 */
export async function validateDelegateInput(
  db: Executor,
  meeting: MeetingRow,
  input: DelegateInput,
  opts: { excludeDelegateId?: string } = {},
): Promise<FieldProblem[]> {
  return checkDelegateFields(meeting, input, await delegateLookups(db, meeting.id, [input], opts.excludeDelegateId));
}

/** Throws the first problem, carrying all of them in `details`. */
function throwProblems(problems: FieldProblem[]): void {
  const first = problems[0];
  if (!first) return;
  const err = new AppError(
    first.code,
    { status: first.status, ...first.message },
    {},
    problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
  );
  throw err;
}

function rowValues(input: DelegateInput) {
  const v: Record<string, unknown> = {};
  for (const f of textFields) if (input[f] !== undefined) v[f] = orNull(input[f]);
  for (const f of [
    "fullName",
    "gender",
    "role",
    "nationality",
    "passportNumber",
    "passportExpiry",
    "dateOfBirth",
    "arrivalDate",
    "arrivalTime",
    "arrivalFlight",
    "arrivalAirport",
    "departureDate",
    "departureTime",
    "departureFlight",
    "departureAirport",
  ] as const) {
    if (input[f] !== undefined) v[f] = input[f] ?? null;
  }
  return v as Partial<typeof delegates.$inferInsert>;
}

async function setSessions(tx: Tx, delegateId: string, sessionIds: string[] | undefined) {
  if (!sessionIds) return;
  await tx.delete(delegateSessions).where(eq(delegateSessions.delegateId, delegateId));
  const unique = [...new Set(sessionIds)];
  if (unique.length) await tx.insert(delegateSessions).values(unique.map((sessionId) => ({ delegateId, sessionId })));
}

/**
 * Inserts a delegate (no permission check: the caller has checked). Validates first and writes nothing on a
 * problem; audits in the caller's transaction.
 */
export async function insertDelegateTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meeting: MeetingRow,
  delegationId: string,
  raw: DelegateInput,
  opts: { sample?: boolean } = {},
): Promise<DelegateRow> {
  try {
    const [row] = await insertDelegatesTx(tx, actor, meeting, delegationId, [raw], opts);
    return row!;
  } catch (e) {
    // One delegate: its problems as they are, not as "delegate 1 of a batch".
    if (e instanceof DelegateBatchError) throw e.error;
    throw e;
  }
}

/** A delegate of a batch failed validation: which one (0-based), and the problem as `insertDelegateTx` throws it. */
export class DelegateBatchError extends Error {
  constructor(
    readonly index: number,
    readonly error: AppError,
  ) {
    super(`delegate ${index + 1}: ${error.code}`);
  }
}

/**
 * Inserts many delegates at once (bulk upload): the same checks as `insertDelegateTx`, with the passports and sessions
 * read in one query each instead of per delegate, rows written in chunks, and one audit row per delegate written in
 * chunks too — all in the caller's transaction. A problem throws `DelegateBatchError` before anything is written.
 */
export async function insertDelegatesTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name"> | null,
  meeting: MeetingRow,
  delegationId: string,
  raws: DelegateInput[],
  opts: { sample?: boolean } = {},
): Promise<DelegateRow[]> {
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const inputs = raws.map((r) => normaliseDelegate(r));
  const lookups = await delegateLookups(tx, meeting.id, inputs);
  const inBatch = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    const problems = checkDelegateFields(meeting, input, {
      passportTaken: (p) => lookups.passportTaken(p) || inBatch.has(p),
      sessionExists: (id) => lookups.sessionExists(id),
    });
    try {
      throwProblems(problems);
    } catch (e) {
      throw new DelegateBatchError(index, e as AppError);
    }
    if (input.passportNumber) inBatch.add(input.passportNumber);
  }
  const values = inputs.map((input) => ({
    ...rowValues(input),
    id: crypto.randomUUID(),
    meetingId: meeting.id,
    delegationId,
    fullName: input.fullName,
    role: input.role ?? "member",
    sample: opts.sample ?? false,
    searchText: delegateSearchText(input),
  }));
  const rows: DelegateRow[] = [];
  for (let i = 0; i < values.length; i += 500) {
    rows.push(
      ...(await tx
        .insert(delegates)
        .values(values.slice(i, i + 500))
        .returning()),
    );
  }
  const links = inputs.flatMap((input, i) =>
    [...new Set(input.sessionIds ?? [])].map((sessionId) => ({ delegateId: values[i]!.id, sessionId })),
  );
  for (let i = 0; i < links.length; i += 2000) await tx.insert(delegateSessions).values(links.slice(i, i + 2000));
  const byId = new Map(rows.map((r) => [r.id, r]));
  await auditMany(
    tx,
    actor,
    values.map((v, i) => ({
      action: "delegate.create",
      entity: "delegate",
      entityId: v.id,
      after: { ...byId.get(v.id), sessionIds: inputs[i]!.sessionIds ?? [] },
    })),
  );
  return values.map((v) => byId.get(v.id)!);
}

/**
 * Updates a delegate (no permission check). Stale `version` → 409. A change of identity fields of an accredited or
 * rejected delegate sends them back to pending.
 */
export async function updateDelegateTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meeting: MeetingRow,
  delegateId: string,
  version: number,
  rawPatch: Partial<DelegateInput>,
): Promise<DelegateRow> {
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  const [before] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meeting.id)));
  if (!before) throw meetingErrors.DELEGATE_NOT_FOUND();
  const patch = normaliseDelegate(rawPatch);
  const beforeSessions = (
    await tx.select().from(delegateSessions).where(eq(delegateSessions.delegateId, delegateId))
  ).map((s) => s.sessionId);
  const next = { ...(before as DelegateInput), sessionIds: beforeSessions, ...patch } as DelegateInput;
  throwProblems(await validateDelegateInput(tx, meeting, next, { excludeDelegateId: delegateId }));
  const identityChanged = identityFields.some((f) => patch[f] !== undefined && (patch[f] ?? null) !== before[f]);
  const backToPending = identityChanged && before.accreditationStatus !== "pending";
  const [row] = await tx
    .update(delegates)
    .set({
      ...rowValues(patch as DelegateInput),
      searchText: delegateSearchText(next),
      ...(backToPending
        ? { accreditationStatus: "pending" as const, accreditationReason: null, accreditedAt: null, accreditedBy: null }
        : {}),
      version: sql`${delegates.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(delegates.id, delegateId), eq(delegates.version, version)))
    .returning();
  if (!row) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
  await setSessions(tx, delegateId, patch.sessionIds);
  await audit(tx, actor, {
    action: "delegate.update",
    entity: "delegate",
    entityId: delegateId,
    before: { ...before, sessionIds: beforeSessions },
    after: { ...row, sessionIds: patch.sessionIds ?? beforeSessions },
  });
  return row;
}

/** Deletes a delegate (no permission check); clears the delegation's head when it was them. */
export async function deleteDelegateTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meetingId: string,
  delegateId: string,
  version: number,
): Promise<void> {
  const [before] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meetingId)));
  if (!before) throw meetingErrors.DELEGATE_NOT_FOUND();
  await tx.update(delegations).set({ headDelegateId: null }).where(eq(delegations.headDelegateId, delegateId));
  const gone = await tx
    .delete(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.version, version)))
    .returning({ id: delegates.id });
  if (!gone.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
  await audit(tx, actor, { action: "delegate.delete", entity: "delegate", entityId: delegateId, before });
}

/** Accredits or rejects a delegate (no permission check); a rejection needs a reason. Stale version → 409. */
export async function setAccreditationTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meetingId: string,
  delegateId: string,
  version: number,
  status: AccreditationStatus,
  reason: string | null,
): Promise<DelegateRow> {
  if (status === "rejected" && !reason) {
    throw invalidFields([{ field: "reason", rule: "required" }]);
  }
  const [before] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meetingId)));
  if (!before) throw meetingErrors.DELEGATE_NOT_FOUND();
  const [row] = await tx
    .update(delegates)
    .set({
      accreditationStatus: status,
      accreditationReason: status === "pending" ? null : reason,
      accreditedAt: status === "pending" ? null : new Date(),
      accreditedBy: status === "pending" ? null : actor.id,
      version: sql`${delegates.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(delegates.id, delegateId), eq(delegates.version, version)))
    .returning();
  if (!row) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
  await audit(tx, actor, {
    action: `delegate.${status === "pending" ? "reset" : status === "accredited" ? "accredit" : "reject"}`,
    entity: "delegate",
    entityId: delegateId,
    before: { accreditationStatus: before.accreditationStatus, accreditationReason: before.accreditationReason },
    after: { accreditationStatus: row.accreditationStatus, accreditationReason: row.accreditationReason },
  });
  return row;
}

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

function photoType(bytes: Buffer): "image/jpeg" | "image/png" | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return "image/png";
  }
  return null;
}

/**
 * Stores a delegate's photo (no permission check). JPEG or PNG by their bytes, at most 2 MB. A new photo is an
 * identity change: an accredited delegate goes back to pending.
 */
export async function setDelegatePhotoTx(
  tx: Tx,
  actor: Pick<Actor, "id" | "name">,
  meetingId: string,
  delegateId: string,
  bytes: Buffer,
): Promise<{ etag: string; contentType: string }> {
  const contentType = photoType(bytes);
  if (!contentType || bytes.length > PHOTO_MAX_BYTES) {
    throw meetingErrors.PHOTO_INVALID({ maxKb: PHOTO_MAX_BYTES / 1024 });
  }
  const [d] = await tx
    .select()
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.meetingId, meetingId)));
  if (!d) throw meetingErrors.DELEGATE_NOT_FOUND();
  const etag = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  await tx.delete(delegatePhotos).where(eq(delegatePhotos.delegateId, delegateId));
  await tx.insert(delegatePhotos).values({ delegateId, contentType, bytes, size: bytes.length, etag });
  await tx
    .update(delegates)
    .set({
      ...(d.accreditationStatus !== "pending"
        ? { accreditationStatus: "pending" as const, accreditationReason: null, accreditedAt: null, accreditedBy: null }
        : {}),
      version: sql`${delegates.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(delegates.id, delegateId));
  await audit(tx, actor, {
    action: "delegate.photo",
    entity: "delegate",
    entityId: delegateId,
    after: { contentType, size: bytes.length, etag },
  });
  return { etag, contentType };
}

/** A delegate's photo bytes, or null (no permission check). */
export async function getDelegatePhoto(db: Executor, delegateId: string) {
  const [p] = await db.select().from(delegatePhotos).where(eq(delegatePhotos.delegateId, delegateId));
  return p ? { contentType: p.contentType, bytes: p.bytes, etag: p.etag } : null;
}

/** Delegate rows (no photo bytes) with their session ids and photo etag, unchecked. */
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
    .where(and(...where));
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
  for (const s of ss) byDelegate.set(s.delegateId, [...(byDelegate.get(s.delegateId) ?? []), s.sessionId]);
  return rows
    .map((r) => ({ row: r.d, photoEtag: r.photoEtag, sessionIds: byDelegate.get(r.d.id) ?? [] }))
    .sort((a, b) => compareViNames(a.row.fullName, b.row.fullName));
}

/**
 * The API shape of a delegate for a reader's view. `badge` carries only the name, photo and delegation;
 * `standard` leaves out the passport and the date of birth (null); `full` carries everything.
 * Always send delegates out through this.
 */
export function presentDelegate(
  d: { row: DelegateRow; photoEtag: string | null; sessionIds: string[] },
  view: DelegateView,
) {
  const r = d.row;
  const photoUrl = d.photoEtag
    ? `/api/meetings/${r.meetingId}/delegations/${r.delegationId}/delegates/${r.id}/photo?v=${d.photoEtag}`
    : null;
  const base = { id: r.id, meetingId: r.meetingId, delegationId: r.delegationId, fullName: r.fullName, photoUrl };
  if (view === "badge") return base;
  const time = (t: string | null) => (t ? t.slice(0, 5) : null);
  return {
    ...base,
    honorific: r.honorific,
    gender: r.gender,
    position: r.position,
    organisation: r.organisation,
    role: r.role,
    nationality: r.nationality,
    passportNumber: view === "full" ? r.passportNumber : null,
    passportExpiry: view === "full" ? r.passportExpiry : null,
    dateOfBirth: view === "full" ? r.dateOfBirth : null,
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
    accreditationStatus: r.accreditationStatus,
    accreditationReason: r.accreditationReason,
    sample: r.sample,
    sessionIds: d.sessionIds,
    version: r.version,
  };
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
 * order is the application's (`compareViNames`), which SQL cannot sort by, so the matching ids and names are read
 * and sorted here (a few milliseconds for 5,000), and only the page's rows are loaded in full.
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
  const matching = await db
    .select({ id: delegates.id, name: delegates.fullName })
    .from(delegates)
    .leftJoin(delegatePhotos, eq(delegatePhotos.delegateId, delegates.id))
    .where(and(...where));
  matching.sort((a, b) => compareViNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const offset = q.offset ?? 0;
  const limit = Math.min(q.limit ?? DELEGATE_PAGE_MAX, DELEGATE_PAGE_MAX);
  const ids = matching.slice(offset, offset + limit).map((r) => r.id);
  const rows = ids.length ? await listDelegateRows(db, { meetingId, ids }) : [];
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total: matching.length };
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
export async function listDelegates(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  query: Omit<DelegateListQuery, "delegationId"> = {},
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  await requireDelegation(ctx.db, perms, delegationId);
  const view = delegateViewFor(perms, delegationId);
  ensure(view !== null);
  // The badge view carries no accreditation status; filtering by it would tell it.
  ensure(view !== "badge" || !query.status);
  const { rows, total } = await pageDelegateRows(ctx.db, meetingId, { ...query, delegationId });
  await auditDelegateRead(
    ctx.db,
    actor,
    { entity: "delegation", id: delegationId },
    view,
    rows.map((r) => r.row.id),
  );
  return { delegates: rows.map((r) => presentDelegate(r, view)), total };
}

/** A page of everyone registered for the meeting, across delegations (host roles only), searched and filtered. */
export async function searchMeetingDelegates(ctx: Ctx, actor: Actor, meetingId: string, query: DelegateListQuery = {}) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  const view = perms.delegateView;
  ensure(perms.allDelegations && view !== null);
  ensure(view !== "badge" || !query.status);
  if (query.delegationId) await requireDelegation(ctx.db, perms, query.delegationId);
  const { rows, total } = await pageDelegateRows(ctx.db, meetingId, query);
  const ids = rows.map((r) => r.row.id);
  await auditDelegateRead(ctx.db, actor, { entity: "meeting", id: meetingId }, view, ids);
  return { delegates: rows.map((r) => presentDelegate(r, view)), total };
}

async function oneDelegate(ctx: Ctx, perms: MeetingPermissions, delegationId: string, delegateId: string) {
  const [r] = await listDelegateRows(ctx.db, { meetingId: perms.meetingId, delegationId, ids: [delegateId] });
  if (!r) throw meetingErrors.DELEGATE_NOT_FOUND();
  return presentDelegate(r, delegateViewFor(perms, delegationId)!);
}

/** One delegate as the actor may see them. */
export async function getDelegate(ctx: Ctx, actor: Actor, meetingId: string, delegationId: string, delegateId: string) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  await requireDelegation(ctx.db, perms, delegationId);
  const view = delegateViewFor(perms, delegationId);
  ensure(view !== null);
  const shown = await oneDelegate(ctx, perms, delegationId, delegateId);
  await auditDelegateRead(ctx.db, actor, { entity: "delegate", id: delegateId }, view!, [delegateId]);
  return shown;
}

/** Adds a delegate to a delegation (ICD, registration managers). */
export async function createDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  input: DelegateInput,
) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  await requireDelegation(ctx.db, perms, delegationId);
  const row = await ctx.db.transaction((tx) => insertDelegateTx(tx, actor, meeting, delegationId, input));
  return oneDelegate(ctx, perms, delegationId, row.id);
}

/** Edits a delegate (ICD, registration managers); send the version you read. */
export async function updateDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  patch: Partial<DelegateInput> & { version: number },
) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  await requireDelegation(ctx.db, perms, delegationId);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  const { version, ...changes } = patch;
  await ctx.db.transaction((tx) => updateDelegateTx(tx, actor, meeting, delegateId, version, changes));
  return oneDelegate(ctx, perms, delegationId, delegateId);
}

async function assertInDelegation(db: Executor, delegationId: string, delegateId: string) {
  const [d] = await db
    .select({ id: delegates.id })
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.delegationId, delegationId)));
  if (!d) throw meetingErrors.DELEGATE_NOT_FOUND();
}

/** Removes a delegate (ICD, registration managers). */
export async function deleteDelegate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  version: number,
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  await requireDelegation(ctx.db, perms, delegationId);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  await ctx.db.transaction((tx) => deleteDelegateTx(tx, actor, meetingId, delegateId, version));
}

/** The photo of a delegate, for anyone who may see the delegate (the door included). */
export async function readDelegatePhoto(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
) {
  const { perms } = await requireMeeting(ctx.db, actor, meetingId);
  await requireDelegation(ctx.db, perms, delegationId);
  ensure(delegateViewFor(perms, delegationId) !== null);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  const p = await getDelegatePhoto(ctx.db, delegateId);
  if (!p) throw meetingErrors.PHOTO_NOT_FOUND();
  return p;
}

/** Uploads a delegate's photo (ICD, registration managers). */
export async function uploadDelegatePhoto(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  delegateId: string,
  bytes: Buffer,
) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  if (meeting.purgedAt) throw meetingErrors.MEETING_PURGED();
  await requireDelegation(ctx.db, perms, delegationId);
  await assertInDelegation(ctx.db, delegationId, delegateId);
  await ctx.db.transaction((tx) => setDelegatePhotoTx(tx, actor, meetingId, delegateId, bytes));
  return oneDelegate(ctx, perms, delegationId, delegateId);
}
