import { Type, type Static } from "typebox";
import { DateStr, IsoDateTime, Nullable, OptText, StringEnum, Uuid } from "./common.js";
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

// --- tasks, dependencies, checklist, comments, files, templates

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

// --- readiness

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
});
export type Readiness = Static<typeof Readiness>;
export const ReadinessQuery = Type.Object({ asOf: Type.Optional(DateStr) }, { additionalProperties: false });

// --- scripts and cues

// --- contingency plans and the live view

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
