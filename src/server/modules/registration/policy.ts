/**
 * Who may do what in a delegation's registration, computed here and nowhere else. Built on the meetings core's
 * policy: the host (ICD officers and the meeting's registration managers) manages every delegation; a delegation
 * contact only their own, and after the registration deadline only by proposing changes. Services load the
 * delegation with `requireRegistration` and call `ensure(perms.<ability>)` first (`ensureDirectEdit` for a direct
 * change of the list, which also says why a contact must propose instead).
 */
import { formatDateTime } from "../../../shared/dates.js";
import type { Lang } from "../../../shared/errors.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import {
  delegateViewFor,
  requireDelegation,
  requireMeeting,
  type DelegateView,
  type MeetingPermissions,
  type MeetingRow,
} from "../meetings/policy.js";
import type { DelegationRow } from "../meetings/delegates.js";
import { registrationErrors } from "./errors.js";
import { zoneOffset } from "../../../shared/timeZones.js";

/** What an actor may do with one delegation's registration. Computed once per request by `registrationPermissions`. */
export interface RegistrationPermissions {
  /** Manages the delegation's registration: accreditation, invitations, deciding proposals (ICD officers, the meeting's registration managers). */
  manage: boolean;
  /** The delegation's own contact: proposes and withdraws changes. */
  propose: boolean;
  /** Submits the list, reads its proposals and imports (the host or the delegation's contact). */
  edit: boolean;
  /** Changes the list directly now: the host always, the contact until registration closes. */
  editDirectly: boolean;
  /** Reads the registration and its versions (a full or standard view of the delegates). */
  read: boolean;
  /** What of the delegates the actor may read; null when nothing. */
  view: DelegateView | null;
}

/** The actor's abilities on one delegation's registration, from their permissions in its meeting. */
export function registrationPermissions(
  perms: MeetingPermissions,
  meeting: MeetingRow,
  delegationId: string,
  now = new Date(),
): RegistrationPermissions {
  const manage = perms.manageDelegations;
  const contact = perms.ownDelegationIds.includes(delegationId);
  const view = delegateViewFor(perms, delegationId);
  return {
    manage,
    propose: contact,
    edit: manage || contact,
    editDirectly: manage || (contact && !registrationClosed(meeting, now)),
    read: view === "full" || view === "standard",
    view,
  };
}

/** A delegation's registration as one caller reaches it: the meeting, the delegation and the caller's abilities. */
export interface DelegationRegistration {
  meeting: MeetingRow;
  delegation: DelegationRow;
  perms: RegistrationPermissions;
}

/** Loads the meeting and delegation the actor may see (403 for someone else's delegation, however its id was found). */
export async function requireRegistration(
  db: Executor,
  actor: Actor,
  meetingId: string,
  delegationId: string,
): Promise<DelegationRegistration> {
  const { meeting, perms } = await requireMeeting(db, actor, meetingId);
  const delegation = await requireDelegation(db, perms, delegationId);
  return { meeting, delegation, perms: registrationPermissions(perms, meeting, delegationId) };
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

/**
 * Why a contact can no longer change the list directly (once `registrationClosed`): MEETING_CLOSED once the meeting
 * is over (nothing more to propose), else REGISTRATION_CLOSED past the deadline, or REGISTRATION_CLOSED_STARTED for
 * a meeting without a deadline that has begun (they propose instead).
 */
export function closedError(meeting: MeetingRow, now = new Date()) {
  if (meeting.status === "closed") return registrationErrors.MEETING_CLOSED();
  const deadlinePassed = !!meeting.registrationDeadline && meeting.registrationDeadline.getTime() <= now.getTime();
  return deadlinePassed
    ? registrationErrors.REGISTRATION_CLOSED({
        deadline: { vi: deadlineText(meeting, "vi"), en: deadlineText(meeting, "en") },
      })
    : registrationErrors.REGISTRATION_CLOSED_STARTED();
}

/**
 * A direct change of the list: 403 unless the actor may edit it (`perms.edit`); then, for a contact once
 * registration has closed (`perms.editDirectly` false), the error that says why (see `closedError`).
 */
export function ensureDirectEdit(r: DelegationRegistration): void {
  ensure(r.perms.edit);
  if (!r.perms.editDirectly) throw closedError(r.meeting);
}
