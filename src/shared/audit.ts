/**
 * The audit trail's words: every action the code writes (`audit(tx, actor, { action })`), every kind of record and
 * every recorded field, in Vietnamese and English, so the administrator reads "Chấp nhận báo cáo chỉ tiêu" /
 * "Accepted a target report" instead of `target_report.accept`. `AuditEntry.action` is typed `AuditAction`, so a
 * new action without a phrase does not compile, and `audit/catalogue.test.ts` scans the source for the same.
 */
import { purgedDelegateFields } from "./personalData.js";

export interface Phrase {
  vi: string;
  en: string;
}

/** The areas an administrator filters the trail by. */
export const auditModules = {
  people: { vi: "Người dùng, vai trò và đơn vị", en: "Users, roles and units" },
  auth: { vi: "Đăng nhập", en: "Sign-ins" },
  meetings: { vi: "Hội nghị", en: "Meetings" },
  registration: { vi: "Đăng ký đoàn", en: "Delegation registration" },
  badges: { vi: "Thẻ đại biểu", en: "Badges" },
  exports: { vi: "Xuất dữ liệu", en: "Exports" },
  privacy: { vi: "Dữ liệu cá nhân: xem và xóa", en: "Personal data: views and purge" },
  workplans: { vi: "Kế hoạch công tác", en: "Work plans" },
  targets: { vi: "Chỉ tiêu", en: "Targets" },
  system: { vi: "Hệ thống và sao lưu", en: "System and backups" },
  calendar: { vi: "Lịch ngày nghỉ", en: "Working calendar" },
  documents: { vi: "Văn bản và sổ đăng ký số", en: "Documents and number registers" },
  cooperation: { vi: "Hợp tác quốc tế", en: "Cooperation register" },
  // --- committee (issue 13)
  committee: { vi: "Ban tổ chức hội nghị", en: "Organising committee" },
  // --- people and logistics (issue 14)
  logistics: {
    vi: "Hậu cần hội nghị: liên lạc viên, khách sạn, đưa đón, ăn uống, an ninh",
    en: "Meeting logistics: liaison, hotels, transfers, meals, security",
  },
  health: { vi: "Sổ theo dõi y tế", en: "Health log" },
} as const satisfies Record<string, Phrase>;
export type AuditModule = keyof typeof auditModules;
export const isAuditModule = (s: string): s is AuditModule => Object.hasOwn(auditModules, s);

const a = (module: AuditModule, vi: string, en: string) => ({ module, vi, en });

/** Every action written to the trail, its area, and what it says in each language. */
export const auditActions = {
  "auth.login": a("auth", "Đăng nhập", "Signed in"),
  "auth.logout": a("auth", "Đăng xuất", "Signed out"),
  "auth.failed": a("auth", "Đăng nhập sai mật khẩu", "Failed to sign in (wrong password)"),
  "auth.locked": a(
    "auth",
    "Tạm dừng đăng nhập từ một địa chỉ sau nhiều lần sai mật khẩu",
    "Paused sign-ins from one address after failed attempts",
  ),

  "user.invite": a("people", "Mời người dùng", "Invited a user"),
  "user.update": a("people", "Sửa thông tin người dùng", "Changed a user's details"),
  "user.deactivate": a("people", "Vô hiệu hóa tài khoản", "Deactivated an account"),
  "user.activate": a("people", "Kích hoạt lại tài khoản", "Reactivated an account"),
  "user.preferences": a("people", "Đổi ngôn ngữ", "Changed language"),
  "user.password_set": a("people", "Đặt mật khẩu", "Set a password"),
  "user.invitation_revoke": a("people", "Thu hồi liên kết mời", "Withdrew an invitation link"),
  "user.invitation_resend": a("people", "Gửi lại liên kết mời", "Sent a new invitation link"),
  "user.create_contact": a("people", "Tạo tài khoản đầu mối đoàn", "Created a delegation contact's account"),
  "user.create_admin": a("people", "Tạo tài khoản quản trị (dòng lệnh)", "Created an administrator (command line)"),
  "grant.add": a("people", "Giao vai trò", "Granted a role"),
  "grant.remove": a("people", "Thu hồi vai trò", "Revoked a role"),
  "unit.create": a("people", "Thêm đơn vị", "Added a unit"),
  "unit.update": a("people", "Sửa đơn vị", "Changed a unit"),

  "meeting.create": a("meetings", "Tạo hội nghị", "Created a meeting"),
  "meeting.update": a("meetings", "Sửa thông tin hội nghị", "Changed a meeting"),
  "venue.create": a("meetings", "Thêm địa điểm", "Added a venue"),
  "venue.update": a("meetings", "Sửa địa điểm", "Changed a venue"),
  "venue.delete": a("meetings", "Xóa địa điểm", "Deleted a venue"),
  "room.create": a("meetings", "Thêm phòng họp", "Added a room"),
  "room.update": a("meetings", "Sửa phòng họp", "Changed a room"),
  "room.delete": a("meetings", "Xóa phòng họp", "Deleted a room"),
  "delegation.create": a("meetings", "Thêm đoàn đại biểu", "Added a delegation"),
  "delegation.update": a("meetings", "Sửa thông tin đoàn", "Changed a delegation"),
  "delegation.delete": a("meetings", "Xóa đoàn đại biểu", "Deleted a delegation"),
  "delegate.create": a("meetings", "Thêm đại biểu", "Added a delegate"),
  "delegate.update": a("meetings", "Sửa thông tin đại biểu", "Changed a delegate"),
  "delegate.delete": a("meetings", "Xóa đại biểu", "Deleted a delegate"),
  "delegate.accredit": a("meetings", "Duyệt đại biểu", "Accredited a delegate"),
  "delegate.reject": a("meetings", "Từ chối đại biểu", "Rejected a delegate"),
  "delegate.reset": a("meetings", "Đưa đại biểu về chờ duyệt", "Returned a delegate to pending"),
  "delegate.photo": a("meetings", "Cập nhật ảnh đại biểu", "Updated a delegate's photo"),
  "session.create": a("meetings", "Thêm phiên họp", "Added a session"),
  "session.update": a("meetings", "Sửa phiên họp", "Changed a session"),
  "session.delete": a("meetings", "Xóa phiên họp", "Deleted a session"),

  "registration.link_create": a("registration", "Gửi liên kết đăng ký", "Sent a registration link"),
  "registration.link_revoke": a("registration", "Thu hồi liên kết đăng ký", "Revoked a registration link"),
  "registration.link_superseded": a(
    "registration",
    "Thay liên kết đăng ký bằng liên kết mới",
    "Replaced a registration link with a new one",
  ),
  "registration.link_open": a("registration", "Mở liên kết đăng ký", "Opened a registration link"),
  "registration.submit": a("registration", "Gửi danh sách chính thức của đoàn", "Submitted a delegation's list"),
  "registration.import_start": a("registration", "Tải lên tệp danh sách đại biểu", "Uploaded a delegate list"),
  "registration.import_edit": a("registration", "Sửa một dòng của tệp tải lên", "Edited a row of an upload"),
  "registration.import_drop": a("registration", "Bỏ một dòng của tệp tải lên", "Left out a row of an upload"),
  "registration.import_commit": a("registration", "Xác nhận tệp tải lên", "Confirmed an upload"),
  "registration.import_discard": a("registration", "Hủy tệp tải lên", "Discarded an upload"),
  "registration.propose": a("registration", "Đề nghị thay đổi sau hạn đăng ký", "Proposed a change after the deadline"),
  "registration.proposal_accept": a("registration", "Đồng ý đề nghị thay đổi", "Accepted a proposed change"),
  "registration.proposal_refuse": a("registration", "Từ chối đề nghị thay đổi", "Refused a proposed change"),
  "registration.proposal_withdraw": a("registration", "Rút đề nghị thay đổi", "Withdrew a proposed change"),

  "badge.issue": a("badges", "Cấp thẻ đại biểu", "Issued a badge"),
  "badge.revoke": a("badges", "Thu hồi thẻ đại biểu", "Revoked a badge"),
  "badge.batch": a("badges", "In loạt thẻ đại biểu", "Printed a batch of badges"),

  "export.participants": a("exports", "Xuất danh sách đại biểu (Excel)", "Exported the participants (Excel)"),
  "export.info_pack": a("exports", "Xuất hồ sơ thông tin của đoàn", "Exported a delegation's information pack"),

  "meeting.purge": a("privacy", "Xóa dữ liệu cá nhân của hội nghị", "Purged a meeting's personal data"),
  "personal_data.read": a("privacy", "Xem dữ liệu cá nhân của đại biểu", "Viewed delegates' personal data"),

  "workplan.snapshot.create": a("workplans", "Lưu bản chụp kế hoạch", "Saved a snapshot of a work plan"),
  "workplan.activity.create": a("workplans", "Thêm hoạt động", "Added an activity"),
  "workplan.activity.update": a("workplans", "Sửa hoạt động", "Changed an activity"),
  "workplan.activity.status": a("workplans", "Cập nhật tình trạng hoạt động", "Updated an activity's status"),
  "workplan.proposal.submit": a("workplans", "Đề xuất hoạt động mới", "Proposed a new activity"),
  "workplan.proposal.adopt": a("workplans", "Thông qua hoạt động đề xuất", "Adopted a proposed activity"),

  "target_report.save": a("targets", "Lưu nháp báo cáo chỉ tiêu", "Saved a target report as a draft"),
  "target_report.submit": a("targets", "Gửi báo cáo chỉ tiêu", "Submitted a target report"),
  "target_report.accept": a("targets", "Chấp nhận báo cáo chỉ tiêu", "Accepted a target report"),
  "target_report.return": a("targets", "Trả lại báo cáo chỉ tiêu để sửa", "Returned a target report for revision"),
  "target_report.reopen": a("targets", "Mở lại báo cáo chỉ tiêu đã chấp nhận", "Reopened an accepted target report"),
  "target_year.lock": a("targets", "Khoá năm báo cáo chỉ tiêu", "Locked a reporting year"),
  "target_year.unlock": a("targets", "Mở khoá năm báo cáo chỉ tiêu", "Unlocked a reporting year"),

  "calendar_day.create": a("calendar", "Thêm ngày vào lịch ngày nghỉ", "Added a day to the working calendar"),
  "calendar_day.update": a("calendar", "Sửa một ngày của lịch ngày nghỉ", "Changed a day of the working calendar"),
  "calendar_day.delete": a("calendar", "Xóa một ngày khỏi lịch ngày nghỉ", "Removed a day from the working calendar"),

  "backup.create": a("system", "Tạo bản sao lưu", "Took a backup"),
  "backup.download": a("system", "Tải bản sao lưu", "Downloaded a backup"),
  "seed.people": a("system", "Nạp dữ liệu mẫu: người dùng và đơn vị", "Loaded demo data: users and units"),
  "seed.meetings": a("system", "Nạp dữ liệu mẫu: hội nghị", "Loaded demo data: meetings"),
  "seed.registration": a("system", "Nạp dữ liệu mẫu: đăng ký đoàn", "Loaded demo data: registration"),
  "seed.workplans": a("system", "Nạp dữ liệu mẫu: kế hoạch công tác", "Loaded demo data: work plans"),
  "seed.targets": a("system", "Nạp dữ liệu mẫu: chỉ tiêu", "Loaded demo data: targets"),
  "document.issue": a("documents", "Cấp số và ban hành văn bản", "Issued a numbered document"),
  "coop_activity.submit": a("cooperation", "Trình hoạt động hợp tác quốc tế", "Submitted a cooperation activity"),
  "coop_activity.decide": a(
    "cooperation",
    "Quyết định một bước phê duyệt hoạt động hợp tác quốc tế",
    "Decided a step of a cooperation activity's route",
  ),
  "coop_rules.update": a(
    "cooperation",
    "Sửa bảng quy tắc phê duyệt hợp tác quốc tế",
    "Changed the cooperation approval rules",
  ),
  "seed.cooperation": a("system", "Nạp dữ liệu mẫu: hợp tác quốc tế", "Loaded demo data: cooperation register"),

  "coop_activity.create": a("cooperation", "Tạo hoạt động hợp tác quốc tế", "Created a cooperation activity"),
  "coop_activity.update": a("cooperation", "Sửa hoạt động hợp tác quốc tế", "Changed a cooperation activity"),
  "coop_activity.cancel": a("cooperation", "Hủy hoạt động hợp tác quốc tế", "Cancelled a cooperation activity"),
  "coop_activity.results": a("cooperation", "Báo cáo kết quả hoạt động hợp tác", "Reported an activity's results"),
  "coop_activity.results_reminder": a(
    "cooperation",
    "Nhắc báo cáo kết quả quá hạn",
    "Reminded a unit of overdue results",
  ),
  "coop_activity.export": a("cooperation", "Xuất danh sách hoạt động hợp tác ra Excel", "Exported activities to Excel"),
  "coop_attachment.upload": a("cooperation", "Tải lên tệp đính kèm hoạt động", "Uploaded an activity's attachment"),
  "coop_attachment.download": a(
    "cooperation",
    "Tải xuống tệp đính kèm hoạt động",
    "Downloaded an activity's attachment",
  ),
  "coop_attachment.delete": a("cooperation", "Xóa tệp đính kèm hoạt động", "Deleted an activity's attachment"),
  "coop_partner.create": a("cooperation", "Thêm đối tác nước ngoài", "Added a foreign partner"),
  "coop_partner.update": a("cooperation", "Sửa đối tác nước ngoài", "Changed a foreign partner"),
  "coop_plan_item.create": a("cooperation", "Đề xuất mục kế hoạch hợp tác", "Proposed a plan item"),
  "coop_plan_item.update": a("cooperation", "Sửa mục kế hoạch hợp tác", "Changed a plan item"),
  "coop_plan.consolidate": a("cooperation", "Tổng hợp kế hoạch hợp tác quốc tế năm", "Consolidated the annual plan"),
  "coop_plan.approve": a("cooperation", "Phê duyệt kế hoạch hợp tác quốc tế năm", "Approved the annual plan"),
  // --- committee, sub-committees, members (issue 13)
  "committee_subcommittee.create": a("committee", "Thêm tiểu ban", "Added a sub-committee"),
  "committee_subcommittee.update": a("committee", "Sửa tiểu ban", "Changed a sub-committee"),
  "committee_subcommittee.delete": a("committee", "Xóa tiểu ban", "Deleted a sub-committee"),
  "committee_seat.add": a("committee", "Phân công thành viên vào tiểu ban", "Seated a member in a sub-committee"),
  "committee_seat.update": a("committee", "Đổi vai trò trong tiểu ban", "Changed a member's role in a sub-committee"),
  "committee_seat.remove": a("committee", "Rút thành viên khỏi tiểu ban", "Removed a member from a sub-committee"),
  "committee_member.create": a("committee", "Thêm thành viên Ban tổ chức", "Added a committee member"),
  "committee_member.update": a("committee", "Sửa thành viên Ban tổ chức", "Changed a committee member"),
  "committee_member.delete": a("committee", "Xóa thành viên Ban tổ chức", "Deleted a committee member"),
  "committee_member.invite": a(
    "committee",
    "Mời thành viên Ban tổ chức vào Focal",
    "Invited a committee member to Focal",
  ),
  // --- committee tasks (issue 13)
  "committee_task.create": a("committee", "Tạo nhiệm vụ của Ban Tổ chức", "Created a committee task"),
  "committee_task.update": a("committee", "Sửa nhiệm vụ của Ban Tổ chức", "Changed a committee task"),
  "committee_task.delete": a("committee", "Xóa nhiệm vụ của Ban Tổ chức", "Deleted a committee task"),
  "committee_task.checklist": a("committee", "Sửa danh mục kiểm tra của nhiệm vụ", "Changed a task's checklist"),
  "committee_task.comment": a("committee", "Bình luận về nhiệm vụ", "Commented on a task"),
  "committee_task.file_upload": a("committee", "Tải lên tệp của nhiệm vụ", "Uploaded a task's file"),
  "committee_task.file_download": a("committee", "Tải xuống tệp của nhiệm vụ", "Downloaded a task's file"),
  "committee_task.file_delete": a("committee", "Xóa tệp của nhiệm vụ", "Deleted a task's file"),
  "seed.committee_tasks": a("system", "Nạp dữ liệu mẫu: nhiệm vụ Ban Tổ chức", "Loaded demo data: committee tasks"),
  // committee — scripts and the live view
  "committee_cue.create": a("committee", "Thêm mục kịch bản chi tiết", "Added a script cue"),
  "committee_cue.update": a("committee", "Sửa mục kịch bản chi tiết", "Changed a script cue"),
  "committee_cue.delete": a("committee", "Xóa mục kịch bản chi tiết", "Deleted a script cue"),
  "committee_cue.reorder": a("committee", "Sắp xếp lại kịch bản chi tiết", "Reordered a script"),
  "committee_cue.mark": a("committee", "Đánh dấu mục kịch bản (xong, chậm)", "Marked a script cue (done, delayed)"),
  "committee_script.print": a("committee", "In kịch bản chi tiết", "Printed a script"),
  // organising committee: contingency plans, templates, daily digest (issue 13)
  "committee_contingency.create": a("committee", "Thêm phương án xử lý tình huống", "Added a contingency plan"),
  "committee_contingency.update": a("committee", "Sửa phương án xử lý tình huống", "Changed a contingency plan"),
  "committee_contingency.delete": a("committee", "Xóa phương án xử lý tình huống", "Deleted a contingency plan"),
  "committee_contingency.link_cue": a(
    "committee",
    "Gắn phương án xử lý tình huống với mục kịch bản",
    "Linked a contingency plan to a cue",
  ),
  "committee_contingency.unlink_cue": a(
    "committee",
    "Bỏ gắn phương án xử lý tình huống khỏi mục kịch bản",
    "Unlinked a contingency plan from a cue",
  ),
  "committee_template.create": a("committee", "Lưu danh sách nhiệm vụ thành mẫu", "Saved a task list as a template"),
  "committee_template.apply": a("committee", "Tạo nhiệm vụ từ mẫu", "Created tasks from a template"),
  "committee_template.delete": a("committee", "Xóa mẫu danh sách nhiệm vụ", "Deleted a task template"),
  "committee_task.digest": a("committee", "Gửi thư tổng hợp nhiệm vụ hằng ngày", "Sent the daily digest of tasks"),
  // --- logistics (issue 14): changes, settings
  "logistics_change.ack": a("logistics", "Xác nhận đã xử lý thay đổi của đại biểu", "Acknowledged a delegate's change"),
  "logistics_settings.update": a("logistics", "Sửa thiết lập hậu cần", "Changed the logistics settings"),
  // --- lodging (issue 14, point 2): hotels, room blocks, stays, the hotel's rooming list
  "lodging_hotel.create": a("logistics", "Thêm khách sạn", "Added a hotel"),
  "lodging_hotel.update": a("logistics", "Sửa thông tin khách sạn", "Changed a hotel"),
  "lodging_blocks.update": a("logistics", "Sửa số phòng giữ của khách sạn", "Changed a hotel's room blocks"),
  "lodging_stay.set": a("logistics", "Xếp phòng cho đại biểu", "Gave a delegate a room"),
  "lodging_stay.remove": a("logistics", "Bỏ xếp phòng của đại biểu", "Took a delegate's room away"),
  "lodging_stay.assign": a("logistics", "Tự động xếp phòng cho đại biểu", "Assigned rooms automatically"),
  "export.rooming": a(
    "exports",
    "Xuất danh sách phòng của khách sạn (Excel)",
    "Exported a hotel's rooming list (Excel)",
  ),
  // --- meals (issue 14, point 4)
  "meal.create": a("logistics", "Thêm bữa ăn", "Added a meal"),
  "meal.update": a("logistics", "Sửa bữa ăn", "Changed a meal"),
  "meal.delete": a("logistics", "Xóa bữa ăn", "Deleted a meal"),
  "meal.freeze": a("logistics", "Chốt số suất ăn khi đến hạn", "Froze a meal's counts at the cut-off"),
  "meal.kitchen_sheet": a("logistics", "Tải phiếu bếp của bữa ăn", "Downloaded a meal's kitchen sheet"),
  // --- transfers (issue 14, point 3)
  "transfer_vehicle.create": a("logistics", "Thêm xe đưa đón", "Added a vehicle"),
  "transfer_vehicle.update": a("logistics", "Sửa xe đưa đón", "Changed a vehicle"),
  "transfer_vehicle.delete": a("logistics", "Xóa xe đưa đón", "Deleted a vehicle"),
  "transfer_allocation.add": a("logistics", "Phân xe cho chuyến đưa đón", "Allocated a vehicle to a transfer"),
  "transfer_allocation.remove": a("logistics", "Bỏ xe khỏi chuyến đưa đón", "Removed a vehicle from a transfer"),
  "transfer_allocation.auto": a(
    "logistics",
    "Tự động phân xe cho các chuyến đưa đón",
    "Allocated vehicles automatically",
  ),
  // --- health log (issue 14, point 6): ids and kind only, never the content
  "health_entry.create": a("health", "Ghi một mục sổ theo dõi y tế", "Added a health log entry"),
  "health_entry.update": a("health", "Sửa một mục sổ theo dõi y tế", "Changed a health log entry"),
  "health_entry.delete": a("health", "Xóa một mục sổ theo dõi y tế", "Deleted a health log entry"),
  "health_scenario.activate": a("health", "Áp dụng kịch bản dịch bệnh", "Activated an epidemic scenario"),
  "health_scenario.deactivate": a("health", "Dừng áp dụng kịch bản dịch bệnh", "Deactivated an epidemic scenario"),
  "health_log.export": a("health", "Xuất sổ theo dõi y tế (Excel)", "Exported the health log (Excel)"),
  // --- security checklists and incidents (issue 14, point 5)
  "security_checklist.create": a("logistics", "Tạo danh mục kiểm tra an ninh", "Created a security checklist"),
  "security_checklist.delete": a("logistics", "Xóa danh mục kiểm tra an ninh", "Deleted a security checklist"),
  "security_item.create": a("logistics", "Thêm mục kiểm tra an ninh", "Added a security checklist item"),
  "security_item.update": a("logistics", "Sửa mục kiểm tra an ninh", "Changed a security checklist item"),
  "security_item.delete": a("logistics", "Xóa mục kiểm tra an ninh", "Deleted a security checklist item"),
  "security_item.status": a(
    "logistics",
    "Đánh dấu mục kiểm tra an ninh (xong, ký xác nhận, hoàn tác)",
    "Marked a security item (done, signed off, undone)",
  ),
  "security_item.photo": a("logistics", "Đính kèm ảnh minh chứng an ninh", "Attached a security evidence photo"),
  "security_item.photo_delete": a("logistics", "Xóa ảnh minh chứng an ninh", "Removed a security evidence photo"),
  "security_incident.create": a("logistics", "Ghi sự cố an ninh", "Logged a security incident"),
  "security_incident.update": a("logistics", "Sửa sự cố an ninh", "Changed a security incident"),
  // --- liaison officers and volunteers (issue 14, point 1)
  "liaison_officer.create": a(
    "logistics",
    "Thêm cán bộ liên lạc / tình nguyện viên",
    "Added a liaison officer or volunteer",
  ),
  "liaison_officer.update": a("logistics", "Sửa thông tin cán bộ liên lạc", "Changed a liaison officer"),
  "liaison_officer.delete": a("logistics", "Xóa cán bộ liên lạc", "Deleted a liaison officer"),
  "liaison_training.create": a("logistics", "Lên lịch tập huấn cán bộ liên lạc", "Scheduled a liaison training"),
  "liaison_training.update": a("logistics", "Sửa buổi tập huấn", "Changed a liaison training"),
  "liaison_training.delete": a("logistics", "Xóa buổi tập huấn", "Deleted a liaison training"),
  "liaison_training.attendance": a(
    "logistics",
    "Ghi danh sách mời và điểm danh tập huấn",
    "Recorded a training's invitations and attendance",
  ),
  "liaison_assignment.set": a(
    "logistics",
    "Phân công cán bộ liên lạc cho đoàn",
    "Assigned a liaison officer to a delegation",
  ),
  "liaison_assignment.clear": a(
    "logistics",
    "Bỏ phân công cán bộ liên lạc của đoàn",
    "Removed a delegation's liaison officer",
  ),
  "liaison_notice.send": a(
    "logistics",
    "Gửi thông báo cán bộ liên lạc cho đoàn",
    "Sent a delegation its liaison officer's contacts",
  ),
} as const satisfies Record<string, { module: AuditModule } & Phrase>;
export type AuditAction = keyof typeof auditActions;

export const isAuditAction = (s: string): s is AuditAction => Object.hasOwn(auditActions, s);

/** The actions of one area (the module filter). */
export function actionsOfModule(m: AuditModule): AuditAction[] {
  return Object.keys(auditActions)
    .filter(isAuditAction)
    .filter((k) => auditActions[k].module === m);
}

/** The sign-in view: successes, failures, lockouts and sign-outs. */
export const signInActions = actionsOfModule("auth");

/** Every kind of record the trail names. */
export const auditEntities = {
  user: { vi: "Người dùng", en: "User" },
  unit: { vi: "Đơn vị", en: "Unit" },
  system: { vi: "Hệ thống", en: "System" },
  backup: { vi: "Bản sao lưu", en: "Backup" },
  meeting: { vi: "Hội nghị", en: "Meeting" },
  venue: { vi: "Địa điểm", en: "Venue" },
  room: { vi: "Phòng họp", en: "Room" },
  delegation: { vi: "Đoàn đại biểu", en: "Delegation" },
  delegate: { vi: "Đại biểu", en: "Delegate" },
  meeting_session: { vi: "Phiên họp", en: "Session" },
  registration_link: { vi: "Liên kết đăng ký", en: "Registration link" },
  registration_import: { vi: "Tệp tải lên", en: "Upload" },
  registration_proposal: { vi: "Đề nghị thay đổi", en: "Proposed change" },
  badge: { vi: "Thẻ đại biểu", en: "Badge" },
  badge_job: { vi: "Loạt thẻ", en: "Badge batch" },
  workplan: { vi: "Kế hoạch công tác", en: "Work plan" },
  workplan_activity: { vi: "Hoạt động", en: "Activity" },
  target_report: { vi: "Báo cáo chỉ tiêu", en: "Target report" },
  target_scheme: { vi: "Đề án chỉ tiêu", en: "Target scheme" },
  calendar_day: { vi: "Ngày trong lịch ngày nghỉ", en: "Working-calendar day" },
  issued_document: { vi: "Văn bản đã cấp số", en: "Numbered document" },
  coop_activity: { vi: "Hoạt động hợp tác quốc tế", en: "Cooperation activity" },
  coop_rules: { vi: "Bảng quy tắc phê duyệt hợp tác quốc tế", en: "Cooperation approval rules" },
  coop_partner: { vi: "Đối tác nước ngoài", en: "Foreign partner" },
  coop_plan: { vi: "Kế hoạch hợp tác quốc tế năm", en: "Annual cooperation plan" },
  coop_plan_item: { vi: "Mục kế hoạch hợp tác", en: "Plan item" },
  // --- committee (issue 13)
  committee_subcommittee: { vi: "Tiểu ban", en: "Sub-committee" },
  committee_member: { vi: "Thành viên Ban tổ chức", en: "Committee member" },
  // --- committee tasks (issue 13)
  committee_task: { vi: "Nhiệm vụ của Ban Tổ chức", en: "Committee task" },
  // committee — scripts
  committee_cue: { vi: "Mục kịch bản chi tiết", en: "Script cue" },
  committee_script: { vi: "Kịch bản chi tiết của phiên họp", en: "Session script" },
  // organising committee (issue 13): contingency plans, templates, daily digest
  committee_contingency: { vi: "Phương án xử lý tình huống", en: "Contingency plan" },
  committee_template: { vi: "Mẫu danh sách nhiệm vụ", en: "Task template" },
  // --- logistics (issue 14)
  logistics_change: { vi: "Thay đổi của đại biểu (hậu cần)", en: "Delegate change (logistics)" },
  logistics_settings: { vi: "Thiết lập hậu cần", en: "Logistics settings" },
  // --- lodging (issue 14, point 2)
  lodging_hotel: { vi: "Khách sạn", en: "Hotel" },
  lodging_stay: { vi: "Phòng của đại biểu", en: "Delegate's room" },
  // --- meals (issue 14, point 4)
  meal: { vi: "Bữa ăn", en: "Meal" },
  // --- transfers (issue 14, point 3)
  transfer_vehicle: { vi: "Xe đưa đón", en: "Vehicle" },
  transfer: { vi: "Chuyến đưa đón sân bay", en: "Airport transfer" },
  // --- health log (issue 14, point 6)
  health_entry: { vi: "Mục sổ theo dõi y tế", en: "Health log entry" },
  health_scenario: { vi: "Kịch bản dịch bệnh", en: "Epidemic scenario" },
  // --- security checklists and incidents (issue 14, point 5)
  security_checklist: { vi: "Danh mục kiểm tra an ninh", en: "Security checklist" },
  security_item: { vi: "Mục kiểm tra an ninh", en: "Security checklist item" },
  security_incident: { vi: "Sự cố an ninh", en: "Security incident" },
  // --- liaison officers and volunteers (issue 14, point 1)
  liaison_officer: { vi: "Cán bộ liên lạc / tình nguyện viên", en: "Liaison officer / volunteer" },
  liaison_training: { vi: "Buổi tập huấn cán bộ liên lạc", en: "Liaison training" },
  liaison_assignment: { vi: "Phân công cán bộ liên lạc (theo đoàn)", en: "Liaison assignment (by delegation)" },
  liaison_notice: { vi: "Thông báo cán bộ liên lạc gửi đoàn", en: "Liaison notice to a delegation" },
} as const satisfies Record<string, Phrase>;
export type AuditEntity = keyof typeof auditEntities;
export const isAuditEntity = (s: string): s is AuditEntity => Object.hasOwn(auditEntities, s);

const f = (vi: string, en: string): Phrase => ({ vi, en });

/** Field labels every kind of record shares; `auditFieldsByEntity` overrides per kind. */
export const auditFieldLabels: Record<string, Phrase> = {
  name: f("Tên", "Name"),
  nameVi: f("Tên tiếng Việt", "Name in Vietnamese"),
  nameEn: f("Tên tiếng Anh", "Name in English"),
  titleVi: f("Tiêu đề tiếng Việt", "Title in Vietnamese"),
  titleEn: f("Tiêu đề tiếng Anh", "Title in English"),
  title: f("Chức danh", "Title"),
  code: f("Mã", "Code"),
  kind: f("Loại", "Kind"),
  status: f("Trạng thái", "Status"),
  note: f("Ghi chú", "Note"),
  notesVi: f("Ghi chú tiếng Việt", "Notes in Vietnamese"),
  notesEn: f("Ghi chú tiếng Anh", "Notes in English"),
  email: f("Email", "E-mail"),
  language: f("Ngôn ngữ", "Language"),
  active: f("Đang hoạt động", "Active"),
  external: f("Người ngoài Bộ", "From outside the ministry"),
  organisation: f("Cơ quan, tổ chức", "Organisation"),
  unitId: f("Đơn vị", "Unit"),
  parentId: f("Đơn vị cấp trên", "Parent unit"),
  mergedInto: f("Sáp nhập vào", "Merged into"),
  meetingId: f("Hội nghị", "Meeting"),
  delegationId: f("Đoàn", "Delegation"),
  role: f("Vai trò", "Role"),
  scopeKind: f("Phạm vi", "Scope"),
  scopeId: f("Thuộc", "Within"),
  grants: f("Vai trò", "Roles"),
  failedLogins: f("Số lần đăng nhập sai", "Failed sign-ins"),
  userAgent: f("Trình duyệt", "Browser"),
  lockedUntil: f("Khóa đến", "Locked until"),
  pauseSeconds: f("Tạm dừng (giây)", "Pause (seconds)"),
  lastLoginAt: f("Đăng nhập gần nhất", "Last signed in"),
  // meetings
  themeVi: f("Chủ đề tiếng Việt", "Theme in Vietnamese"),
  themeEn: f("Chủ đề tiếng Anh", "Theme in English"),
  startDate: f("Ngày bắt đầu", "Start date"),
  endDate: f("Ngày kết thúc", "End date"),
  cityVi: f("Thành phố (tiếng Việt)", "City (Vietnamese)"),
  cityEn: f("Thành phố (tiếng Anh)", "City (English)"),
  timeZone: f("Múi giờ", "Time zone"),
  registrationDeadline: f("Hạn đăng ký", "Registration deadline"),
  purgeAt: f("Ngày xóa dữ liệu cá nhân", "Personal data purged on"),
  purgedAt: f("Đã xóa dữ liệu cá nhân lúc", "Personal data purged at"),
  address: f("Địa chỉ", "Address"),
  capacity: f("Sức chứa", "Capacity"),
  country: f("Quốc gia", "Country"),
  category: f("Nhóm", "Category"),
  contactName: f("Người liên hệ", "Contact"),
  contactEmail: f("Email người liên hệ", "Contact's e-mail"),
  fullName: f("Họ tên", "Full name"),
  honorific: f("Danh xưng", "Honorific"),
  gender: f("Giới tính", "Gender"),
  position: f("Chức vụ", "Position"),
  nationality: f("Quốc tịch", "Nationality"),
  accreditationStatus: f("Duyệt", "Accreditation"),
  accreditationReason: f("Lý do", "Reason"),
  accreditedAt: f("Duyệt lúc", "Accredited at"),
  sessionIds: f("Phiên tham dự", "Sessions attended"),
  delegationIds: f("Các đoàn", "Delegations"),
  delegateIds: f("Đại biểu", "Delegates"),
  startsAt: f("Bắt đầu", "Starts"),
  endsAt: f("Kết thúc", "Ends"),
  chair: f("Chủ trì", "Chair"),
  chairEn: f("Chủ trì (tiếng Anh)", "Chair (English)"),
  agenda: f("Chương trình nghị sự", "Agenda"),
  // registration
  expiresAt: f("Hết hạn", "Expires"),
  revokedAt: f("Thu hồi lúc", "Revoked at"),
  openCount: f("Số lần mở", "Times opened"),
  lastOpenedAt: f("Mở gần nhất", "Last opened"),
  createdByName: f("Người tạo", "Created by"),
  number: f("Lần gửi", "Submission"),
  delegateCount: f("Số đại biểu", "Delegates"),
  fileName: f("Tên tệp", "File name"),
  format: f("Định dạng", "Format"),
  total: f("Tổng số", "Total"),
  done: f("Đã xử lý", "Processed"),
  size: f("Kích thước", "Size"),
  created: f("Đã tạo", "Created"),
  dropped: f("Bỏ qua", "Left out"),
  row: f("Dòng", "Row"),
  values: f("Giá trị", "Values"),
  photos: f("Ảnh", "Photos"),
  delegateName: f("Đại biểu", "Delegate"),
  payload: f("Nội dung đề nghị", "Proposed content"),
  reason: f("Lý do", "Reason"),
  proposedByName: f("Người đề nghị", "Proposed by"),
  proposedAt: f("Đề nghị lúc", "Proposed at"),
  decidedAt: f("Quyết định lúc", "Decided at"),
  error: f("Lỗi", "Error"),
  committedAt: f("Xác nhận lúc", "Confirmed at"),
  issuedAt: f("Cấp lúc", "Issued at"),
  revokedReason: f("Lý do thu hồi", "Reason for revoking"),
  decidedByName: f("Người quyết định", "Decided by"),
  // badges and exports
  issueNumber: f("Lần cấp", "Issue"),
  selection: f("Lựa chọn", "Selection"),
  delegates: f("Số đại biểu", "Delegates"),
  personal: f("Có dữ liệu cá nhân", "With personal data"),
  view: f("Mức xem", "View"),
  fields: f("Các trường", "Fields"),
  rows: f("Số dòng", "Rows"),
  columns: f("Các cột", "Columns"),
  counts: f("Số lượng", "Counts"),
  // work plans
  leads: f("Chủ trì", "Leads"),
  coLeads: f("Đồng chủ trì", "Co-leads"),
  plannedYears: f("Năm dự kiến", "Planned years"),
  statusOn: f("Tình trạng từ ngày", "Status since"),
  proposedBy: f("Người đề xuất", "Proposed by"),
  proposedOn: f("Ngày đề xuất", "Proposed on"),
  adoptedOn: f("Ngày thông qua", "Adopted on"),
  adoptedAt: f("Thông qua lúc", "Adopted at"),
  asOf: f("Tính đến ngày", "As of"),
  byStatus: f("Theo tình trạng", "By status"),
  // targets
  agencyCode: f("Cơ quan báo cáo", "Reporting agency"),
  period: f("Kỳ báo cáo", "Period"),
  returnComment: f("Lý do trả lại", "Reason for return"),
  submittedAt: f("Gửi lúc", "Submitted at"),
  submittedBy: f("Người gửi", "Submitted by"),
  reviewedAt: f("Xem xét lúc", "Reviewed at"),
  reviewedBy: f("Người xem xét", "Reviewed by"),
  // demo data loaded
  units: f("Số đơn vị", "Units"),
  users: f("Số người dùng", "Users"),
  sessions: f("Số phiên họp", "Sessions"),
  delegations: f("Các đoàn", "Delegations"),
  versions: f("Số lần gửi danh sách", "List submissions"),
  workplans: f("Kế hoạch công tác", "Work plans"),
  proposals: f("Số đề xuất", "Proposals"),
  agencies: f("Số cơ quan báo cáo", "Reporting agencies"),
  scheme: f("Đề án", "Scheme"),
  reports: f("Số báo cáo", "Reports"),
  // working calendar
  date: f("Ngày", "Date"),
  source: f("Nguồn", "Source"),
  // cooperation register
  countries: f("Quốc gia", "Countries"),
  place: f("Địa điểm", "Place"),
  mode: f("Hình thức", "Format"),
  leaderName: f("Trưởng đoàn / người chủ trì", "Leader"),
  leaderRank: f("Cấp của trưởng đoàn", "Leader's rank"),
  fundingSource: f("Nguồn kinh phí", "Funding source"),
  fundingEstimate: f("Dự toán kinh phí (đồng)", "Funding estimate (VND)"),
  purpose: f("Mục đích", "Purpose"),
  expectedResults: f("Kết quả dự kiến", "Expected results"),
  outOfPlanReason: f("Lý do ngoài kế hoạch", "Reason outside the plan"),
  details: f("Thông tin theo loại hoạt động", "Kind-specific details"),
  ruleVersion: f("Phiên bản bảng quy tắc", "Rule table version"),
  currentStep: f("Bước hiện tại", "Current step"),
  leadRequired: f("Số ngày làm việc cần trước", "Working days required"),
  leadAvailable: f("Số ngày làm việc còn lại khi trình", "Working days available"),
  resultsDueOn: f("Hạn báo cáo kết quả", "Results due on"),
  results: f("Kết quả", "Results"),
  followUp: f("Việc tiếp theo", "Follow-up"),
  resultsReportedAt: f("Báo cáo kết quả lúc", "Results reported at"),
  resultsReminderSentAt: f("Nhắc báo cáo kết quả lúc", "Results reminder sent at"),
  partnerIds: f("Đối tác", "Partners"),
  members: f("Thành viên", "Members"),
  shortName: f("Tên viết tắt", "Short name"),
  monthFrom: f("Từ tháng", "From month"),
  monthTo: f("Đến tháng", "To month"),
  memberCount: f("Số thành viên", "Members"),
  pmApproved: f("Thủ tướng đã phê duyệt", "Approved by the Prime Minister"),
  decisionNumber: f("Số quyết định", "Decision number"),
  decisionDate: f("Ngày quyết định", "Decision date"),
  mime: f("Loại tệp", "File type"),
  activities: f("Số hoạt động", "Activities"),
  partners: f("Số đối tác", "Partners"),
  planItems: f("Số mục kế hoạch", "Plan items"),
  // organising committee: contingency plans, templates, digest (issue 13)
  situationVi: f("Tình huống (tiếng Việt)", "Situation (Vietnamese)"),
  situationEn: f("Tình huống (tiếng Anh)", "Situation (English)"),
  trigger: f("Khi nào kích hoạt", "Trigger"),
  steps: f("Các bước xử lý", "Response steps"),
  responsibleId: f("Người chịu trách nhiệm", "Responsible person"),
  informIds: f("Người cần thông báo", "Who to inform"),
  informOther: f("Thông báo cho (khác)", "Also inform"),
  resources: f("Nguồn lực dự phòng", "Fall-back resources"),
  cueId: f("Mục kịch bản", "Cue"),
  templateId: f("Mẫu", "Template"),
  itemCount: f("Số nhiệm vụ trong mẫu", "Tasks in the template"),
  tasksCreated: f("Số nhiệm vụ đã tạo", "Tasks created"),
  tasksSkipped: f("Số mục không tạo được", "Items not created"),
  digestDay: f("Ngày gửi", "Day sent"),
  dueSoon: f("Sắp đến hạn", "Due soon"),
  overdue: f("Quá hạn", "Overdue"),
  // backups
  file: f("Tệp", "File"),
  bytes: f("Kích thước (byte)", "Size (bytes)"),
};

/** Where a field means something else on one kind of record. */
export const auditFieldsByEntity: Partial<Record<AuditEntity, Record<string, Phrase>>> = {
  user: { name: f("Họ và tên", "Full name"), kind: f("Loại", "Kind") },
  unit: { name: f("Tên", "Name"), kind: f("Loại đơn vị", "Kind of unit") },
  meeting: {
    titleVi: f("Tên hội nghị (tiếng Việt)", "Title (Vietnamese)"),
    titleEn: f("Tên hội nghị (tiếng Anh)", "Title (English)"),
  },
  delegate: { role: f("Vai trò trong đoàn", "Role in the delegation"), title: f("Chức danh", "Title") },
  meeting_session: { kind: f("Loại phiên", "Kind of session") },
  registration_proposal: { kind: f("Loại đề nghị", "Kind of proposal") },
  workplan_activity: { kind: f("Loại hoạt động", "Kind of activity"), status: f("Tình trạng", "Status") },
  target_report: { values: f("Số liệu", "Figures") },
  coop_activity: {
    ruleId: f("Quy tắc chọn quy trình", "Rule that chose the route"),
    ruleVersion: f("Phiên bản bảng quy tắc", "Rule table version"),
    currentStep: f("Bước hiện tại", "Current step"),
    round: f("Lần trình", "Submission round"),
    step: f("Bước phê duyệt", "Approval step"),
    decision: f("Quyết định", "Decision"),
    comment: f("Ý kiến", "Comment"),
    documentNumber: f("Số văn bản", "Document number"),
    leadRequired: f("Số ngày làm việc cần trước", "Working days required"),
    leadAvailable: f("Số ngày làm việc còn lại khi trình", "Working days available"),
    leadShort: f("Trình sát ngày", "Submitted too late"),
    decidedAt: f("Quyết định lúc", "Decided at"),
    resultsDueOn: f("Hạn báo cáo kết quả", "Results due on"),
  },
  coop_rules: {
    version: f("Phiên bản", "Version"),
    rules: f("Các quy tắc", "Rules"),
    ruleIds: f("Mã các quy tắc", "Rule ids"),
  },
  issued_document: {
    number: f("Số, ký hiệu", "Number and symbol"),
    issuer: f("Sổ đăng ký của", "Register of"),
    year: f("Năm", "Year"),
    seq: f("Số thứ tự", "Sequence number"),
    symbol: f("Ký hiệu", "Symbol"),
    title: f("Trích yếu", "Summary"),
    issuedOn: f("Ngày văn bản", "Date of the document"),
    issuedByName: f("Người cấp số", "Issued by"),
    entity: f("Loại hồ sơ", "Kind of record"),
  },
};

/**
 * Fields whose values never reach the trail's reader: a delegate's personal data (issue 11: the administrator has
 * no meeting access, so passports, birth dates, contact and travel details are shown as "changed" without values).
 */
export const personalAuditFields: ReadonlySet<string> = new Set([
  ...purgedDelegateFields,
  "health",
  "photo",
  "contactEmail",
]);

/** Kinds of records whose `email` is not personal data of a delegate but the administrator's own business. */
export const entitiesWithOwnEmail: ReadonlySet<string> = new Set(["user", "registration_link"]);

/** Labels of personal fields (shown as changed, never with values). */
export const personalFieldLabels: Record<string, Phrase> = {
  passportNumber: f("Số hộ chiếu", "Passport number"),
  passportExpiry: f("Hạn hộ chiếu", "Passport expiry"),
  dateOfBirth: f("Ngày sinh", "Date of birth"),
  email: f("Email", "E-mail"),
  phone: f("Điện thoại", "Phone"),
  arrivalDate: f("Ngày đến", "Arrival date"),
  arrivalTime: f("Giờ đến", "Arrival time"),
  arrivalFlight: f("Chuyến bay đến", "Arrival flight"),
  arrivalAirport: f("Sân bay đến", "Arrival airport"),
  departureDate: f("Ngày về", "Departure date"),
  departureTime: f("Giờ về", "Departure time"),
  departureFlight: f("Chuyến bay về", "Departure flight"),
  departureAirport: f("Sân bay về", "Departure airport"),
  hotel: f("Khách sạn", "Hotel"),
  dietary: f("Chế độ ăn", "Dietary needs"),
  accessibility: f("Hỗ trợ tiếp cận", "Accessibility needs"),
  health: f("Sức khỏe", "Health"),
  photo: f("Ảnh", "Photo"),
  contactEmail: f("Email người liên hệ", "Contact's e-mail"),
};

/** The label of a field on a kind of record, or null when the catalogue has none. */
export function auditFieldLabel(entity: string, field: string): Phrase | null {
  return (
    (isAuditEntity(entity) ? auditFieldsByEntity[entity]?.[field] : undefined) ??
    auditFieldLabels[field] ??
    personalFieldLabels[field] ??
    null
  );
}

/** The kinds of unit in the ministry's tree, in words (the units screen and the trail). */
export const unitKinds = {
  ministry: { vi: "Bộ", en: "Ministry" },
  department: { vi: "Vụ, Văn phòng", en: "Department" },
  agency: { vi: "Cục, tổng cục", en: "Agency" },
  academy: { vi: "Học viện, trường", en: "Academy or school" },
} as const satisfies Record<string, Phrase>;
export type UnitKind = keyof typeof unitKinds;
export const isUnitKind = (s: string): s is UnitKind => Object.hasOwn(unitKinds, s);
