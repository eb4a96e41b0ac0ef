import { defineErrors } from "../../http/errors.js";

/** The audit browser's errors, in Vietnamese and English. */
export const auditErrors = defineErrors({
  AUDIT_BAD_DAY: {
    status: 400,
    vi: "{field}: {value} không phải là một ngày có thật.",
    en: "{field}: {value} is not a real calendar day.",
  },
  AUDIT_BAD_PERIOD: {
    status: 400,
    vi: "Ngày bắt đầu ({from}) phải trước hoặc bằng ngày kết thúc ({to}).",
    en: "The first day ({from}) must come before or be the last day ({to}).",
  },
});
