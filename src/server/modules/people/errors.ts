import { defineErrors } from "../../http/errors.js";

/** The people module's own errors (units), in Vietnamese and English. */
export const peopleErrors = defineErrors({
  UNIT_CODE_TAKEN: {
    status: 409,
    vi: "Mã đơn vị {code} đã được dùng cho đơn vị khác.",
    en: "The unit code {code} is already used by another unit.",
  },
  UNIT_PARENT_LOOP: {
    status: 400,
    vi: "Không thể đặt một đơn vị vào bên dưới chính nó hoặc đơn vị cấp dưới của nó.",
    en: "A unit cannot be placed under itself or under one of its own sub-units.",
  },
  UNIT_NAME_REQUIRED: {
    status: 400,
    vi: "Hãy nhập tên đơn vị bằng cả tiếng Việt và tiếng Anh.",
    en: "Enter the unit's name in both Vietnamese and English.",
  },
});
