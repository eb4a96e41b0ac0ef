import { Type, type Static } from "typebox";
import { IsoDateTime, Nullable, StringEnum, Uuid } from "./common.js";
import { healthEntryKinds, healthScreeningFields, rapidTestResults } from "../logistics.js";

/**
 * The health log (issue 14, point 6): health events of a meeting's delegates and the screening records of an active
 * epidemic scenario. Read and written by the meeting's health officers only; other roles get at most the delegates
 * the health officer marked "needs medical attention" (`HealthAttention`), never the content.
 */
export const HealthEntryKindT = StringEnum(healthEntryKinds);
export const HealthScreeningFieldT = StringEnum(healthScreeningFields);
export const RapidTestResultT = StringEnum(rapidTestResults);

/** A screening's answers: only the fields the active scenario asks for. */
export const HealthScreening = Type.Object(
  {
    temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
    symptoms: Type.Optional(Type.String({ maxLength: 1000 })),
    rapid_test: Type.Optional(RapidTestResultT),
    close_contact: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type HealthScreening = Static<typeof HealthScreening>;

export const HealthEntry = Type.Object({
  id: Uuid,
  meetingId: Uuid,
  delegateId: Uuid,
  delegateName: Type.String(),
  delegationId: Uuid,
  delegationName: Type.String(),
  kind: HealthEntryKindT,
  /** The moment, with the meeting's offset. */
  at: IsoDateTime,
  what: Type.String(),
  action: Type.String(),
  followUp: Nullable(Type.String()),
  screening: Nullable(HealthScreening),
  /** Shared with the roles who read the meeting's delegates as "needs medical attention: yes". */
  needsAttention: Type.Boolean(),
  sample: Type.Boolean(),
  recordedBy: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: IsoDateTime,
  canEdit: Type.Boolean(),
});
export type HealthEntry = Static<typeof HealthEntry>;

const Text = (max: number) => Type.String({ maxLength: max });

export const HealthEntryBody = Type.Object({
  delegateId: Uuid,
  kind: HealthEntryKindT,
  /** Wall-clock time in the meeting's zone ("2022-08-03T10:15"), or with an offset. */
  at: Type.String({ maxLength: 40 }),
  what: Text(2000),
  action: Type.Optional(Text(2000)),
  followUp: Type.Optional(Nullable(Text(2000))),
  screening: Type.Optional(Nullable(HealthScreening)),
  needsAttention: Type.Optional(Type.Boolean()),
});
export type HealthEntryBody = Static<typeof HealthEntryBody>;

export const HealthEntryPatch = Type.Object({
  kind: Type.Optional(HealthEntryKindT),
  at: Type.Optional(Type.String({ maxLength: 40 })),
  what: Type.Optional(Text(2000)),
  action: Type.Optional(Text(2000)),
  followUp: Type.Optional(Nullable(Text(2000))),
  screening: Type.Optional(Nullable(HealthScreening)),
  needsAttention: Type.Optional(Type.Boolean()),
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});
export type HealthEntryPatch = Static<typeof HealthEntryPatch>;

export const HealthEntryParams = Type.Object({ id: Uuid, entryId: Uuid });
export const HealthDelegateParams = Type.Object({ id: Uuid, delegateId: Uuid });
export const HealthScenarioParams = Type.Object({ id: Uuid, scenarioId: Uuid });

export const HealthListQuery = Type.Object({
  /** The delegate's name (or delegation's), without diacritics. */
  q: Type.Optional(Type.String({ maxLength: 200 })),
  kind: Type.Optional(HealthEntryKindT),
  delegateId: Type.Optional(Uuid),
  /** Only the entries shared as "needs medical attention". */
  attention: Type.Optional(Type.Boolean()),
});
export type HealthListQuery = Static<typeof HealthListQuery>;

/** An epidemic scenario from the Ministry of Health's plan: while active, screenings record its fields. */
export const HealthScenario = Type.Object({
  id: Uuid,
  nameVi: Type.String(),
  nameEn: Type.String(),
  fields: Type.Array(HealthScreeningFieldT),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type HealthScenario = Static<typeof HealthScenario>;

export const HealthScenarioPatch = Type.Object({
  active: Type.Boolean(),
  version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});
export type HealthScenarioPatch = Static<typeof HealthScenarioPatch>;

/** A delegate the health form may name. */
export const HealthDelegateOption = Type.Object({
  id: Uuid,
  fullName: Type.String(),
  delegationId: Uuid,
  delegationName: Type.String(),
});
export type HealthDelegateOption = Static<typeof HealthDelegateOption>;

/** What the health page needs besides the entries: scenarios, the meeting's delegates, the meeting's zone. */
export const HealthOptions = Type.Object({
  scenarios: Type.Array(HealthScenario),
  delegates: Type.Array(HealthDelegateOption),
  timeZone: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
});
export type HealthOptions = Static<typeof HealthOptions>;

/** A delegate the health officer marked "needs medical attention: yes" — the flag only, no content. */
export const HealthAttention = Type.Object({
  delegateId: Uuid,
  fullName: Type.String(),
  delegationId: Uuid,
  delegationName: Type.String(),
});
export type HealthAttention = Static<typeof HealthAttention>;
