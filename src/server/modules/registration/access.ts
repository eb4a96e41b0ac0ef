/**
 * Who may do what in a delegation's registration. Built on the meetings core's policy: the host (ICD officers and the
 * meeting's registration managers) manages every delegation; a delegation contact only their own, and after the
 * registration deadline only by proposing changes.
 */
import { formatDateTime } from "../../../shared/dates.js";
import type { Lang } from "../../../shared/errors.js";
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import {
  delegateViewFor,
  requireDelegation,
  requireMeeting,
  type MeetingPermissions,
  type MeetingRow,
} from "../meetings/policy.js";
import type { DelegationRow } from "../meetings/delegates.js";
import { registrationErrors } from "./errors.js";
import { zoneOffset } from "../../../shared/timeZones.js";

export interface RegistrationAccess {
  meeting: MeetingRow;
  perms: MeetingPermissions;
  delegation: DelegationRow;
  /** ICD officer or the meeting's registration manager. */
  host: boolean;
  /** The actor is this delegation's contact. */
  contact: boolean;
  /** What of the delegates the actor may read. */
  view: "full" | "standard" | "badge" | null;
}

/** Loads the meeting and delegation the actor may see (403 for someone else's delegation, however its id was found). */
export async function delegationAccess(
  db: Executor,
  actor: Actor,
  meetingId: string,
  delegationId: string,
): Promise<RegistrationAccess> {
  const { meeting, perms } = await requireMeeting(db, actor, meetingId);
  const delegation = await requireDelegation(db, perms, delegationId);
  return {
    meeting,
    perms,
    delegation,
    host: perms.manageDelegations,
    contact: perms.ownDelegationIds.includes(delegationId),
    view: delegateViewFor(perms, delegationId),
  };
}

/** The host or the delegation's own contact; nobody else changes a delegation's list. */
export function ensureEditor(a: RegistrationAccess): void {
  if (!a.host && !a.contact) throw appError("FORBIDDEN");
}

export function ensureHost(a: RegistrationAccess): void {
  if (!a.host) throw appError("FORBIDDEN");
}

/** True once the meeting's registration deadline has passed or the meeting is under way or over. */
export function registrationClosed(meeting: MeetingRow, now = new Date()): boolean {
  if (meeting.status === "ongoing" || meeting.status === "closed") return true;
  return !!meeting.registrationDeadline && meeting.registrationDeadline.getTime() <= now.getTime();
}

/**
 * The deadline as people read it in the meeting's zone: "25/07/2022 17:00 (UTC+7)" in Vietnamese, "25 Jul 2022,
 * 17:00 (UTC+7)" in English (as the web app writes dates).
 */
export function deadlineText(meeting: MeetingRow, lang: Lang = "vi"): string {
  const d = meeting.registrationDeadline;
  if (!d) return "—";
  return `${formatDateTime(lang, d, meeting.timeZone)} (${zoneOffset(meeting.timeZone, d)})`;
}

/** Why a contact can no longer change the list directly: the error that says so, or null while they can. */
export function closedError(meeting: MeetingRow, now = new Date()) {
  if (meeting.status === "closed") return registrationErrors.MEETING_CLOSED();
  if (!registrationClosed(meeting, now)) return null;
  // Past its deadline, or under way: a meeting without a deadline closes registration when it begins.
  const deadlinePassed = !!meeting.registrationDeadline && meeting.registrationDeadline.getTime() <= now.getTime();
  return deadlinePassed
    ? registrationErrors.REGISTRATION_CLOSED({
        deadline: { vi: deadlineText(meeting, "vi"), en: deadlineText(meeting, "en") },
      })
    : registrationErrors.REGISTRATION_CLOSED_STARTED();
}

/**
 * A contact may change the list directly only before the deadline; the host always may. Throws
 * REGISTRATION_CLOSED (or REGISTRATION_CLOSED_STARTED) for a contact afterwards (they propose instead), and
 * MEETING_CLOSED once the meeting is over (nothing more to propose).
 */
export function ensureDirectEdit(a: RegistrationAccess): void {
  ensureEditor(a);
  if (a.host) return;
  const why = closedError(a.meeting);
  if (why) throw why;
}
