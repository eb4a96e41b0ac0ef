/**
 * One vocabulary: the words for every role, kind, status and category, in both languages, defined once here and
 * read by the web (its translation keys are built from these tables: `labelKeys`) and by the server (documents,
 * exports, spreadsheets, the audit trail, scope pickers). A value has exactly one label per language; a new enum
 * value without its words fails `vocabulary.test.ts`, which compares these tables with the schemas' enums.
 *
 * Descriptions, sentences and messages with parameters stay in the translation files; only the name of a value
 * lives here.
 */
import type { Role, ScopeKind } from "./roles.js";
import type { ActivityKind, ActivityStatus, OnTrackJudgement } from "./workplans.js";
import type {
  AttachmentKind,
  CoopKind,
  CoopMode,
  CoopPlanStatus,
  CoopStatus,
  FundingSource,
  LeaderRank,
  PartnerKind,
  PlanItemProgress,
  PlanItemStatus,
  RouteStep,
  StepDecision,
  StepStatus,
} from "./cooperation.js";
import type { CueNeed, CueStatus } from "./committee.js";
import type { DocumentIssuer, DocumentKind } from "./schemas/documents.js";
// meals (issue 14)
import type { DietNeed, MealKind } from "./logistics.js";
// health log (issue 14, point 6)
import type { HealthEntryKind, HealthScreeningField, RapidTestResult } from "./logistics.js";

export type Words = { vi: string; en: string };
export type WordsLang = keyof Words;

/** Roles a person is granted (`src/shared/roles.ts`). */
export const userRoleWords = {
  admin: { vi: "Quản trị viên", en: "Administrator" },
  icd_officer: { vi: "Chuyên viên Vụ Hợp tác quốc tế", en: "ICD officer" },
  unit_officer: { vi: "Cán bộ đơn vị", en: "Unit officer" },
  approver: { vi: "Người phê duyệt", en: "Approver" },
  personnel_officer: { vi: "Cán bộ Vụ Tổ chức cán bộ", en: "Personnel officer" },
  committee_member: { vi: "Thành viên Ban tổ chức", en: "Organising committee member" },
  liaison_officer: { vi: "Cán bộ liên lạc / tình nguyện viên", en: "Liaison officer / volunteer" },
  security_officer: { vi: "Cán bộ an ninh", en: "Security officer" },
  health_officer: { vi: "Cán bộ y tế", en: "Health officer" },
  registration_manager: { vi: "Cán bộ phụ trách đăng ký", en: "Registration manager" },
  delegation_contact: { vi: "Đầu mối đoàn đại biểu", en: "Delegation contact" },
  member_focal_point: { vi: "Đầu mối nước thành viên", en: "Member focal point" },
  reporting_agency: { vi: "Cơ quan báo cáo", en: "Reporting agency" },
} as const satisfies Record<Role, Words>;

/** The kind of scope a grant names. */
export const scopeKindWords = {
  system: { vi: "Toàn hệ thống", en: "Whole system" },
  ministry: { vi: "Toàn Bộ", en: "Whole ministry" },
  unit: { vi: "Đơn vị", en: "Unit" },
  approval_step: { vi: "Bước phê duyệt", en: "Approval step" },
  meeting: { vi: "Hội nghị", en: "Meeting" },
  delegation: { vi: "Đoàn đại biểu", en: "Delegation" },
  workplan_member: { vi: "Kế hoạch công tác / nước thành viên", en: "Work plan / member country" },
  agency: { vi: "Cơ quan báo cáo", en: "Reporting agency" },
} as const satisfies Record<ScopeKind, Words>;

/** A hosted meeting's status. */
export const meetingStatusWords = {
  planning: { vi: "Đang chuẩn bị", en: "Planning" },
  registration_open: { vi: "Đang đăng ký", en: "Registration open" },
  ongoing: { vi: "Đang diễn ra", en: "Ongoing" },
  closed: { vi: "Đã kết thúc", en: "Closed" },
} as const satisfies Record<string, Words>;

/** A meeting session's kind (the programme, the ICS categories, the session form). */
export const sessionKindWords = {
  SOM: { vi: "SOM", en: "SOM" },
  "SOM+3": { vi: "SOM+3", en: "SOM+3" },
  Heads: { vi: "Người đứng đầu", en: "Heads" },
  "Heads+3": { vi: "Người đứng đầu +3", en: "Heads+3" },
  forum: { vi: "Diễn đàn", en: "Forum" },
  bilateral: { vi: "Song phương", en: "Bilateral" },
  press_conference: { vi: "Họp báo", en: "Press conference" },
  cultural: { vi: "Văn hóa", en: "Cultural" },
  site_visit: { vi: "Tham quan", en: "Site visit" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Record<string, Words>;

/** A delegation's category. */
export const delegationCategoryWords = {
  host: { vi: "Nước chủ nhà", en: "Host" },
  asean_member: { vi: "Thành viên ASEAN", en: "ASEAN member" },
  plus_three: { vi: "ASEAN+3", en: "Plus Three" },
  dialogue_partner: { vi: "Đối tác đối thoại", en: "Dialogue partner" },
  secretariat: { vi: "Ban Thư ký ASEAN", en: "ASEAN Secretariat" },
  observer: { vi: "Quan sát viên", en: "Observer" },
} as const satisfies Record<string, Words>;

/** A delegate's role in the delegation (pages, the participants list, the information pack, the upload template). */
export const delegateRoleWords = {
  head: { vi: "Trưởng đoàn", en: "Head of delegation" },
  alternate_head: { vi: "Phó trưởng đoàn", en: "Alternate head" },
  som_leader: { vi: "Trưởng SOM", en: "SOM leader" },
  focal_point: { vi: "Cán bộ đầu mối", en: "Focal point" },
  member: { vi: "Thành viên", en: "Member" },
  adviser: { vi: "Cố vấn", en: "Adviser" },
  interpreter: { vi: "Phiên dịch", en: "Interpreter" },
  security: { vi: "An ninh", en: "Security" },
} as const satisfies Record<string, Words>;

export const genderWords = {
  female: { vi: "Nữ", en: "Female" },
  male: { vi: "Nam", en: "Male" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Record<string, Words>;

/** A delegate's accreditation: "Chờ duyệt / Đã duyệt / Từ chối" — never "công nhận". */
export const accreditationWords = {
  pending: { vi: "Chờ duyệt", en: "Pending" },
  accredited: { vi: "Đã duyệt", en: "Accredited" },
  rejected: { vi: "Từ chối", en: "Rejected" },
} as const satisfies Record<string, Words>;

/** A change a delegation proposes after the deadline. */
export const proposalStatusWords = {
  pending: { vi: "Đang chờ", en: "Waiting" },
  accepted: { vi: "Đã đồng ý", en: "Accepted" },
  refused: { vi: "Bị từ chối", en: "Refused" },
  withdrawn: { vi: "Đã rút", en: "Withdrawn" },
} as const satisfies Record<string, Words>;

/** A delegation contact's registration link. */
export const registrationLinkStatusWords = {
  active: { vi: "Đang hiệu lực", en: "Active" },
  expired: { vi: "Hết hạn", en: "Expired" },
  revoked: { vi: "Đã thu hồi", en: "Withdrawn" },
} as const satisfies Record<string, Words>;

/** A work-plan activity's status. */
export const activityStatusWords = {
  proposed: { vi: "Đề xuất", en: "Proposed" },
  planned: { vi: "Đang lên kế hoạch", en: "Planned" },
  ongoing: { vi: "Đang triển khai/thường niên", en: "Ongoing/annual" },
  completed: { vi: "Đã hoàn thành", en: "Completed" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
} as const satisfies Record<ActivityStatus, Words>;

export const activityKindWords = {
  project: { vi: "Dự án", en: "Project" },
  activity: { vi: "Hoạt động", en: "Activity" },
  annual_activity: { vi: "Hoạt động thường niên", en: "Annual activity" },
} as const satisfies Record<ActivityKind, Words>;

/** The on-track judgement of a work plan's review. */
export const onTrackJudgementWords = {
  on_track: { vi: "Đúng tiến độ", en: "On track" },
  at_risk: { vi: "Có nguy cơ chậm tiến độ", en: "At risk" },
  off_track: { vi: "Chậm tiến độ", en: "Off track" },
  not_started: { vi: "Giai đoạn kế hoạch chưa bắt đầu", en: "The plan period has not started" },
  no_activities: { vi: "Chưa có dự án/hoạt động", en: "No activities yet" },
} as const satisfies Record<OnTrackJudgement, Words>;

/** An agency's report for a year (targets); `missing` when none was started. */
export const targetReportStatusWords = {
  missing: { vi: "Chưa báo cáo", en: "Not reported" },
  draft: { vi: "Đang soạn", en: "Draft" },
  submitted: { vi: "Chờ duyệt", en: "Awaiting review" },
  returned: { vi: "Bị trả lại", en: "Returned" },
  accepted: { vi: "Đã chấp nhận", en: "Accepted" },
} as const satisfies Record<string, Words>;

/** An indicator's progress against its path. */
export const targetProgressWords = {
  achieved: { vi: "Đã đạt mục tiêu", en: "Target reached" },
  on_track: { vi: "Đúng lộ trình", en: "On track" },
  lagging: { vi: "Chậm so với lộ trình", en: "Behind the path" },
  no_data: { vi: "Chưa có số liệu", en: "No figures yet" },
} as const satisfies Record<string, Words>;

/** A reporting agency's kind. */
export const agencyKindWords = {
  ministry: { vi: "Bộ, ngành", en: "Ministry or agency" },
  province: { vi: "Tỉnh, thành phố", en: "Province or city" },
} as const satisfies Record<string, Words>;

/** A message in the mail outbox. */
export const mailStatusWords = {
  outbox: { vi: "Trong hộp thư đi", en: "In the outbox" },
  queued: { vi: "Đang chờ gửi", en: "Waiting to be sent" },
  sent: { vi: "Đã gửi", en: "Sent" },
  failed: { vi: "Gửi lỗi", en: "Failed" },
} as const satisfies Record<string, Words>;

/** A day of the working calendar (src/shared/schemas/calendar.ts). */
export const calendarDayKindWords = {
  holiday: { vi: "Ngày lễ, Tết", en: "Public holiday" },
  day_off: { vi: "Ngày nghỉ", en: "Day off" },
  working_day: { vi: "Ngày làm việc (làm bù)", en: "Working day (make-up)" },
} as const satisfies Record<string, Words>;

/** Where a day of the working calendar comes from. */
export const calendarDaySourceWords = {
  law: { vi: "Bộ luật Lao động", en: "Labour Code" },
  announcement: { vi: "Thông báo", en: "Announcement" },
} as const satisfies Record<string, Words>;
/** The cooperation register (issue 12, `src/shared/cooperation.ts`). */
export const coopKindWords = {
  outbound: { vi: "Đoàn ra", en: "Outbound delegation" },
  inbound: { vi: "Đoàn vào", en: "Inbound delegation" },
  guests: { vi: "Tiếp khách nước ngoài", en: "Receiving foreign guests" },
  conference: { vi: "Hội nghị, hội thảo quốc tế", en: "International conference or workshop" },
  agreement: { vi: "Ký kết thỏa thuận quốc tế", en: "Signing an international agreement" },
  project: { vi: "Chương trình, dự án nước ngoài tài trợ", en: "Foreign-funded programme or project" },
} as const satisfies Record<CoopKind, Words>;

export const coopStatusWords = {
  draft: { vi: "Bản nháp", en: "Draft" },
  submitted: { vi: "Đang trình duyệt", en: "On its route" },
  returned: { vi: "Bị trả lại", en: "Returned" },
  approved: { vi: "Đã phê duyệt", en: "Approved" },
  refused: { vi: "Không phê duyệt", en: "Refused" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
} as const satisfies Record<CoopStatus, Words>;

export const leaderRankWords = {
  minister: { vi: "Bộ trưởng", en: "Minister" },
  deputy_minister: { vi: "Thứ trưởng", en: "Deputy Minister" },
  director_general: { vi: "Vụ trưởng, Cục trưởng và tương đương", en: "Director General" },
  deputy_director_general: { vi: "Phó Vụ trưởng, Phó Cục trưởng và tương đương", en: "Deputy Director General" },
  director: { vi: "Trưởng phòng và tương đương", en: "Director" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Record<LeaderRank, Words>;

export const coopModeWords = {
  in_person: { vi: "Trực tiếp", en: "In person" },
  online: { vi: "Trực tuyến", en: "Online" },
  hybrid: { vi: "Trực tiếp kết hợp trực tuyến", en: "Hybrid" },
} as const satisfies Record<CoopMode, Words>;

export const fundingSourceWords = {
  state_budget: { vi: "Ngân sách nhà nước", en: "State budget" },
  partner: { vi: "Phía đối tác chi trả", en: "Paid by the partner" },
  project: { vi: "Dự án nước ngoài tài trợ", en: "Foreign-funded project" },
  mixed: { vi: "Kết hợp nhiều nguồn", en: "Mixed sources" },
  other: { vi: "Nguồn khác", en: "Other source" },
} as const satisfies Record<FundingSource, Words>;

export const partnerKindWords = {
  government: { vi: "Chính phủ", en: "Government" },
  ministry: { vi: "Bộ, cơ quan", en: "Ministry or agency" },
  international_org: { vi: "Tổ chức quốc tế", en: "International organisation" },
  ngo: { vi: "Tổ chức phi chính phủ", en: "Non-governmental organisation" },
  university: { vi: "Trường đại học, học viện", en: "University or academy" },
  other: { vi: "Khác", en: "Other" },
} as const satisfies Record<PartnerKind, Words>;

export const routeStepWords = {
  icd_review: { vi: "Vụ Hợp tác quốc tế thẩm định", en: "ICD review" },
  icd_director: { vi: "Vụ trưởng Vụ Hợp tác quốc tế", en: "Director General of the ICD" },
  deputy_minister: { vi: "Thứ trưởng phụ trách", en: "Deputy Minister in charge" },
  minister: { vi: "Bộ trưởng", en: "Minister" },
  pm_permission: { vi: "Xin phép Thủ tướng Chính phủ", en: "Prime Minister's permission" },
  personnel_decision: { vi: "Vụ Tổ chức cán bộ ra quyết định", en: "Personnel Department's decision" },
} as const satisfies Record<RouteStep, Words>;

export const stepStatusWords = {
  waiting: { vi: "Chưa đến lượt", en: "Not reached" },
  current: { vi: "Đang chờ xử lý", en: "Waiting for a decision" },
  approved: { vi: "Đồng ý", en: "Approved" },
  returned: { vi: "Trả lại", en: "Returned" },
  refused: { vi: "Không đồng ý", en: "Refused" },
} as const satisfies Record<StepStatus, Words>;

export const stepDecisionWords = {
  approve: { vi: "Phê duyệt", en: "Approve" },
  return: { vi: "Trả lại để chỉnh sửa", en: "Return for revision" },
  refuse: { vi: "Từ chối", en: "Refuse" },
} as const satisfies Record<StepDecision, Words>;

export const planItemStatusWords = {
  proposed: { vi: "Đơn vị đề xuất", en: "Proposed by the unit" },
  included: { vi: "Đưa vào kế hoạch", en: "Included in the plan" },
  left_out: { vi: "Không đưa vào kế hoạch", en: "Left out of the plan" },
} as const satisfies Record<PlanItemStatus, Words>;

export const coopPlanStatusWords = {
  open: { vi: "Đang nhận đề xuất", en: "Open for proposals" },
  consolidated: { vi: "Đã tổng hợp", en: "Consolidated" },
  approved: { vi: "Đã phê duyệt", en: "Approved" },
} as const satisfies Record<CoopPlanStatus, Words>;

export const planItemProgressWords = {
  not_started: { vi: "Chưa thực hiện", en: "Not started" },
  under_way: { vi: "Đang thực hiện", en: "Under way" },
  carried_out: { vi: "Đã thực hiện", en: "Carried out" },
} as const satisfies Record<PlanItemProgress, Words>;

export const attachmentKindWords = {
  invitation: { vi: "Thư mời", en: "Invitation letter" },
  programme: { vi: "Chương trình", en: "Programme" },
  results: { vi: "Tài liệu kết quả", en: "Results document" },
  other: { vi: "Tài liệu khác", en: "Other document" },
} as const satisfies Record<AttachmentKind, Words>;

// committee — scripts (issue 13)
/** What a script cue needs (`cueNeeds`). */
export const cueNeedWords = {
  microphone: { vi: "Micrô", en: "Microphone" },
  flags: { vi: "Cờ", en: "Flags" },
  interpreter_booth: { vi: "Cabin phiên dịch", en: "Interpreter booth" },
  slides: { vi: "Trình chiếu", en: "Slides" },
  gifts: { vi: "Quà tặng", en: "Gifts" },
  podium: { vi: "Bục phát biểu", en: "Podium" },
  music: { vi: "Âm nhạc", en: "Music" },
  photographer: { vi: "Chụp ảnh", en: "Photographer" },
  press: { vi: "Báo chí", en: "Press" },
  flowers: { vi: "Hoa", en: "Flowers" },
} as const satisfies Record<CueNeed, Words>;

/** Where a cue stands in the live view (`cueStatuses`). */
export const cueStatusWords = {
  pending: { vi: "Chưa diễn ra", en: "To come" },
  done: { vi: "Đã xong", en: "Done" },
  delayed: { vi: "Chậm", en: "Delayed" },
} as const satisfies Record<CueStatus, Words>;
// Documents register (issue 12, item 5): the issuers and the kinds of numbered documents.
export const documentIssuerWords = {
  ICD: { vi: "Vụ Hợp tác quốc tế", en: "International Cooperation Department" },
  PERSONNEL: { vi: "Vụ Tổ chức cán bộ", en: "Personnel Department" },
} as const satisfies Record<DocumentIssuer, Words>;

export const documentKindWords = {
  submission: { vi: "Tờ trình", en: "Submission" },
  decision: { vi: "Quyết định", en: "Decision" },
} as const satisfies Record<DocumentKind, Words>;

// --- meals (issue 14, point 4): the kinds of meal and the dietary needs a kitchen counts
export const mealKindWords = {
  breakfast: { vi: "Bữa sáng", en: "Breakfast" },
  lunch: { vi: "Bữa trưa", en: "Lunch" },
  dinner: { vi: "Bữa tối", en: "Dinner" },
  coffee_break: { vi: "Giải lao", en: "Coffee break" },
  reception: { vi: "Tiệc chiêu đãi", en: "Reception" },
} as const satisfies Record<MealKind, Words>;
export const dietNeedWords = {
  vegetarian: { vi: "Ăn chay", en: "Vegetarian" },
  vegan: { vi: "Thuần chay", en: "Vegan" },
  halal: { vi: "Halal", en: "Halal" },
  no_pork: { vi: "Không thịt lợn", en: "No pork" },
  no_beef: { vi: "Không thịt bò", en: "No beef" },
  gluten_free: { vi: "Không gluten", en: "Gluten free" },
  allergy: { vi: "Dị ứng", en: "Allergies" },
  other: { vi: "Yêu cầu khác", en: "Other needs" },
} as const satisfies Record<DietNeed, Words>;
// health log (issue 14, point 6): kinds of entry, what a screening records, a rapid test's result
export const healthEntryKindWords = {
  event: { vi: "Sự việc", en: "Health event" },
  screening: { vi: "Sàng lọc", en: "Screening" },
} as const satisfies Record<HealthEntryKind, Words>;
export const healthScreeningFieldWords = {
  temperature: { vi: "Nhiệt độ (°C)", en: "Temperature (°C)" },
  symptoms: { vi: "Triệu chứng", en: "Symptoms" },
  rapid_test: { vi: "Xét nghiệm nhanh", en: "Rapid test" },
  close_contact: { vi: "Tiếp xúc gần ca bệnh", en: "Close contact of a case" },
} as const satisfies Record<HealthScreeningField, Words>;
export const rapidTestResultWords = {
  negative: { vi: "Âm tính", en: "Negative" },
  positive: { vi: "Dương tính", en: "Positive" },
  invalid: { vi: "Không hợp lệ", en: "Invalid" },
} as const satisfies Record<RapidTestResult, Words>;

/** Every table of the vocabulary, by name (for the completeness test and the decision record). */
export const vocabulary = {
  userRole: userRoleWords,
  scopeKind: scopeKindWords,
  meetingStatus: meetingStatusWords,
  sessionKind: sessionKindWords,
  delegationCategory: delegationCategoryWords,
  delegateRole: delegateRoleWords,
  gender: genderWords,
  accreditation: accreditationWords,
  proposalStatus: proposalStatusWords,
  registrationLinkStatus: registrationLinkStatusWords,
  activityStatus: activityStatusWords,
  activityKind: activityKindWords,
  onTrackJudgement: onTrackJudgementWords,
  targetReportStatus: targetReportStatusWords,
  targetProgress: targetProgressWords,
  agencyKind: agencyKindWords,
  mailStatus: mailStatusWords,
  calendarDayKind: calendarDayKindWords,
  calendarDaySource: calendarDaySourceWords,
  coopKind: coopKindWords,
  coopStatus: coopStatusWords,
  leaderRank: leaderRankWords,
  coopMode: coopModeWords,
  fundingSource: fundingSourceWords,
  partnerKind: partnerKindWords,
  routeStep: routeStepWords,
  stepStatus: stepStatusWords,
  stepDecision: stepDecisionWords,
  planItemStatus: planItemStatusWords,
  coopPlanStatus: coopPlanStatusWords,
  planItemProgress: planItemProgressWords,
  documentIssuer: documentIssuerWords,
  documentKind: documentKindWords,
  attachmentKind: attachmentKindWords,
  cueNeed: cueNeedWords,
  cueStatus: cueStatusWords,
  // health log (issue 14, point 6)
  healthEntryKind: healthEntryKindWords,
  healthScreeningField: healthScreeningFieldWords,
  rapidTestResult: rapidTestResultWords,
} as const;

/**
 * A table as translation keys of one language: `labelKeys("meetings.role", delegateRoleWords, "vi")` →
 * `{ "meetings.role.head": "Trưởng đoàn", … }`. The web's translation files spread these, so `t()` and the server
 * read the same words and the keys stay what pages and journeys already use.
 */
export function labelKeys<P extends string, V extends string>(
  prefix: P,
  table: Record<V, Words>,
  lang: WordsLang,
): Record<`${P}.${V}`, string> {
  const out: Partial<Record<`${P}.${V}`, string>> = {};
  for (const value in table) out[`${prefix}.${value}` as const] = table[value][lang];
  // Every value of the table was written just above.
  return out as Record<`${P}.${V}`, string>;
}
