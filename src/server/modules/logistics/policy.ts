import type { Executor } from "../../db/client.js";
import { type Actor, hasRole, isIcd } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { ledSubcommitteeKeys } from "../committee/repo.js";
import { getMeetingRow } from "../meetings/repo.js";
import { logisticsErrors } from "./errors.js";

/**
 * Who may do what in a hosted meeting's logistics (issue 14, seed 000), computed here and nowhere else (decision 014).
 * The areas — liaison officers and volunteers, hotels and rooming, transfers, meals, venue security, the health log —
 * are modules of their own; each asserts one of these abilities first.
 *
 * - The ICD runs the meeting: reads and keeps every area except the health log.
 * - The heads and deputies of the Protocol, Logistics and Communications sub-committee keep liaison, hotels,
 *   transfers and meals; those of the Security and Health sub-committee keep the security checklists.
 * - Committee members and the meeting's registration managers read liaison, hotels, transfers and meals.
 * - A liaison officer (`liaison_officer` in scope `<meeting id>`) reads the delegations they accompany (the liaison
 *   module narrows that to their own assignments); no passport data anywhere.
 * - A security officer keeps the checklists and the incident log, and alone signs items off.
 * - The health log is kept by the meeting's health officers only — not the ICD, not the registration manager, not
 *   an administrator.
 */
export interface LogisticsPermissions {
  meetingId: string;
  /** Reads liaison, hotels and rooming, transfers and meals (all delegations). */
  read: boolean;
  /** Keeps liaison, hotels and rooming, transfers and meals. */
  manage: boolean;
  /** A liaison officer of the meeting: sees what concerns the delegations assigned to them. */
  liaisonOfficer: boolean;
  /** Reads the security checklists, the venues' readiness and the incident log. */
  readSecurity: boolean;
  /** Keeps the checklists (items, responsible people, evidence) and logs incidents. */
  manageSecurity: boolean;
  /** Signs checklist items off: the meeting's security officers. */
  signOff: boolean;
  /** Reads and writes the health log: the meeting's health officers only. */
  health: boolean;
}

/** Opens the logistics tab at all: from the grants alone (the meeting's permissions send it to the web). */
export function opensLogistics(actor: Pick<Actor, "grants">, meetingId: string): boolean {
  return (
    isIcd(actor) ||
    hasRole(actor, "committee_member", meetingId) ||
    hasRole(actor, "registration_manager", meetingId) ||
    hasRole(actor, "liaison_officer", meetingId) ||
    hasRole(actor, "security_officer", meetingId)
  );
}

/** Keeps the health log: the meeting's health officers, nobody else. */
export function keepsHealthLog(actor: Pick<Actor, "grants">, meetingId: string): boolean {
  return hasRole(actor, "health_officer", meetingId);
}

/** The actor's abilities in one meeting's logistics (reads the committee seats of committee members only). */
export async function logisticsPermissions(
  db: Executor,
  actor: Actor,
  meetingId: string,
): Promise<LogisticsPermissions> {
  const icd = isIcd(actor);
  const member = hasRole(actor, "committee_member", meetingId);
  const led = member ? await ledSubcommitteeKeys(db, meetingId, actor.id) : [];
  const security = hasRole(actor, "security_officer", meetingId);
  const read = icd || member || hasRole(actor, "registration_manager", meetingId);
  const manageSecurity = icd || security || led.includes("security_health");
  return {
    meetingId,
    read,
    manage: icd || led.includes("protocol_logistics"),
    liaisonOfficer: hasRole(actor, "liaison_officer", meetingId),
    readSecurity: manageSecurity || member,
    manageSecurity,
    signOff: security,
    health: keepsHealthLog(actor, meetingId),
  };
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof getMeetingRow>>>;

/**
 * Loads a meeting and the actor's logistics abilities, asserting one of them first: 403 when the actor lacks it
 * (whether or not the meeting exists, so nobody learns of a meeting they have no part in), 404 when it is not there.
 * Every logistics area's service starts here: `const { meeting, perms } = await requireLogistics(db, actor, id, (p) => p.read)`.
 */
export async function requireLogistics(
  db: Executor,
  actor: Actor,
  meetingId: string,
  allowed: (p: LogisticsPermissions) => boolean,
): Promise<{ meeting: MeetingRow; perms: LogisticsPermissions }> {
  const perms = await logisticsPermissions(db, actor, meetingId);
  if (!allowed(perms)) throw appError("FORBIDDEN");
  const meeting = await getMeetingRow(db, meetingId);
  if (!meeting) throw logisticsErrors.MEETING_NOT_FOUND();
  return { meeting, perms };
}
