/**
 * Fields by the labels people read, in both languages: a message about a field names it this way ("Họ và tên",
 * "Full name"), never by its API path ("body.fullName"). A field missing here is named by `humanise` (its name split
 * into words), so a new field is readable before it gets its label.
 */
import type { Lang } from "./errors.js";

export interface Label {
  vi: string;
  en: string;
}

export const fieldLabels: Readonly<Record<string, Label>> = {
  // people, sign-in
  fullName: { vi: "Họ và tên", en: "Full name" },
  name: { vi: "Tên", en: "Name" },
  email: { vi: "Thư điện tử", en: "E-mail" },
  password: { vi: "Mật khẩu", en: "Password" },
  language: { vi: "Ngôn ngữ", en: "Language" },
  lang: { vi: "Ngôn ngữ", en: "Language" },
  unitId: { vi: "Đơn vị", en: "Unit" },
  grants: { vi: "Vai trò", en: "Roles" },
  grantId: { vi: "Vai trò", en: "Role" },
  role: { vi: "Vai trò", en: "Role" },
  scopeId: { vi: "Phạm vi", en: "Scope" },
  active: { vi: "Đang hoạt động", en: "Active" },
  external: { vi: "Người ngoài Bộ", en: "External" },
  includeInactive: { vi: "Gồm cả tài khoản đã vô hiệu hóa", en: "Include deactivated accounts" },
  token: { vi: "Mã liên kết", en: "Link code" },
  // meetings
  code: { vi: "Mã", en: "Code" },
  title: { vi: "Tiêu đề", en: "Title" },
  titleVi: { vi: "Tên tiếng Việt", en: "Vietnamese title" },
  titleEn: { vi: "Tên tiếng Anh", en: "English title" },
  nameVi: { vi: "Tên tiếng Việt", en: "Vietnamese name" },
  nameEn: { vi: "Tên tiếng Anh", en: "English name" },
  themeVi: { vi: "Chủ đề (tiếng Việt)", en: "Theme (Vietnamese)" },
  themeEn: { vi: "Chủ đề (tiếng Anh)", en: "Theme (English)" },
  startDate: { vi: "Ngày bắt đầu", en: "Start date" },
  endDate: { vi: "Ngày kết thúc", en: "End date" },
  start: { vi: "Bắt đầu", en: "Start" },
  end: { vi: "Kết thúc", en: "End" },
  timeZone: { vi: "Múi giờ", en: "Time zone" },
  registrationDeadline: { vi: "Hạn đăng ký", en: "Registration deadline" },
  purgeAt: { vi: "Ngày xóa dữ liệu cá nhân", en: "Personal-data purge date" },
  status: { vi: "Trạng thái", en: "Status" },
  kind: { vi: "Loại", en: "Kind" },
  category: { vi: "Nhóm", en: "Category" },
  venueId: { vi: "Địa điểm", en: "Venue" },
  roomId: { vi: "Phòng", en: "Room" },
  capacity: { vi: "Sức chứa", en: "Capacity" },
  address: { vi: "Địa chỉ", en: "Address" },
  cityVi: { vi: "Thành phố (tiếng Việt)", en: "City (Vietnamese)" },
  cityEn: { vi: "Thành phố (tiếng Anh)", en: "City (English)" },
  chair: { vi: "Chủ trì", en: "Chair" },
  chairEn: { vi: "Chủ trì (tiếng Anh)", en: "Chair (English)" },
  presenter: { vi: "Người trình bày", en: "Presenter" },
  agenda: { vi: "Chương trình nghị sự", en: "Agenda" },
  documents: { vi: "Tài liệu", en: "Documents" },
  notesVi: { vi: "Ghi chú (tiếng Việt)", en: "Notes (Vietnamese)" },
  notesEn: { vi: "Ghi chú (tiếng Anh)", en: "Notes (English)" },
  note: { vi: "Ghi chú", en: "Note" },
  sessionId: { vi: "Phiên họp", en: "Session" },
  sessionIds: { vi: "Phiên họp", en: "Sessions" },
  meeting: { vi: "Hội nghị", en: "Meeting" },
  meetingId: { vi: "Hội nghị", en: "Meeting" },
  days: { vi: "Số ngày", en: "Days" },
  // delegations and delegates
  country: { vi: "Quốc gia", en: "Country" },
  contactName: { vi: "Người liên hệ", en: "Contact person" },
  contactEmail: { vi: "Thư điện tử người liên hệ", en: "Contact e-mail" },
  delegationId: { vi: "Đoàn", en: "Delegation" },
  delegationIds: { vi: "Đoàn", en: "Delegations" },
  delegateId: { vi: "Đại biểu", en: "Delegate" },
  delegateIds: { vi: "Đại biểu", en: "Delegates" },
  delegateVersion: { vi: "Phiên bản của đại biểu", en: "Delegate's version" },
  headDelegateId: { vi: "Trưởng đoàn", en: "Head of delegation" },
  honorific: { vi: "Danh xưng", en: "Honorific" },
  gender: { vi: "Giới tính", en: "Gender" },
  position: { vi: "Chức vụ", en: "Position" },
  organisation: { vi: "Cơ quan", en: "Organisation" },
  nationality: { vi: "Quốc tịch", en: "Nationality" },
  passportNumber: { vi: "Số hộ chiếu", en: "Passport number" },
  passportExpiry: { vi: "Ngày hết hạn hộ chiếu", en: "Passport expiry" },
  dateOfBirth: { vi: "Ngày sinh", en: "Date of birth" },
  phone: { vi: "Điện thoại", en: "Phone" },
  arrivalDate: { vi: "Ngày đến", en: "Arrival date" },
  arrivalTime: { vi: "Giờ đến", en: "Arrival time" },
  arrivalFlight: { vi: "Chuyến bay đến", en: "Arrival flight" },
  arrivalAirport: { vi: "Sân bay đến", en: "Arrival airport" },
  departureDate: { vi: "Ngày đi", en: "Departure date" },
  departureTime: { vi: "Giờ đi", en: "Departure time" },
  departureFlight: { vi: "Chuyến bay đi", en: "Departure flight" },
  departureAirport: { vi: "Sân bay đi", en: "Departure airport" },
  hotel: { vi: "Khách sạn", en: "Hotel" },
  dietary: { vi: "Yêu cầu ăn uống", en: "Dietary needs" },
  accessibility: { vi: "Hỗ trợ tiếp cận", en: "Accessibility needs" },
  photo: { vi: "Ảnh", en: "Photo" },
  photos: { vi: "Ảnh", en: "Photos" },
  accreditationStatus: { vi: "Trạng thái duyệt", en: "Accreditation status" },
  accreditationReason: { vi: "Lý do", en: "Reason" },
  reason: { vi: "Lý do", en: "Reason" },
  comment: { vi: "Nhận xét", en: "Comment" },
  // registration, uploads, badges
  linkId: { vi: "Liên kết", en: "Link" },
  fileName: { vi: "Tên tệp", en: "File name" },
  data: { vi: "Nội dung tệp", en: "File content" },
  size: { vi: "Kích thước", en: "Size" },
  format: { vi: "Định dạng", en: "Format" },
  importId: { vi: "Lần tải lên", en: "Upload" },
  row: { vi: "Dòng", en: "Row" },
  values: { vi: "Giá trị", en: "Values" },
  dropped: { vi: "Bỏ dòng", en: "Dropped" },
  number: { vi: "Số phiên bản", en: "Version number" },
  a: { vi: "Phiên bản thứ nhất", en: "First version" },
  b: { vi: "Phiên bản thứ hai", en: "Second version" },
  submit: { vi: "Gửi", en: "Submit" },
  changes: { vi: "Thay đổi", en: "Changes" },
  proposalId: { vi: "Đề xuất", en: "Proposal" },
  jobId: { vi: "Tác vụ", en: "Job" },
  nonce: { vi: "Mã quét", en: "Scan code" },
  scannedAt: { vi: "Thời điểm quét", en: "Scan time" },
  confirm: { vi: "Xác nhận", en: "Confirmation" },
  personal: { vi: "Dữ liệu cá nhân", en: "Personal data" },
  // work plans
  activityId: { vi: "Hoạt động", en: "Activity" },
  snapshotId: { vi: "Bản chụp", en: "Snapshot" },
  beforeId: { vi: "Vị trí", en: "Position" },
  leads: { vi: "Đơn vị chủ trì", en: "Lead units" },
  coLeads: { vi: "Đơn vị phối hợp", en: "Co-lead units" },
  plannedYears: { vi: "Năm thực hiện", en: "Planned years" },
  effectiveOn: { vi: "Ngày hiệu lực", en: "Effective date" },
  proposedBy: { vi: "Người đề xuất", en: "Proposed by" },
  proposedOn: { vi: "Ngày đề xuất", en: "Proposal date" },
  adoptedOn: { vi: "Ngày thông qua", en: "Adoption date" },
  asOf: { vi: "Tính đến ngày", en: "As of" },
  from: { vi: "Từ ngày", en: "From" },
  to: { vi: "Đến ngày", en: "To" },
  // targets
  indicatorId: { vi: "Chỉ tiêu", en: "Indicator" },
  agency: { vi: "Cơ quan báo cáo", en: "Reporting agency" },
  period: { vi: "Năm báo cáo", en: "Reporting year" },
  numerator: { vi: "Tử số", en: "Numerator" },
  denominator: { vi: "Mẫu số", en: "Denominator" },
  achieved: { vi: "Đã đạt", en: "Achieved" },
  achievedOn: { vi: "Ngày đạt", en: "Date achieved" },
  // audit, lists
  actorId: { vi: "Người thực hiện", en: "Person" },
  entity: { vi: "Loại bản ghi", en: "Record type" },
  entityId: { vi: "Bản ghi", en: "Record" },
  q: { vi: "Từ khóa tìm kiếm", en: "Search" },
  offset: { vi: "Vị trí bắt đầu", en: "Offset" },
  limit: { vi: "Số dòng mỗi trang", en: "Rows per page" },
  id: { vi: "Mã bản ghi", en: "Record id" },
  version: { vi: "Phiên bản", en: "Version" },
  // cooperation register
  countries: { vi: "Quốc gia", en: "Countries" },
  partnerIds: { vi: "Đối tác", en: "Partners" },
  partnerId: { vi: "Đối tác", en: "Partner" },
  planItemId: { vi: "Mục kế hoạch", en: "Plan item" },
  outOfPlanReason: { vi: "Lý do ngoài kế hoạch", en: "Reason outside the plan" },
  leaderName: { vi: "Trưởng đoàn / người chủ trì", en: "Leader" },
  leaderRank: { vi: "Cấp của trưởng đoàn", en: "Leader's rank" },
  fundingSource: { vi: "Nguồn kinh phí", en: "Funding source" },
  fundingEstimate: { vi: "Dự toán kinh phí", en: "Funding estimate" },
  purpose: { vi: "Mục đích", en: "Purpose" },
  expectedResults: { vi: "Kết quả dự kiến", en: "Expected results" },
  foreignParticipants: { vi: "Số người nước ngoài tham dự", en: "Foreign participants" },
  totalParticipants: { vi: "Tổng số người tham dự", en: "Total participants" },
  agreementType: { vi: "Loại thỏa thuận", en: "Type of agreement" },
  counterpart: { vi: "Bên ký kết", en: "Counterpart" },
  donor: { vi: "Nhà tài trợ", en: "Donor" },
  projectCode: { vi: "Mã dự án", en: "Project code" },
  durationMonths: { vi: "Thời gian thực hiện (tháng)", en: "Duration (months)" },
  results: { vi: "Kết quả đạt được", en: "Results achieved" },
  followUp: { vi: "Việc tiếp theo", en: "Follow-up" },
  shortName: { vi: "Tên viết tắt", en: "Short name" },
  monthFrom: { vi: "Từ tháng", en: "From month" },
  monthTo: { vi: "Đến tháng", en: "To month" },
  memberCount: { vi: "Số thành viên", en: "Number of members" },
  pmApproved: { vi: "Thủ tướng đã phê duyệt", en: "Approved by the Prime Minister" },
  decisionNumber: { vi: "Số quyết định", en: "Decision number" },
  decisionDate: { vi: "Ngày quyết định", en: "Decision date" },
  month: { vi: "Tháng", en: "Month" },
  inPlan: { vi: "Trong kế hoạch", en: "In the plan" },
  waitingFor: { vi: "Đang chờ", en: "Waiting for" },
  leadShort: { vi: "Thiếu thời gian chuẩn bị", en: "Short lead time" },
  resultsOverdue: { vi: "Quá hạn báo cáo kết quả", en: "Results overdue" },
  mode: { vi: "Hình thức", en: "Format" },
  place: { vi: "Địa điểm", en: "Place" },
  members: { vi: "Thành viên", en: "Members" },
  details: { vi: "Thông tin theo loại hoạt động", en: "Kind-specific details" },
  year: { vi: "Năm", en: "Year" },
  // an activity's route and the decision table
  documentNumber: { vi: "Số văn bản", en: "Document number" },
  decision: { vi: "Quyết định", en: "Decision" },
  rules: { vi: "Các quy tắc", en: "Rules" },
  // meals (issue 14)
  cutoffAt: { vi: "Hạn chốt số suất ăn", en: "Cut-off for the counts" },
  // organising committee: contingency plans and templates (issue 13)
  situationVi: { vi: "Tình huống (tiếng Việt)", en: "Situation (Vietnamese)" },
  situationEn: { vi: "Tình huống (tiếng Anh)", en: "Situation (English)" },
  trigger: { vi: "Khi nào kích hoạt", en: "Trigger" },
  steps: { vi: "Các bước xử lý", en: "Response steps" },
  responsibleId: { vi: "Người chịu trách nhiệm", en: "Responsible person" },
  informIds: { vi: "Người cần thông báo", en: "Who to inform" },
  informOther: { vi: "Thông báo cho (khác)", en: "Also inform" },
  resources: { vi: "Nguồn lực dự phòng", en: "Fall-back resources" },
  templateId: { vi: "Mẫu danh sách nhiệm vụ", en: "Task template" },
  // airport transfers and vehicles (issue 14, point 3)
  seats: { vi: "Số chỗ ngồi", en: "Seats" },
  driverName: { vi: "Lái xe", en: "Driver" },
  driverPhone: { vi: "Điện thoại lái xe", en: "Driver's phone" },
  plate: { vi: "Biển số", en: "Number plate" },
  transferKey: { vi: "Chuyến đưa đón", en: "Transfer" },
  vehicleId: { vi: "Xe", en: "Vehicle" },
  // health log (issue 14, point 6)
  what: { vi: "Diễn biến", en: "What happened" },
  action: { vi: "Xử trí", en: "Action taken" },
  at: { vi: "Thời điểm", en: "Time" },
  temperature: { vi: "Nhiệt độ", en: "Temperature" },
  symptoms: { vi: "Triệu chứng", en: "Symptoms" },
  screening: { vi: "Kết quả sàng lọc", en: "Screening" },
  // security checklists and incidents (issue 14, point 5)
  placeId: { vi: "Địa điểm hoặc khách sạn", en: "Venue or hotel" },
  templateKey: { vi: "Mẫu danh mục kiểm tra", en: "Checklist template" },
  textVi: { vi: "Nội dung kiểm tra (tiếng Việt)", en: "Item (Vietnamese)" },
  textEn: { vi: "Nội dung kiểm tra (tiếng Anh)", en: "Item (English)" },
  evidenceNote: { vi: "Ghi chú minh chứng", en: "Evidence note" },
  reporter: { vi: "Người báo", en: "Reported by" },
};

/** The parts of a request, for a problem with the whole of one. */
const partLabels: Readonly<Record<string, Label>> = {
  body: { vi: "Dữ liệu gửi lên", en: "The data sent" },
  querystring: { vi: "Tham số địa chỉ", en: "The address parameters" },
  params: { vi: "Địa chỉ", en: "The address" },
  headers: { vi: "Tiêu đề yêu cầu", en: "The request headers" },
};

/** `arrivalFlight` → "Arrival flight", `contact_email` → "Contact email": a readable name for an unlabelled field. */
export function humanise(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : field;
}

/** A field's label in both languages: from `fieldLabels`, a request part's name, or `humanise`. */
export function fieldLabel(field: string): Label {
  const known = fieldLabels[field] ?? partLabels[field];
  if (known) return known;
  const h = humanise(field);
  return { vi: h, en: h };
}

export function fieldLabelIn(field: string, lang: Lang): string {
  return fieldLabel(field)[lang];
}
