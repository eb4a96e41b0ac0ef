import { defineErrors } from "../../http/errors.js";

/**
 * The organising committee's errors, in Vietnamese and English (issue 13). Each area adds its own under its heading;
 * keep them grouped so parallel work merges cleanly.
 */
export const committeeErrors = defineErrors({
  MEETING_NOT_FOUND: { status: 404, vi: "Không tìm thấy hội nghị.", en: "Meeting not found." },

  // --- committee, sub-committees, members
  SUBCOMMITTEE_NOT_FOUND: { status: 404, vi: "Không tìm thấy tiểu ban.", en: "Sub-committee not found." },
  MEMBER_NOT_FOUND: { status: 404, vi: "Không tìm thấy thành viên Ban tổ chức.", en: "Committee member not found." },
  SEAT_NOT_FOUND: {
    status: 404,
    vi: "{name} không có trong tiểu ban này.",
    en: "{name} does not sit in this sub-committee.",
  },
  SEAT_TAKEN: {
    status: 409,
    vi: "{name} đã có trong {subcommittee}: mỗi thành viên chỉ được phân công một lần vào một tiểu ban.",
    en: "{name} already sits in the {subcommittee}: a member is assigned to a sub-committee only once.",
  },
  HEAD_TAKEN: {
    status: 409,
    vi: "{subcommittee} đã có trưởng tiểu ban ({name}): mỗi tiểu ban chỉ có một trưởng tiểu ban.",
    en: "The {subcommittee} already has a head ({name}): a sub-committee has only one head.",
  },
  SUBCOMMITTEE_HAS_TASKS: {
    status: 409,
    vi: "Không xóa được tiểu ban đang có {n} nhiệm vụ.",
    en: "A sub-committee with {n, plural, one {# task} other {# tasks}} cannot be deleted.",
  },
  MEMBER_HAS_WORK: {
    status: 409,
    vi: "Không xóa được {name}: đang phụ trách {tasks} nhiệm vụ, {cues} mục kịch bản và {plans} phương án xử lý tình huống. Hãy giao cho người khác trước.",
    en: "{name} cannot be deleted while owning {tasks, plural, one {# task} other {# tasks}} and responsible for {cues, plural, one {# cue} other {# cues}} and {plans, plural, one {# contingency plan} other {# contingency plans}}. Hand them to someone else first.",
  },
  MEMBER_NO_EMAIL: {
    status: 400,
    vi: "{name} chưa có địa chỉ email: hãy nhập email trước khi mời vào Focal.",
    en: "{name} has no e-mail address: add one before inviting them to Focal.",
  },
  MEMBER_HAS_ACCOUNT: {
    status: 409,
    vi: "{name} đã có tài khoản Focal cho hội nghị này.",
    en: "{name} already has a Focal account for this meeting.",
  },
  ACCOUNT_TAKEN: {
    status: 409,
    vi: "Tài khoản {email} đã gắn với thành viên khác của Ban tổ chức ({name}).",
    en: "The account {email} is already linked to another committee member ({name}).",
  },
  ACCOUNT_INACTIVE: {
    status: 409,
    vi: "Tài khoản {email} đã bị vô hiệu hóa: liên hệ quản trị viên.",
    en: "The account {email} is deactivated: ask an administrator.",
  },

  // --- tasks, dependencies, checklist, comments, files, templates

  // --- scripts and cues

  // --- contingency plans and the live view
});
