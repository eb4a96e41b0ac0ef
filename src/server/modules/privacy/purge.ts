/**
 * The personal-data purge of a meeting (Vietnam's personal-data rules: keep it no longer than needed). After the
 * meeting closes an ICD officer sets a purge date; on or after it the purge runs — triggered by an ICD officer, or
 * by the check at start and every hour. It erases delegates' passport data, birth dates, contact details, photos,
 * flights, hotel and needs (the core), what other modules hold about them (their registered purge steps), the
 * badge PDFs, and those fields in the audit trail; names, roles, accreditation, badges and attendance stay, so the
 * counts remain. Badges stop working (the door refuses them as "purged"), so the counts show none active and the
 * ones the purge voided. The purge itself is audited with counts.
 */
import type { Ctx } from "../../context.js";
import type { Db, Tx } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { audit, redactAuditTx } from "../audit/service.js";
import { requireMeeting, type MeetingRow } from "../meetings/policy.js";
import { listDelegateRows, listDelegationsOf } from "../meetings/delegates.js";
import { lockMeetingTx, meetingsDueForPurge } from "../meetings/repo.js";
import { getMeetingRow } from "../meetings/service.js";
import { purgedDelegateFields, purgeMeetingPersonalDataTx } from "../meetings/purge.js";
import { zonedDate } from "../meetings/time.js";
import { dropBadgeFilesTx } from "../badges/jobs.js";
import { admissionCounts, badgeCounts } from "../badges/checkin.js";
import { purgeRegistrationPersonalDataTx } from "../registration/purge.js";
// health log (issue 14, point 6)
import { purgeHealthTx } from "../health/repo.js";
import { privacyErrors } from "./errors.js";
import { defineJob } from "../jobs/service.js";

/** Keys removed from the audit trail of a purged meeting's records (at any depth). */
export const purgedAuditKeys = [...purgedDelegateFields, "searchText", "photo", "health"] as const;

export interface PurgeStepResult {
  /** What the step erased, as counts (never the data). */
  counts: Record<string, number>;
  /** Ids of the step's own records whose audit rows must lose the personal fields too. */
  auditEntityIds?: string[];
}

/**
 * A module that keeps delegates' personal data of its own (registration versions and uploads, health logs…) has a
 * step in this list, named explicitly; every purge runs all steps in its transaction.
 */
export type PurgeStep = (tx: Tx, meeting: MeetingRow) => Promise<PurgeStepResult>;
const steps = new Map<string, PurgeStep>([
  // Registration keeps snapshots, proposals and uploads of delegates.
  ["registration", (tx, meeting) => purgeRegistrationPersonalDataTx(tx, meeting.id, purgedAuditKeys)],
  // The health log (issue 14, point 6): its entries are deleted; the scenarios (no personal data) stay.
  ["health", (tx, meeting) => purgeHealthTx(tx, meeting.id)],
]);

/** What remains after a purge, and what was there before it: counts only. */
export async function meetingCounts(db: Db | Tx, meetingId: string) {
  const m = await getMeetingRow(db, meetingId);
  const [delegations, people, admissions, badges] = await Promise.all([
    listDelegationsOf(db, meetingId),
    listDelegateRows(db, { meetingId }),
    admissionCounts(db, meetingId),
    badgeCounts(db, meetingId, !!m?.purgedAt),
  ]);
  const by = (s: string) => people.filter((p) => p.row.accreditationStatus === s).length;
  return {
    delegations: delegations.length,
    delegates: people.length,
    accredited: by("accredited"),
    pending: by("pending"),
    rejected: by("rejected"),
    badgesActive: badges.active,
    badgesRevoked: badges.revoked,
    badgesVoidedByPurge: badges.voidedByPurge,
    scans: admissions.scans,
    admissions: admissions.admissions,
    peopleAdmitted: admissions.peopleAdmitted,
  };
}

export type MeetingCounts = Awaited<ReturnType<typeof meetingCounts>>;

/** Today in the meeting's own zone (the purge date is a calendar date there). */
const todayIn = (m: MeetingRow, now: Date) => zonedDate(now, m.timeZone);

/** Why a meeting cannot be purged now, or null when it can. */
function blocker(m: MeetingRow, now: Date) {
  if (m.purgedAt) return privacyErrors.ALREADY_PURGED({ at: m.purgedAt.toISOString() });
  if (m.status !== "closed") return privacyErrors.PURGE_MEETING_NOT_CLOSED();
  if (!m.purgeAt) return privacyErrors.PURGE_DATE_NOT_SET();
  if (todayIn(m, now) < m.purgeAt) return privacyErrors.PURGE_NOT_DUE({ date: m.purgeAt });
  return null;
}

/** Runs the purge in one transaction (no permission check; `actor` null is the scheduled check). */
export async function purgeMeetingTx(db: Db, actor: Pick<Actor, "id" | "name"> | null, meeting: MeetingRow) {
  return db.transaction(async (tx) => {
    // Re-read under the transaction so two runs (the hourly check and an officer) cannot both purge.
    const current = await lockMeetingTx(tx, meeting.id);
    if (!current || current.purgedAt)
      throw privacyErrors.ALREADY_PURGED({ at: current?.purgedAt?.toISOString() ?? "" });
    const before = await meetingCounts(tx, meeting.id);
    const delegationIds = (await listDelegationsOf(tx, meeting.id)).map((d) => d.id);
    const delegateIds = (await listDelegateRows(tx, { meetingId: meeting.id })).map((d) => d.row.id);
    const core = await purgeMeetingPersonalDataTx(tx, meeting.id);
    const erased: Record<string, Record<string, number>> = { delegates: core };
    const auditIds = [meeting.id, ...delegationIds, ...delegateIds];
    for (const [name, step] of steps) {
      const r = await step(tx, current);
      erased[name] = r.counts;
      auditIds.push(...(r.auditEntityIds ?? []));
    }
    await dropBadgeFilesTx(tx, meeting.id);
    const auditRows = await redactAuditTx(tx, auditIds, purgedAuditKeys);
    const after = await meetingCounts(tx, meeting.id);
    const summary = { purgeAt: current.purgeAt, erased, auditRowsRedacted: auditRows, counts: after };
    await audit(tx, actor, {
      action: "meeting.purge",
      entity: "meeting",
      entityId: meeting.id,
      before: { counts: before },
      after: summary,
    });
    return { purgedAt: new Date().toISOString(), ...summary };
  });
}

/** An ICD officer purges a closed meeting on or after its purge date; they confirm by typing its code. */
export async function purgeMeeting(ctx: Ctx, actor: Actor, meetingId: string, confirmCode: string) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.purge);
  const why = blocker(meeting, new Date());
  if (why) throw why;
  if (confirmCode.trim().toUpperCase() !== meeting.code.toUpperCase()) {
    throw privacyErrors.PURGE_CONFIRMATION_MISMATCH({ code: meeting.code });
  }
  return purgeMeetingTx(ctx.db, actor, meeting);
}

/** The meeting's privacy state for the page: the date, whether it is due, why not, and the counts. */
export async function privacyStatus(ctx: Ctx, actor: Actor, meetingId: string) {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  ensure(perms.manageDelegations);
  const why = blocker(meeting, new Date());
  return {
    meetingId,
    status: meeting.status,
    purgeAt: meeting.purgeAt,
    purgedAt: meeting.purgedAt ? meeting.purgedAt.toISOString() : null,
    today: todayIn(meeting, new Date()),
    canPurge: why === null && perms.purge,
    blockedBy: why?.code ?? null,
    counts: await meetingCounts(ctx.db, meetingId),
  };
}

/**
 * The scheduled check (at start and hourly): purges every closed meeting whose purge date has come. A failure on
 * one meeting does not stop the others; it is reported to `log`.
 */
export async function purgeDueMeetings(db: Db, now = new Date(), log: (msg: string, err?: unknown) => void = () => {}) {
  // Up to today on the clock furthest ahead (UTC+14): every meeting due in its own zone is among these.
  const candidates = await meetingsDueForPurge(db, zonedDate(now, "Pacific/Kiritimati"));
  const done: string[] = [];
  for (const m of candidates) {
    if (blocker(m, now)) continue; // not yet the date in the meeting's own zone
    try {
      await purgeMeetingTx(db, null, m);
      done.push(m.id);
    } catch (err) {
      log(`purge of meeting ${m.code} failed`, err);
    }
  }
  return done;
}

/**
 * The hourly purge check (src/server/jobs.ts schedules it): every meeting whose purge date has come. A meeting whose
 * purge failed fails the job, which is retried; meetings already purged are skipped, so a retry purges only the rest.
 */
export const purgeDueJob = defineJob<Record<string, never>>({
  name: "privacy.purge-due",
  maxAttempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => {
    const failures: string[] = [];
    const purged = await purgeDueMeetings(ctx.db, new Date(), (msg, err) =>
      failures.push(`${msg}: ${err instanceof Error ? err.message : String(err)}`),
    );
    if (failures.length) throw new Error(failures.join("; "));
    return { purged };
  },
});
