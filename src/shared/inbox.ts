/**
 * What waits for the signed-in person (GET /api/home): each module answers for its own work through an `inbox`
 * function, checked against its own policy, and the home module gathers them. The web names each kind in the
 * reader's language (`home.item.<kind>`) and links to the list it counts, already filtered.
 */
export const inboxKinds = [
  /** Host (ICD, the meeting's registration managers): delegates waiting for accreditation. */
  "delegates.accredit",
  /** Host: changes proposed by delegation contacts after the deadline, waiting for a decision. */
  "registration.proposals",
  /** Host: accredited delegates whose badge was printed before their current accreditation (identity or photo changed). */
  "badges.reissue",
  /** Delegation contact: the list has never been submitted (count: delegates on it). */
  "registration.notSubmitted",
  /** Delegation contact: changes made since the last submission (count: changed delegates). */
  "registration.unsubmitted",
  /** ICD: agencies' reports submitted and waiting for review. */
  "targets.review",
  /** Reporting agency: years that ended without a submitted report. */
  "targets.due",
  /** Reporting agency: reports returned by the ICD for correction. */
  "targets.returned",
  /** ICD: members' proposals for new work-plan activities, waiting for adoption. */
  "workplans.proposals",
  /** Holders of an approval step (ICD, leaders, personnel officer): cooperation activities waiting for their decision. */
  "cooperation.decide",
  /** Unit officer: cooperation activities of their units returned by a step of the route, to revise and resubmit. */
  "cooperation.returned",
  /** Unit officer (their units) and the ICD (all units): approved activities whose results report is overdue. */
  "cooperation.resultsOverdue",
] as const;
export type InboxKind = (typeof inboxKinds)[number];

/** One thing waiting: how many, where the filtered list is, and names for its label (both languages). */
export interface InboxItem {
  kind: InboxKind;
  count: number;
  /** The web path of the list that shows these, filtered. */
  link: string;
  /** What the item is about (a meeting, a scheme, a programme, a delegation), in both languages. */
  scopeVi: string;
  scopeEn: string;
  /** A registration deadline (ISO date-time with offset) or a reporting year, when the item has one. */
  deadline: string | null;
  year: number | null;
}
