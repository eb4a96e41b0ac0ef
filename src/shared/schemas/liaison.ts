import { Type, type Static } from "typebox";
import { DateStr, IsoDateTime, Nullable, OptText, StringEnum, Uuid } from "./common.js";
import { languageLevels, officerKinds } from "../logistics.js";

/**
 * Liaison officers and volunteers (issue 14, point 1): the roster, trainings, assignments to delegations, the
 * delegation ↔ officer contacts and the notices sent to delegations. One definition for the routes and the web.
 */
export const OfficerKindT = StringEnum(officerKinds);
export const LanguageLevelT = StringEnum(languageLevels);
const Int32 = (minimum: number) => Type.Integer({ minimum, maximum: 2_147_483_647 });
/** ISO 639-1 language code. */
export const LanguageCode = Type.String({ pattern: "^[a-z]{2}$" });
export const OfficerLanguage = Type.Object({ code: LanguageCode, level: LanguageLevelT });
export type OfficerLanguage = Static<typeof OfficerLanguage>;

/** A training the officer was invited to, and whether they attended. */
const OfficerTraining = Type.Object({
  trainingId: Uuid,
  titleVi: Type.String(),
  titleEn: Type.String(),
  startsAt: IsoDateTime,
  attended: Type.Boolean(),
});

export const LiaisonOfficer = Type.Object({
  id: Uuid,
  kind: OfficerKindT,
  fullName: Type.String(),
  unit: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  languages: Type.Array(OfficerLanguage),
  /** ISO days; empty = every day of the meeting. */
  availableDays: Type.Array(DateStr),
  /** The linked Focal account (its e-mail), if any. */
  userId: Nullable(Uuid),
  account: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  trainings: Type.Array(OfficerTraining),
  /** The delegations assigned to them. */
  delegationIds: Type.Array(Uuid),
  version: Type.Integer(),
});
export type LiaisonOfficer = Static<typeof LiaisonOfficer>;

const OfficerFields = {
  kind: Type.Optional(OfficerKindT),
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  unit: Type.Optional(Type.String({ maxLength: 300 })),
  phone: OptText(40),
  email: Type.Optional(Nullable(Type.Union([Type.String({ format: "email", maxLength: 200 }), Type.Literal("")]))),
  languages: Type.Optional(Type.Array(OfficerLanguage, { maxItems: 12 })),
  availableDays: Type.Optional(Type.Array(DateStr, { maxItems: 60 })),
  /** The e-mail of a Focal account to link ("" or null to unlink). */
  account: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  notes: OptText(1000),
};
export const OfficerBody = Type.Object(OfficerFields, { additionalProperties: false });
export type OfficerBody = Static<typeof OfficerBody>;
export const OfficerPatch = Type.Object(
  { version: Int32(1), ...Type.Partial(Type.Object(OfficerFields)).properties },
  { additionalProperties: false },
);
export type OfficerPatch = Static<typeof OfficerPatch>;
export const OfficerParams = Type.Object({ id: Uuid, officerId: Uuid });

export const LiaisonTraining = Type.Object({
  id: Uuid,
  titleVi: Type.String(),
  titleEn: Type.String(),
  startsAt: IsoDateTime,
  endsAt: Nullable(IsoDateTime),
  place: Nullable(Type.String()),
  invited: Type.Array(Type.Object({ officerId: Uuid, fullName: Type.String(), attended: Type.Boolean() })),
  version: Type.Integer(),
});
export type LiaisonTraining = Static<typeof LiaisonTraining>;
const TrainingFields = {
  titleVi: Type.String({ minLength: 1, maxLength: 300 }),
  titleEn: Type.Optional(Type.String({ maxLength: 300 })),
  /** Wall-clock time in the meeting's zone ("2022-07-20T08:30") or an ISO moment. */
  startsAt: Type.String({ minLength: 16, maxLength: 40 }),
  endsAt: Type.Optional(Nullable(Type.Union([Type.String({ minLength: 16, maxLength: 40 }), Type.Literal("")]))),
  place: OptText(300),
};
export const TrainingBody = Type.Object(TrainingFields, { additionalProperties: false });
export type TrainingBody = Static<typeof TrainingBody>;
export const TrainingPatch = Type.Object(
  { version: Int32(1), ...Type.Partial(Type.Object(TrainingFields)).properties },
  { additionalProperties: false },
);
export type TrainingPatch = Static<typeof TrainingPatch>;
export const TrainingParams = Type.Object({ id: Uuid, trainingId: Uuid });
/** Who is invited (every officer listed) and who attended; replaces the training's list. */
export const AttendanceBody = Type.Object(
  {
    version: Int32(1),
    officers: Type.Array(Type.Object({ officerId: Uuid, attended: Type.Boolean() }, { additionalProperties: false }), {
      maxItems: 500,
    }),
  },
  { additionalProperties: false },
);
export type AttendanceBody = Static<typeof AttendanceBody>;

/** A notice sent to a delegation's contact. */
export const LiaisonNotice = Type.Object({
  sentAt: IsoDateTime,
  toEmail: Type.String(),
  officerName: Type.String(),
  officerPhone: Nullable(Type.String()),
});

/** A delegation as the liaison page lists it, with its officer. */
export const LiaisonDelegation = Type.Object({
  id: Uuid,
  nameVi: Type.String(),
  nameEn: Type.String(),
  country: Nullable(Type.String()),
  /** Its languages (ISO 639-1), English last. */
  languages: Type.Array(Type.String()),
  arrivalDay: Nullable(DateStr),
  contactEmail: Nullable(Type.String()),
  officerId: Nullable(Uuid),
  /** When the officer is not available on the arrival day. */
  unavailable: Type.Boolean(),
  /** The last notice sent, and whether it names the officer as they are now. */
  notice: Nullable(LiaisonNotice),
  noticeCurrent: Type.Boolean(),
  /** The day the notice is due (arrival − notice days). */
  noticeDue: Nullable(DateStr),
});
export type LiaisonDelegation = Static<typeof LiaisonDelegation>;

export const LiaisonAssignment = Type.Object({ delegationId: Uuid, officerId: Uuid });

/** `GET /api/meetings/{id}/liaison`: officers with languages, assignments, trainings, delegations. */
export const Liaison = Type.Object({
  officers: Type.Array(LiaisonOfficer),
  assignments: Type.Array(LiaisonAssignment),
  trainings: Type.Array(LiaisonTraining),
  delegations: Type.Array(LiaisonDelegation),
  noticeDays: Type.Integer(),
  timeZone: Type.String(),
  /** The meeting's days (availability is chosen among them). */
  days: Type.Array(DateStr),
  permissions: Type.Object({ manage: Type.Boolean() }),
});
export type Liaison = Static<typeof Liaison>;
export const LiaisonQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);

export const SuggestBody = Type.Object(
  {
    /** Also propose for delegations that already have an officer (from scratch). */
    all: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const Proposal = Type.Object({
  delegationId: Uuid,
  officerId: Nullable(Uuid),
  officerName: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  match: StringEnum(["language", "english", "none"] as const),
  /** The officer it has now, if any. */
  currentOfficerId: Nullable(Uuid),
});
export type Proposal = Static<typeof Proposal>;
export const Suggestion = Type.Object({ proposals: Type.Array(Proposal) });
export type Suggestion = Static<typeof Suggestion>;

/** Sets or clears the officer of delegations (accepting proposals or by hand). */
export const AssignBody = Type.Object(
  {
    assignments: Type.Array(
      Type.Object({ delegationId: Uuid, officerId: Nullable(Uuid) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 500 },
    ),
  },
  { additionalProperties: false },
);
export type AssignBody = Static<typeof AssignBody>;

/** A delegate as their liaison officer sees them: contacts and travel, never passport data nor birth date. */
export const LiaisonDelegate = Type.Object({
  id: Uuid,
  fullName: Type.String(),
  honorific: Nullable(Type.String()),
  position: Nullable(Type.String()),
  role: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  arrivalDate: Nullable(Type.String()),
  arrivalTime: Nullable(Type.String()),
  arrivalFlight: Nullable(Type.String()),
  arrivalAirport: Nullable(Type.String()),
  departureDate: Nullable(Type.String()),
  departureTime: Nullable(Type.String()),
  departureFlight: Nullable(Type.String()),
  hotel: Nullable(Type.String()),
});
export type LiaisonDelegate = Static<typeof LiaisonDelegate>;
export const OfficerContact = Type.Object({
  id: Uuid,
  fullName: Type.String(),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  languages: Type.Array(OfficerLanguage),
});
/** A delegation's contacts: its head, its delegates, its liaison officer. */
export const DelegationContacts = Type.Object({
  id: Uuid,
  nameVi: Type.String(),
  nameEn: Type.String(),
  country: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  contactName: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  head: Nullable(LiaisonDelegate),
  delegates: Type.Array(LiaisonDelegate),
  officer: Nullable(OfficerContact),
});
export type DelegationContacts = Static<typeof DelegationContacts>;
export const DelegationContactsParams = Type.Object({ id: Uuid, delegationId: Uuid });
/** The liaison officer's own page: their record and the delegations they accompany. */
export const MyLiaison = Type.Object({
  officer: Nullable(OfficerContact),
  delegations: Type.Array(DelegationContacts),
  timeZone: Type.String(),
});
export type MyLiaison = Static<typeof MyLiaison>;

export const NoticeBody = Type.Object({ delegationId: Type.Optional(Uuid) }, { additionalProperties: false });
export type NoticeBody = Static<typeof NoticeBody>;
export const NoticeResult = Type.Object({
  sent: Type.Array(Type.Object({ delegationId: Uuid, toEmail: Type.String() })),
  skipped: Type.Array(
    Type.Object({ delegationId: Uuid, reason: StringEnum(["no_officer", "no_contact", "already_sent"] as const) }),
  ),
});
export type NoticeResult = Static<typeof NoticeResult>;
