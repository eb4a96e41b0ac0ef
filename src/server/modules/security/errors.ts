import { defineErrors } from "../../http/errors.js";

/** The security area's errors, in Vietnamese and English (issue 14, point 5). */
export const securityErrors = defineErrors({
  PLACE_NOT_FOUND: {
    status: 404,
    vi: "Không tìm thấy địa điểm hoặc khách sạn này trong hội nghị.",
    en: "No such venue or hotel in this meeting.",
  },
  TEMPLATE_NOT_FOUND: { status: 404, vi: "Không có mẫu danh mục kiểm tra này.", en: "No such checklist template." },
  CHECKLIST_NOT_FOUND: { status: 404, vi: "Không tìm thấy danh mục kiểm tra.", en: "Checklist not found." },
  ITEM_NOT_FOUND: { status: 404, vi: "Không tìm thấy mục kiểm tra.", en: "Checklist item not found." },
  INCIDENT_NOT_FOUND: { status: 404, vi: "Không tìm thấy sự cố.", en: "Incident not found." },
  PHOTO_NOT_FOUND: { status: 404, vi: "Mục này chưa có ảnh minh chứng.", en: "This item has no evidence photo." },
  PHOTO_TYPE: {
    status: 400,
    vi: "Ảnh minh chứng phải là tệp JPEG hoặc PNG.",
    en: "The evidence photo must be a JPEG or PNG file.",
  },
  PHOTO_TOO_LARGE: {
    status: 400,
    vi: "Ảnh minh chứng quá lớn ({size} KB): tối đa {max} KB.",
    en: "The evidence photo is too large ({size} KB): at most {max} KB.",
  },
  SIGNED_OFF_LOCKED: {
    status: 409,
    vi: "Mục đã được ký xác nhận: hãy hoàn tác ký xác nhận trước khi sửa.",
    en: "The item is signed off: undo the sign-off before changing it.",
  },
  SIGN_OFF_NEEDS_EVIDENCE: {
    status: 409,
    vi: "Cần có minh chứng (ghi chú hoặc ảnh) trước khi đánh dấu xong hoặc ký xác nhận.",
    en: "Add evidence (a note or a photo) before marking the item done or signing it off.",
  },
  INCIDENT_IN_FUTURE: {
    status: 400,
    vi: "Thời gian sự cố ({at}) chưa tới.",
    en: "The incident's time ({at}) is in the future.",
  },
});
