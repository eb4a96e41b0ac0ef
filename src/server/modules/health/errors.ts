import { defineErrors } from "../../http/errors.js";

/** The health log's errors, in Vietnamese and English (issue 14, point 6). */
export const healthErrors = defineErrors({
  ENTRY_NOT_FOUND: { status: 404, vi: "Không tìm thấy mục sổ y tế.", en: "Health log entry not found." },
  SCENARIO_NOT_FOUND: { status: 404, vi: "Không tìm thấy kịch bản dịch bệnh.", en: "Epidemic scenario not found." },
  DELEGATE_NOT_IN_MEETING: {
    status: 400,
    vi: "Đại biểu này không thuộc hội nghị.",
    en: "This delegate does not belong to the meeting.",
  },
  AT_OUTSIDE_MEETING: {
    status: 400,
    vi: "Thời điểm ({at}) nằm ngoài thời gian hội nghị: chọn từ {from} đến {to}.",
    en: "The time ({at}) is outside the meeting: choose between {from} and {to}.",
  },
  NO_ACTIVE_SCENARIO: {
    status: 400,
    vi: "Chưa có kịch bản dịch bệnh nào đang áp dụng: không ghi được kết quả sàng lọc.",
    en: "No epidemic scenario is active: a screening cannot be recorded.",
  },
  SCREENING_FIELD_NOT_ASKED: {
    status: 400,
    vi: "Kịch bản đang áp dụng không yêu cầu mục sàng lọc: {fields}.",
    en: "The active scenario does not ask for these screening fields: {fields}.",
  },
  SCREENING_EMPTY: {
    status: 400,
    vi: "Lần sàng lọc chưa có kết quả nào: nhập ít nhất một mục.",
    en: "The screening has no result: enter at least one field.",
  },
});
