/**
 * Lead time in Vietnamese working days (issue 12 item 4). The rule of an activity's route requires `leadDays` working
 * days between its submission and its start: the working days counted are the submission day (when it is a working
 * day) up to the day before the start. So the latest day to submit is `addWorkingDays(start, -required)`, and a
 * submission on that day has exactly the days it needs; a day later it is short. The calendar module answers which
 * days work (weekends, the Labour Code's holidays, the announced days off and make-up days).
 */
import type { Executor } from "../../db/client.js";
import { addWorkingDays, workingDaysBetween } from "../calendar/service.js";

/** The calendar day before `iso` ("2026-03-01" → "2026-02-28"). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Working days from `day` (included) to the day before `start`; 0 when `day` is the start or after it. */
export async function workingDaysLeft(db: Executor, day: string, start: string): Promise<number> {
  if (day >= start) return 0;
  return workingDaysBetween(db, day, dayBefore(start));
}

/** The last day on which a submission still has `required` working days before `start`. */
export async function latestSubmitDay(db: Executor, start: string, required: number): Promise<string> {
  return addWorkingDays(db, start, -required);
}
