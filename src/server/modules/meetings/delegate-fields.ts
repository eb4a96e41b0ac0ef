/** A delegate's input: normalised, and checked field by field (alone, or for a whole batch with one lookup). */
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { AppError } from "../../http/errors.js";
import { NAME_MAX, textLength } from "../../../shared/text.js";
import { invalidFields, type Rule } from "../../http/validation.js";
import { isCountryCode } from "../../../shared/countries.js";
import { delegates, meetingSessions } from "./schema.js";
import type { DelegateInput } from "../../../shared/schemas/meetings.js";
import { meetingErrors } from "./errors.js";
import type { MeetingRow } from "./policy.js";

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

/** The error of the first problem, carrying all of them in `details`; null when there is none. */
export function problemsError(problems: FieldProblem[]): AppError | null {
  const first = problems[0];
  if (!first) return null;
  return new AppError(
    first.code,
    { status: first.status, ...first.message },
    {},
    problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
  );
}

/** Throws the first problem, carrying all of them in `details`. */
export function throwProblems(problems: FieldProblem[]): void {
  const err = problemsError(problems);
  if (err) throw err;
}
