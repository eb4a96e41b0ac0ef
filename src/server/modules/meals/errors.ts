import { defineErrors } from "../../http/errors.js";

/** The meals area's errors, in Vietnamese and English (issue 14, point 4). */
export const mealsErrors = defineErrors({
  MEAL_NOT_FOUND: { status: 404, vi: "Không tìm thấy bữa ăn.", en: "Meal not found." },
});
