/**
 * The extension point of the meeting pages. The meetings feature draws the meeting page (overview, programme,
 * venues, delegations) and the delegation page; other features add their own tabs here without importing the
 * meetings feature (features never import each other):
 *
 * ```tsx
 * // src/web/features/registration/routes.tsx — runs when routes.tsx imports it, before the first render
 * registerMeetingTab({
 *   key: "registration",                 // the URL segment: /meetings/:id/registration/*
 *   labelKey: "registration.tab",
 *   order: 10,
 *   visible: (m) => m.permissions?.manageDelegations === true,
 *   render: (m) => <RegistrationTab meeting={m} />,  // use useParams()["*"] / nested <Routes> for sub-pages
 * });
 * registerDelegationTab({
 *   key: "versions",                     // /meetings/:id/delegations/:delegationId/versions/*
 *   labelKey: "registration.versions.tab",
 *   render: (m, d) => <VersionsTab meeting={m} delegation={d} />,
 * });
 * ```
 *
 * Tabs appear after the core tabs, in `order`, for users for whom `visible` is true (default: everyone who can
 * open the page). The server still decides access: hiding a tab is only a courtesy.
 */
import type { ReactNode } from "react";
import type { TranslationKey } from "./i18n";

/** What a tab receives about the meeting (GET /api/meetings/:id). */
export interface MeetingTabMeeting {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  status: "planning" | "registration_open" | "ongoing" | "closed";
  registrationDeadline: string | null;
  purgedAt: string | null;
  version: number;
  permissions: {
    manageProgramme: boolean;
    manageDelegations: boolean;
    allDelegations: boolean;
    delegateView: "full" | "standard" | "badge" | null;
    ownDelegationIds: string[];
    /** May work a door of the meeting (check-in). */
    checkIn: boolean;
    /** Sees the organising committee's work (issue 13). */
    readCommittee: boolean;
    /** Opens the logistics tab (issue 14). */
    readLogistics: boolean;
    /** Keeps the health log: the meeting's health officers only (issue 14). */
    readHealth: boolean;
  } | null;
}

/** What a delegation tab receives about the delegation (GET /api/meetings/:id/delegations/:delegationId). */
export interface MeetingTabDelegation {
  id: string;
  country: string | null;
  nameVi: string;
  nameEn: string;
  category: string;
  version: number;
}

export interface MeetingTab {
  /** URL segment under /meetings/:id/ — must not be one of the core ones (programme, venues, delegations, edit). */
  key: string;
  labelKey: TranslationKey;
  order?: number;
  visible?: (meeting: MeetingTabMeeting) => boolean;
  render: (meeting: MeetingTabMeeting) => ReactNode;
}

export interface DelegationTab {
  /** URL segment under /meetings/:id/delegations/:delegationId/ — not "edit" or "delegates". */
  key: string;
  labelKey: TranslationKey;
  order?: number;
  visible?: (meeting: MeetingTabMeeting, delegation: MeetingTabDelegation) => boolean;
  render: (meeting: MeetingTabMeeting, delegation: MeetingTabDelegation) => ReactNode;
}

const reserved = new Set(["programme", "venues", "delegations", "edit", "new", "delegates"]);
const meetingTabs: MeetingTab[] = [];
const delegationTabs: DelegationTab[] = [];

function add<T extends { key: string; order?: number }>(list: T[], tab: T) {
  if (reserved.has(tab.key)) throw new Error(`The meeting tab key "${tab.key}" is reserved`);
  const i = list.findIndex((x) => x.key === tab.key);
  if (i >= 0) list.splice(i, 1, tab);
  else list.push(tab);
  list.sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

/** Adds (or replaces, by key) a tab on the meeting page. */
export function registerMeetingTab(tab: MeetingTab): void {
  add(meetingTabs, tab);
}

/** Adds (or replaces, by key) a tab on the delegation page. */
export function registerDelegationTab(tab: DelegationTab): void {
  add(delegationTabs, tab);
}

/** The registered meeting tabs, in order. */
export function extraMeetingTabs(): readonly MeetingTab[] {
  return meetingTabs;
}

/** The registered delegation tabs, in order. */
export function extraDelegationTabs(): readonly DelegationTab[] {
  return delegationTabs;
}
