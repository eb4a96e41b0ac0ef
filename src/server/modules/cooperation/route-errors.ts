import { defineErrors } from "../../http/errors.js";

/**
 * Errors of an activity's route and of the decision table (issue 12 items 3–5), in Vietnamese and English. Each says
 * what stopped the request and that nothing changed. `{step}`, `{status}` and `{decision}` are `{vi, en}` words.
 */
export const routeErrors = defineErrors({
  ACTIVITY_NOT_FOUND: { status: 404, vi: "Không tìm thấy hoạt động hợp tác.", en: "Cooperation activity not found." },
  NOT_SUBMITTABLE: {
    status: 409,
    vi: "Hoạt động đang ở trạng thái «{status}»: chỉ trình được bản nháp hoặc hoạt động đã được trả lại. Không có gì thay đổi.",
    en: "The activity is “{status}”: only a draft or a returned activity can be submitted. Nothing was changed.",
  },
  NOTHING_WAITING: {
    status: 409,
    vi: "Hoạt động đang ở trạng thái «{status}»: không có bước nào chờ quyết định. Không có gì thay đổi.",
    en: "The activity is “{status}”: no step waits for a decision. Nothing was changed.",
  },
  STEP_ALREADY_DECIDED: {
    status: 409,
    vi: "Bước «{step}» đã được {by} quyết định ({decision}) lúc {at}; không quyết định lại được. Hoạt động đang chờ bước «{current}». Không có gì thay đổi.",
    en: "The step “{step}” was already decided by {by} ({decision}) on {at}; it cannot be decided again. The activity now waits for “{current}”. Nothing was changed.",
  },
  NOT_YOUR_STEP: {
    status: 403,
    vi: "Hoạt động đang chờ bước «{current}»; chỉ người giữ bước này được quyết định, không ai được bỏ qua bước. Không có gì thay đổi.",
    en: "The activity waits for the step “{current}”; only its holder decides it and nobody skips a step. Nothing was changed.",
  },
  NO_RULE: {
    status: 409,
    vi: "Bảng quy tắc phê duyệt (phiên bản {version}) không có quy tắc nào áp dụng cho hoạt động này. Đề nghị Vụ Hợp tác quốc tế bổ sung quy tắc chung.",
    en: "The approval rules (version {version}) have no rule for this activity. Ask the ICD to add a catch-all rule.",
  },
  RULES_STALE: {
    status: 409,
    vi: "Bảng quy tắc đã được sửa (phiên bản hiện tại {current}, bạn sửa từ phiên bản {version}). Tải lại rồi sửa lại. Không có gì thay đổi.",
    en: "The rules were changed meanwhile (the current version is {current}, you edited version {version}). Reload and edit again. Nothing was changed.",
  },
  RULES_VERSION_NOT_FOUND: {
    status: 404,
    vi: "Không có phiên bản {version} của bảng quy tắc.",
    en: "There is no version {version} of the rules.",
  },
  DOCUMENT_NOT_AVAILABLE: {
    status: 409,
    vi: "{document} chỉ có cho đoàn ra đã được trình (hoạt động này: «{kind}», «{status}»).",
    en: "The {document} exists only for a submitted outbound delegation (this one: “{kind}”, “{status}”).",
  },
});
