import { Type, type Static } from "typebox";
import { NAME_MAX } from "../text.js";
import { delegateTextLimits } from "../personalData.js";
import { Airport, Nullable, Opt, OptDate, OptText, StringEnum, Time, Uuid } from "./common.js";

/**
 * The meetings module's records as the API sends them, and their enums — one definition read by the server's
 * tables and routes and by the web (`Static<typeof X>`). See decision 013.
 */

export const meetingStatuses = ["planning", "registration_open", "ongoing", "closed"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const sessionKinds = [
  "SOM",
  "SOM+3",
  "Heads",
  "Heads+3",
  "forum",
  "bilateral",
  "press_conference",
  "cultural",
  "site_visit",
  "other",
] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const delegationCategories = [
  "asean_member",
  "plus_three",
  "dialogue_partner",
  "secretariat",
  "host",
  "observer",
] as const;
export type DelegationCategory = (typeof delegationCategories)[number];
/** The order in which lists and pickers show delegation categories (the host first). */
export const delegationCategoryOrder: readonly DelegationCategory[] = [
  "host",
  "asean_member",
  "plus_three",
  "dialogue_partner",
  "secretariat",
  "observer",
];

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

export const accreditationStatuses = ["pending", "accredited", "rejected"] as const;
export type AccreditationStatus = (typeof accreditationStatuses)[number];

/** ISO 8601 with the meeting's offset: the first 16 characters are the wall-clock time in the meeting's zone. */
export const ZonedDateTime = Type.String({
  description: "ISO 8601 with the meeting's offset, e.g. 2022-08-05T08:30:00+07:00",
});

/** What the signed-in person may do in a meeting (computed by the meetings policy). */
export const MeetingPermissions = Type.Object({
  manageProgramme: Type.Boolean(),
  manageDelegations: Type.Boolean(),
  allDelegations: Type.Boolean(),
  delegateView: Nullable(StringEnum(["full", "standard", "badge"] as const)),
  ownDelegationIds: Type.Array(Type.String()),
  checkIn: Type.Boolean({ description: "May work a door: scan badges, the check-in page (security officers, ICD)" }),
  readCommittee: Type.Boolean({
    description: "Sees the organising committee's work (ICD, the meeting's committee members)",
  }),
  readLogistics: Type.Boolean({
    description:
      "Opens the logistics tab: liaison, hotels, transfers, meals, security (issue 14; the logistics module's rule)",
  }),
  readHealth: Type.Boolean({ description: "Keeps the health log: the meeting's health officers only (issue 14)" }),
});

/** What the signed-in person may do with meetings as a whole, where no meeting exists yet (meetings policy). */
export const MeetingsPermissions = Type.Object(
  {
    create: Type.Boolean({ description: "May create a meeting (ICD officers)" }),
    readAll: Type.Boolean({ description: "Sees every meeting, not only those of their grants (ICD officers)" }),
  },
  { description: "What the signed-in user may do with meetings as a whole (meetings policy)" },
);
export type MeetingsPermissions = Static<typeof MeetingsPermissions>;

export const MeetingFields = {
  id: Type.String(),
  code: Type.String(),
  titleVi: Type.String(),
  titleEn: Type.String(),
  themeVi: Nullable(Type.String()),
  themeEn: Nullable(Type.String()),
  startDate: Type.String({ format: "date" }),
  endDate: Type.String({ format: "date" }),
  cityVi: Type.String(),
  cityEn: Type.String(),
  timeZone: Type.String(),
  registrationDeadline: Nullable(ZonedDateTime),
  status: StringEnum(meetingStatuses),
  purgeAt: Nullable(Type.String()),
  purgedAt: Nullable(Type.String()),
  version: Type.Integer(),
  permissions: Nullable(MeetingPermissions),
};
export const MeetingSummary = Type.Object({ ...MeetingFields, delegationCount: Type.Integer() });
export type MeetingSummary = Static<typeof MeetingSummary>;
export const Meeting = Type.Object({
  ...MeetingFields,
  counts: Type.Object({ delegations: Type.Integer(), delegates: Type.Integer(), sessions: Type.Integer() }),
});
export type Meeting = Static<typeof Meeting>;

export const Room = Type.Object({
  id: Type.String(),
  venueId: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  capacity: Nullable(Type.Integer()),
  version: Type.Integer(),
});
export type Room = Static<typeof Room>;
export const Venue = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  address: Nullable(Type.String()),
  sample: Type.Boolean(),
  version: Type.Integer(),
  rooms: Type.Array(Room),
});
export type Venue = Static<typeof Venue>;

export const Clash = Type.Object({ sessionId: Type.String(), on: StringEnum(["room", "chair"] as const) });
export type Clash = Static<typeof Clash>;
export const AgendaItem = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  titleVi: Type.String(),
  titleEn: Type.String(),
  presenter: Nullable(Type.String()),
  documents: Nullable(Type.String()),
});
export type AgendaItem = Static<typeof AgendaItem>;
export const Session = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  kind: StringEnum(sessionKinds),
  titleVi: Type.String(),
  titleEn: Type.String(),
  start: ZonedDateTime,
  end: ZonedDateTime,
  roomId: Nullable(Type.String()),
  room: Nullable(
    Type.Object({
      id: Type.String(),
      nameVi: Type.String(),
      nameEn: Type.String(),
      venueId: Type.String(),
      venueNameVi: Type.String(),
      venueNameEn: Type.String(),
    }),
  ),
  chair: Nullable(Type.String({ description: "Who chairs, as written (Vietnamese); clashes compare it" })),
  chairEn: Nullable(Type.String({ description: "The chair in English; null when not given (show `chair`)" })),
  notesVi: Nullable(Type.String()),
  notesEn: Nullable(Type.String()),
  agenda: Type.Array(AgendaItem),
  delegationIds: Type.Array(Type.String()),
  clashes: Type.Array(Clash, {
    description: "Other sessions at an overlapping time in the same room or with the same chair",
  }),
  version: Type.Integer(),
});
export type Session = Static<typeof Session>;

/** How many delegates a delegation has, by accreditation status. */
export const DelegateCounts = Type.Object({
  total: Type.Integer(),
  pending: Type.Integer(),
  accredited: Type.Integer(),
  rejected: Type.Integer(),
});
export type DelegateCounts = Static<typeof DelegateCounts>;
export const DelegationFields = {
  id: Type.String(),
  meetingId: Type.String(),
  country: Nullable(Type.String({ description: "ISO 3166-1 alpha-3; null for an organisation" })),
  countryNameVi: Nullable(Type.String()),
  countryNameEn: Nullable(Type.String()),
  nameVi: Type.String(),
  nameEn: Type.String(),
  category: StringEnum(delegationCategories),
  headDelegateId: Nullable(Type.String()),
  head: Nullable(Type.Object({ id: Type.String(), fullName: Type.String(), honorific: Nullable(Type.String()) })),
  contactName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  counts: DelegateCounts,
  version: Type.Integer(),
};
export const Delegation = Type.Object(DelegationFields);
export type Delegation = Static<typeof Delegation>;
export const DelegationDetail = Type.Object({ ...DelegationFields, sessionIds: Type.Array(Type.String()) });
export type DelegationDetail = Static<typeof DelegationDetail>;

/** A delegate as a reader may see them: fields after the name are absent in the `badge` view (security officers);
 * personal data (`personalFields`) is null outside `full`. */
export const Delegate = Type.Object({
  id: Type.String(),
  meetingId: Type.String(),
  delegationId: Type.String(),
  fullName: Type.String(),
  photoUrl: Nullable(Type.String()),
  honorific: Opt(Type.String()),
  gender: Opt(StringEnum(genders)),
  position: Opt(Type.String()),
  organisation: Opt(Type.String()),
  role: Type.Optional(StringEnum(delegateRoles)),
  nationality: Opt(Type.String()),
  passportNumber: Opt(Type.String()),
  passportExpiry: Opt(Type.String()),
  dateOfBirth: Opt(Type.String()),
  email: Opt(Type.String()),
  phone: Opt(Type.String()),
  arrivalDate: Opt(Type.String()),
  arrivalTime: Opt(Type.String()),
  arrivalFlight: Opt(Type.String()),
  arrivalAirport: Opt(Type.String()),
  departureDate: Opt(Type.String()),
  departureTime: Opt(Type.String()),
  departureFlight: Opt(Type.String()),
  departureAirport: Opt(Type.String()),
  hotel: Opt(Type.String()),
  dietary: Opt(Type.String()),
  accessibility: Opt(Type.String()),
  accreditationStatus: Type.Optional(StringEnum(accreditationStatuses)),
  accreditationReason: Opt(Type.String()),
  sample: Type.Optional(Type.Boolean()),
  sessionIds: Type.Optional(Type.Array(Type.String())),
  version: Type.Optional(Type.Integer()),
});
export type Delegate = Static<typeof Delegate>;
/** A delegate in the `full` view (the host, a contact's own delegation): every field present. */
export type FullDelegate = Required<Delegate>;

/** Every field of a delegate as the routes take them (create: all; update: all optional but the name). */
export const DelegateBody = {
  fullName: Type.String({ minLength: 1, maxLength: NAME_MAX }),
  honorific: OptText(delegateTextLimits.honorific),
  gender: Opt(StringEnum(genders)),
  position: OptText(delegateTextLimits.position),
  organisation: OptText(delegateTextLimits.organisation),
  role: Type.Optional(StringEnum(delegateRoles)),
  nationality: Type.Optional(Nullable(Type.Union([Type.String({ pattern: "^[A-Za-z]{3}$" }), Type.Literal("")]))),
  passportNumber: Type.Optional(
    Nullable(Type.String({ maxLength: delegateTextLimits.passportNumber, pattern: "^[A-Za-z0-9 ]*$" })),
  ),
  passportExpiry: OptDate,
  dateOfBirth: OptDate,
  email: Type.Optional(
    Nullable(Type.Union([Type.String({ format: "email", maxLength: delegateTextLimits.email }), Type.Literal("")])),
  ),
  phone: OptText(delegateTextLimits.phone),
  arrivalDate: OptDate,
  arrivalTime: Opt(Time),
  arrivalFlight: OptText(delegateTextLimits.arrivalFlight),
  arrivalAirport: Opt(Airport),
  departureDate: OptDate,
  departureTime: Opt(Time),
  departureFlight: OptText(delegateTextLimits.departureFlight),
  departureAirport: Opt(Airport),
  hotel: OptText(delegateTextLimits.hotel),
  dietary: OptText(delegateTextLimits.dietary),
  accessibility: OptText(delegateTextLimits.accessibility),
  sessionIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
};
export const DelegateInput = Type.Object(DelegateBody);
/** A delegate as written by the host, a contact, an upload or an accepted proposal. */
export type DelegateInput = Static<typeof DelegateInput>;
