import type { MeetingTabMeeting } from "../../../lib/meetingTabs";

export type MeetingStatus = MeetingTabMeeting["status"];
export const meetingStatuses: MeetingStatus[] = ["planning", "registration_open", "ongoing", "closed"];

export const sessionKinds = [
  "SOM",
  "SOM+3",
  "Heads",
  "Heads+3",
  "forum",
  "bilateral",
  "press_conference",
  "cultural",
  "site_visit",
  "other",
] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const delegationCategories = [
  "host",
  "asean_member",
  "plus_three",
  "dialogue_partner",
  "secretariat",
  "observer",
] as const;
export type DelegationCategory = (typeof delegationCategories)[number];

export const delegateRoles = [
  "head",
  "alternate_head",
  "som_leader",
  "focal_point",
  "member",
  "adviser",
  "interpreter",
  "security",
] as const;
export type DelegateRole = (typeof delegateRoles)[number];
export const genders = ["female", "male", "other"] as const;
export type AccreditationStatus = "pending" | "accredited" | "rejected";

export interface Meeting extends MeetingTabMeeting {
  themeVi: string | null;
  themeEn: string | null;
  cityVi: string;
  cityEn: string;
  purgeAt: string | null;
  counts?: { delegations: number; delegates: number; sessions: number };
  delegationCount?: number;
}

export interface Room {
  id: string;
  venueId: string;
  nameVi: string;
  nameEn: string;
  capacity: number | null;
  version: number;
}
export interface Venue {
  id: string;
  meetingId: string;
  nameVi: string;
  nameEn: string;
  address: string | null;
  sample: boolean;
  version: number;
  rooms: Room[];
}

export interface AgendaItem {
  id?: string;
  position?: number;
  titleVi: string;
  titleEn: string;
  presenter: string | null;
  documents: string | null;
}
export interface Clash {
  sessionId: string;
  on: "room" | "chair";
}
export interface Session {
  id: string;
  meetingId: string;
  kind: SessionKind;
  titleVi: string;
  titleEn: string;
  /** ISO 8601 with the meeting's offset: the first 16 characters are the wall-clock time in the meeting's zone. */
  start: string;
  end: string;
  roomId: string | null;
  room: {
    id: string;
    nameVi: string;
    nameEn: string;
    venueId: string;
    venueNameVi: string;
    venueNameEn: string;
  } | null;
  chair: string | null;
  /** The chair in English; null when not given (English readers then see `chair`). */
  chairEn: string | null;
  notesVi: string | null;
  notesEn: string | null;
  agenda: AgendaItem[];
  delegationIds: string[];
  clashes: Clash[];
  version: number;
}

export interface Delegation {
  id: string;
  meetingId: string;
  country: string | null;
  countryNameVi: string | null;
  countryNameEn: string | null;
  nameVi: string;
  nameEn: string;
  category: DelegationCategory;
  headDelegateId: string | null;
  head: { id: string; fullName: string; honorific: string | null } | null;
  contactName: string | null;
  contactEmail: string | null;
  counts: { total: number; pending: number; accredited: number; rejected: number };
  version: number;
  sessionIds?: string[];
}

/** A delegate as the reader may see them: a security officer gets only the first five fields. */
export interface Delegate {
  id: string;
  meetingId: string;
  delegationId: string;
  fullName: string;
  photoUrl: string | null;
  honorific?: string | null;
  gender?: (typeof genders)[number] | null;
  position?: string | null;
  organisation?: string | null;
  role?: DelegateRole;
  nationality?: string | null;
  passportNumber?: string | null;
  passportExpiry?: string | null;
  dateOfBirth?: string | null;
  email?: string | null;
  phone?: string | null;
  arrivalDate?: string | null;
  arrivalTime?: string | null;
  arrivalFlight?: string | null;
  arrivalAirport?: string | null;
  departureDate?: string | null;
  departureTime?: string | null;
  departureFlight?: string | null;
  departureAirport?: string | null;
  hotel?: string | null;
  dietary?: string | null;
  accessibility?: string | null;
  accreditationStatus?: AccreditationStatus;
  accreditationReason?: string | null;
  sample?: boolean;
  sessionIds?: string[];
  version?: number;
}

export const meetingKey = (id: string) => ["meetings", id] as const;

/** The delegates of one delegation under /api. */
export const delegatesPath = (meetingId: string, delegationId: string) =>
  `/meetings/${meetingId}/delegations/${delegationId}/delegates`;

/** The chair as a reader of `lang` sees it: the English form for English when there is one. */
export const chairIn = (s: Pick<Session, "chair" | "chairEn">, lang: "vi" | "en") =>
  (lang === "en" ? s.chairEn : null) ?? s.chair;
