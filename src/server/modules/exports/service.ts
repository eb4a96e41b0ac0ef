/**
 * Exports of a meeting: the programme (ICS, PDF) for anyone who may read the meeting; the participants list (Excel)
 * and a delegation's information pack (PDF) for those who may see the delegates. Lists and packs hold personal
 * data, so each is audited (who, what, when — never the data itself); passport columns come only with the full view.
 */
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import type { Lang } from "../../../shared/errors.js";
import { audit } from "../audit/service.js";
import { delegateViewFor, requireDelegation, requireMeeting } from "../meetings/policy.js";
import { listSessionsOf } from "../meetings/programme.js";
import { listDelegateRows, listDelegationsOf } from "../meetings/delegates.js";
import { listVenues } from "../meetings/service.js";
import { meetingErrors } from "../meetings/errors.js";
import { compareViNames } from "../../../shared/text.js";
import { redact } from "../../../shared/personalData.js";
import { programmeIcs, programmePdf } from "./programme.js";
import { participantsXlsx } from "./participants.js";
import { infoPackPdf } from "./info-pack.js";

export interface ExportFile {
  body: Buffer | string;
  fileName: string;
  contentType: string;
}

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/\+/g, "-plus-")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The programme as an iCalendar file, one event per session in the meeting's time zone. */
export async function exportProgrammeIcs(ctx: Ctx, actor: Actor, meetingId: string, lang?: Lang): Promise<ExportFile> {
  const { meeting } = await requireMeeting(ctx.db, actor, meetingId);
  const sessions = await listSessionsOf(ctx.db, meeting);
  return {
    body: programmeIcs(meeting, sessions, lang ?? actor.language),
    fileName: `${slug(meeting.code)}-programme.ics`,
    contentType: "text/calendar; charset=utf-8",
  };
}

/** The bilingual programme by day as a PDF. */
export async function exportProgrammePdf(ctx: Ctx, actor: Actor, meetingId: string): Promise<ExportFile> {
  const { meeting } = await requireMeeting(ctx.db, actor, meetingId);
  const sessions = await listSessionsOf(ctx.db, meeting);
  return {
    body: await programmePdf(meeting, sessions),
    fileName: `${slug(meeting.code)}-programme.pdf`,
    contentType: "application/pdf",
  };
}

export interface ParticipantsQuery {
  delegationId?: string;
  sessionId?: string;
  /** Add contact, travel and dietary columns (and passport columns for the full view). Audited either way. */
  personal?: boolean;
  lang?: Lang;
}

/**
 * The participants list: all, one delegation, or one session's. Host roles with a view of delegates; a delegation
 * contact only their own delegation. The door (badge view) gets no lists. Every export writes an audit row.
 */
export async function exportParticipants(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  q: ParticipantsQuery,
): Promise<ExportFile> {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  const delegation = q.delegationId ? await requireDelegation(ctx.db, perms, q.delegationId) : null;
  const view = delegation ? delegateViewFor(perms, delegation.id) : perms.allDelegations ? perms.delegateView : null;
  ensure(view === "full" || view === "standard");
  const sessions = await listSessionsOf(ctx.db, meeting);
  const session = q.sessionId ? (sessions.find((s) => s.id === q.sessionId) ?? null) : null;
  if (q.sessionId && !session) throw meetingErrors.SESSION_NOT_FOUND();
  const delegations = new Map((await listDelegationsOf(ctx.db, meetingId)).map((d) => [d.id, d]));
  const delegationName = (id: string) => {
    const d = delegations.get(id);
    if (!d) throw new Error(`The delegation ${id} of a listed delegate is not in the meeting`);
    return d.nameEn;
  };
  let rows = await listDelegateRows(ctx.db, { meetingId, delegationId: delegation?.id });
  if (session) rows = rows.filter((r) => r.sessionIds.includes(session.id));
  // A contact reading a session's list sees only their own people in it.
  if (!perms.allDelegations) rows = rows.filter((r) => perms.ownDelegationIds.includes(r.row.delegationId));
  rows.sort(
    (a, b) =>
      delegationName(a.row.delegationId).localeCompare(delegationName(b.row.delegationId), "en") ||
      compareViNames(a.row.fullName, b.row.fullName),
  );
  const lang = q.lang ?? actor.language;
  const personal = q.personal === true;
  // The one redaction of delegates (src/shared/personalData.ts): outside the full view no passport data leaves.
  const readable = rows.map((r) => ({ ...r, row: redact(r.row, view === "full" ? "full" : "standard") }));
  const { body, personalColumns } = await participantsXlsx({
    meeting,
    lang,
    rows: readable,
    delegations,
    sessions,
    scope: { delegation, session },
    contact: personal,
    passport: personal && view === "full",
    generatedBy: actor.name,
  });
  await ctx.db.transaction(async (tx) => {
    await audit(tx, actor, {
      action: "export.participants",
      ip: actor.ip ?? null,
      entity: "meeting",
      entityId: meetingId,
      after: {
        format: "xlsx",
        delegationId: delegation?.id ?? null,
        sessionId: session?.id ?? null,
        rows: rows.length,
        personal,
        personalColumns,
      },
    });
  });
  const scope = session ? `-${slug(session.titleEn).slice(0, 40)}` : delegation ? `-${slug(delegation.nameEn)}` : "";
  return {
    body,
    fileName: `${slug(meeting.code)}-participants${scope}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}

/**
 * A delegation's information pack: its programme, its members and their sessions, hotel and transfers, venues.
 * Host roles with a view of delegates, and the delegation's own contact. Audited (it holds travel data).
 */
export async function exportInfoPack(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  delegationId: string,
  lang?: Lang,
): Promise<ExportFile> {
  const { meeting, perms } = await requireMeeting(ctx.db, actor, meetingId);
  const delegation = await requireDelegation(ctx.db, perms, delegationId);
  const view = delegateViewFor(perms, delegationId);
  ensure(view === "full" || view === "standard");
  const all = await listSessionsOf(ctx.db, meeting);
  const delegates = await listDelegateRows(ctx.db, { meetingId, delegationId });
  const attended = new Set(delegates.flatMap((d) => d.sessionIds));
  const sessions = all.filter((s) => s.delegationIds.includes(delegationId) || attended.has(s.id));
  const venues = await listVenues(ctx, actor, meetingId);
  const body = await infoPackPdf({
    meeting,
    delegation,
    lang: lang ?? actor.language,
    sessions,
    delegates,
    venues,
  });
  await ctx.db.transaction(async (tx) => {
    await audit(tx, actor, {
      action: "export.info_pack",
      ip: actor.ip ?? null,
      entity: "delegation",
      entityId: delegationId,
      after: { format: "pdf", meetingId, delegates: delegates.length, personal: true },
    });
  });
  return {
    body,
    fileName: `${slug(meeting.code)}-${slug(delegation.nameEn)}-information-pack.pdf`,
    contentType: "application/pdf",
  };
}
