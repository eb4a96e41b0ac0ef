import { type Actor, isIcd, scopesOf } from "../../auth/actor.js";
import type { ActivityPermissionsView, WorkplanPermissionsView } from "../../../shared/schemas/workplans.js";

/**
 * Who may do what in a work plan, computed here and nowhere else. ICD officers manage everything. A member focal
 * point holds `member_focal_point` in scope `<workplanId>:<ISO3>`: they read that programme, update the activities
 * their country leads or co-leads, and propose activities for their country. Services call `ensure(perms.<ability>)`
 * first; the presenters send the same abilities to the web (`permissions` on a programme and on an activity).
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

/**
 * What the actor may do with one activity: `speakFor` (the ICD, or a focal point of a lead or co-lead country) and
 * `recordStatus` (record a status change or a note now: those who speak for an adopted activity).
 */
export type ActivityPermissions = ActivityPermissionsView;

/** The countries the actor speaks for in this programme (empty when none). */
function memberCountries(actor: Actor, workplanId: string): string[] {
  return scopesOf(actor, "member_focal_point").flatMap((s) => {
    const [wp, c] = s.split(":");
    return wp === workplanId && c ? [c] : [];
  });
}

/** The programmes the actor may list: null for all of them (ICD), otherwise the focal point's own. */
export function visibleWorkplanIds(actor: Actor): string[] | null {
  if (isIcd(actor)) return null;
  return [
    ...new Set(
      scopesOf(actor, "member_focal_point").map((s) => {
        const [wp = ""] = s.split(":");
        return wp;
      }),
    ),
  ];
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

/** The abilities the web receives with a programme: `countries` spelled out (every member for the ICD). */
export function presentWorkplanPermissions(perms: WorkplanPermissions, members: string[]): WorkplanPermissionsView {
  return { read: perms.read, manage: perms.manage, countries: perms.countries === "all" ? members : perms.countries };
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
