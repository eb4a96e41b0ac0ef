/**
 * The registration API's shapes, shared by its route files (links, delegates, photos, versions, proposals,
 * imports): what each route answers, so the OpenAPI document and the serialiser agree.
 */
import { Type } from "typebox";
import { Nullable, StringEnum, Uuid } from "../../../http/schemas.js";
import { delegationCategories, meetingStatuses, sessionKinds } from "../../meetings/schema.js";
import { DelegateBody as DelegateFields } from "../../meetings/api-schemas.js";
import { diffFields } from "../diff.js";
import { importStatuses } from "../schema.js";
import { importFields } from "../spreadsheet.js";

export const tags = ["registration"];
export const Lang = StringEnum(["vi", "en"] as const);
export const Version = Type.Integer({ minimum: 1 });
export const base64 = (maxBytes: number) =>
  Type.String({ minLength: 1, maxLength: Math.ceil((maxBytes * 4) / 3) + 64 });

export const DelegatePatch = Type.Object({ ...DelegateFields, fullName: Type.Optional(DelegateFields.fullName) });

export const SnapshotDelegate = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  honorific: Nullable(Type.String()),
  gender: Nullable(Type.String()),
  position: Nullable(Type.String()),
  organisation: Nullable(Type.String()),
  role: Type.String(),
  nationality: Nullable(Type.String()),
  passportNumber: Nullable(Type.String()),
  passportExpiry: Nullable(Type.String()),
  dateOfBirth: Nullable(Type.String()),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  arrivalDate: Nullable(Type.String()),
  arrivalTime: Nullable(Type.String()),
  arrivalFlight: Nullable(Type.String()),
  arrivalAirport: Nullable(Type.String()),
  departureDate: Nullable(Type.String()),
  departureTime: Nullable(Type.String()),
  departureFlight: Nullable(Type.String()),
  departureAirport: Nullable(Type.String()),
  hotel: Nullable(Type.String()),
  dietary: Nullable(Type.String()),
  accessibility: Nullable(Type.String()),
  sessionIds: Type.Array(Type.String()),
  photo: Nullable(Type.String({ description: "Fingerprint of the photo at the time; a change means a new photo" })),
  accreditationStatus: Type.String(),
});
export const VersionSummary = Type.Object({
  number: Type.Integer({ minimum: 1 }),
  submittedAt: Type.String({ format: "date-time" }),
  submittedById: Nullable(Type.String()),
  submittedByName: Type.String(),
  note: Nullable(Type.String()),
  delegateCount: Type.Integer(),
});
export const FieldValue = Nullable(Type.Union([Type.String(), Type.Array(Type.String())]));
export const DiffBody = {
  added: Type.Array(SnapshotDelegate),
  removed: Type.Array(SnapshotDelegate),
  changed: Type.Array(
    Type.Object({
      id: Type.String(),
      fullName: Type.String(),
      changes: Type.Array(Type.Object({ field: StringEnum(diffFields), before: FieldValue, after: FieldValue })),
    }),
  ),
  unchanged: Type.Integer({ description: "Delegates in both versions with no field changed" }),
};
export const PurgeNotice = Nullable(
  Type.Object(
    {
      at: Type.String({ format: "date-time", description: "When the meeting's personal data was purged" }),
      erasedFields: Type.Array(Type.String(), { description: "The delegate fields the purge erased (now null)" }),
    },
    { description: "Set once the meeting's personal data has been purged: what the versions no longer hold" },
  ),
);
export const Diff = Type.Object({ from: VersionSummary, to: VersionSummary, purged: PurgeNotice, ...DiffBody });

export const Mail = Type.Object({
  status: Type.String(),
  subject: Type.String(),
  text: Type.String(),
  sentAt: Nullable(Type.String()),
  error: Nullable(Type.String()),
});
export const Link = Type.Object({
  id: Type.String(),
  delegationId: Type.String(),
  email: Type.String(),
  name: Nullable(Type.String()),
  language: Lang,
  status: StringEnum(["active", "expired", "revoked"] as const),
  expiresAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  createdByName: Type.String(),
  openCount: Type.Integer(),
  lastOpenedAt: Nullable(Type.String()),
  mail: Nullable(Mail),
  version: Type.Integer(),
});
export const Counts = Type.Object({
  total: Type.Integer(),
  pending: Type.Integer(),
  accredited: Type.Integer(),
  rejected: Type.Integer(),
});
export const SessionBrief = Type.Object({
  id: Type.String(),
  kind: StringEnum(sessionKinds),
  titleVi: Type.String(),
  titleEn: Type.String(),
  start: Type.String(),
  end: Type.String(),
});
export const Overview = Type.Object({
  meeting: Type.Object({
    id: Type.String(),
    code: Type.String(),
    titleVi: Type.String(),
    titleEn: Type.String(),
    startDate: Type.String(),
    endDate: Type.String(),
    cityVi: Type.String(),
    cityEn: Type.String(),
    timeZone: Type.String(),
    status: StringEnum(meetingStatuses),
    registrationDeadline: Nullable(Type.String()),
  }),
  delegation: Type.Object({
    id: Type.String(),
    nameVi: Type.String(),
    nameEn: Type.String(),
    country: Nullable(Type.String()),
    category: StringEnum(delegationCategories),
    contactName: Nullable(Type.String()),
    contactEmail: Nullable(Type.String()),
  }),
  role: StringEnum(["host", "contact", "reader"] as const),
  closed: Type.Boolean({ description: "The deadline has passed: the contact may only propose changes" }),
  meetingClosed: Type.Boolean({ description: "The meeting is over: the list can no longer change, even by proposal" }),
  deadlineText: Nullable(Type.String()),
  canEdit: Type.Boolean(),
  canPropose: Type.Boolean(),
  purged: Type.Boolean(),
  delegateCount: Type.Integer(),
  latestVersion: Nullable(
    Type.Object({ number: Type.Integer(), submittedAt: Type.String(), submittedByName: Type.String() }),
  ),
  unsubmitted: Type.Object({ added: Type.Integer(), removed: Type.Integer(), changed: Type.Integer() }),
  pendingProposals: Type.Integer(),
  sessions: Type.Array(SessionBrief),
});
export const MyDelegation = Type.Object({
  meetingId: Type.String(),
  delegationId: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  country: Nullable(Type.String()),
  meetingCode: Type.String(),
  meetingTitleVi: Type.String(),
  meetingTitleEn: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  registrationDeadline: Nullable(Type.String()),
  closed: Type.Boolean(),
  latestVersion: Nullable(Type.Integer()),
});
export const MeetingRow = Type.Object({
  delegationId: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  country: Nullable(Type.String()),
  category: StringEnum(delegationCategories),
  contactName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  counts: Counts,
  link: Nullable(Link),
  latestVersion: Nullable(Type.Integer()),
  lastSubmittedAt: Nullable(Type.String()),
  pendingProposals: Type.Integer(),
});
export const Proposal = Type.Object({
  id: Type.String(),
  delegationId: Type.String(),
  kind: StringEnum(["add", "edit", "remove"] as const),
  delegateId: Nullable(Type.String()),
  delegateVersion: Nullable(Type.Integer()),
  delegateName: Type.String(),
  changes: Type.Record(Type.String(), Type.Unknown(), { description: "add: the delegate; edit: the changed fields" }),
  before: Nullable(SnapshotDelegate),
  hasPhoto: Type.Boolean(),
  note: Nullable(Type.String()),
  status: StringEnum(["pending", "accepted", "refused", "withdrawn"] as const),
  reason: Nullable(Type.String()),
  proposedByName: Type.String(),
  proposedAt: Type.String(),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  resultDelegateId: Nullable(Type.String()),
  version: Type.Integer(),
});
export const RowValues = Type.Partial(
  Type.Object(Object.fromEntries(importFields.map((f) => [f, Type.String({ maxLength: 1000 })]))),
);
export const ImportRow = Type.Object({
  row: Type.Integer(),
  values: Type.Record(Type.String(), Type.String()),
  sessionIds: Type.Array(Type.String()),
  unknownSessions: Type.Array(Type.String()),
  dropped: Type.Boolean(),
  problems: Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })),
});
export const Import = Type.Object({
  id: Type.String(),
  delegationId: Type.String(),
  fileName: Type.String(),
  format: StringEnum(["xlsx", "csv"] as const),
  status: StringEnum(importStatuses),
  progress: Type.Object({ done: Type.Integer(), total: Type.Integer() }),
  error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
  createdAt: Type.String(),
  createdByName: Type.String(),
  committedAt: Nullable(Type.String()),
  summary: Type.Object({
    rows: Type.Integer(),
    ok: Type.Integer(),
    withProblems: Type.Integer(),
    dropped: Type.Integer(),
  }),
  rows: Type.Array(ImportRow),
  version: Type.Integer(),
});
export const ImportParams = Type.Object({ id: Uuid, delegationId: Uuid, importId: Uuid });
export const VersionQuery = Type.Object({ version: Version });
export const Binary = Type.Unsafe({ type: "string", format: "binary" });
