import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { type Actor, hasRole, isIcd } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { getMeetingRow } from "../meetings/repo.js";
import type { SubcommitteeRole } from "../../../shared/committee.js";
import { committeeErrors } from "./errors.js";
import { committeeMembers, committeeSeats, committeeSubcommittees } from "./schema.js";

/**
 * Who may do what in a meeting's organising committee (issue 13), computed here and nowhere else (decision 014).
 * The ICD runs the committee (composition, members, invitations, every task, scripts, contingency plans, templates).
 * A committee member (`committee_member` in scope `<meeting id>`) reads all of the meeting's committee work; the
 * head or deputy of a sub-committee manages that sub-committee's tasks; an owner or helper moves their own task
 * (status, checklist); the Content sub-committee's heads keep the scripts; any head or deputy keeps contingency plans
 * and marks cues live, as does the member responsible for a cue. Nobody else — a delegation contact, a registration
 * manager, a committee member of another meeting — sees anything of it.
 */
export interface CommitteePermissions {
  meetingId: string;
  /** Sees the committee, tasks, readiness, scripts, contingency plans and the live view. */
  read: boolean;
  /** Keeps the committee itself: sub-committees, members, seats, invitations, templates; any task, script, plan. */
  manage: boolean;
  /** Sub-committees whose tasks the actor manages (head or deputy), besides `manage`. */
  leads: string[];
  /** Edits the detailed scripts (cues): `manage`, or a head or deputy of the Content sub-committee. */
  editScripts: boolean;
  /** Edits contingency plans: `manage`, or any head or deputy. */
  editContingencies: boolean;
  /** Marks any cue done or delayed in the live view: `manage`, or any head or deputy (see `cueLive` per cue). */
  markCues: boolean;
  /** The actor's own member records in this meeting ("my tasks"). */
  memberIds: string[];
}

/** The facts about one task the policy needs. */
export interface TaskFacts {
  subcommitteeId: string;
  ownerId: string | null;
  helperIds: readonly string[];
}

export interface TaskPermissions {
  /** Changes everything: title, owner, dates, dependencies, links; deletes it. */
  edit: boolean;
  /** Moves its status, ticks its checklist, attaches files: `edit`, its owner or a helper. */
  progress: boolean;
  /** Comments on it: every reader. */
  comment: boolean;
}

const LEADING: readonly SubcommitteeRole[] = ["head", "deputy"];

/** Sees the meeting's committee work: the ICD, and the meeting's committee members. From the grants alone. */
export function readsCommittee(actor: Pick<Actor, "grants">, meetingId: string): boolean {
  return isIcd(actor) || hasRole(actor, "committee_member", meetingId);
}

/** The actor's permissions in one meeting's committee (one read of their member rows and seats). */
export async function committeePermissions(
  db: Executor,
  actor: Actor,
  meetingId: string,
): Promise<CommitteePermissions> {
  const icd = isIcd(actor);
  const member = readsCommittee(actor, meetingId);
  const seats = member
    ? await db
        .select({
          memberId: committeeMembers.id,
          subcommitteeId: committeeSeats.subcommitteeId,
          role: committeeSeats.role,
          key: committeeSubcommittees.key,
        })
        .from(committeeMembers)
        .leftJoin(committeeSeats, eq(committeeSeats.memberId, committeeMembers.id))
        .leftJoin(committeeSubcommittees, eq(committeeSubcommittees.id, committeeSeats.subcommitteeId))
        .where(and(eq(committeeMembers.meetingId, meetingId), eq(committeeMembers.userId, actor.id)))
    : [];
  // Seats count only while the grant holds: a member whose grant was withdrawn keeps no power through an old row.
  const active = member ? seats : [];
  const leading = active.filter((s) => s.role !== null && LEADING.includes(s.role));
  const leads = [...new Set(leading.flatMap((s) => (s.subcommitteeId ? [s.subcommitteeId] : [])))];
  return {
    meetingId,
    read: member,
    manage: icd,
    leads,
    editScripts: icd || leading.some((s) => s.key === "content"),
    editContingencies: icd || leads.length > 0,
    markCues: icd || leads.length > 0,
    memberIds: [...new Set(active.map((s) => s.memberId))],
  };
}

export function taskPermissions(p: CommitteePermissions, t: TaskFacts): TaskPermissions {
  const edit = p.manage || p.leads.includes(t.subcommitteeId);
  const mine = p.memberIds.some((id) => id === t.ownerId || t.helperIds.includes(id));
  return { edit, progress: edit || (p.read && mine), comment: p.read };
}

/** May mark this cue done or delayed: `markCues`, or the member responsible for it. */
export function cueLive(p: CommitteePermissions, responsibleId: string | null): boolean {
  return p.markCues || (p.read && responsibleId !== null && p.memberIds.includes(responsibleId));
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof getMeetingRow>>>;

/**
 * Loads a meeting whose committee the actor may read: 403 when they may not (whether or not it exists, so a
 * committee member of another meeting learns nothing), 404 when an ICD officer asks for one that is not there.
 * Every committee route starts here.
 */
export async function requireCommittee(
  db: Executor,
  actor: Actor,
  meetingId: string,
): Promise<{ meeting: MeetingRow; perms: CommitteePermissions }> {
  const perms = await committeePermissions(db, actor, meetingId);
  if (!perms.read) throw appError("FORBIDDEN");
  const meeting = await getMeetingRow(db, meetingId);
  if (!meeting) throw committeeErrors.MEETING_NOT_FOUND();
  return { meeting, perms };
}
