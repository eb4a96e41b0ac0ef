import { defineErrors } from "../../http/errors.js";

/** The badges and check-in module's errors, in Vietnamese and English. */
export const badgeErrors = defineErrors({
  NOT_ACCREDITED: {
    status: 409,
    vi: "{name} chưa được duyệt tham dự; chỉ đại biểu đã được duyệt mới được cấp thẻ.",
    en: "{name} is not accredited; only accredited delegates get badges.",
  },
  NOTHING_TO_PRINT: {
    status: 400,
    vi: "Không có đại biểu nào đã được duyệt trong lựa chọn; chỉ đại biểu đã được duyệt mới được cấp thẻ.",
    en: "None of the chosen delegates is accredited; only accredited delegates get badges.",
  },
  DELEGATES_NOT_IN_MEETING: {
    status: 400,
    vi: "Có {count} đại biểu không thuộc hội nghị này.",
    en: "{count, plural, one {# of the chosen delegates is} other {# of the chosen delegates are}} not part of this meeting.",
  },
  BADGE_JOB_NOT_FOUND: { status: 404, vi: "Không tìm thấy lượt in thẻ.", en: "Badge batch not found." },
  BADGE_JOB_NOT_READY: {
    status: 409,
    vi: "Tệp thẻ chưa sẵn sàng (trạng thái: {status}).",
    en: "The badge file is not ready (status: {status}).",
  },
  SCAN_PLACE_REQUIRED: {
    status: 400,
    vi: "Hãy chọn cửa vào hội nghị (meetingId) hoặc một phiên họp (sessionId).",
    en: "Choose the meeting's door (meetingId) or a session (sessionId).",
  },
  SCAN_TIME_INVALID: {
    status: 400,
    vi: "Thời điểm quét {value} không hợp lệ.",
    en: "The scan time {value} is not valid.",
  },
  NONCE_REUSED: {
    status: 409,
    vi: "Mã lượt quét đã được dùng cho một lượt quét khác.",
    en: "This scan nonce was already used for a different scan.",
  },
});
