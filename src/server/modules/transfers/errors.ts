import { defineErrors } from "../../http/errors.js";

/** The transfers area's errors, in Vietnamese and English (issue 14, point 3). */
export const transferErrors = defineErrors({
  VEHICLE_NOT_FOUND: { status: 404, vi: "Không tìm thấy xe.", en: "Vehicle not found." },
  TRANSFER_NOT_FOUND: {
    status: 404,
    vi: "Không tìm thấy chuyến đưa đón này (có thể chuyến bay đã đổi).",
    en: "This transfer does not exist (a flight may have changed).",
  },
  VEHICLE_BUSY: {
    status: 409,
    vi: "Xe {vehicle} đang phục vụ chuyến {other} trùng giờ.",
    en: "The vehicle {vehicle} already serves the transfer {other} at the same time.",
  },
  VEHICLE_ALREADY_ALLOCATED: {
    status: 409,
    vi: "Xe {vehicle} đã được phân cho chuyến này.",
    en: "The vehicle {vehicle} is already allocated to this transfer.",
  },
  NOT_ALLOCATED: {
    status: 404,
    vi: "Xe này không phục vụ chuyến này.",
    en: "This vehicle does not serve this transfer.",
  },
});
