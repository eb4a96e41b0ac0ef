import { type Actor, isIcd, scopesOf } from "../../auth/actor.js";

/**
 * Who may do what in a work plan, computed here and nowhere else. ICD officers manage everything. A member focal
 * point holds `member_focal_point` in scope `<workplanId>:<ISO3>`: they read that programme, update the activities
 * their country leads or co-leads, and propose activities for their country. Services call `ensure(perms.<ability>)`
 * first; the presenters send the same abilities to the web (`access` on a programme, `canEdit` on an activity).
 */

/** What the actor may do in one programme. */
export interface WorkplanPermissions {
  workplanId: string;
  /** May open the programme, its activities, history, review, snapshots and proposals. */
  read: boolean;
  /** Manages activities, proposals (adoption) and snapshots; reads an activity's audit trail (ICD). */
  manage: boolean;
  /** The countries the actor may act for here: every member for the ICD, their own for a focal point. */
  countries: "all" | string[];
}

/** What the actor may do with one activity. */
export interface ActivityPermissions {
  /** Speaks for it: the ICD, or a focal point of a lead or co-lead country (may record its status once adopted). */
  speakFor: boolean;
  /** May record a status change or a note now (those who speak for an adopted activity). */
  recordStatus: boolean;
}

/** The countries the actor speaks for in this programme (empty when none). */
function memberCountries(actor: Actor, workplanId: string): string[] {
  return scopesOf(actor, "member_focal_point")
    .map((s) => s.split(":"))
    .filter(([wp, c]) => wp === workplanId && !!c)
    .map(([, c]) => c as string);
}

/** The programmes the actor may list: null for all of them (ICD), otherwise the focal point's own. */
export function visibleWorkplanIds(actor: Actor): string[] | null {
  if (isIcd(actor)) return null;
  return [...new Set(scopesOf(actor, "member_focal_point").map((s) => s.split(":")[0] as string))];
}

/** Abilities over work plans as a whole: who adopts proposals and is told about them (home inbox). */
export function workplansPermissions(actor: Actor): { manage: boolean } {
  return { manage: isIcd(actor) };
}

/** The actor's abilities in one programme (no database read). */
export function workplanPermissions(actor: Actor, workplanId: string): WorkplanPermissions {
  const icd = isIcd(actor);
  const mine = memberCountries(actor, workplanId);
  return { workplanId, read: icd || mine.length > 0, manage: icd, countries: icd ? "all" : mine };
}

/** May the actor propose for `country` here: ICD on behalf of any member, a focal point for their own country. */
export function mayActFor(perms: WorkplanPermissions, country: string): boolean {
  return perms.countries === "all" || perms.countries.includes(country);
}

/** The actor's abilities on one activity of the programme `perms` describes. */
export function activityPermissions(
  perms: WorkplanPermissions,
  activity: { leads: string[]; coLeads: string[]; status: string },
): ActivityPermissions {
  const speakFor =
    perms.countries === "all" || [...activity.leads, ...activity.coLeads].some((c) => mayActFor(perms, c));
  return { speakFor, recordStatus: speakFor && activity.status !== "proposed" };
}
