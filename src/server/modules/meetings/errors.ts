import { defineErrors } from "../../http/errors.js";

/** The meetings module's errors, in Vietnamese and English. */
export const meetingErrors = defineErrors({
  MEETING_NOT_FOUND: { status: 404, vi: "Không tìm thấy hội nghị.", en: "Meeting not found." },
  MEETING_CODE_TAKEN: {
    status: 409,
    vi: "Mã hội nghị {code} đã được sử dụng.",
    en: "The meeting code {code} is already in use.",
  },
  MEETING_DATES_INVALID: {
    status: 400,
    vi: "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.",
    en: "The end date must be on or after the start date.",
  },
  TIME_ZONE_INVALID: {
    status: 400,
    vi: "Múi giờ {timeZone} không hợp lệ (ví dụ: Asia/Ho_Chi_Minh).",
    en: "The time zone {timeZone} is not valid (for example Asia/Ho_Chi_Minh).",
  },
  PURGE_DATE_INVALID: {
    status: 400,
    vi: "Ngày xóa dữ liệu cá nhân phải sau ngày kết thúc hội nghị.",
    en: "The personal-data purge date must be after the meeting ends.",
  },
  VENUE_NOT_FOUND: { status: 404, vi: "Không tìm thấy địa điểm.", en: "Venue not found." },
  VENUE_IN_USE: {
    status: 409,
    vi: "Địa điểm còn phòng họp; hãy xóa các phòng trước.",
    en: "The venue still has rooms; delete them first.",
  },
  ROOM_NOT_FOUND: { status: 404, vi: "Không tìm thấy phòng họp.", en: "Room not found." },
  ROOM_IN_USE: {
    status: 409,
    vi: "Phòng họp đang được dùng cho {count} phiên họp.",
    en: "The room is used by {count, plural, one {# session} other {# sessions}}.",
  },
  SESSION_NOT_FOUND: { status: 404, vi: "Không tìm thấy phiên họp.", en: "Session not found." },
  SESSION_TIME_INVALID: {
    status: 400,
    vi: "Giờ kết thúc phải sau giờ bắt đầu.",
    en: "The end time must be after the start time.",
  },
  SESSION_OUTSIDE_MEETING: {
    status: 400,
    vi: "Phiên họp phải nằm trong thời gian hội nghị ({start} – {end}).",
    en: "The session must fall within the meeting's dates ({start} – {end}).",
  },
  DATE_TIME_INVALID: {
    status: 400,
    vi: "Thời điểm {value} không hợp lệ.",
    en: "The date and time {value} is not valid.",
  },
  DELEGATION_NOT_FOUND: { status: 404, vi: "Không tìm thấy đoàn.", en: "Delegation not found." },
  UNKNOWN_DELEGATION: {
    status: 400,
    vi: "Đoàn {id} không thuộc hội nghị này.",
    en: "The delegation {id} is not part of this meeting.",
  },
  COUNTRY_INVALID: {
    status: 400,
    vi: "Mã quốc gia {country} không hợp lệ (ISO 3166-1 alpha-3, ví dụ THA).",
    en: "The country code {country} is not valid (ISO 3166-1 alpha-3, e.g. THA).",
  },
  COUNTRY_TAKEN: {
    status: 409,
    vi: "Hội nghị đã có đoàn của {country}.",
    en: "The meeting already has a delegation for {country}.",
  },
  DELEGATION_HAS_DELEGATES: {
    status: 409,
    vi: "Đoàn còn {count} đại biểu; hãy xóa đại biểu trước.",
    en: "The delegation still has {count, plural, one {# delegate} other {# delegates}}; remove them first.",
  },
  HEAD_NOT_IN_DELEGATION: {
    status: 400,
    vi: "Trưởng đoàn phải là một đại biểu của chính đoàn này.",
    en: "The head of delegation must be a delegate of this delegation.",
  },
  DELEGATE_NOT_FOUND: { status: 404, vi: "Không tìm thấy đại biểu.", en: "Delegate not found." },
  UNKNOWN_SESSION: {
    status: 400,
    vi: "Phiên họp {id} không thuộc hội nghị này.",
    en: "The session {id} is not part of this meeting.",
  },
  DUPLICATE_PASSPORT: {
    status: 409,
    vi: "Số hộ chiếu {passportNumber} đã được đăng ký cho một đại biểu khác của hội nghị.",
    en: "The passport number {passportNumber} is already registered for another delegate of this meeting.",
  },
  PASSPORT_EXPIRES: {
    status: 400,
    vi: "Hộ chiếu hết hạn trước khi hội nghị kết thúc.",
    en: "The passport expires before the meeting ends.",
  },
  BIRTH_DATE_INVALID: {
    status: 400,
    vi: "Ngày sinh không hợp lệ.",
    en: "The date of birth is not valid.",
  },
  DEPARTURE_BEFORE_ARRIVAL: {
    status: 400,
    vi: "Ngày giờ đi phải sau ngày giờ đến.",
    en: "The departure must be after the arrival.",
  },
  PHOTO_INVALID: {
    status: 400,
    vi: "Ảnh phải là tệp JPEG hoặc PNG, tối đa {maxKb} KB.",
    en: "The photo must be a JPEG or PNG file of at most {maxKb} KB.",
  },
  PHOTO_UNREADABLE: {
    status: 400,
    vi: "Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh (JPEG, PNG, WebP).",
    en: "The photo could not be read: the file is damaged or is not an image (JPEG, PNG, WebP).",
  },
  PHOTO_HEIC: {
    status: 400,
    vi: "Ảnh HEIC (ảnh iPhone) chưa đọc được; hãy lưu ảnh dưới dạng JPEG rồi tải lên lại.",
    en: "HEIC photos (iPhone) cannot be read; save the photo as JPEG and upload it again.",
  },
  PHOTO_NOT_FOUND: { status: 404, vi: "Đại biểu chưa có ảnh.", en: "The delegate has no photo." },
  MEETING_PURGED: {
    status: 409,
    vi: "Dữ liệu cá nhân của hội nghị đã được xóa; không thể ghi thêm.",
    en: "The meeting's personal data has been purged; it can no longer be written.",
  },
});
