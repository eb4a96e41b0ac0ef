/**
 * The meetings API's records as the web uses them: the server's schemas (src/shared/schemas/meetings.ts) are the one
 * definition; these are their `Static<>` types (decision 013), not copies.
 */
import type { Static } from "typebox";
import type { AgendaItem as AgendaItemSchema, Meeting as MeetingRecord } from "../../../../shared/schemas/meetings";

export {
  accreditationStatuses,
  delegateRoles,
  delegationCategoryOrder as delegationCategories,
  genders,
  meetingStatuses,
  sessionKinds,
} from "../../../../shared/schemas/meetings";
export type {
  AccreditationStatus,
  Clash,
  Delegate,
  DelegateRole,
  Delegation,
  DelegationCategory,
  Gender,
  MeetingStatus,
  Room,
  Session,
  SessionKind,
  Venue,
} from "../../../../shared/schemas/meetings";

/** A meeting as GET /api/meetings/:id sends it (the list sends `delegationCount` instead of `counts`). */
export type Meeting = Omit<MeetingRecord, "counts"> &
  Partial<Pick<MeetingRecord, "counts">> & { delegationCount?: number };
/** An agenda item; a new one (in a form) has no id or position yet. */
export type AgendaItem = Omit<Static<typeof AgendaItemSchema>, "id" | "position"> & { id?: string; position?: number };

export const meetingKey = (id: string) => ["meetings", id] as const;

/** The delegates of one delegation under /api. */
export const delegatesPath = (meetingId: string, delegationId: string) =>
  `/meetings/${meetingId}/delegations/${delegationId}/delegates`;

/** The chair as a reader of `lang` sees it: the English form for English when there is one. */
export const chairIn = (s: { chair: string | null; chairEn: string | null }, lang: "vi" | "en") =>
  (lang === "en" ? s.chairEn : null) ?? s.chair;
