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
});
