import { defineErrors } from "../../http/errors.js";

/** The work-plan module's own errors, in both languages. */
export const wpErrors = defineErrors({
  WORKPLAN_NOT_FOUND: { status: 404, vi: "Không tìm thấy kế hoạch làm việc.", en: "Work plan not found." },
  ACTIVITY_NOT_FOUND: { status: 404, vi: "Không tìm thấy dự án/hoạt động.", en: "Activity not found." },
  SNAPSHOT_NOT_FOUND: { status: 404, vi: "Không tìm thấy bản chốt số liệu.", en: "Snapshot not found." },
  NOT_A_MEMBER: {
    status: 400,
    vi: "{country} không phải là thành viên của kế hoạch này.",
    en: "{country} is not a member of this work plan.",
  },
  LEAD_REQUIRED: {
    status: 400,
    vi: "Cần ít nhất một nước chủ trì.",
    en: "At least one lead country is needed.",
  },
  YEAR_OUTSIDE_PERIOD: {
    status: 400,
    vi: "Năm {year} nằm ngoài giai đoạn của kế hoạch ({from}–{to}).",
    en: "The year {year} is outside the plan period ({from}–{to}).",
  },
  DATE_IN_FUTURE: {
    status: 400,
    vi: "Ngày hiệu lực không được sau ngày hôm nay.",
    en: "The effective date cannot be later than today.",
  },
  DATE_BEFORE_LAST_CHANGE: {
    status: 400,
    vi: "Ngày hiệu lực không được trước ngày của lần cập nhật gần nhất ({date}).",
    en: "The effective date cannot be earlier than the last recorded change ({date}).",
  },
  NOTHING_TO_RECORD: {
    status: 400,
    vi: "Trạng thái không đổi: vui lòng nhập ghi chú hoặc chọn trạng thái khác.",
    en: "The status is unchanged: add a note or choose another status.",
  },
  PROPOSAL_NOT_ADOPTED: {
    status: 409,
    vi: "Đề xuất chưa được thông qua; chỉ có thể cập nhật trạng thái sau khi một cuộc họp thông qua.",
    en: "This proposal has not been adopted; its status can change only after a meeting adopts it.",
  },
  NOT_PENDING_PROPOSAL: {
    status: 409,
    vi: "Hoạt động này không phải là đề xuất đang chờ thông qua.",
    en: "This activity is not a proposal waiting for adoption.",
  },
  ADOPTION_BEFORE_PROPOSAL: {
    status: 400,
    vi: "Ngày thông qua không được trước ngày đề xuất ({date}).",
    en: "The adoption date cannot be earlier than the proposal date ({date}).",
  },
  ACTIVITY_CODE_TAKEN: {
    status: 409,
    vi: "Mã {code} đã được dùng trong kế hoạch này.",
    en: "The code {code} is already used in this work plan.",
  },
  SNAPSHOT_NAME_TAKEN: {
    status: 409,
    vi: "Đã có bản chốt số liệu tên “{name}”.",
    en: "A snapshot named “{name}” already exists.",
  },
  SNAPSHOT_SOURCE_REQUIRED: {
    status: 400,
    vi: "Cần chọn ngày chốt số liệu hoặc một bản chốt số liệu.",
    en: "Give either an as-of date or a snapshot.",
  },
});
