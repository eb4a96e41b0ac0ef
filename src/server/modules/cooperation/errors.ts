import { defineErrors } from "../../http/errors.js";

/** The cooperation register's errors, in Vietnamese and English (issue 12). */
export const coopErrors = defineErrors({
  ACTIVITY_NOT_FOUND: { status: 404, vi: "Không tìm thấy hoạt động hợp tác.", en: "Cooperation activity not found." },
  PARTNER_NOT_FOUND: { status: 404, vi: "Không tìm thấy đối tác.", en: "Partner not found." },
  PLAN_ITEM_NOT_FOUND: { status: 404, vi: "Không tìm thấy mục kế hoạch.", en: "Plan item not found." },
  PLAN_NOT_FOUND: { status: 404, vi: "Chưa có kế hoạch năm {year}.", en: "There is no plan for {year}." },
  ATTACHMENT_NOT_FOUND: { status: 404, vi: "Không tìm thấy tệp đính kèm.", en: "Attachment not found." },
  UNKNOWN_PARTNER: {
    status: 400,
    vi: "Đối tác không có trong danh bạ đối tác: {ids}.",
    en: "Unknown partner (not in the partner directory): {ids}.",
  },
  UNKNOWN_UNIT: { status: 400, vi: "Đơn vị không tồn tại.", en: "There is no such unit." },
  UNKNOWN_COUNTRY: {
    status: 400,
    vi: "Mã quốc gia không hợp lệ: {codes}.",
    en: "Unknown country code: {codes}.",
  },
  END_BEFORE_START: {
    status: 400,
    vi: "Ngày kết thúc ({end}) trước ngày bắt đầu ({start}).",
    en: "The end date ({end}) is before the start date ({start}).",
  },
  PLAN_ITEM_OTHER_YEAR: {
    status: 400,
    vi: "Mục kế hoạch thuộc năm {itemYear}, nhưng hoạt động diễn ra năm {year}: chỉ gắn được với mục kế hoạch cùng năm.",
    en: "The plan item is of {itemYear} but the activity takes place in {year}: link only an item of the same year.",
  },
  PLAN_ITEM_NOT_IN_PLAN: {
    status: 400,
    vi: "Mục kế hoạch này chưa nằm trong kế hoạch đã tổng hợp hoặc đã phê duyệt của năm {year}.",
    en: "This plan item is not in the consolidated or approved plan for {year}.",
  },
  PLAN_ITEM_OTHER_UNIT: {
    status: 400,
    vi: "Mục kế hoạch thuộc đơn vị khác.",
    en: "The plan item belongs to another unit.",
  },
  NOT_EDITABLE: {
    status: 409,
    vi: "Hoạt động đang trong quy trình phê duyệt ({status}); chỉ sửa được bản nháp hoặc hoạt động đã được trả lại. Không có gì thay đổi.",
    en: "The activity is on its approval route ({status}); only a draft or a returned activity can be edited. Nothing was changed.",
  },
  NOT_CANCELLABLE: {
    status: 409,
    vi: "Hoạt động đã {status}; không thể hủy.",
    en: "The activity is {status}; it can no longer be cancelled.",
  },
  RESULTS_NOT_YET: {
    status: 409,
    vi: "Chỉ báo cáo kết quả khi hoạt động đã được phê duyệt và đã kết thúc (ngày kết thúc {end}).",
    en: "Results are reported once the activity is approved and has ended (end date {end}).",
  },
  KIND_DETAIL: {
    status: 400,
    vi: "Thông tin «{field}» không dùng cho loại hoạt động «{kind}».",
    en: "“{field}” does not apply to an activity of kind “{kind}”.",
  },
  ATTACHMENT_TOO_LARGE: {
    status: 400,
    vi: "Tệp quá lớn ({size} KB); tối đa {max} KB.",
    en: "The file is too large ({size} KB); at most {max} KB.",
  },
  ATTACHMENT_TYPE: {
    status: 400,
    vi: "Chỉ nhận tệp PDF, Word (.doc, .docx), JPEG hoặc PNG.",
    en: "Only PDF, Word (.doc, .docx), JPEG or PNG files are accepted.",
  },
  TOO_MANY_ATTACHMENTS: {
    status: 400,
    vi: "Một hoạt động có tối đa {max} tệp đính kèm.",
    en: "An activity has at most {max, plural, one {# attachment} other {# attachments}}.",
  },
  PLAN_APPROVED: {
    status: 409,
    vi: "Kế hoạch năm {year} đã được phê duyệt; không thể thay đổi.",
    en: "The {year} plan has been approved; it can no longer be changed.",
  },
  PLAN_NOT_CONSOLIDATED: {
    status: 409,
    vi: "Kế hoạch năm {year} chưa được Vụ Hợp tác quốc tế tổng hợp.",
    en: "The {year} plan has not been consolidated by the ICD yet.",
  },
  PLAN_EMPTY: {
    status: 409,
    vi: "Kế hoạch năm {year} chưa có mục nào được đưa vào.",
    en: "The {year} plan has no included item.",
  },
  MONTHS_REVERSED: {
    status: 400,
    vi: "Tháng kết thúc trước tháng bắt đầu.",
    en: "The end month is before the start month.",
  },
});
