/**
 * The delegation spreadsheet: the template a contact downloads (xlsx, with English headers, a Vietnamese second
 * header row, drop-down lists and an instructions sheet), and reading a filled-in file back (xlsx or CSV) into
 * rows of cell text. Turning cell text into a delegate, and judging it, is in `rows.ts`.
 */
import type ExcelJS from "exceljs";
import { newWorkbook } from "../../lib/excel.js";
import { safeCell, safeWorkbook } from "../../lib/safeCell.js";
import countries from "i18n-iso-countries";
import { NAME_MAX, cleanText, fold, textKindOf } from "../../../shared/text.js";
import { countryName } from "../../../shared/countries.js";
import { importFields, type ImportField } from "../../../shared/personalData.js";
import { delegateRoles, genders, type DelegateRole, type Gender } from "../meetings/schema.js";
import { delegateRoleWords, genderWords, type Words } from "../../../shared/vocabulary.js";

// The template's columns are the delegate's fields and its photo, listed once (src/shared/personalData.ts).
export { importFields, type ImportField };

export type ColumnKind = "text" | "date" | "time" | "gender" | "role" | "country" | "code3";

export interface ColumnDef {
  key: ImportField;
  en: string;
  vi: string;
  kind: ColumnKind;
  max: number;
  width: number;
  required?: boolean;
}

/** The template's columns in order. Headers are matched without diacritics, case or a trailing "*". */
export const columns: ColumnDef[] = [
  {
    key: "fullName",
    en: "Full name (as in passport)",
    vi: "Họ và tên (như hộ chiếu)",
    kind: "text",
    max: NAME_MAX,
    width: 30,
    required: true,
  },
  { key: "honorific", en: "Honorific", vi: "Danh xưng", kind: "text", max: 50, width: 12 },
  { key: "gender", en: "Gender", vi: "Giới tính", kind: "gender", max: 20, width: 10 },
  { key: "position", en: "Position", vi: "Chức vụ", kind: "text", max: 300, width: 30 },
  { key: "organisation", en: "Organisation", vi: "Cơ quan", kind: "text", max: 300, width: 30 },
  { key: "role", en: "Role in delegation", vi: "Vai trò trong đoàn", kind: "role", max: 50, width: 20 },
  { key: "nationality", en: "Nationality (ISO code)", vi: "Quốc tịch (mã ISO)", kind: "country", max: 60, width: 12 },
  { key: "passportNumber", en: "Passport number", vi: "Số hộ chiếu", kind: "text", max: 20, width: 16 },
  { key: "passportExpiry", en: "Passport expiry", vi: "Ngày hết hạn hộ chiếu", kind: "date", max: 20, width: 14 },
  { key: "dateOfBirth", en: "Date of birth", vi: "Ngày sinh", kind: "date", max: 20, width: 14 },
  { key: "email", en: "E-mail", vi: "Thư điện tử", kind: "text", max: 320, width: 26 },
  { key: "phone", en: "Phone", vi: "Điện thoại", kind: "text", max: 50, width: 16 },
  { key: "arrivalDate", en: "Arrival date", vi: "Ngày đến", kind: "date", max: 20, width: 14 },
  { key: "arrivalTime", en: "Arrival time", vi: "Giờ đến", kind: "time", max: 10, width: 10 },
  { key: "arrivalFlight", en: "Arrival flight", vi: "Chuyến bay đến", kind: "text", max: 20, width: 12 },
  { key: "arrivalAirport", en: "Arrival airport", vi: "Sân bay đến", kind: "code3", max: 3, width: 10 },
  { key: "departureDate", en: "Departure date", vi: "Ngày đi", kind: "date", max: 20, width: 14 },
  { key: "departureTime", en: "Departure time", vi: "Giờ đi", kind: "time", max: 10, width: 10 },
  { key: "departureFlight", en: "Departure flight", vi: "Chuyến bay đi", kind: "text", max: 20, width: 12 },
  { key: "departureAirport", en: "Departure airport", vi: "Sân bay đi", kind: "code3", max: 3, width: 10 },
  { key: "hotel", en: "Hotel", vi: "Khách sạn", kind: "text", max: 300, width: 24 },
  { key: "dietary", en: "Dietary needs", vi: "Yêu cầu ăn uống", kind: "text", max: 500, width: 20 },
  { key: "accessibility", en: "Accessibility needs", vi: "Hỗ trợ tiếp cận", kind: "text", max: 500, width: 20 },
  { key: "photo", en: "Photo file name", vi: "Tên tệp ảnh", kind: "text", max: 200, width: 20 },
];
export const columnByKey = new Map(columns.map((c) => [c.key, c]));

/** Roles and genders as the template and its lists name them: the one vocabulary (`src/shared/vocabulary.ts`). */
export const roleLabels: Record<DelegateRole, Words> = delegateRoleWords;
export const genderLabels: Record<Gender, Words> = genderWords;
/** Words earlier templates used for a role, still read in uploaded files. */
const formerRoleWords: [string, DelegateRole][] = [
  ["Trưởng đoàn thay thế", "alternate_head"],
  ["Trưởng đoàn SOM", "som_leader"],
];

const choices = (labels: Record<string, { en: string; vi: string }>) => ({
  en: Object.values(labels)
    .map((l) => l.en)
    .join(", "),
  vi: Object.values(labels)
    .map((l) => l.vi)
    .join(", "),
});
export const roleChoices = choices(roleLabels);
export const genderChoices = choices(genderLabels);

/** A session as the template shows it: `ref` is the first 8 hex digits of its id, written in the header. */
export interface TemplateSession {
  id: string;
  titleEn: string;
  titleVi: string;
  /** ISO 8601 with the meeting's offset. */
  start: string;
}

export const sessionRef = (id: string) => id.replace(/-/g, "").slice(0, 8).toLowerCase();
const SESSION_REF = /\[#([0-9a-f]{8})\]/i;
/** What a session cell holds when the delegate attends. */
const YES = new Set(["yes", "y", "x", "1", "true", "co", "v", "✓", "✔"]);
export const isYes = (v: string) => YES.has(fold(v).trim());

const key = (s: string) =>
  fold(s)
    .replace(/\*/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const headerIndex = new Map<string, ImportField>();
for (const c of columns) {
  headerIndex.set(key(c.en), c.key);
  headerIndex.set(key(c.vi), c.key);
  headerIndex.set(key(c.key), c.key);
}
// Short forms people write by hand.
for (const [alias, field] of [
  ["name", "fullName"],
  ["full name", "fullName"],
  ["ho ten", "fullName"],
  ["passport no", "passportNumber"],
  ["passport", "passportNumber"],
  ["nationality", "nationality"],
  ["email", "email"],
  ["photo", "photo"],
  ["role", "role"],
  ["dob", "dateOfBirth"],
] as const) {
  headerIndex.set(alias, field);
}

/** Which field a choice cell names: the code, or the English or Vietnamese label, ignoring case and diacritics. */
function choiceIndex<T extends string>(codes: readonly T[], labels: Record<T, { en: string; vi: string }>) {
  const m = new Map<string, T>();
  for (const code of codes) {
    const l = labels[code];
    m.set(key(code), code);
    m.set(key(l.en), code);
    m.set(key(l.vi), code);
  }
  return m;
}
const roleIndex = choiceIndex(delegateRoles, roleLabels);
for (const [words, role] of formerRoleWords) roleIndex.set(key(words), role);
const genderIndex = choiceIndex(genders, genderLabels);
genderIndex.set("f", "female");
genderIndex.set("m", "male");

export const parseRole = (v: string): DelegateRole | null => roleIndex.get(key(v)) ?? null;
export const parseGender = (v: string): Gender | null => genderIndex.get(key(v)) ?? null;

/** An ISO 3166-1 alpha-3 code from a code or an English or Vietnamese country name; null when unknown. */
export function parseCountry(v: string): string | null {
  const s = v.trim();
  if (/^[A-Za-z]{3}$/.test(s) && countries.isValid(s.toUpperCase())) return s.toUpperCase();
  const a3 = countries.getAlpha3Code(s, "en") ?? countries.getAlpha3Code(s, "vi");
  return a3 ?? null;
}

const realDate = (y: number, m: number, d: number) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
};
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A calendar date from cell text: `dd/mm/yyyy` (also with `.` or `-`), `yyyy-mm-dd`, or an Excel serial day number.
 * Returns `yyyy-mm-dd`, or null when it is not a real date. Day first, always: 05/08/2022 is 5 August.
 */
export function parseDate(v: string): string | null {
  const s = v.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T00:00(?::00(?:\.000)?)?Z?)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return realDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return realDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  if (/^\d{4,6}(\.0+)?$/.test(s)) return excelSerialDate(Number(s));
  return null;
}

/** Excel's day number (1900 system: day 1 = 1900-01-01, with its phantom 29 Feb 1900) as `yyyy-mm-dd`. */
export function excelSerialDate(n: number): string | null {
  if (!Number.isFinite(n) || n < 61 || n > 2958465) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(n) * 86400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A time of day from `hh:mm` (also `hh.mm`, `hhmm`, `14h20`), or an Excel day fraction; `HH:MM` or null. */
export function parseTime(v: string): string | null {
  const s = v.trim();
  const m = /^(\d{1,2})[:h.]?(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m) {
    const [h, mi] = [Number(m[1]), Number(m[2])];
    return h < 24 && mi < 60 ? `${pad(h)}:${pad(mi)}` : null;
  }
  if (/^0?\.\d+$/.test(s)) {
    const minutes = Math.round(Number(s) * 1440);
    return minutes < 1440 ? `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` : null;
  }
  return null;
}

// ------------------------------------------------------------------------------------------------ reading files

/** One data row of a file as cell text, with the session columns it marks. */
export interface RawRow {
  /** The row's number as the spreadsheet shows it (1-based, headers included). */
  row: number;
  values: Partial<Record<ImportField, string>>;
  /** Refs (8 hex digits) of the session columns marked "Yes", and the header of each. */
  sessions: { ref: string; label: string }[];
}

export interface ParsedFile {
  rows: RawRow[];
  /** Session columns found, by ref. */
  sessionColumns: { ref: string; label: string }[];
}

/** A file we cannot read, with the reason in both languages. */
export class FileProblem extends Error {
  constructor(
    readonly en: string,
    readonly vi: string,
  ) {
    super(en);
  }
}

type Grid = { row: number; cells: (string | Date | number | null)[] }[];

/** Cell value → text (dates stay Date for date/time columns). Handles rich text, formulas, hyperlinks, errors. */
function cellValue(v: ExcelJS.CellValue): string | Date | number | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === "number") return v;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellValue(v.result);
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return null;
  }
  return null;
}

async function xlsxGrid(bytes: Buffer): Promise<Grid> {
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem("it is not an Excel (.xlsx) workbook", "tệp không phải sổ tính Excel (.xlsx)");
  }
  // The sheet whose first rows carry our headers: "Delegates" in the template, any sheet in a file made by hand.
  const sheets = [...wb.worksheets].sort((a, b) => Number(b.name === "Delegates") - Number(a.name === "Delegates"));
  for (const ws of sheets) {
    const grid: Grid = [];
    const last = Math.min(ws.rowCount, 20_000);
    for (let r = 1; r <= last; r++) {
      const row = ws.getRow(r);
      const cells: Grid[number]["cells"] = [];
      for (let c = 1; c <= Math.min(row.cellCount, 200); c++) cells.push(cellValue(row.getCell(c).value));
      grid.push({ row: r, cells });
    }
    if (findHeader(grid)) return grid;
  }
  throw new FileProblem(
    "no sheet has a “Full name (as in passport)” column",
    "không trang nào có cột “Họ và tên (như hộ chiếu)”",
  );
}

/** RFC 4180 CSV with `,` or `;` (as Excel writes it in many locales), UTF-8 with or without BOM. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const delim = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delim) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function csvGrid(bytes: Buffer): Grid {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem(
      "the CSV file is not UTF-8 text (save it as “CSV UTF-8”)",
      "tệp CSV không phải văn bản UTF-8 (hãy lưu dạng “CSV UTF-8”)",
    );
  }
  return parseCsv(text).map((cells, i) => ({ row: i + 1, cells }));
}

type HeaderMap = {
  at: number;
  fields: Map<number, ImportField>;
  sessions: Map<number, { ref: string; label: string }>;
};

function findHeader(grid: Grid): HeaderMap | null {
  for (const [i, g] of grid.slice(0, 5).entries()) {
    const fields = new Map<number, ImportField>();
    const sessions = new Map<number, { ref: string; label: string }>();
    g.cells.forEach((c, col) => {
      if (typeof c !== "string") return;
      const ref = SESSION_REF.exec(c);
      if (ref) sessions.set(col, { ref: ref[1]!.toLowerCase(), label: c.trim() });
      else {
        const f = headerIndex.get(key(c));
        if (f && ![...fields.values()].includes(f)) fields.set(col, f);
      }
    });
    if ([...fields.values()].includes("fullName")) return { at: i, fields, sessions };
  }
  return null;
}

function text(v: string | Date | number | null, kind: ColumnKind, field: ImportField): string {
  if (v === null) return "";
  if (v instanceof Date) {
    // exceljs reads a date cell as midnight UTC of that day, a time cell as that time on 30 Dec 1899 UTC.
    if (kind === "time") return `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === "number") {
    if (kind === "date") return excelSerialDate(v) ?? String(v);
    if (kind === "time" && v >= 0 && v < 1) return parseTime(String(v)) ?? String(v);
    return Number.isInteger(v) ? String(v) : String(v);
  }
  // The same rule as every other way in: NFC, and names without control or zero-width characters.
  return cleanText(v, textKindOf(field));
}

/** Reads an xlsx or CSV file into data rows. Throws FileProblem when it is not a file we can read. */
export async function readSpreadsheet(bytes: Buffer, format: "xlsx" | "csv"): Promise<ParsedFile> {
  const grid = format === "xlsx" ? await xlsxGrid(bytes) : csvGrid(bytes);
  const header = findHeader(grid);
  if (!header)
    throw new FileProblem(
      "no “Full name (as in passport)” column in the first rows",
      "không có cột “Họ và tên (như hộ chiếu)” ở các dòng đầu",
    );
  const rows: RawRow[] = [];
  // `findHeader` found the header by this column.
  const nameCol = [...header.fields.entries()].find(([, f]) => f === "fullName")?.[0];
  if (nameCol === undefined)
    throw new FileProblem(
      "no “Full name (as in passport)” column in the first rows",
      "không có cột “Họ và tên (như hộ chiếu)” ở các dòng đầu",
    );
  for (const g of grid.slice(header.at + 1)) {
    // The template's second header row (Vietnamese) is not data.
    const first = g.cells[nameCol];
    if (typeof first === "string" && headerIndex.get(key(first)) === "fullName") continue;
    const values: RawRow["values"] = {};
    for (const [col, field] of header.fields) {
      const t = text(g.cells[col] ?? null, columnByKey.get(field)!.kind, field);
      if (t !== "") values[field] = t;
    }
    const sessions: RawRow["sessions"] = [];
    for (const [col, s] of header.sessions) {
      const v = g.cells[col];
      if (v !== null && v !== undefined && isYes(String(v))) sessions.push(s);
    }
    if (Object.keys(values).length === 0 && sessions.length === 0) continue;
    rows.push({ row: g.row, values, sessions });
  }
  return { rows, sessionColumns: [...header.sessions.values()] };
}

// ------------------------------------------------------------------------------------------------ the template

export interface TemplateInput {
  meetingCode: string;
  meetingTitleEn: string;
  meetingTitleVi: string;
  delegationNameEn: string;
  delegationNameVi: string;
  /** dd/MM/yyyy HH:mm in the meeting's zone, or null. */
  deadline: string | null;
  sessions: TemplateSession[];
}

const TEMPLATE_ROWS = 500;
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
const VI_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

const sessionWhen = (start: string) => `${start.slice(8, 10)}/${start.slice(5, 7)} ${start.slice(11, 16)}`;
export const sessionHeaderEn = (s: TemplateSession) => `${s.titleEn} (${sessionWhen(s.start)}) [#${sessionRef(s.id)}]`;
const sessionHeaderVi = (s: TemplateSession) => `${s.titleVi} (${sessionWhen(s.start)})`;

/** The meeting's template for one delegation, as xlsx bytes. */
export async function buildTemplate(input: TemplateInput): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Focal";
  wb.title = `${input.meetingCode} — ${input.delegationNameEn}`;
  wb.created = new Date();

  const ws = wb.addWorksheet("Delegates", { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  const lists = wb.addWorksheet("Lists");
  const help = wb.addWorksheet("Instructions");

  // Lists for the drop-downs (a range reference, so labels may contain commas).
  lists.getCell("A1").value = "Role / Vai trò";
  lists.getCell("B1").value = "Gender / Giới tính";
  lists.getCell("C1").value = "Attends / Tham dự";
  lists.getCell("D1").value = "Country code / Mã quốc gia";
  lists.getCell("E1").value = "Country / Quốc gia";
  delegateRoles.forEach((r, i) => (lists.getCell(i + 2, 1).value = roleLabels[r].en));
  genders.forEach((g, i) => (lists.getCell(i + 2, 2).value = genderLabels[g].en));
  lists.getCell("C2").value = "Yes";
  const codes = Object.keys(countries.getAlpha3Codes()).sort();
  codes.forEach((c, i) => {
    lists.getCell(i + 2, 4).value = c;
    lists.getCell(i + 2, 5).value = countryName(c, "en");
  });
  for (const row of [lists.getRow(1)]) row.font = { bold: true };
  lists.columns.forEach((c, i) => (c.width = [22, 14, 12, 12, 40][i] ?? 12));

  const all = [
    ...columns.map((c) => ({
      en: c.required ? `${c.en} *` : c.en,
      vi: c.required ? `${c.vi} *` : c.vi,
      width: c.width,
    })),
    ...input.sessions.map((s) => ({ en: sessionHeaderEn(s), vi: sessionHeaderVi(s), width: 18 })),
  ];
  all.forEach((h, i) => {
    const en = ws.getCell(1, i + 1);
    en.value = h.en;
    en.font = { bold: true, color: { argb: "FFFFFFFF" } };
    en.fill = HEADER_FILL;
    en.alignment = { wrapText: true, vertical: "top" };
    const vi = ws.getCell(2, i + 1);
    vi.value = h.vi;
    vi.font = { italic: true, color: { argb: "FF1F3864" } };
    vi.fill = VI_FILL;
    vi.alignment = { wrapText: true, vertical: "top" };
    ws.getColumn(i + 1).width = h.width;
  });
  ws.getRow(1).height = 45;
  ws.getRow(2).height = 30;

  const list = (formula: string, en: string, vi: string): ExcelJS.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorTitle: "Focal",
    error: `${en} / ${vi}`,
  });
  const validations = new Map<number, ExcelJS.DataValidation>();
  columns.forEach((c, i) => {
    const col = i + 1;
    if (c.kind === "role")
      validations.set(
        col,
        list(
          `Lists!$A$2:$A$${delegateRoles.length + 1}`,
          "Choose a role from the list",
          "Chọn vai trò trong danh sách",
        ),
      );
    if (c.kind === "gender")
      validations.set(col, list(`Lists!$B$2:$B$${genders.length + 1}`, "Choose from the list", "Chọn trong danh sách"));
    if (c.kind === "country")
      validations.set(
        col,
        list(`Lists!$D$2:$D$${codes.length + 1}`, "Use a 3-letter ISO country code", "Dùng mã quốc gia ISO 3 chữ cái"),
      );
    if (c.kind === "date") ws.getColumn(col).numFmt = "dd/mm/yyyy";
    if (c.kind === "time") ws.getColumn(col).numFmt = "hh:mm";
    if (c.key === "passportNumber" || c.key === "phone") ws.getColumn(col).numFmt = "@";
  });
  input.sessions.forEach((_, j) =>
    validations.set(
      columns.length + j + 1,
      list("Lists!$C$2:$C$2", "Write Yes or leave empty", "Ghi Yes hoặc để trống"),
    ),
  );
  for (let r = 3; r < 3 + TEMPLATE_ROWS; r++) {
    for (const [col, v] of validations) ws.getCell(r, col).dataValidation = v;
  }

  // Instructions, in both languages.
  help.getColumn(1).width = 110;
  const lines: [string, Partial<ExcelJS.Font>?][] = [
    [`${input.meetingTitleEn}`, { bold: true, size: 14 }],
    [`${input.meetingTitleVi}`, { italic: true }],
    [`Delegation / Đoàn: ${input.delegationNameEn} — ${input.delegationNameVi}`, { bold: true }],
    [input.deadline ? `Registration deadline / Hạn đăng ký: ${input.deadline}` : ""],
    [""],
    ["How to fill in this file", { bold: true, size: 12 }],
    [
      "1. Use the sheet “Delegates”: one row per delegate, from row 3. Row 1 (English) and row 2 (Vietnamese) are the headers; do not change them.",
    ],
    [
      "2. “Full name (as in passport)” is required; write it exactly as in the passport, in Latin letters or the delegate's own script (ไทย, 中文, 한국어…) — the badge prints it as written.",
    ],
    ["3. Dates: dd/mm/yyyy (e.g. 05/08/2022 is 5 August 2022) or yyyy-mm-dd. Times: hh:mm, 24-hour (e.g. 14:20)."],
    [
      "4. Gender, role and nationality: choose from the drop-down lists. Nationality is the 3-letter ISO code (THA, LAO…); if left empty, the delegation's country is used.",
    ],
    ["5. Sessions: write “Yes” under each session the delegate attends; leave it empty otherwise."],
    ["6. Passport numbers must not repeat, and the passport must be valid until the meeting ends."],
    [
      "7. Photos (JPEG or PNG, at most 2 MB): write the photo's file name in “Photo file name” and choose the photo files together with this file when uploading, or add photos later for each delegate.",
    ],
    [
      "8. Upload the file (or a CSV with the same columns) in Focal. Nothing is saved until every row is correct: Focal lists each problem; fix or drop those rows, then confirm.",
    ],
    [""],
    ["Hướng dẫn điền tệp", { bold: true, size: 12 }],
    [
      "1. Dùng trang “Delegates”: mỗi đại biểu một dòng, bắt đầu từ dòng 3. Dòng 1 (tiếng Anh) và dòng 2 (tiếng Việt) là tiêu đề; không sửa.",
    ],
    [
      "2. Bắt buộc “Họ và tên (như hộ chiếu)”; ghi đúng như hộ chiếu, bằng chữ Latinh hoặc chữ của nước mình (ไทย, 中文, 한국어…) — thẻ đại biểu in đúng như đã ghi.",
    ],
    [
      "3. Ngày: dd/mm/yyyy (ví dụ 05/08/2022 là ngày 5 tháng 8 năm 2022) hoặc yyyy-mm-dd. Giờ: hh:mm, 24 giờ (ví dụ 14:20).",
    ],
    [
      "4. Giới tính, vai trò và quốc tịch: chọn trong danh sách. Quốc tịch là mã ISO 3 chữ cái (THA, LAO…); để trống thì lấy quốc gia của đoàn.",
    ],
    ["5. Phiên họp: ghi “Yes” dưới mỗi phiên đại biểu tham dự; để trống nếu không tham dự."],
    ["6. Số hộ chiếu không được trùng; hộ chiếu phải còn hạn đến khi hội nghị kết thúc."],
    [
      "7. Ảnh (JPEG hoặc PNG, tối đa 2 MB): ghi tên tệp ảnh vào cột “Tên tệp ảnh” và chọn các tệp ảnh cùng với tệp này khi tải lên, hoặc bổ sung ảnh sau cho từng đại biểu.",
    ],
    [
      "8. Tải tệp (hoặc tệp CSV cùng các cột) lên Focal. Chưa có gì được lưu cho đến khi mọi dòng đều đúng: Focal liệt kê từng lỗi; sửa hoặc bỏ các dòng đó rồi xác nhận.",
    ],
  ];
  lines.forEach(([t, font], i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = t;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (font) cell.font = font;
  });

  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same columns as a CSV header (English, then Vietnamese), for contacts who prefer CSV. */
export function buildCsvTemplate(sessions: TemplateSession[]): string {
  const quote = (text: string) => {
    const s = safeCell(text);
    return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const en = [...columns.map((c) => (c.required ? `${c.en} *` : c.en)), ...sessions.map(sessionHeaderEn)];
  const vi = [...columns.map((c) => (c.required ? `${c.vi} *` : c.vi)), ...sessions.map(sessionHeaderVi)];
  return "\uFEFF" + [en, vi].map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
}
