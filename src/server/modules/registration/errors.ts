import { defineErrors } from "../../http/errors.js";

/** The registration module's errors, in Vietnamese and English. */
export const registrationErrors = defineErrors({
  LINK_UNKNOWN: {
    status: 400,
    vi: "Liên kết đăng ký không hợp lệ. Vui lòng dùng đúng liên kết trong thư mời hoặc liên hệ nước chủ nhà.",
    en: "This registration link is not valid. Use the link from your invitation e-mail, or contact the host.",
  },
  LINK_EXPIRED: {
    status: 410,
    vi: "Liên kết đăng ký đã hết hạn ngày {expiredOn}. Vui lòng đề nghị nước chủ nhà gửi liên kết mới.",
    en: "This registration link expired on {expiredOn}. Please ask the host to send you a new link.",
  },
  LINK_REVOKED: {
    status: 410,
    vi: "Liên kết đăng ký đã bị nước chủ nhà thu hồi. Vui lòng đề nghị nước chủ nhà gửi liên kết mới.",
    en: "The host has withdrawn this registration link. Please ask the host to send you a new link.",
  },
  LINK_NOT_FOUND: { status: 404, vi: "Không tìm thấy liên kết đăng ký.", en: "Registration link not found." },
  LINK_NOT_ACTIVE: {
    status: 409,
    vi: "Liên kết này đã hết hạn hoặc đã bị thu hồi.",
    en: "This link has already expired or been withdrawn.",
  },
  CONTACT_EMAIL_MISSING: {
    status: 400,
    vi: "Đoàn chưa có email người liên hệ; hãy nhập email người nhận.",
    en: "The delegation has no contact e-mail; enter the recipient's e-mail.",
  },
  EMAIL_IS_MINISTRY_ACCOUNT: {
    status: 409,
    vi: "Email {email} thuộc một tài khoản của Bộ; liên kết đăng ký chỉ gửi cho người liên hệ của đoàn.",
    en: "The e-mail {email} belongs to a ministry account; registration links are only for a delegation's contact.",
  },
  REGISTRATION_CLOSED: {
    status: 409,
    vi: "Đã quá hạn đăng ký ({deadline}). Thay đổi danh sách cần được nước chủ nhà đồng ý: hãy gửi đề xuất thay đổi.",
    en: "The registration deadline ({deadline}) has passed. Changes to the list need the host's consent: propose the change instead.",
  },
  REGISTRATION_CLOSED_STARTED: {
    status: 409,
    vi: "Hội nghị đã bắt đầu. Thay đổi danh sách cần được nước chủ nhà đồng ý: hãy gửi đề xuất thay đổi.",
    en: "The meeting has begun. Changes to the list need the host's consent: propose the change instead.",
  },
  MEETING_CLOSED: {
    status: 409,
    vi: "Hội nghị đã kết thúc; danh sách đoàn không thể thay đổi hay đề xuất thay đổi nữa.",
    en: "The meeting is closed; the delegation's list can no longer be changed, nor changes proposed.",
  },
  NOTHING_TO_SUBMIT: {
    status: 409,
    vi: "Danh sách không thay đổi so với lần gửi thứ {number}.",
    en: "The list has not changed since submission {number}.",
  },
  EMPTY_LIST: {
    status: 400,
    vi: "Danh sách chưa có đại biểu nào.",
    en: "The list has no delegates yet.",
  },
  VERSION_NOT_FOUND: {
    status: 404,
    vi: "Không có lần gửi số {number} của đoàn này.",
    en: "This delegation has no submission number {number}.",
  },
  PROPOSAL_NOT_FOUND: { status: 404, vi: "Không tìm thấy đề xuất thay đổi.", en: "Change proposal not found." },
  PROPOSAL_DECIDED: {
    status: 409,
    vi: "Đề xuất này đã được xử lý ({status}).",
    en: "This proposal has already been decided ({status}).",
  },
  PROPOSAL_STALE: {
    status: 409,
    vi: "Đại biểu đã được thay đổi sau khi đề xuất được gửi; hãy từ chối đề xuất và đề nghị gửi lại.",
    en: "The delegate has changed since the proposal was made; refuse it and ask for a new proposal.",
  },
  PROPOSAL_EMPTY: {
    status: 400,
    vi: "Đề xuất không có thay đổi nào.",
    en: "The proposal changes nothing.",
  },
  REASON_REQUIRED: {
    status: 400,
    vi: "Vui lòng nêu lý do.",
    en: "Please give a reason.",
  },
  IMPORT_NOT_FOUND: { status: 404, vi: "Không tìm thấy lần tải lên.", en: "Upload not found." },
  IMPORT_FILE_INVALID: {
    status: 400,
    vi: "Không đọc được tệp {fileName}: {reason}",
    en: "The file {fileName} could not be read: {reason}",
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 400,
    vi: "Tệp có {rows} dòng; mỗi lần tải lên tối đa {max} dòng.",
    en: "The file has {rows, plural, one {# row} other {# rows}}; an upload takes at most {max}.",
  },
  IMPORT_NOT_READY: {
    status: 409,
    vi: "Lần tải lên đang ở trạng thái {status}; không thể thực hiện thao tác này.",
    en: "The upload is {status}; this cannot be done now.",
  },
  IMPORT_HAS_PROBLEMS: {
    status: 400,
    vi: "Còn {count} dòng có lỗi. Hãy sửa hoặc bỏ các dòng đó; chưa có dữ liệu nào được lưu.",
    en: "Rows that still have problems: {count}. Fix or drop them; nothing has been stored.",
  },
  IMPORT_EMPTY: {
    status: 400,
    vi: "Không còn dòng nào để lưu.",
    en: "There are no rows left to store.",
  },
  IMPORT_ROW_NOT_FOUND: { status: 404, vi: "Không có dòng {row}.", en: "There is no row {row}." },
  PHOTO_FILE_MISSING: {
    status: 400,
    vi: "Không có ảnh {name} trong các tệp đã tải lên.",
    en: "The photo {name} was not among the uploaded files.",
  },
  PHOTO_TOO_LARGE: {
    status: 400,
    vi: "Ảnh {name} nặng {sizeKb} KB; tối đa {maxKb} KB.",
    en: "The photo {name} is {sizeKb} KB; at most {maxKb} KB.",
  },
  PHOTO_NOT_IMAGE: {
    status: 400,
    vi: "Tệp {name} không phải ảnh JPEG hoặc PNG.",
    en: "The file {name} is not a JPEG or PNG photo.",
  },
  CELL_REQUIRED: {
    status: 400,
    vi: "Thiếu {column}.",
    en: "{column} is missing.",
  },
  CELL_DATE_INVALID: {
    status: 400,
    vi: "{column}: “{value}” không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).",
    en: "{column}: “{value}” is not a valid date (dd/mm/yyyy or yyyy-mm-dd).",
  },
  CELL_TIME_INVALID: {
    status: 400,
    vi: "{column}: “{value}” không phải giờ hợp lệ (hh:mm).",
    en: "{column}: “{value}” is not a valid time (hh:mm).",
  },
  CELL_CHOICE_INVALID: {
    status: 400,
    vi: "{column}: “{value}” không có trong danh sách ({choices}).",
    en: "{column}: “{value}” is not one of the choices ({choices}).",
  },
  CELL_COUNTRY_INVALID: {
    status: 400,
    vi: "{column}: không nhận ra quốc gia “{value}” (dùng mã ISO 3 chữ cái, ví dụ THA).",
    en: "{column}: the country “{value}” is not recognised (use the 3-letter ISO code, e.g. THA).",
  },
  CELL_TOO_LONG: {
    status: 400,
    vi: "{column}: quá dài (tối đa {max} ký tự).",
    en: "{column}: too long (at most {max, plural, one {# character} other {# characters}}).",
  },
  DUPLICATE_IN_FILE: {
    status: 400,
    vi: "Số hộ chiếu {passportNumber} lặp lại ở dòng {rows} của tệp.",
    en: "The passport number {passportNumber} is repeated on rows {rows} of the file.",
  },
  UNKNOWN_SESSION_COLUMN: {
    status: 400,
    vi: "Cột phiên họp “{column}” không thuộc chương trình hội nghị (hãy tải mẫu mới).",
    en: "The session column “{column}” is not in the meeting's programme (download a fresh template).",
  },
});
