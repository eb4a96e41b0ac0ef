import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { type Actor, hasRole, isIcd, scopesOf } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { delegations, meetings } from "./schema.js";
import { meetingErrors } from "./errors.js";
import { cachedMeetingRow } from "./cache.js";
import { readsCommittee } from "../committee/policy.js";
import { keepsHealthLog, opensLogistics } from "../logistics/policy.js";
import type { MeetingsPermissions } from "../../../shared/schemas/meetings.js";

/**
 * How much of a delegate a reader sees:
 * - `full`: everything, personal data included (ICD, the meeting's registration managers, the delegation's own contact);
 * - `standard`: everything except passport number/expiry and date of birth (committee members, liaison and health officers);
 * - `badge`: photo, name and delegation only (security officers at the door).
 */
export type DelegateView = "full" | "standard" | "badge";

/** What an actor may do in one meeting. Computed once per request by `meetingPermissions`. */
export interface MeetingPermissions {
  meetingId: string;
  /** May open the meeting, its programme and venues. */
  read: boolean;
  /** May create and edit the meeting itself, venues, rooms and sessions (ICD officers). */
  manageProgramme: boolean;
  /** May create, edit and delete delegations and delegates (ICD, the meeting's registration managers). */
  manageDelegations: boolean;
  /** Sees every delegation of the meeting (host roles); otherwise only `ownDelegationIds`. */
  allDelegations: boolean;
  /** The view of delegates in delegations other than the actor's own; null when none. */
  delegateView: DelegateView | null;
  /** Delegations of this meeting the actor is the contact for (delegation_contact grants). */
  ownDelegationIds: string[];
  /** May work a door of the meeting: scan badges, see the check-in page (the meeting's security officers, ICD). */
  checkIn: boolean;
  /** May purge the meeting's personal data once it is due (ICD officers). */
  purge: boolean;
  /** Sees the organising committee's work (the committee module's rule: ICD, the meeting's committee members). */
  readCommittee: boolean;
  /** Opens the logistics tab (the logistics module's rule, from the grants alone). */
  readLogistics: boolean;
  /** Keeps the health log (the meeting's health officers only). */
  readHealth: boolean;
}

/**
 * What an actor may do with meetings as a whole: create one (ICD officers), see every meeting (ICD officers). Only
 * the grants are read, so /api/me can send it with the user (the web's "New meeting" reads it there).
 */
export function meetingsPermissions(actor: Pick<Actor, "grants">): MeetingsPermissions {
  const icd = isIcd(actor);
  return { create: icd, readAll: icd };
}

/** Meetings whose delegations the actor manages through a grant (registration managers; ICD: see `readAll`). */
export function registrationManagerMeetingIds(actor: Actor): string[] {
  return scopesOf(actor, "registration_manager");
}

const MEETING_ROLES = [
  "committee_member",
  "registration_manager",
  "liaison_officer",
  "security_officer",
  "health_officer",
] as const;

/** Meeting ids the actor reaches through a meeting-scoped grant (not counting ICD, who reaches every meeting). */
export function meetingGrantIds(actor: Actor): string[] {
  return [...new Set(MEETING_ROLES.flatMap((r) => scopesOf(actor, r)))];
}

/** Delegation ids (with their meeting) the actor is the contact for. */
export async function contactDelegations(db: Executor, actor: Actor): Promise<{ id: string; meetingId: string }[]> {
  const ids = scopesOf(actor, "delegation_contact");
  if (!ids.length) return [];
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (!valid.length) return [];
  return db
    .select({ id: delegations.id, meetingId: delegations.meetingId })
    .from(delegations)
    .where(inArray(delegations.id, valid));
}

/** The actor's permissions in one meeting (no database read unless the actor is a delegation contact). */
export async function meetingPermissions(db: Executor, actor: Actor, meetingId: string): Promise<MeetingPermissions> {
  const icd = isIcd(actor);
  const registration = hasRole(actor, "registration_manager", meetingId);
  const standard =
    hasRole(actor, "committee_member", meetingId) ||
    hasRole(actor, "liaison_officer", meetingId) ||
    hasRole(actor, "health_officer", meetingId);
  const security = hasRole(actor, "security_officer", meetingId);
  const own = scopesOf(actor, "delegation_contact").length
    ? (await contactDelegations(db, actor)).filter((d) => d.meetingId === meetingId).map((d) => d.id)
    : [];
  const delegateView: DelegateView | null =
    icd || registration ? "full" : standard ? "standard" : security ? "badge" : null;
  return {
    meetingId,
    read: icd || registration || standard || security || own.length > 0,
    manageProgramme: icd,
    manageDelegations: icd || registration,
    allDelegations: delegateView !== null,
    delegateView,
    ownDelegationIds: own,
    checkIn: icd || security,
    purge: icd,
    readCommittee: readsCommittee(actor, meetingId),
    readLogistics: opensLogistics(actor, meetingId),
    readHealth: keepsHealthLog(actor, meetingId),
  };
}

/** The view of one delegation's delegates: the contact sees their own delegation in full. */
export function delegateViewFor(p: MeetingPermissions, delegationId: string): DelegateView | null {
  if (p.ownDelegationIds.includes(delegationId)) return "full";
  return p.delegateView;
}

export type MeetingRow = typeof meetings.$inferSelect;

/**
 * Loads a meeting the actor may read: 404 when there is none, 403 when the actor has no grant on it.
 * Every meetings route starts here.
 */
export async function requireMeeting(
  db: Executor,
  actor: Actor,
  meetingId: string,
  /** A read that may take the row from memory (`cachedMeetingRow`); otherwise it is read here. */
  cached?: (id: string) => Promise<MeetingRow | null>,
): Promise<{ meeting: MeetingRow; perms: MeetingPermissions }> {
  const meeting = cached
    ? await cached(meetingId)
    : (await db.select().from(meetings).where(eq(meetings.id, meetingId)))[0];
  const perms = await meetingPermissions(db, actor, meetingId);
  if (!meeting) {
    // A caller without any right on the id learns nothing about whether it exists.
    if (!isIcd(actor) && !perms.read) throw appError("FORBIDDEN");
    throw meetingErrors.MEETING_NOT_FOUND();
  }
  if (!perms.read) throw appError("FORBIDDEN");
  return { meeting, perms };
}

/** `requireMeeting` with the meeting's row from memory (decision 027), for reads outside a transaction. */
export function requireCachedMeeting(ctx: Ctx, actor: Actor, meetingId: string) {
  return requireMeeting(ctx.db, actor, meetingId, (id) => cachedMeetingRow(ctx, id));
}

/**
 * Loads a delegation of the meeting that the actor may see: host roles see all, a contact only their own.
 * A delegation of another meeting, or one the actor may not see, is refused the same way (403), so ids cannot
 * be probed.
 */
export async function requireDelegation(db: Executor, perms: MeetingPermissions, delegationId: string) {
  const [row] = await db
    .select()
    .from(delegations)
    .where(and(eq(delegations.id, delegationId), eq(delegations.meetingId, perms.meetingId)));
  const visible = perms.allDelegations || perms.ownDelegationIds.includes(delegationId);
  if (!visible) throw appError("FORBIDDEN");
  if (!row) throw meetingErrors.DELEGATION_NOT_FOUND();
  return row;
}
