import { Type, type Static } from "typebox";
import { IsoDateTime, Nullable, StringEnum, Uuid } from "./common.js";
import { logisticsAreas, travelChangeKinds } from "../logistics.js";

/**
 * What the logistics areas share (issue 14): the settings and the changes of delegates they acknowledge. Each area's
 * own records live in `schemas/<area>.ts` (liaison, lodging, transfers, meals, security, health).
 */
export const LogisticsAreaT = StringEnum(logisticsAreas);
export const TravelChangeKindT = StringEnum(travelChangeKinds);

/** The caller's abilities in the meeting's logistics (the policy's, sent so pages never re-derive them). */
export const LogisticsAbilities = Type.Object({
  read: Type.Boolean(),
  manage: Type.Boolean(),
  liaisonOfficer: Type.Boolean(),
  readSecurity: Type.Boolean(),
  manageSecurity: Type.Boolean(),
  signOff: Type.Boolean(),
  health: Type.Boolean(),
});
export type LogisticsAbilities = Static<typeof LogisticsAbilities>;

/** The meeting's logistics settings, with the caller's abilities (the tab shows the areas they open). */
export const LogisticsSettings = Type.Object({
  transferWindowMinutes: Type.Integer({ minimum: 10, maximum: 240 }),
  liaisonNoticeDays: Type.Integer({ minimum: 1, maximum: 60 }),
  shuttleMinutes: Type.Integer({ minimum: 5, maximum: 180 }),
  version: Type.Integer(),
  canEdit: Type.Boolean(),
  permissions: LogisticsAbilities,
});
export type LogisticsSettings = Static<typeof LogisticsSettings>;
export const LogisticsSettingsPatch = Type.Object({
  transferWindowMinutes: Type.Optional(Type.Integer({ minimum: 10, maximum: 240 })),
  liaisonNoticeDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  shuttleMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 180 })),
  /** The version read; 0 while the defaults have never been saved. */
  version: Type.Integer({ minimum: 0 }),
});
export type LogisticsSettingsPatch = Static<typeof LogisticsSettingsPatch>;

/** One travel value as it was or is (only the fields of the change's kind are present). */
const TravelValues = Type.Record(Type.String(), Type.Union([Type.String(), Type.Null(), Type.Array(Type.String())]));

/** A change to a delegate that an area must act on (listed until that area acknowledges it). */
export const TravelChange = Type.Object({
  id: Type.String(),
  delegateId: Nullable(Type.String()),
  delegateName: Type.String(),
  delegationId: Nullable(Type.String()),
  delegationName: Type.String(),
  kind: TravelChangeKindT,
  before: TravelValues,
  after: TravelValues,
  changedAt: IsoDateTime,
  changedBy: Nullable(Type.String()),
  /** The areas it touches, and which of them have acknowledged it. */
  areas: Type.Array(LogisticsAreaT),
  acknowledged: Type.Array(LogisticsAreaT),
});
export type TravelChange = Static<typeof TravelChange>;

export const ChangesQuery = Type.Object({
  area: LogisticsAreaT,
  /** Also the acknowledged ones (the history). */
  all: Type.Optional(Type.Boolean()),
});
export const ChangeAckParams = Type.Object({ id: Uuid, changeId: Uuid });
export const ChangeAckBody = Type.Object({ area: LogisticsAreaT });
