import { defineErrors } from "../../http/errors.js";

/** The liaison area's errors, in Vietnamese and English (issue 14, point 1). */
export const liaisonErrors = defineErrors({
  OFFICER_NOT_FOUND: {
    status: 404,
    vi: "Không tìm thấy cán bộ liên lạc.",
    en: "Liaison officer not found.",
  },
  TRAINING_NOT_FOUND: { status: 404, vi: "Không tìm thấy buổi tập huấn.", en: "Training not found." },
  DELEGATION_NOT_FOUND: {
    status: 404,
    vi: "Không tìm thấy đoàn trong hội nghị này.",
    en: "Delegation not found in this meeting.",
  },
  OFFICER_UNAVAILABLE: {
    status: 409,
    vi: "{officer} không rảnh ngày {day}, ngày đoàn {delegation} đến: hãy chọn cán bộ khác hoặc sửa lịch rảnh của {officer} trước.",
    en: "{officer} is not available on {day}, the day the delegation of {delegation} arrives: choose another officer or change {officer}'s availability first.",
  },
  OFFICER_HAS_DELEGATIONS: {
    status: 409,
    vi: "Không xóa được {officer}: đang phụ trách {n} đoàn. Hãy giao các đoàn cho người khác trước.",
    en: "{officer} cannot be deleted while accompanying {n, plural, one {# delegation} other {# delegations}}. Assign them to someone else first.",
  },
  ACCOUNT_NOT_FOUND: {
    status: 400,
    vi: "Không có tài khoản Focal nào với địa chỉ {email}.",
    en: "No Focal account has the address {email}.",
  },
  ACCOUNT_TAKEN: {
    status: 409,
    vi: "Tài khoản {email} đã gắn với cán bộ liên lạc khác ({name}).",
    en: "The account {email} is already linked to another liaison officer ({name}).",
  },
  NOT_YOUR_DELEGATION: {
    status: 403,
    vi: "Anh/chị không phụ trách đoàn này.",
    en: "You do not accompany this delegation.",
  },
});
