import { Type, type Static } from "typebox";
import { Nullable, OptText, StringEnum, Uuid } from "./common.js";
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
