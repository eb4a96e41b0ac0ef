import { Type, type Static } from "typebox";
import { DateStr, IsoDateTime, Nullable, OptText, StringEnum, Uuid } from "./common.js";
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
// security (issue 14, point 5): the venues' readiness on the committee's readiness page
import { PlaceReadiness } from "./security.js";

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

export const TaskPermissionsT = Type.Object({
  edit: Type.Boolean(),
  progress: Type.Boolean(),
  comment: Type.Boolean(),
});
export const TaskMemberRef = Type.Object({ id: Uuid, fullName: Type.String() });
export type TaskMemberRef = Static<typeof TaskMemberRef>;
export const TaskRef = Type.Object({ id: Uuid, number: Type.Integer(), title: Type.String(), status: TaskStatusT });
export type TaskRef = Static<typeof TaskRef>;

/** A task as lists, the board and the timeline show it. */
export const TaskSummary = Type.Object({
  id: Uuid,
  meetingId: Uuid,
  number: Type.Integer(),
  title: Type.String(),
  subcommitteeId: Uuid,
  subcommitteeNameVi: Type.String(),
  subcommitteeNameEn: Type.String(),
  owner: Nullable(TaskMemberRef),
  helpers: Type.Array(TaskMemberRef),
  dueAt: Nullable(Type.String()),
  status: TaskStatusT,
  blockedReason: Nullable(Type.String()),
  priority: TaskPriorityT,
  boardPosition: Type.Integer(),
  doneAt: Nullable(Type.String()),
  /** Open and due before now. */
  overdue: Type.Boolean(),
  checks: Type.Object({ done: Type.Integer(), total: Type.Integer() }),
  dependsOn: Type.Array(TaskRef),
  version: Type.Integer(),
  permissions: TaskPermissionsT,
});
export type TaskSummary = Static<typeof TaskSummary>;

export const TaskCheck = Type.Object({ id: Uuid, position: Type.Integer(), text: Type.String(), done: Type.Boolean() });
export const TaskComment = Type.Object({
  id: Uuid,
  authorName: Type.String(),
  body: Type.String(),
  mentions: Type.Array(TaskMemberRef),
  createdAt: Type.String(),
});
export const TaskFile = Type.Object({
  id: Uuid,
  fileName: Type.String(),
  mime: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});
export const TaskLink = Type.Object({
  kind: TaskLinkKindT,
  targetId: Uuid,
  labelVi: Type.String(),
  labelEn: Type.String(),
});
export type TaskLink = Static<typeof TaskLink>;

/** One task with everything its page shows. */
export const Task = Type.Intersect([
  TaskSummary,
  Type.Object({
    description: Nullable(Type.String()),
    checklist: Type.Array(TaskCheck),
    comments: Type.Array(TaskComment),
    files: Type.Array(TaskFile),
    links: Type.Array(TaskLink),
    /** Tasks that depend on this one. */
    blocks: Type.Array(TaskRef),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  }),
]);
export type Task = Static<typeof Task>;

export const TaskListQuery = Type.Object({
  subcommitteeId: Type.Optional(Uuid),
  status: Type.Optional(TaskStatusT),
  /** A committee member's id: their tasks as owner. */
  owner: Type.Optional(Uuid),
  overdue: Type.Optional(Type.Boolean()),
  /** Tasks the caller owns or helps with. */
  mine: Type.Optional(Type.Boolean()),
  /** Due from Monday to Sunday of this week (Hanoi time). */
  dueThisWeek: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(StringEnum(["number", "due"] as const)),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_000_000_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});
export type TaskListQuery = Static<typeof TaskListQuery>;

const LinkIn = Type.Object({ kind: TaskLinkKindT, targetId: Uuid }, { additionalProperties: false });
const taskFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  ownerId: Type.Optional(Nullable(Uuid)),
  helperIds: Type.Optional(Type.Array(Uuid, { maxItems: 30 })),
  /** Wall-clock time in the meeting's zone ("2022-07-25T17:00", as the programme form sends) or ISO with an offset. */
  dueAt: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  status: Type.Optional(TaskStatusT),
  blockedReason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  priority: Type.Optional(TaskPriorityT),
  dependsOn: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
  links: Type.Optional(Type.Array(LinkIn, { maxItems: 50 })),
};
export const TaskBody = Type.Object(
  {
    subcommitteeId: Uuid,
    ...taskFields,
    checklist: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 100 })),
  },
  { additionalProperties: false },
);
export type TaskBody = Static<typeof TaskBody>;
export const TaskPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
    subcommitteeId: Type.Optional(Uuid),
    ...taskFields,
    title: Type.Optional(taskFields.title),
    /** Its place in its status column on the board (0 = top). */
    boardPosition: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  },
  { additionalProperties: false },
);
export type TaskPatch = Static<typeof TaskPatch>;

export const TaskParams = Type.Object({ id: Uuid, taskId: Uuid });
export const CheckBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 500 }) },
  { additionalProperties: false },
);
export const CheckPatch = Type.Object(
  { text: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })), done: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const CheckOrder = Type.Object({ ids: Type.Array(Uuid, { maxItems: 100 }) }, { additionalProperties: false });
export const CommentBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 5000 }), mentions: Type.Optional(Type.Array(Uuid, { maxItems: 30 })) },
  { additionalProperties: false },
);

/** What the task pages need to pick from: sub-committees, members, sessions, rooms, delegations, the meeting's dates. */
export const TaskOptions = Type.Object({
  meeting: Type.Object({
    id: Uuid,
    code: Type.String(),
    startDate: Type.String(),
    endDate: Type.String(),
    timeZone: Type.String(),
  }),
  subcommittees: Type.Array(Type.Object({ id: Uuid, nameVi: Type.String(), nameEn: Type.String() })),
  members: Type.Array(
    Type.Object({ id: Uuid, fullName: Type.String(), agencyVi: Type.String(), hasAccount: Type.Boolean() }),
  ),
  targets: Type.Array(TaskLink),
  /** May create tasks in these sub-committees (all when `manage`). */
  createIn: Type.Array(Uuid),
  memberIds: Type.Array(Uuid),
});
export type TaskOptions = Static<typeof TaskOptions>;

// --- readiness

// --- scripts and cues

// --- contingency plans and the live view

// --- scripts and cues (helper C)

/** A contingency plan as a cue shows it (the live view's one tap). */
export const CueContingency = Type.Object({
  id: Uuid,
  kind: ContingencyKindT,
  situation: Type.String(),
  situationVi: Type.String(),
  situationEn: Type.String(),
  trigger: Type.String(),
  steps: Type.Array(Type.String()),
  resources: Nullable(Type.String()),
  responsibleName: Nullable(Type.String()),
  responsiblePhone: Nullable(Type.String()),
});
export type CueContingency = Static<typeof CueContingency>;

export const CueMemberRef = Type.Object({
  id: Uuid,
  fullName: Type.String(),
  position: Nullable(Type.String()),
  phone: Nullable(Type.String()),
});
export type CueMemberRef = Static<typeof CueMemberRef>;

/** One cue of a session's script. `what`, `who` and `where` are in the caller's language. */
export const Cue = Type.Object({
  id: Uuid,
  position: Type.Integer(),
  /** When it starts, in the meeting's zone with its offset (`2022-08-05T08:30:00+07:00`). */
  at: Type.String(),
  /** `at` as hh:mm in the meeting's zone. */
  time: Type.String(),
  minutes: Type.Integer(),
  what: Type.String(),
  whatVi: Type.String(),
  whatEn: Type.String(),
  who: Type.String(),
  whoVi: Type.String(),
  whoEn: Type.String(),
  responsible: Nullable(CueMemberRef),
  where: Type.String(),
  roomId: Nullable(Uuid),
  placeVi: Nullable(Type.String()),
  placeEn: Nullable(Type.String()),
  needs: Type.Array(CueNeedT),
  needsOther: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  status: CueStatusT,
  delayMinutes: Nullable(Type.Integer()),
  statusAt: Nullable(Type.String()),
  contingencies: Type.Array(CueContingency),
  version: Type.Integer(),
  permissions: Type.Object({ live: Type.Boolean() }),
});
export type Cue = Static<typeof Cue>;

export const ScriptWarningCode = StringEnum(["overlap", "before_start", "after_end", "total_mismatch"] as const);
/** A warning about the script (not a refusal), in the caller's language. */
export const ScriptWarning = Type.Object({
  code: ScriptWarningCode,
  cueIds: Type.Array(Uuid),
  message: Type.String(),
});
export type ScriptWarning = Static<typeof ScriptWarning>;

/** What changed since the last print: cues added, removed, and changed (with the fields that changed). */
export const ScriptChanges = Type.Object({
  revision: Type.Integer(),
  lang: StringEnum(["vi", "en"] as const),
  printedAt: Type.String(),
  printedBy: Nullable(Type.String()),
  added: Type.Array(Type.Object({ id: Uuid, time: Type.String(), what: Type.String() })),
  removed: Type.Array(Type.Object({ id: Uuid, time: Type.String(), what: Type.String() })),
  changed: Type.Array(
    Type.Object({ id: Uuid, time: Type.String(), what: Type.String(), fields: Type.Array(Type.String()) }),
  ),
});
export type ScriptChanges = Static<typeof ScriptChanges>;

export const ScriptSession = Type.Object({
  id: Uuid,
  titleVi: Type.String(),
  titleEn: Type.String(),
  start: Type.String(),
  end: Type.String(),
  roomId: Nullable(Uuid),
  room: Type.String(),
  timeZone: Type.String(),
});
export type ScriptSession = Static<typeof ScriptSession>;

/** The detailed script of a session (`cues` in order), with its checks and what changed since the last print. */
export const Script = Type.Object({
  session: ScriptSession,
  cues: Type.Array(Cue),
  warnings: Type.Array(ScriptWarning),
  totalMinutes: Type.Integer(),
  slotMinutes: Type.Integer(),
  /** The session's last print, and what changed since (null before the first print). */
  changedSinceLastPrint: Nullable(ScriptChanges),
  liveRevision: Type.Integer(),
  /** What the editor picks from: the meeting's rooms, committee members and contingency plans. */
  options: Type.Object({
    rooms: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
    members: Type.Array(CueMemberRef),
    contingencies: Type.Array(Type.Object({ id: Uuid, situation: Type.String() })),
  }),
  permissions: Type.Object({ edit: Type.Boolean(), print: Type.Boolean(), markAny: Type.Boolean() }),
});
export type Script = Static<typeof Script>;

const CueFields = {
  minutes: Type.Integer({ minimum: 0, maximum: 1440 }),
  whatVi: Type.String({ minLength: 1, maxLength: 1000 }),
  whatEn: Type.Optional(Type.String({ maxLength: 1000 })),
  whoVi: Type.Optional(Type.String({ maxLength: 500 })),
  whoEn: Type.Optional(Type.String({ maxLength: 500 })),
  responsibleId: Type.Optional(Nullable(Uuid)),
  roomId: Type.Optional(Nullable(Uuid)),
  placeVi: OptText(300),
  placeEn: OptText(300),
  needs: Type.Optional(Type.Array(CueNeedT, { maxItems: 20 })),
  needsOther: OptText(500),
  notes: OptText(2000),
  contingencyIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
};
/** `at`: hh:mm on the session's day in the meeting's zone, or a date-time with its offset. */
const CueAt = Type.String({ minLength: 4, maxLength: 40, description: "hh:mm on the session's day, or a date-time" });

export const CueBody = Type.Object({ at: CueAt, ...CueFields });
export type CueBody = Static<typeof CueBody>;

export const CuePatch = Type.Partial(Type.Object({ at: CueAt, ...CueFields }));
export const CuePatchBody = Type.Intersect([CuePatch, Type.Object({ version: Type.Integer({ minimum: 1 }) })]);
export type CuePatchBody = Static<typeof CuePatchBody>;

export const CueReorderBody = Type.Object({ ids: Type.Array(Uuid, { maxItems: 1000 }) });
export type CueReorderBody = Static<typeof CueReorderBody>;

// --- the live view (helper C)

export const CueMarkBody = Type.Object({
  status: CueStatusT,
  delayMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
});
export type CueMarkBody = Static<typeof CueMarkBody>;

export const LiveRevision = Type.Object({ revision: Type.Integer() });

export const LiveView = Type.Object({
  meeting: Type.Object({
    id: Uuid,
    code: Type.String(),
    titleVi: Type.String(),
    titleEn: Type.String(),
    timeZone: Type.String(),
  }),
  sessions: Type.Array(ScriptSession),
  rooms: Type.Array(Type.Object({ id: Uuid, nameVi: Type.String(), nameEn: Type.String() })),
  revision: Type.Integer(),
  now: Type.String(),
});
export type LiveView = Static<typeof LiveView>;

// --- readiness, contingency plans, templates
// --- task templates (helper D)

export const TaskTemplate = Type.Object({
  id: Uuid,
  nameVi: Type.String(),
  nameEn: Type.String(),
  fromMeetingId: Nullable(Uuid),
  itemCount: Type.Integer(),
  version: Type.Integer(),
  createdAt: IsoDateTime,
});
export type TaskTemplate = Static<typeof TaskTemplate>;
export const TaskTemplateBody = Type.Object(
  { nameVi: Type.String({ minLength: 1, maxLength: 200 }), nameEn: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type TaskTemplateBody = Static<typeof TaskTemplateBody>;
export const TemplateParams = Type.Object({ id: Uuid, templateId: Uuid });
/** What applying a template did: every task created, and every item not created with why (none is left silently). */
export const TemplateApplied = Type.Object({
  created: Type.Array(
    Type.Object({
      id: Uuid,
      number: Type.Integer(),
      title: Type.String(),
      subcommitteeId: Uuid,
      dueAt: Nullable(IsoDateTime),
    }),
  ),
  skipped: Type.Array(
    Type.Object({
      position: Type.Integer(),
      title: Type.String(),
      /** The sub-committee the item belongs to (its key or name), which this meeting does not have. */
      subcommittee: Type.String(),
    }),
  ),
});
export type TemplateApplied = Static<typeof TemplateApplied>;

/** Tasks done / open / overdue / blocked and the share done (done / (done + open), whole percent). */
export const ReadinessCounts = Type.Object({
  done: Type.Integer(),
  open: Type.Integer(),
  overdue: Type.Integer(),
  blocked: Type.Integer(),
  percent: Type.Integer({ minimum: 0, maximum: 100 }),
});
export type ReadinessCounts = Static<typeof ReadinessCounts>;

export const ReadinessSubcommittee = Type.Object({
  id: Uuid,
  key: Nullable(Type.String()),
  nameVi: Type.String(),
  nameEn: Type.String(),
  ...ReadinessCounts.properties,
});
export type ReadinessSubcommittee = Static<typeof ReadinessSubcommittee>;

/** A task of the critical path, with its status and due date as of the day asked for. */
export const CriticalPathTask = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  title: Type.String(),
  subcommitteeId: Uuid,
  owner: Nullable(Type.Object({ id: Uuid, fullName: Type.String() })),
  dueAt: Nullable(IsoDateTime),
  status: TaskStatusT,
});
export type CriticalPathTask = Static<typeof CriticalPathTask>;

export const Readiness = Type.Object({
  meetingId: Uuid,
  /** The day asked for (YYYY-MM-DD), counted at its end in the meeting's time zone. */
  asOf: DateStr,
  timeZone: Type.String(),
  overall: ReadinessCounts,
  subcommittees: Type.Array(ReadinessSubcommittee),
  /** The longest chain of open dependencies at that moment, in doing order ("the critical path to the opening"). */
  criticalPath: Type.Array(CriticalPathTask),
  permissions: Type.Object({ manageTemplates: Type.Boolean() }),
  // security (issue 14, point 5): each venue's and hotel's security readiness now (checklist items signed off)
  venues: Type.Array(PlaceReadiness),
});
export type Readiness = Static<typeof Readiness>;
export const ReadinessQuery = Type.Object({ asOf: Type.Optional(DateStr) }, { additionalProperties: false });

/** A contingency plan (phương án xử lý tình huống) for the meeting (sessionId null) or one session. */
export const Contingency = Type.Object({
  id: Uuid,
  meetingId: Uuid,
  sessionId: Nullable(Uuid),
  session: Nullable(Type.Object({ id: Uuid, titleVi: Type.String(), titleEn: Type.String(), startsAt: IsoDateTime })),
  kind: ContingencyKindT,
  situationVi: Type.String(),
  situationEn: Type.String(),
  trigger: Type.String(),
  steps: Type.Array(Type.String()),
  responsible: Nullable(
    Type.Object({
      id: Uuid,
      fullName: Type.String(),
      position: Nullable(Type.String()),
      phone: Nullable(Type.String()),
    }),
  ),
  inform: Type.Array(Type.Object({ id: Uuid, fullName: Type.String() })),
  informOther: Nullable(Type.String()),
  resources: Nullable(Type.String()),
  /** The cues of the meeting's scripts that link to it. */
  cues: Type.Array(
    Type.Object({ id: Uuid, sessionId: Uuid, at: IsoDateTime, whatVi: Type.String(), whatEn: Type.String() }),
  ),
  version: Type.Integer(),
  updatedAt: IsoDateTime,
  permissions: Type.Object({ edit: Type.Boolean() }),
});
export type Contingency = Static<typeof Contingency>;

const ContingencyFields = {
  sessionId: Type.Optional(Nullable(Uuid)),
  kind: ContingencyKindT,
  situationVi: Type.String({ minLength: 1, maxLength: 500 }),
  situationEn: Type.Optional(Type.String({ maxLength: 500 })),
  trigger: Type.Optional(Type.String({ maxLength: 1000 })),
  steps: Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { minItems: 1, maxItems: 30 }),
  responsibleId: Uuid,
  informIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
  informOther: OptText(1000),
  resources: OptText(2000),
};
export const ContingencyBody = Type.Object(ContingencyFields, { additionalProperties: false });
export type ContingencyBody = Static<typeof ContingencyBody>;
export const ContingencyPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    ...Type.Partial(Type.Object(ContingencyFields)).properties,
  },
  { additionalProperties: false },
);
export type ContingencyPatch = Static<typeof ContingencyPatch>;
export const ContingencyListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    kind: Type.Optional(ContingencyKindT),
    /** A session's id, or "meeting" for the meeting-wide plans. */
    sessionId: Type.Optional(Type.Union([Uuid, Type.Literal("meeting")])),
  },
  { additionalProperties: false },
);
export type ContingencyListQuery = Static<typeof ContingencyListQuery>;
/** What the plan form picks from: the committee's members (name order) and the meeting's sessions (time order). */
export const ContingencyOptions = Type.Object({
  members: Type.Array(Type.Object({ id: Uuid, fullName: Type.String(), position: Nullable(Type.String()) })),
  sessions: Type.Array(
    Type.Object({ id: Uuid, titleVi: Type.String(), titleEn: Type.String(), startsAt: IsoDateTime }),
  ),
  permissions: Type.Object({ edit: Type.Boolean() }),
});
export type ContingencyOptions = Static<typeof ContingencyOptions>;
export const ContingencyParams = Type.Object({ id: Uuid, contingencyId: Uuid });
export const ContingencyCueParams = Type.Object({ id: Uuid, contingencyId: Uuid, cueId: Uuid });
