/** Shapes of the registration API (src/server/modules/registration/routes.ts). */
export type Lang = "vi" | "en";
export const delegateRoles = [
  "head",
  "alternate_head",
  "som_leader",
  "focal_point",
  "member",
  "adviser",
  "interpreter",
  "security",
] as const;
export type DelegateRole = (typeof delegateRoles)[number];
export const genders = ["female", "male", "other"] as const;
export type Gender = (typeof genders)[number];
export type AccreditationStatus = "pending" | "accredited" | "rejected";

export const registrationKey = (meetingId: string, delegationId: string) =>
  ["registration", meetingId, delegationId] as const;

export interface SessionBrief {
  id: string;
  kind: string;
  titleVi: string;
  titleEn: string;
  /** ISO 8601 with the meeting's offset. */
  start: string;
  end: string;
}

export interface Overview {
  meeting: {
    id: string;
    code: string;
    titleVi: string;
    titleEn: string;
    startDate: string;
    endDate: string;
    cityVi: string;
    cityEn: string;
    timeZone: string;
    status: string;
    registrationDeadline: string | null;
  };
  delegation: {
    id: string;
    nameVi: string;
    nameEn: string;
    country: string | null;
    category: string;
    contactName: string | null;
    contactEmail: string | null;
  };
  role: "host" | "contact" | "reader";
  closed: boolean;
  /** The meeting is over: nothing can change, not even by proposal. */
  meetingClosed: boolean;
  deadlineText: string | null;
  canEdit: boolean;
  canPropose: boolean;
  purged: boolean;
  delegateCount: number;
  latestVersion: { number: number; submittedAt: string; submittedByName: string } | null;
  unsubmitted: { added: number; removed: number; changed: number };
  pendingProposals: number;
  sessions: SessionBrief[];
}

/** A delegate in the full view (the contact's own delegation, the host). */
export interface Delegate {
  id: string;
  meetingId: string;
  delegationId: string;
  fullName: string;
  photoUrl: string | null;
  honorific: string | null;
  gender: Gender | null;
  position: string | null;
  organisation: string | null;
  role: DelegateRole;
  nationality: string | null;
  passportNumber: string | null;
  passportExpiry: string | null;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  arrivalDate: string | null;
  arrivalTime: string | null;
  arrivalFlight: string | null;
  arrivalAirport: string | null;
  departureDate: string | null;
  departureTime: string | null;
  departureFlight: string | null;
  departureAirport: string | null;
  hotel: string | null;
  dietary: string | null;
  accessibility: string | null;
  accreditationStatus: AccreditationStatus;
  accreditationReason: string | null;
  sample: boolean;
  sessionIds: string[];
  version: number;
}

export type DelegateInput = Omit<
  Delegate,
  | "id"
  | "meetingId"
  | "delegationId"
  | "photoUrl"
  | "accreditationStatus"
  | "accreditationReason"
  | "sample"
  | "version"
>;

export interface SnapshotDelegate extends Omit<DelegateInput, "gender" | "role"> {
  id: string;
  gender: string | null;
  role: string;
  photo: string | null;
  accreditationStatus: string;
}

export interface VersionSummary {
  number: number;
  submittedAt: string;
  submittedById: string | null;
  submittedByName: string;
  note: string | null;
  delegateCount: number;
}
/** Once the meeting's personal data is purged: when, and which delegate fields the versions no longer hold. */
export interface PurgeNotice {
  at: string;
  erasedFields: string[];
}
export interface Version extends VersionSummary {
  purged: PurgeNotice | null;
  delegates: SnapshotDelegate[];
}

export type FieldValue = string | string[] | null;
export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}
export interface DiffBody {
  added: SnapshotDelegate[];
  removed: SnapshotDelegate[];
  changed: { id: string; fullName: string; changes: FieldChange[] }[];
  unchanged: number;
}
export interface Diff extends DiffBody {
  from: VersionSummary;
  to: VersionSummary;
  purged: PurgeNotice | null;
}

export interface Link {
  id: string;
  delegationId: string;
  email: string;
  name: string | null;
  language: Lang;
  status: "active" | "expired" | "revoked";
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  createdByName: string;
  openCount: number;
  lastOpenedAt: string | null;
  mail: { status: string; subject: string; text: string; sentAt: string | null; error: string | null } | null;
  version: number;
}

export interface MeetingRegistrationRow {
  delegationId: string;
  nameVi: string;
  nameEn: string;
  country: string | null;
  category: string;
  contactName: string | null;
  contactEmail: string | null;
  counts: { total: number; pending: number; accredited: number; rejected: number };
  link: Link | null;
  latestVersion: number | null;
  lastSubmittedAt: string | null;
  pendingProposals: number;
}

export interface MyDelegation {
  meetingId: string;
  delegationId: string;
  nameVi: string;
  nameEn: string;
  country: string | null;
  meetingCode: string;
  meetingTitleVi: string;
  meetingTitleEn: string;
  startDate: string;
  endDate: string;
  registrationDeadline: string | null;
  closed: boolean;
  latestVersion: number | null;
}

export interface Proposal {
  id: string;
  delegationId: string;
  kind: "add" | "edit" | "remove";
  delegateId: string | null;
  delegateVersion: number | null;
  delegateName: string;
  changes: Record<string, unknown>;
  before: SnapshotDelegate | null;
  hasPhoto: boolean;
  note: string | null;
  status: "pending" | "accepted" | "refused" | "withdrawn";
  reason: string | null;
  proposedByName: string;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  resultDelegateId: string | null;
  version: number;
}

export const importFields = [
  "fullName",
  "honorific",
  "gender",
  "position",
  "organisation",
  "role",
  "nationality",
  "passportNumber",
  "passportExpiry",
  "dateOfBirth",
  "email",
  "phone",
  "arrivalDate",
  "arrivalTime",
  "arrivalFlight",
  "arrivalAirport",
  "departureDate",
  "departureTime",
  "departureFlight",
  "departureAirport",
  "hotel",
  "dietary",
  "accessibility",
  "photo",
] as const;
export type ImportField = (typeof importFields)[number];

export interface ImportRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
  sessionIds: string[];
  unknownSessions: string[];
  dropped: boolean;
  problems: { field: string; code: string; message: string }[];
}
export interface ImportJob {
  id: string;
  delegationId: string;
  fileName: string;
  format: "xlsx" | "csv";
  status: "parsing" | "ready" | "failed" | "committing" | "committed" | "discarded";
  progress: { done: number; total: number };
  error: { code: string; message: string } | null;
  createdAt: string;
  createdByName: string;
  committedAt: string | null;
  summary: { rows: number; ok: number; withProblems: number; dropped: number };
  rows: ImportRow[];
  version: number;
}
