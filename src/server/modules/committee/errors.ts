import { defineErrors } from "../../http/errors.js";

/**
 * The organising committee's errors, in Vietnamese and English (issue 13). Each area adds its own under its heading;
 * keep them grouped so parallel work merges cleanly.
 */
export const committeeErrors = defineErrors({
  MEETING_NOT_FOUND: { status: 404, vi: "Không tìm thấy hội nghị.", en: "Meeting not found." },

  // --- committee, sub-committees, members

  // --- tasks, dependencies, checklist, comments, files, templates

  // --- scripts and cues
  SESSION_NOT_FOUND: { status: 404, vi: "Không tìm thấy phiên họp.", en: "Session not found." },
  CUE_NOT_FOUND: { status: 404, vi: "Không tìm thấy mục kịch bản.", en: "Script cue not found." },
  CUE_TIME_INVALID: {
    status: 400,
    vi: "Giờ bắt đầu không hợp lệ: {at} (nhập giờ:phút, ví dụ 08:30).",
    en: "Not a valid start time: {at} (type hours:minutes, e.g. 08:30).",
  },
  CUE_MEMBER_UNKNOWN: {
    status: 400,
    vi: "Người phụ trách không phải thành viên Ban Tổ chức của hội nghị này.",
    en: "The person responsible is not a member of this meeting's organising committee.",
  },
  CUE_ROOM_UNKNOWN: {
    status: 400,
    vi: "Phòng không thuộc hội nghị này.",
    en: "The room is not one of this meeting's.",
  },
  CUE_CONTINGENCY_UNKNOWN: {
    status: 400,
    vi: "Phương án xử lý tình huống không thuộc hội nghị hoặc phiên họp này.",
    en: "The contingency plan is not one of this meeting's or this session's.",
  },
  CUE_ORDER_STALE: {
    status: 409,
    vi: "Kịch bản vừa được người khác thay đổi; hãy tải lại rồi sắp xếp lại.",
    en: "Someone else has just changed the script; reload it and reorder again.",
  },

  // --- contingency plans and the live view
  CUE_DELAY_REQUIRED: {
    status: 400,
    vi: "Hãy nhập số phút chậm (từ 1 đến 600).",
    en: "Type how many minutes late (1 to 600).",
  },
});
