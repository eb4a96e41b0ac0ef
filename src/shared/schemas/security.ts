import { Type, type Static } from "typebox";
import { IsoDateTime, Nullable, StringEnum, Uuid } from "./common.js";
import { checkItemStatuses, checkPlaceKinds, placeReadinessStatuses } from "../logistics.js";

/**
 * Security and safety at the venues and hotels (issue 14, point 5): checklists per place from templates, their items
 * signed off by the meeting's security officer, each place's readiness, and the incident log.
 */
export const CheckPlaceKindT = StringEnum(checkPlaceKinds);
export const CheckItemStatusT = StringEnum(checkItemStatuses);
export const PlaceReadinessStatusT = StringEnum(placeReadinessStatuses);

/** A venue's or hotel's readiness at a glance: items signed off of all, overdue ones, a status word. */
export const PlaceReadiness = Type.Object({
  kind: CheckPlaceKindT,
  id: Uuid,
  nameVi: Type.String(),
  nameEn: Type.String(),
  total: Type.Integer(),
  signedOff: Type.Integer(),
  /** Marked done, waiting for the security officer. */
  done: Type.Integer(),
  /** Not signed off and due before now. */
  overdue: Type.Integer(),
  /** signedOff / total in whole percent; 0 with no items. */
  percent: Type.Integer(),
  status: PlaceReadinessStatusT,
});
export type PlaceReadiness = Static<typeof PlaceReadiness>;

const Person = Nullable(Type.Object({ id: Uuid, name: Type.String() }));

export const SecurityItem = Type.Object({
  id: Uuid,
  checklistId: Uuid,
  position: Type.Integer(),
  textVi: Type.String(),
  textEn: Type.String(),
  responsible: Nullable(Type.String()),
  dueAt: Nullable(IsoDateTime),
  overdue: Type.Boolean(),
  status: CheckItemStatusT,
  evidenceNote: Nullable(Type.String()),
  /** A photo is attached (JPEG or PNG): GET …/items/{itemId}/photo. */
  hasPhoto: Type.Boolean(),
  doneAt: Nullable(IsoDateTime),
  doneBy: Person,
  signedOffAt: Nullable(IsoDateTime),
  signedOffBy: Person,
  version: Type.Integer(),
});
export type SecurityItem = Static<typeof SecurityItem>;

export const SecurityChecklist = Type.Object({
  id: Uuid,
  placeKind: CheckPlaceKindT,
  placeId: Uuid,
  templateKey: Nullable(Type.String()),
  titleVi: Type.String(),
  titleEn: Type.String(),
  sample: Type.Boolean(),
  version: Type.Integer(),
  items: Type.Array(SecurityItem),
});
export type SecurityChecklist = Static<typeof SecurityChecklist>;

export const SecurityTemplateInfo = Type.Object({
  key: Type.String(),
  titleVi: Type.String(),
  titleEn: Type.String(),
  items: Type.Integer(),
});
export type SecurityTemplateInfo = Static<typeof SecurityTemplateInfo>;

export const SecurityPermissions = Type.Object({ manage: Type.Boolean(), signOff: Type.Boolean() });

/** The security page: each place's readiness and checklists, the templates, the caller's abilities. */
export const SecurityOverview = Type.Object({
  meetingId: Uuid,
  timeZone: Type.String(),
  places: Type.Array(PlaceReadiness),
  checklists: Type.Array(SecurityChecklist),
  templates: Type.Array(SecurityTemplateInfo),
  permissions: SecurityPermissions,
});
export type SecurityOverview = Static<typeof SecurityOverview>;

export const ChecklistBody = Type.Object(
  {
    placeKind: CheckPlaceKindT,
    placeId: Uuid,
    /** From a template (its items come with it); absent for a checklist made by hand (titleVi then required). */
    templateKey: Type.Optional(Type.String({ maxLength: 40 })),
    titleVi: Type.Optional(Type.String({ maxLength: 200 })),
    titleEn: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type ChecklistBody = Static<typeof ChecklistBody>;

const ItemFields = {
  textVi: Type.String({ minLength: 1, maxLength: 500 }),
  textEn: Type.Optional(Type.String({ maxLength: 500 })),
  responsible: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  /** Wall-clock time in the meeting's zone ("2022-08-02T17:00") or with an offset. */
  dueAt: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
};
export const ItemBody = Type.Object(ItemFields, { additionalProperties: false });
export type ItemBody = Static<typeof ItemBody>;
export const ItemPatch = Type.Object(
  {
    textVi: Type.Optional(ItemFields.textVi),
    textEn: ItemFields.textEn,
    responsible: ItemFields.responsible,
    dueAt: ItemFields.dueAt,
    evidenceNote: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type ItemPatch = Static<typeof ItemPatch>;
export const ItemStatusBody = Type.Object(
  { status: CheckItemStatusT, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type ItemStatusBody = Static<typeof ItemStatusBody>;

export const SecurityIncident = Type.Object({
  id: Uuid,
  at: IsoDateTime,
  place: Type.String(),
  what: Type.String(),
  action: Type.String(),
  reporter: Type.String(),
  reportedBy: Person,
  sample: Type.Boolean(),
  version: Type.Integer(),
  canEdit: Type.Boolean(),
});
export type SecurityIncident = Static<typeof SecurityIncident>;
export const IncidentBody = Type.Object(
  {
    /** Wall-clock time in the meeting's zone or with an offset. */
    at: Type.String({ minLength: 1, maxLength: 40 }),
    place: Type.String({ minLength: 1, maxLength: 200 }),
    what: Type.String({ minLength: 1, maxLength: 4000 }),
    action: Type.Optional(Type.String({ maxLength: 4000 })),
    reporter: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type IncidentBody = Static<typeof IncidentBody>;
export const IncidentPatch = Type.Object(
  {
    at: Type.Optional(IncidentBody.properties.at),
    place: Type.Optional(IncidentBody.properties.place),
    what: Type.Optional(IncidentBody.properties.what),
    action: IncidentBody.properties.action,
    reporter: IncidentBody.properties.reporter,
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type IncidentPatch = Static<typeof IncidentPatch>;
