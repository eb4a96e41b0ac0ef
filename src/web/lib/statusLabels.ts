/**
 * One label per status, the same on every page: each status of each kind of record maps to exactly one translation
 * key (`statusLabels.test.ts` checks every status has one, that no dictionary defines a second label for it, and
 * that the documents the server writes use the same words). Use `t(statusLabels.accreditation[status])`.
 */
import type { TranslationKey } from "./i18n";

export const statusLabels = {
  /** A delegate's accreditation: "Chờ duyệt / Đã duyệt / Từ chối" — never "công nhận". */
  accreditation: {
    pending: "status.accreditation.pending",
    accredited: "status.accreditation.accredited",
    rejected: "status.accreditation.rejected",
  },
  meeting: {
    planning: "meetings.status.planning",
    registration_open: "meetings.status.registration_open",
    ongoing: "meetings.status.ongoing",
    closed: "meetings.status.closed",
  },
  /** A change a delegation proposes after the deadline. */
  proposal: {
    pending: "registration.proposal.status.pending",
    accepted: "registration.proposal.status.accepted",
    refused: "registration.proposal.status.refused",
    withdrawn: "registration.proposal.status.withdrawn",
  },
  registrationLink: {
    active: "registration.link.status.active",
    expired: "registration.link.status.expired",
    revoked: "registration.link.status.revoked",
  },
  /** An agency's report for a year (targets). */
  report: {
    missing: "targets.periodStatus.missing",
    draft: "targets.periodStatus.draft",
    submitted: "targets.periodStatus.submitted",
    returned: "targets.periodStatus.returned",
    accepted: "targets.periodStatus.accepted",
  },
  /** A work-plan activity. */
  activity: {
    proposed: "workplans.status.proposed",
    planned: "workplans.status.planned",
    ongoing: "workplans.status.ongoing",
    completed: "workplans.status.completed",
    cancelled: "workplans.status.cancelled",
  },
  /** An activity of the cooperation register (issue 12). */
  coopActivity: {
    draft: "cooperation.status.draft",
    submitted: "cooperation.status.submitted",
    returned: "cooperation.status.returned",
    approved: "cooperation.status.approved",
    refused: "cooperation.status.refused",
    cancelled: "cooperation.status.cancelled",
  },
  /** A task of a meeting's organising committee (issue 13). */
  task: {
    not_started: "tasks.status.not_started",
    in_progress: "tasks.status.in_progress",
    blocked: "tasks.status.blocked",
    done: "tasks.status.done",
    cancelled: "tasks.status.cancelled",
  },
  /** A cue of a session's script in the live view (issue 13). */
  cue: {
    pending: "scripts.status.pending",
    done: "scripts.status.done",
    delayed: "scripts.status.delayed",
  },
  // --- security checklists (issue 14, point 5): an item, and a venue's or hotel's readiness
  checkItem: {
    open: "security.itemState.open",
    done: "security.itemState.done",
    signed_off: "security.itemState.signed_off",
  },
  placeReadiness: {
    none: "security.readiness.word.none",
    overdue: "security.readiness.word.overdue",
    in_progress: "security.readiness.word.in_progress",
    ready: "security.readiness.word.ready",
  },
} as const satisfies Record<string, Record<string, TranslationKey>>;

export type StatusKind = keyof typeof statusLabels;
