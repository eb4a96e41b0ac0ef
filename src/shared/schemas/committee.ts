import { Type, type Static } from "typebox";
import { Nullable, OptText, StringEnum, Uuid } from "./common.js";
import { NAME_MAX } from "../text.js";
import {
  committeeRoles,
  contingencyKinds,
  cueNeeds,
  cueStatuses,
  subcommitteeRoles,
  taskLinkKinds,
  taskPriorities,
  taskStatuses,
} from "../committee.js";

/**
 * The organising committee's records (issue 13), one definition for the server's routes and the web (decision 013).
 * Each area keeps its records under its own heading, so parallel work merges cleanly.
 */

export const CommitteeRoleT = StringEnum(committeeRoles);
export const SubcommitteeRoleT = StringEnum(subcommitteeRoles);
export const TaskStatusT = StringEnum(taskStatuses);
export const TaskPriorityT = StringEnum(taskPriorities);
export const TaskLinkKindT = StringEnum(taskLinkKinds);
export const CueStatusT = StringEnum(cueStatuses);
export const CueNeedT = StringEnum(cueNeeds);
export const ContingencyKindT = StringEnum(contingencyKinds);
export const IdParams = Type.Object({ id: Uuid });

// --- committee, sub-committees, members

const Int32 = (minimum: number) => Type.Integer({ minimum, maximum: 2_147_483_647 });

/** A member as seated in one sub-committee, with their role there. */
export const CommitteeSeat = Type.Object({
  /** The member's id. */
  id: Type.String(),
  fullName: Type.String(),
  agencyVi: Type.String(),
  agencyEn: Type.String(),
  position: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  role: SubcommitteeRoleT,
  hasAccount: Type.Boolean(),
});
export type CommitteeSeat = Static<typeof CommitteeSeat>;

export const SubcommitteePermissions = Type.Object({ edit: Type.Boolean(), delete: Type.Boolean() });

/** A sub-committee with its seats (head, deputies, secretaries, members, each in name order). */
export const Subcommittee = Type.Object({
  id: Type.String(),
  key: Nullable(Type.String()),
  nameVi: Type.String(),
  nameEn: Type.String(),
  remitVi: Nullable(Type.String()),
  remitEn: Nullable(Type.String()),
  position: Type.Integer(),
  version: Type.Integer(),
  head: Nullable(CommitteeSeat),
  deputies: Type.Array(CommitteeSeat),
  members: Type.Array(CommitteeSeat),
  /** Its tasks (a sub-committee with tasks cannot be deleted). */
  taskCount: Type.Integer(),
  permissions: SubcommitteePermissions,
});
export type Subcommittee = Static<typeof Subcommittee>;

export const CommitteeMemberPermissions = Type.Object({
  edit: Type.Boolean(),
  delete: Type.Boolean(),
  invite: Type.Boolean(),
});

/** A member of the committee as a whole, with their seats. */
export const CommitteeMember = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  agencyVi: Type.String(),
  agencyEn: Type.String(),
  position: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  committeeRole: CommitteeRoleT,
  /** Holds a Focal account linked to this seat. */
  hasAccount: Type.Boolean(),
  /** `none` (no account), `invited` (invitation not yet accepted), `active` (signs in). */
  account: StringEnum(["none", "invited", "active"] as const),
  sample: Type.Boolean(),
  seats: Type.Array(Type.Object({ subcommitteeId: Type.String(), role: SubcommitteeRoleT })),
  /** What they are responsible for: tasks owned, cues and contingency plans (a member with any cannot be deleted). */
  tasksOwned: Type.Integer(),
  responsibleFor: Type.Integer(),
  version: Type.Integer(),
  permissions: CommitteeMemberPermissions,
});
export type CommitteeMember = Static<typeof CommitteeMember>;

export const CommitteePermissionsT = Type.Object({ read: Type.Boolean(), manage: Type.Boolean() });

/** `GET /api/meetings/{id}/committee`: the sub-committees in order, the whole committee (chair first). */
export const Committee = Type.Object({
  meetingId: Type.String(),
  subcommittees: Type.Array(Subcommittee),
  members: Type.Array(CommitteeMember),
  permissions: CommitteePermissionsT,
});
export type Committee = Static<typeof Committee>;

export const SubcommitteeFields = {
  nameVi: Type.String({ minLength: 1, maxLength: 300 }),
  nameEn: Type.String({ minLength: 1, maxLength: 300 }),
  remitVi: OptText(2000),
  remitEn: OptText(2000),
  position: Type.Optional(Int32(0)),
};
export const SubcommitteeBody = Type.Object(SubcommitteeFields, { additionalProperties: false });
export type SubcommitteeBody = Static<typeof SubcommitteeBody>;
export const SubcommitteePatch = Type.Object(
  {
    nameVi: Type.Optional(SubcommitteeFields.nameVi),
    nameEn: Type.Optional(SubcommitteeFields.nameEn),
    remitVi: SubcommitteeFields.remitVi,
    remitEn: SubcommitteeFields.remitEn,
    position: SubcommitteeFields.position,
    version: Int32(1),
  },
  { additionalProperties: false },
);
export type SubcommitteePatch = Static<typeof SubcommitteePatch>;

export const CommitteeMemberFields = {
  fullName: Type.String({ minLength: 1, maxLength: NAME_MAX }),
  agencyVi: Type.String({ minLength: 1, maxLength: 300 }),
  agencyEn: Type.Optional(Type.String({ maxLength: 300 })),
  position: OptText(300),
  phone: Type.Optional(Nullable(Type.Union([Type.String({ pattern: "^[0-9+() .-]{3,40}$" }), Type.Literal("")]))),
  email: Type.Optional(Nullable(Type.Union([Type.String({ format: "email", maxLength: 320 }), Type.Literal("")]))),
  committeeRole: Type.Optional(CommitteeRoleT),
};
export const CommitteeMemberBody = Type.Object(CommitteeMemberFields, { additionalProperties: false });
export type CommitteeMemberBody = Static<typeof CommitteeMemberBody>;
export const CommitteeMemberPatch = Type.Object(
  {
    fullName: Type.Optional(CommitteeMemberFields.fullName),
    agencyVi: Type.Optional(CommitteeMemberFields.agencyVi),
    agencyEn: CommitteeMemberFields.agencyEn,
    position: CommitteeMemberFields.position,
    phone: CommitteeMemberFields.phone,
    email: CommitteeMemberFields.email,
    committeeRole: CommitteeMemberFields.committeeRole,
    version: Int32(1),
  },
  { additionalProperties: false },
);
export type CommitteeMemberPatch = Static<typeof CommitteeMemberPatch>;

/** Seats a member in a sub-committee with a role. */
export const SeatBody = Type.Object({ memberId: Uuid, role: SubcommitteeRoleT }, { additionalProperties: false });
export type SeatBody = Static<typeof SeatBody>;
/** Changes a seat's role, with the sub-committee's version (seat changes count as changes of the sub-committee). */
export const SeatPatch = Type.Object({ role: SubcommitteeRoleT, version: Int32(1) }, { additionalProperties: false });
export type SeatPatch = Static<typeof SeatPatch>;
export const VersionQuery = Type.Object({ version: Int32(1) });
export const InviteMemberBody = Type.Object(
  { language: Type.Optional(StringEnum(["vi", "en"] as const)) },
  { additionalProperties: false },
);
export type InviteMemberBody = Static<typeof InviteMemberBody>;
export const CommitteeParams = Type.Object({ id: Uuid });
export const SubcommitteeParams = Type.Object({ id: Uuid, subId: Uuid });
export const MemberParams = Type.Object({ id: Uuid, memberId: Uuid });
export const SeatParams = Type.Object({ id: Uuid, subId: Uuid, memberId: Uuid });

// --- tasks, dependencies, checklist, comments, files, templates

// --- readiness

// --- scripts and cues

// --- contingency plans and the live view
