import { Type, type Static } from "typebox";
import { StringEnum, Uuid } from "./common.js";
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
