import { type Actor, isIcd, scopesOf } from "../../auth/actor.js";

/**
 * Who may do what in a work plan. ICD officers manage everything. A member focal point holds
 * `member_focal_point` in scope `<workplanId>:<ISO3>`: they read that programme, update the activities their
 * country leads or co-leads, and propose activities for their country.
 */

/** The countries the actor speaks for in this programme (empty when none). */
export function memberCountries(actor: Actor, workplanId: string): string[] {
  return scopesOf(actor, "member_focal_point")
    .map((s) => s.split(":"))
    .filter(([wp, c]) => wp === workplanId && !!c)
    .map(([, c]) => c as string);
}

/** The programmes a focal point can see. */
export function focalWorkplanIds(actor: Actor): string[] {
  return [...new Set(scopesOf(actor, "member_focal_point").map((s) => s.split(":")[0] as string))];
}

export const canManage = (actor: Actor) => isIcd(actor);

export function canRead(actor: Actor, workplanId: string): boolean {
  return isIcd(actor) || memberCountries(actor, workplanId).length > 0;
}

/** Speaks for the activity: the ICD, or a focal point of a lead or co-lead country of it. */
export function speaksFor(actor: Actor, activity: { workplanId: string; leads: string[]; coLeads: string[] }): boolean {
  if (isIcd(actor)) return true;
  const mine = memberCountries(actor, activity.workplanId);
  return [...activity.leads, ...activity.coLeads].some((c) => mine.includes(c));
}

/** Record status changes and notes: those who speak for an adopted activity (a proposal changes only by adoption). */
export function canUpdateActivity(
  actor: Actor,
  activity: { workplanId: string; leads: string[]; coLeads: string[]; status: string },
): boolean {
  return activity.status !== "proposed" && speaksFor(actor, activity);
}

/** Propose for a country: ICD on behalf of any member, a focal point for their own country. */
export function canPropose(actor: Actor, workplanId: string, country: string): boolean {
  return isIcd(actor) || memberCountries(actor, workplanId).includes(country);
}
