/**
 * One uploaded row: cell text → a delegate's input, and every problem with it — the cell-level ones (missing name,
 * bad date, unknown role, unknown session column, photo missing or too large) and the meetings core's own checks
 * (passport expiring, duplicate passport within the meeting…). Duplicates within the file are found across rows.
 */
import type { Executor } from "../../db/client.js";
import { cleanText, textLength } from "../../../shared/text.js";
import type { AppError } from "../../http/errors.js";
import {
  checkDelegateFields,
  delegateLookups,
  normaliseDelegate,
  PHOTO_MAX_BYTES,
  type DelegateInput,
} from "../meetings/delegates.js";
import type { MeetingRow } from "../meetings/policy.js";
import { registrationErrors } from "./errors.js";
import {
  columnByKey,
  columns,
  genderChoices,
  roleChoices,
  parseCountry,
  parseDate,
  parseGender,
  parseRole,
  parseTime,
  type ImportField,
} from "./spreadsheet.js";

export interface RowProblem {
  /** The field (column) the problem is about, or `sessions`, `photo`, `row`. */
  field: string;
  code: string;
  message: { vi: string; en: string };
}

/** Why an upload's file could not be read (an import's `error`). */
export interface ImportFailure {
  code: string;
  message: { vi: string; en: string };
}

/** A row of an upload as it waits for confirmation. */
export interface ImportRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
  sessionIds: string[];
  /** Headers of marked session columns that the meeting does not have. */
  unknownSessions: string[];
  dropped: boolean;
  /** The row's own problems (duplicates within the file are added when the rows are presented). */
  problems: RowProblem[];
}

export interface RowContext {
  meeting: MeetingRow;
  /** The delegation's country: a blank nationality takes it. */
  country: string | null;
  /** Uploaded photos by lower-case file name. */
  photos: Map<string, { size: number; contentType: string | null }>;
}

/** The same problem in both languages, each naming the column in its own language. */
function bilingual(
  make: (p: Record<string, unknown>) => AppError,
  params: Record<string, unknown>,
  field?: ImportField,
) {
  const col = field ? columnByKey.get(field) : undefined;
  const inLang = (lang: "vi" | "en") => {
    const out: Record<string, unknown> = { column: col?.[lang] ?? "" };
    for (const [k, v] of Object.entries(params)) {
      out[k] = v && typeof v === "object" && "vi" in v && "en" in v ? v[lang] : v;
    }
    return out;
  };
  return {
    code: make({}).code,
    message: { vi: make(inLang("vi")).localized("vi"), en: make(inLang("en")).localized("en") },
  };
}

/** An uploaded photo's key: its file name without any folder, in lower case. */
export const photoKey = (name: string) =>
  cleanText(name, "name")
    .replace(/^[\s\S]*[\\/]/, "")
    .toLowerCase();

/** Cell text → the delegate's input, with the problems found in the cells themselves. */
export function rowToInput(row: Pick<ImportRow, "values" | "sessionIds">, ctx: RowContext) {
  const problems: RowProblem[] = [];
  const v = row.values;
  const input: Record<string, unknown> = { sessionIds: [...row.sessionIds] };
  for (const c of columns) {
    const raw = (v[c.key] ?? "").trim();
    if (c.key === "photo") continue;
    if (!raw) {
      if (c.required) problems.push({ field: c.key, ...bilingual(registrationErrors.CELL_REQUIRED, {}, c.key) });
      else if (c.key === "nationality" && ctx.country) input.nationality = ctx.country;
      else input[c.key] = null;
      continue;
    }
    if (textLength(raw) > c.max) {
      problems.push({ field: c.key, ...bilingual(registrationErrors.CELL_TOO_LONG, { max: c.max }, c.key) });
      continue;
    }
    const bad = (make: (p: Record<string, unknown>) => AppError, extra: Record<string, unknown> = {}) =>
      problems.push({ field: c.key, ...bilingual(make, { value: raw, ...extra }, c.key) });
    switch (c.kind) {
      case "date": {
        const d = parseDate(raw);
        if (d) input[c.key] = d;
        else bad(registrationErrors.CELL_DATE_INVALID);
        break;
      }
      case "time": {
        const t = parseTime(raw);
        if (t) input[c.key] = t;
        else bad(registrationErrors.CELL_TIME_INVALID);
        break;
      }
      case "gender": {
        const g = parseGender(raw);
        if (g) input[c.key] = g;
        else bad(registrationErrors.CELL_CHOICE_INVALID, { choices: genderChoices });
        break;
      }
      case "role": {
        const r = parseRole(raw);
        if (r) input[c.key] = r;
        else bad(registrationErrors.CELL_CHOICE_INVALID, { choices: roleChoices });
        break;
      }
      case "country": {
        const code = parseCountry(raw);
        if (code) input[c.key] = code;
        else bad(registrationErrors.CELL_COUNTRY_INVALID);
        break;
      }
      case "text":
      case "code3":
        input[c.key] = raw;
    }
  }
  return { input: normaliseDelegate(input as unknown as DelegateInput), problems };
}

function photoProblems(row: ImportRow, ctx: RowContext): RowProblem[] {
  const name = row.values.photo?.trim();
  if (!name) return [];
  const p = ctx.photos.get(photoKey(name));
  if (!p) return [{ field: "photo", ...bilingual(registrationErrors.PHOTO_FILE_MISSING, { name }) }];
  if (!p.contentType) return [{ field: "photo", ...bilingual(registrationErrors.PHOTO_NOT_IMAGE, { name }) }];
  if (p.size > PHOTO_MAX_BYTES) {
    const sizeKb = Math.ceil(p.size / 1024);
    return [
      {
        field: "photo",
        ...bilingual(registrationErrors.PHOTO_TOO_LARGE, { name, sizeKb, maxKb: PHOTO_MAX_BYTES / 1024 }),
      },
    ];
  }
  return [];
}

/**
 * Every problem of one row, except duplicates within the file: its cells, its session columns, its photo, and the
 * meetings core's checks (which read the database: duplicate passport within the meeting, sessions).
 */
/**
 * Checks each row again (see the file's comment) and sets its `problems`. The database is read once for all the rows
 * (their passports and sessions), so checking 5,000 rows costs two queries, not two per row.
 */
export async function checkRows(db: Executor, rows: ImportRow[], ctx: RowContext): Promise<void> {
  const parsed = rows.map((row) => ({ row, ...rowToInput(row, ctx) }));
  const lookups = await delegateLookups(
    db,
    ctx.meeting.id,
    parsed.map((p) => p.input),
  );
  for (const { row, input, problems } of parsed) {
    for (const label of row.unknownSessions) {
      problems.push({ field: "sessions", ...bilingual(registrationErrors.UNKNOWN_SESSION_COLUMN, { column: label }) });
    }
    problems.push(...photoProblems(row, ctx));
    const failed = new Set(problems.map((p) => p.field));
    // The core's checks on what did parse; a field that failed to parse is already reported.
    const core = checkDelegateFields(ctx.meeting, { ...input, fullName: input.fullName ?? "" }, lookups);
    for (const p of core) {
      if (failed.has(p.field)) continue;
      problems.push({ field: p.field, code: p.code, message: p.message });
    }
    row.problems = problems;
  }
}

/** Passport numbers repeated within the file (rows not dropped): a problem for every row that shares one. */
export function fileDuplicates(rows: ImportRow[]): Map<number, RowProblem> {
  const byPassport = new Map<string, number[]>();
  for (const r of rows) {
    if (r.dropped) continue;
    const p = r.values.passportNumber?.replace(/\s+/g, "").toUpperCase();
    if (!p) continue;
    byPassport.set(p, [...(byPassport.get(p) ?? []), r.row]);
  }
  const out = new Map<number, RowProblem>();
  for (const [passportNumber, at] of byPassport) {
    if (at.length < 2) continue;
    const params = { passportNumber, rows: at.join(", ") };
    for (const row of at) {
      out.set(row, {
        field: "passportNumber",
        code: "DUPLICATE_IN_FILE",
        message: {
          vi: registrationErrors.DUPLICATE_IN_FILE(params).localized("vi"),
          en: registrationErrors.DUPLICATE_IN_FILE(params).localized("en"),
        },
      });
    }
  }
  return out;
}

/** A row's problems including duplicates within the file. */
export function allProblems(row: ImportRow, dups: Map<number, RowProblem>): RowProblem[] {
  const d = dups.get(row.row);
  return d ? [...row.problems, d] : row.problems;
}
