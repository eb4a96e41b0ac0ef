import { defineErrors } from "../../http/errors.js";

/** The privacy module's errors, in Vietnamese and English. */
export const privacyErrors = defineErrors({
  PURGE_MEETING_NOT_CLOSED: {
    status: 409,
    vi: "Chỉ xóa được dữ liệu cá nhân sau khi hội nghị đã kết thúc (trạng thái: đã đóng).",
    en: "Personal data can only be purged after the meeting has closed (status: closed).",
  },
  PURGE_DATE_NOT_SET: {
    status: 409,
    vi: "Hãy đặt ngày xóa dữ liệu cá nhân cho hội nghị trước.",
    en: "Set the meeting's personal-data purge date first.",
  },
  PURGE_NOT_DUE: {
    status: 409,
    vi: "Chưa đến ngày xóa dữ liệu cá nhân ({date}).",
    en: "The personal-data purge date ({date}) has not come yet.",
  },
  ALREADY_PURGED: {
    status: 409,
    vi: "Dữ liệu cá nhân của hội nghị đã được xóa lúc {at}.",
    en: "The meeting's personal data was already purged at {at}.",
  },
  PURGE_CONFIRMATION_MISMATCH: {
    status: 400,
    vi: "Hãy gõ đúng mã hội nghị {code} để xác nhận.",
    en: "Type the meeting code {code} to confirm.",
  },
});
