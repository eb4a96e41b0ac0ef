/**
 * Who eats at a meal, and how many by dietary need (issue 14, point 4). Pure: a function over the meeting's delegate
 * rows, read once for the whole meeting.
 *
 * Who counts:
 * - A delegate whose accreditation was refused never counts.
 * - They must be in Hà Nội at the meal's time: arrived (arrival day and time, the day's start when no time is given)
 *   at or before it, and not yet gone (departure day and time, the day's end when no time) after it. No arrival
 *   date means already there (the host's own delegation); no departure date means staying. So a flight landing
 *   after midnight misses the dinner of the evening before, and a delegate leaving early misses the later lunches.
 * - A meal linked to sessions counts those registered for at least one of them; a meal linked to none (a breakfast,
 *   a reception of its own) counts every delegate present at that time.
 * Times are compared as the meeting's wall-clock ("2022-08-02T19:00"), which is what the delegate's form records.
 */
import { classifyDiet, type Diet } from "./diet.js";
import { dietNeeds } from "../../../shared/logistics.js";
import type { MealCounts } from "../../../shared/schemas/meals.js";
import { fold } from "../../../shared/text.js";

export interface EaterRow {
  id: string;
  fullName: string;
  delegationId: string;
  accreditationStatus: string;
  arrivalDate: string | null;
  arrivalTime: string | null;
  departureDate: string | null;
  departureTime: string | null;
  dietary: string | null;
  sessionIds: readonly string[];
}

export interface MealFrame {
  /** The meal's wall-clock time in the meeting's zone: "2022-08-02T19:00". */
  at: string;
  sessionIds: readonly string[];
}

export interface Eater {
  row: EaterRow;
  diet: Diet;
}

const hm = (t: string | null, fallback: string) => (t ? t.slice(0, 5) : fallback);

/** In Hà Nội at `at` (wall-clock, "YYYY-MM-DDTHH:MM"). */
export function presentAt(r: EaterRow, at: string): boolean {
  const when = at.slice(0, 16);
  if (r.arrivalDate && `${r.arrivalDate}T${hm(r.arrivalTime, "00:00")}` > when) return false;
  if (r.departureDate && `${r.departureDate}T${hm(r.departureTime, "23:59")}` <= when) return false;
  return true;
}

/** The delegates who eat at the meal, each with their classified diet. */
export function eatersOf(meal: MealFrame, rows: readonly EaterRow[], diets?: Map<string, Diet>): Eater[] {
  const linked = new Set(meal.sessionIds);
  const out: Eater[] = [];
  for (const r of rows) {
    if (r.accreditationStatus === "rejected") continue;
    if (linked.size && !r.sessionIds.some((s) => linked.has(s))) continue;
    if (!presentAt(r, meal.at)) continue;
    let diet = diets?.get(r.id);
    if (!diet) {
      diet = classifyDiet(r.dietary);
      diets?.set(r.id, diet);
    }
    out.push({ row: r, diet });
  }
  return out;
}

export function emptyCounts(): MealCounts {
  return {
    total: 0,
    none: 0,
    vegetarian: 0,
    vegan: 0,
    halal: 0,
    no_pork: 0,
    no_beef: 0,
    gluten_free: 0,
    allergy: 0,
    other: 0,
  };
}

/** The counts by need: a delegate with two needs counts under both; `none` counts those with no need. */
export function countDiets(eaters: readonly Eater[]): MealCounts {
  const c = emptyCounts();
  for (const e of eaters) {
    c.total++;
    if (!e.diet.needs.length) c.none++;
    for (const n of e.diet.needs) c[n]++;
  }
  return c;
}

/** Named allergens (or other needs) with how many have each, most frequent first; spelled as first met. */
export function namedCounts(eaters: readonly Eater[], pick: (d: Diet) => string[]): { text: string; count: number }[] {
  const by = new Map<string, { text: string; count: number }>();
  for (const e of eaters)
    for (const t of pick(e.diet)) {
      const k = fold(t);
      const x = by.get(k);
      if (x) x.count++;
      else by.set(k, { text: t, count: 1 });
    }
  return [...by.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, "vi"));
}

/** What the freeze keeps of each eater: their needs and allergens, so later changes can be counted. */
export function rosterOf(eaters: readonly Eater[]): Record<string, string> {
  return Object.fromEntries(
    eaters.map((e) => [
      e.row.id,
      [...e.diet.needs, ...e.diet.allergens.map(fold), ...e.diet.others.map(fold)].join("|"),
    ]),
  );
}

/** Delegates added, removed, or whose diet changed between the frozen roster and today's. */
export function changedSince(frozen: Record<string, string>, now: Record<string, string>): number {
  let n = 0;
  for (const [id, sig] of Object.entries(now)) if (frozen[id] !== sig) n++;
  for (const id of Object.keys(frozen)) if (!(id in now)) n++;
  return n;
}

/** Counts read back from the frozen jsonb, every key present. */
export function asCounts(v: Record<string, number> | null | undefined): MealCounts {
  const c = emptyCounts();
  if (!v) return c;
  c.total = v.total ?? 0;
  c.none = v.none ?? 0;
  for (const n of dietNeeds) c[n] = v[n] ?? 0;
  return c;
}
