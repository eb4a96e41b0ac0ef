import { defineErrors } from "../../http/errors.js";

/** Errors shared by the logistics areas (issue 14); each area keeps its own in its module's `errors.ts`. */
export const logisticsErrors = defineErrors({
  MEETING_NOT_FOUND: { status: 404, vi: "Không tìm thấy hội nghị.", en: "Meeting not found." },
  CHANGE_NOT_FOUND: { status: 404, vi: "Không tìm thấy thay đổi.", en: "Change not found." },
});
