import { defineErrors } from "../../http/errors.js";
import { fillTemplate } from "../../../shared/errors.js";

/** The targets module's errors, in Vietnamese and English. */
export const targetErrors = defineErrors({
  SCHEME_NOT_FOUND: { status: 404, vi: "Không tìm thấy đề án.", en: "Scheme not found." },
  AGENCY_NOT_FOUND: {
    status: 404,
    vi: "Không tìm thấy cơ quan báo cáo {code}.",
    en: "There is no reporting agency {code}.",
  },
  REPORT_NOT_FOUND: {
    status: 404,
    vi: "{agency} chưa có báo cáo năm {period}.",
    en: "{agency} has no report for {period}.",
  },
  PERIOD_OUT_OF_RANGE: {
    status: 400,
    vi: "Năm báo cáo {period} nằm ngoài thời gian thực hiện đề án ({start}–{end}).",
    en: "The year {period} is outside the scheme's reporting years ({start}–{end}).",
  },
  PERIOD_IN_FUTURE: {
    status: 400,
    vi: "Chưa thể báo cáo cho năm {period}.",
    en: "The year {period} cannot be reported yet.",
  },
  AGENCY_NOT_IN_FORCE: {
    status: 400,
    vi: "{agency} không tồn tại vào ngày 31/12/{period}; kỳ báo cáo này thuộc về {successor}.",
    en: "{agency} did not exist on 31 Dec {period}; this period is reported by {successor}.",
  },
  PERIOD_LOCKED: {
    status: 409,
    vi: "Báo cáo năm {period} của {agency} đã được chấp nhận và khóa; không thể thay đổi.",
    en: "The {period} report of {agency} has been accepted and is locked; it cannot be changed.",
  },
  REPORT_UNDER_REVIEW: {
    status: 409,
    vi: "Báo cáo năm {period} của {agency} đã gửi và đang chờ Vụ Hợp tác quốc tế xem xét; chỉ sửa được khi được trả lại.",
    en: "The {period} report of {agency} has been submitted and is awaiting review; it can be changed only if it is returned.",
  },
  REPORT_NOT_SUBMITTED: {
    status: 409,
    vi: "Chỉ chấp nhận hoặc trả lại được báo cáo đã gửi (trạng thái hiện tại: {status}).",
    en: "Only a submitted report can be accepted or returned (its status is {status}).",
  },
  INDICATOR_UNKNOWN: {
    status: 400,
    vi: "Chỉ tiêu {id} không thuộc đề án này.",
    en: "The indicator {id} is not part of this scheme.",
  },
  RETURN_COMMENT_REQUIRED: {
    status: 400,
    vi: "Vui lòng ghi rõ lý do trả lại báo cáo.",
    en: "Please say why the report is returned.",
  },
  YEAR_LOCKED: {
    status: 409,
    vi: "Năm báo cáo {period} đã được khóa ngày {date} ({by}); không thể gửi, sửa hay xét duyệt báo cáo của năm này.",
    en: "The reporting year {period} was locked on {date} ({by}); its reports cannot be saved, submitted or reviewed.",
  },
  YEAR_ALREADY_LOCKED: {
    status: 409,
    vi: "Năm báo cáo {period} đã được khóa.",
    en: "The reporting year {period} is already locked.",
  },
  YEAR_NOT_LOCKED: {
    status: 409,
    vi: "Năm báo cáo {period} chưa bị khóa.",
    en: "The reporting year {period} is not locked.",
  },
  REPORT_NOT_ACCEPTED: {
    status: 409,
    vi: "Chỉ mở lại được báo cáo đã được chấp nhận (trạng thái hiện tại: {status}).",
    en: "Only an accepted report can be reopened (its status is {status}).",
  },
  REOPEN_REASON_REQUIRED: {
    status: 400,
    vi: "Vui lòng ghi rõ lý do mở lại báo cáo.",
    en: "Please say why the report is reopened.",
  },
  FIGURES_INVALID: {
    status: 400,
    vi: "Số liệu không hợp lệ: {summaryVi}",
    en: "The figures are not valid: {summaryEn}",
  },
});

/** The problems a figure can have; each names the field in the user's language (see `figureMessage`). */
export type FigureProblem =
  | "missing"
  | "negative"
  | "not_integer"
  | "too_large"
  | "zero_denominator"
  | "above_denominator"
  | "date_missing"
  | "date_without_yes"
  | "date_after_period"
  | "date_before_decision";

const figureMessages: Record<FigureProblem, { vi: string; en: string }> = {
  missing: { vi: "chưa nhập «{label}»", en: "“{label}” is missing" },
  negative: { vi: "«{label}» không được là số âm", en: "“{label}” cannot be negative" },
  not_integer: { vi: "«{label}» phải là số nguyên", en: "“{label}” must be a whole number" },
  too_large: { vi: "«{label}» quá lớn (tối đa {max})", en: "“{label}” is too large (at most {max})" },
  zero_denominator: { vi: "«{label}» phải lớn hơn 0", en: "“{label}” must be more than 0" },
  above_denominator: {
    vi: "«{label}» ({value}) không thể lớn hơn «{other}» ({otherValue})",
    en: "“{label}” ({value}) cannot be more than “{other}” ({otherValue})",
  },
  date_missing: { vi: "chưa nhập ngày của «{label}»", en: "the date of “{label}” is missing" },
  date_without_yes: {
    vi: "chỉ nhập ngày khi «{label}» là «Có»",
    en: "give a date only when “{label}” is “Yes”",
  },
  date_after_period: {
    vi: "ngày của «{label}» ({date}) ở sau kỳ báo cáo (31/12/{period})",
    en: "the date of “{label}” ({date}) is after the end of the period (31 Dec {period})",
  },
  date_before_decision: {
    vi: "ngày của «{label}» ({date}) ở trước ngày ban hành Quyết định ({decisionDate})",
    en: "the date of “{label}” ({date}) is before the date of the Decision ({decisionDate})",
  },
};

/** A figure problem as a sentence in the given language. */
export function figureMessage(problem: FigureProblem, lang: "vi" | "en", params: Record<string, unknown>): string {
  return fillTemplate(figureMessages[problem][lang], params, lang);
}
