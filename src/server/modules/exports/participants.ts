/**
 * The participants list as an Excel workbook: one row per delegate. Contact, travel and dietary columns come only
 * when asked for (`personal`), passport columns and the date of birth only for readers with the full view.
 */
import { newWorkbook } from "../../lib/excel.js";
import { safeWorkbook } from "../../lib/safeCell.js";
import type { Lang } from "../../../shared/errors.js";
import { countryName } from "../../../shared/countries.js";
import type { DelegateRow, DelegationRow } from "../meetings/delegates.js";
import type { MeetingRow } from "../meetings/policy.js";
import type { SessionView } from "../meetings/programme.js";
import {
  accreditationWords,
  delegateRoleWords as roleWords,
  delegationCategoryWords as categoryWords,
} from "../../../shared/vocabulary.js";
import { dmy } from "../../../shared/dates.js";
import type { PersonalField } from "../../../shared/personalData.js";

type Row = { row: DelegateRow; sessionIds: string[] };
type Cell = string | number | null;

interface Column {
  key: string;
  vi: string;
  en: string;
  width: number;
  value: (r: Row, d: DelegationRow, i: number) => Cell;
}

const time = (t: string | null) => (t ? t.slice(0, 5) : null);

function columns(
  lang: Lang,
  sessionsById: Map<string, SessionView>,
): { base: Column[]; contact: Column[]; passport: Column[] } {
  const base: Column[] = [
    { key: "no", vi: "STT", en: "No.", width: 6, value: (_r, _d, i) => i + 1 },
    {
      key: "delegation",
      vi: "Đoàn",
      en: "Delegation",
      width: 26,
      value: (_r, d) => (lang === "vi" ? d.nameVi : d.nameEn),
    },
    { key: "country", vi: "Mã nước", en: "Country", width: 9, value: (_r, d) => d.country },
    { key: "category", vi: "Nhóm", en: "Category", width: 18, value: (_r, d) => categoryWords[d.category][lang] },
    { key: "honorific", vi: "Danh xưng", en: "Honorific", width: 10, value: (r) => r.row.honorific },
    {
      key: "fullName",
      vi: "Họ và tên (theo hộ chiếu)",
      en: "Full name (as in passport)",
      width: 30,
      value: (r) => r.row.fullName,
    },
    { key: "role", vi: "Vai trò", en: "Role", width: 18, value: (r) => roleWords[r.row.role][lang] },
    { key: "position", vi: "Chức vụ", en: "Position", width: 36, value: (r) => r.row.position },
    { key: "organisation", vi: "Cơ quan", en: "Organisation", width: 30, value: (r) => r.row.organisation },
    {
      key: "nationality",
      vi: "Quốc tịch",
      en: "Nationality",
      width: 16,
      value: (r) => (r.row.nationality ? countryName(r.row.nationality, lang) : null),
    },
    {
      key: "accreditation",
      vi: "Tình trạng duyệt",
      en: "Accreditation",
      width: 16,
      value: (r) => accreditationWords[r.row.accreditationStatus][lang],
    },
    {
      key: "sessions",
      vi: "Phiên tham dự",
      en: "Sessions",
      width: 40,
      value: (r) =>
        r.sessionIds
          .map((id) => sessionsById.get(id))
          .filter((s): s is SessionView => !!s)
          .sort((a, b) => a.start.localeCompare(b.start))
          .map((s) => (lang === "vi" ? s.titleVi : s.titleEn))
          .join("; "),
    },
  ];
  const contact: Column[] = [
    { key: "email", vi: "Thư điện tử", en: "E-mail", width: 28, value: (r) => r.row.email },
    { key: "phone", vi: "Điện thoại", en: "Phone", width: 16, value: (r) => r.row.phone },
    { key: "arrival", vi: "Ngày đến", en: "Arrival date", width: 12, value: (r) => dmy(r.row.arrivalDate) || null },
    { key: "arrivalTime", vi: "Giờ đến", en: "Arrival time", width: 9, value: (r) => time(r.row.arrivalTime) },
    { key: "arrivalFlight", vi: "Chuyến bay đến", en: "Arrival flight", width: 12, value: (r) => r.row.arrivalFlight },
    {
      key: "departure",
      vi: "Ngày đi",
      en: "Departure date",
      width: 12,
      value: (r) => dmy(r.row.departureDate) || null,
    },
    { key: "departureTime", vi: "Giờ đi", en: "Departure time", width: 9, value: (r) => time(r.row.departureTime) },
    {
      key: "departureFlight",
      vi: "Chuyến bay đi",
      en: "Departure flight",
      width: 12,
      value: (r) => r.row.departureFlight,
    },
    { key: "hotel", vi: "Khách sạn", en: "Hotel", width: 28, value: (r) => r.row.hotel },
    { key: "dietary", vi: "Ăn uống", en: "Dietary", width: 16, value: (r) => r.row.dietary },
    { key: "accessibility", vi: "Hỗ trợ tiếp cận", en: "Accessibility", width: 16, value: (r) => r.row.accessibility },
  ];
  // The personal fields (src/shared/personalData.ts), already null in rows redacted for a reader without the full view.
  const passport: (Column & { key: PersonalField })[] = [
    { key: "passportNumber", vi: "Số hộ chiếu", en: "Passport number", width: 14, value: (r) => r.row.passportNumber },
    {
      key: "passportExpiry",
      vi: "Hạn hộ chiếu",
      en: "Passport expiry",
      width: 12,
      value: (r) => dmy(r.row.passportExpiry) || null,
    },
    {
      key: "dateOfBirth",
      vi: "Ngày sinh",
      en: "Date of birth",
      width: 12,
      value: (r) => dmy(r.row.dateOfBirth) || null,
    },
  ];
  return { base, contact, passport };
}

export interface ParticipantsInput {
  meeting: MeetingRow;
  lang: Lang;
  rows: Row[];
  delegations: Map<string, DelegationRow>;
  sessions: SessionView[];
  /** What the list is of, for the title and the file name. */
  scope: { delegation: DelegationRow | null; session: SessionView | null };
  contact: boolean;
  passport: boolean;
  generatedBy: string;
}

/** The workbook and the keys of the personal columns it holds (for the audit row). */
export async function participantsXlsx(input: ParticipantsInput): Promise<{ body: Buffer; personalColumns: string[] }> {
  const { lang, meeting } = input;
  const sessionsById = new Map(input.sessions.map((s) => [s.id, s]));
  const cols = columns(lang, sessionsById);
  const chosen = [...cols.base, ...(input.contact ? cols.contact : []), ...(input.passport ? cols.passport : [])];
  const wb = await newWorkbook();
  wb.creator = "Focal";
  wb.created = new Date();
  const ws = wb.addWorksheet(lang === "vi" ? "Danh sách đại biểu" : "Participants", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  ws.columns = chosen.map((c) => ({ header: c[lang], key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F2" } };
  input.rows.forEach((r, i) => {
    const d = input.delegations.get(r.row.delegationId);
    if (!d) throw new Error(`The delegation ${r.row.delegationId} of a listed delegate is not in the export`);
    ws.addRow(Object.fromEntries(chosen.map((c) => [c.key, c.value(r, d, i)])));
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: chosen.length } };

  const about = wb.addWorksheet(lang === "vi" ? "Thông tin" : "About");
  const scopeText = input.scope.session
    ? lang === "vi"
      ? `Phiên: ${input.scope.session.titleVi}`
      : `Session: ${input.scope.session.titleEn}`
    : input.scope.delegation
      ? lang === "vi"
        ? `Đoàn: ${input.scope.delegation.nameVi}`
        : `Delegation: ${input.scope.delegation.nameEn}`
      : lang === "vi"
        ? "Tất cả đại biểu"
        : "All participants";
  const lines: [string, string][] = [
    [lang === "vi" ? "Hội nghị" : "Meeting", `${meeting.code} — ${lang === "vi" ? meeting.titleVi : meeting.titleEn}`],
    [lang === "vi" ? "Phạm vi" : "Scope", scopeText],
    [lang === "vi" ? "Số đại biểu" : "Participants", String(input.rows.length)],
    [lang === "vi" ? "Lập lúc" : "Generated", new Date().toISOString()],
    [lang === "vi" ? "Người lập" : "Generated by", input.generatedBy],
  ];
  if (input.contact || input.passport) {
    lines.push([
      lang === "vi" ? "Lưu ý" : "Note",
      lang === "vi"
        ? "Có dữ liệu cá nhân — chỉ dùng cho công tác tổ chức hội nghị; việc xuất tệp đã được ghi nhật ký."
        : "Contains personal data — for the organisation of the meeting only; this export has been logged.",
    ]);
  }
  for (const l of lines) about.addRow(l);
  about.getColumn(1).width = 18;
  about.getColumn(2).width = 90;
  about.getColumn(1).font = { bold: true };

  safeWorkbook(wb);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  const personalColumns = [...(input.contact ? cols.contact : []), ...(input.passport ? cols.passport : [])].map(
    (c) => c.key,
  );
  return { body, personalColumns };
}
