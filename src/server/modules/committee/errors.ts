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
  TASK_NOT_FOUND: { status: 404, vi: "Không tìm thấy nhiệm vụ.", en: "Task not found." },
  TASK_CHECK_NOT_FOUND: { status: 404, vi: "Không tìm thấy mục kiểm tra.", en: "Checklist item not found." },
  TASK_FILE_NOT_FOUND: { status: 404, vi: "Không tìm thấy tệp đính kèm.", en: "Attachment not found." },
  TASK_SUBCOMMITTEE_UNKNOWN: {
    status: 400,
    vi: "Tiểu ban không thuộc hội nghị này.",
    en: "The sub-committee does not belong to this meeting.",
  },
  TASK_MEMBER_UNKNOWN: {
    status: 400,
    vi: "Người được giao không phải thành viên Ban Tổ chức của hội nghị này.",
    en: "The person assigned is not a member of this meeting's organising committee.",
  },
  TASK_DUE_AFTER_MEETING: {
    status: 400,
    vi: "Hạn hoàn thành ({due}) sau ngày bế mạc hội nghị ({end}): chọn một ngày không muộn hơn {end}.",
    en: "The due date ({due}) is after the meeting closes ({end}): choose a day no later than {end}.",
  },
  TASK_CYCLE: {
    status: 400,
    vi: "Không thể thêm phụ thuộc này vì tạo thành vòng lặp: {tasks}.",
    en: "This dependency would create a cycle: {tasks}.",
  },
  TASK_DEPENDENCY_UNKNOWN: {
    status: 400,
    vi: "Nhiệm vụ phụ thuộc không thuộc hội nghị này.",
    en: "A task it depends on does not belong to this meeting.",
  },
  TASK_DEPENDENCIES_OPEN: {
    status: 409,
    vi: "Chưa thể đánh dấu hoàn thành: nhiệm vụ này phụ thuộc vào {tasks}, chưa hoàn thành.",
    en: "It cannot be marked done yet: it depends on {tasks}, not yet done.",
  },
  TASK_LINK_UNKNOWN: {
    status: 400,
    vi: "Phiên họp, phòng họp hoặc đoàn được liên kết không thuộc hội nghị này.",
    en: "A linked session, room or delegation does not belong to this meeting.",
  },
  TASK_FILE_TYPE: {
    status: 400,
    vi: "Chỉ nhận tệp PDF, Word, Excel, JPEG hoặc PNG (xác định theo nội dung tệp).",
    en: "Only PDF, Word, Excel, JPEG or PNG files are accepted (judged by the file's content).",
  },
  TASK_FILE_TOO_LARGE: {
    status: 400,
    vi: "Tệp quá lớn ({size} KB): tối đa {max} KB.",
    en: "The file is too large ({size} KB): at most {max} KB.",
  },
  TASK_TOO_MANY_FILES: {
    status: 400,
    vi: "Mỗi nhiệm vụ có tối đa {max, plural, other {# tệp đính kèm}}.",
    en: "A task has at most {max, plural, one {# attachment} other {# attachments}}.",
  },

  // --- scripts and cues
  SESSION_NOT_FOUND: { status: 404, vi: "Không tìm thấy phiên họp.", en: "Session not found." },
  CUE_NOT_FOUND: { status: 404, vi: "Không tìm thấy mục kịch bản.", en: "Script cue not found." },
  CUE_TIME_INVALID: {
    status: 400,
    vi: "Giờ bắt đầu không hợp lệ: {at} (nhập giờ:phút, ví dụ 08:30).",
    en: "Not a valid start time: {at} (type hours:minutes, e.g. 08:30).",
  },
  CUE_MEMBER_UNKNOWN: {
    status: 400,
    vi: "Người phụ trách không phải thành viên Ban Tổ chức của hội nghị này.",
    en: "The person responsible is not a member of this meeting's organising committee.",
  },
  CUE_ROOM_UNKNOWN: {
    status: 400,
    vi: "Phòng không thuộc hội nghị này.",
    en: "The room is not one of this meeting's.",
  },
  CUE_CONTINGENCY_UNKNOWN: {
    status: 400,
    vi: "Phương án xử lý tình huống không thuộc hội nghị hoặc phiên họp này.",
    en: "The contingency plan is not one of this meeting's or this session's.",
  },
  CUE_ORDER_STALE: {
    status: 409,
    vi: "Kịch bản vừa được người khác thay đổi; hãy tải lại rồi sắp xếp lại.",
    en: "Someone else has just changed the script; reload it and reorder again.",
  },

  // --- contingency plans and the live view
  CUE_DELAY_REQUIRED: {
    status: 400,
    vi: "Hãy nhập số phút chậm (từ 1 đến 600).",
    en: "Type how many minutes late (1 to 600).",
  },
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
