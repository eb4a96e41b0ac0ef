/**
 * The organising committee of a hosted meeting (issue 13, seed 000): its values, shared by the server and the web.
 * Labels of each value live in the web's i18n (`committee.*`) and in the server's messages.
 */

/** A member's place in the committee as a whole. */
export const committeeRoles = ["chair", "vice_chair", "standing_member", "member", "secretary"] as const;
export type CommitteeRole = (typeof committeeRoles)[number];

/** A member's role in one sub-committee. */
export const subcommitteeRoles = ["head", "deputy", "member", "secretary"] as const;
export type SubcommitteeRole = (typeof subcommitteeRoles)[number];

/** The three sub-committees of seed 000, as keys the demo and templates use (a meeting may add others: key null). */
export const subcommitteeKeys = ["content", "protocol_logistics", "security_health"] as const;
export type SubcommitteeKey = (typeof subcommitteeKeys)[number];

export const taskStatuses = ["not_started", "in_progress", "blocked", "done", "cancelled"] as const;
export type TaskStatus = (typeof taskStatuses)[number];
/** Statuses that count as open (readiness, overdue, the critical path). */
export const openTaskStatuses: readonly TaskStatus[] = ["not_started", "in_progress", "blocked"];
export const isOpenTask = (s: TaskStatus) => openTaskStatuses.includes(s);

export const taskPriorities = ["low", "normal", "high", "urgent"] as const;
export type TaskPriority = (typeof taskPriorities)[number];

/** What a task can be linked to in the meeting. */
export const taskLinkKinds = ["session", "room", "delegation"] as const;
export type TaskLinkKind = (typeof taskLinkKinds)[number];

export const cueStatuses = ["pending", "done", "delayed"] as const;
export type CueStatus = (typeof cueStatuses)[number];

/** What a cue needs, as keys with labels (free text goes in `needsOther`). */
export const cueNeeds = [
  "microphone",
  "flags",
  "interpreter_booth",
  "slides",
  "gifts",
  "podium",
  "music",
  "photographer",
  "press",
  "flowers",
] as const;
export type CueNeed = (typeof cueNeeds)[number];

/** Scope of a contingency plan: the whole meeting or one session. */
export const contingencyKinds = [
  "flight_delay",
  "leader_delayed",
  "power_failure",
  "weather",
  "illness",
  "security_alert",
  "other",
] as const;
export type ContingencyKind = (typeof contingencyKinds)[number];
