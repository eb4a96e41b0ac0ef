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

  // --- contingency plans and the live view
  CONTINGENCY_NOT_FOUND: {
    status: 404,
    vi: "Không tìm thấy phương án xử lý tình huống.",
    en: "Contingency plan not found.",
  },
  CUE_NOT_IN_MEETING: {
    status: 400,
    vi: "Mục kịch bản không thuộc hội nghị này.",
    en: "The cue does not belong to this meeting.",
  },

  // --- readiness, templates and the daily digest (helper D)
  TEMPLATE_NOT_FOUND: { status: 404, vi: "Không tìm thấy mẫu danh sách nhiệm vụ.", en: "Task template not found." },
  TEMPLATE_EMPTY: {
    status: 400,
    vi: "Hội nghị chưa có nhiệm vụ nào để lưu thành mẫu.",
    en: "The meeting has no tasks to save as a template.",
  },
});
