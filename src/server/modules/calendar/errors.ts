import { defineErrors } from "../../http/errors.js";

/** The calendar module's errors, in Vietnamese and English. */
export const calendarErrors = defineErrors({
  DAY_INVALID: {
    status: 400,
    vi: "Ngày không hợp lệ: {value} (cần một ngày có thật, dạng YYYY-MM-DD).",
    en: "Not a valid day: {value} (a real day written YYYY-MM-DD is needed).",
  },
  RANGE_TOO_LONG: {
    status: 400,
    vi: "Khoảng thời gian dài quá {years} năm.",
    en: "The period is longer than {years} years.",
  },
  DAYS_OUT_OF_RANGE: {
    status: 400,
    vi: "Số ngày làm việc phải từ -{max} đến {max}.",
    en: "The number of working days must be between -{max} and {max}.",
  },
  YEAR_OUT_OF_RANGE: {
    status: 400,
    vi: "Năm phải từ {minYear} đến {maxYear}.",
    en: "The year must be between {minYear} and {maxYear}.",
  },
  CALENDAR_DAY_NOT_FOUND: {
    status: 404,
    vi: "Ngày {day} không có trong lịch ngày nghỉ.",
    en: "{day} is not in the working calendar.",
  },
  CALENDAR_DAY_EXISTS: {
    status: 409,
    vi: "Ngày {day} đã có trong lịch; hãy sửa mục đó.",
    en: "{day} is already in the calendar; edit that entry.",
  },
});
