import { type Actor, type Permissions, isAdmin } from "../../auth/actor.js";

/** What a caller may do with the working-day calendar. */
export type CalendarPermissions = Permissions<"use" | "edit"> & {
  /** Counts working days and moves a date by working days (every signed-in person: lead times are everyone's). */
  use: boolean;
  /** Lists a year's days off and make-up days, adds, edits and removes them (administrators). */
  edit: boolean;
};

export function calendarPermissions(actor: Actor): CalendarPermissions {
  return { use: true, edit: isAdmin(actor) };
}
