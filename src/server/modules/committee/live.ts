/**
 * The live "now / next" view (issue 13, point 6): the meeting's sessions and rooms to pick from, the live revision
 * the open pages poll (one indexed row, from any process), and marking a cue done or delayed — audited, bumping the
 * revision in the same transaction, so every other open page sees it on its next poll.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { meetingRoomRows, meetingSessionRows } from "../meetings/repo.js";
import { toZonedIso } from "../meetings/time.js";
import { audit } from "../audit/service.js";
import type { CueMarkBody, LiveView, Script } from "../../../shared/schemas/committee.js";
import { committeeErrors } from "./errors.js";
import { cueLive, requireCommittee } from "./policy.js";
import { bumpLiveRevisionTx, liveRevisionOf, presentSession, readScript, sessionOf } from "./scripts.js";
import { committeeCues } from "./schema.js";

export async function liveView(ctx: Ctx, actor: Actor, meetingId: string): Promise<LiveView> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const rooms = await meetingRoomRows(ctx.db, meetingId);
  const sessions = await meetingSessionRows(ctx.db, meetingId);
  return {
    meeting: {
      id: meeting.id,
      code: meeting.code,
      titleVi: meeting.titleVi,
      titleEn: meeting.titleEn,
      timeZone: meeting.timeZone,
    },
    sessions: sessions.map((s) => presentSession(s, meeting, rooms, actor.language)),
    rooms: rooms.map((r) => ({
      id: r.id,
      nameVi: `${r.nameVi} — ${r.venueNameVi}`,
      nameEn: `${r.nameEn} — ${r.venueNameEn}`,
    })),
    revision: await liveRevisionOf(ctx.db, meetingId),
    now: toZonedIso(new Date(), meeting.timeZone),
  };
}

/** The meeting's live revision: what the open pages poll every two seconds. */
export async function liveRevision(ctx: Ctx, actor: Actor, meetingId: string): Promise<{ revision: number }> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  return { revision: await liveRevisionOf(ctx.db, meetingId) };
}

/** Marks a cue done, delayed (with minutes) or back to pending: those `cueLive` allows. */
export async function markCue(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  sessionId: string,
  cueId: string,
  body: CueMarkBody,
): Promise<Script> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  const session = await sessionOf(ctx.db, meetingId, sessionId);
  const [cue] = await ctx.db
    .select()
    .from(committeeCues)
    .where(and(eq(committeeCues.id, cueId), eq(committeeCues.sessionId, sessionId)));
  if (!cue) throw committeeErrors.CUE_NOT_FOUND();
  ensure(cueLive(perms, cue.responsibleId));
  if (body.status === "delayed" && !body.delayMinutes) throw committeeErrors.CUE_DELAY_REQUIRED();
  const delayMinutes = body.status === "delayed" ? (body.delayMinutes ?? null) : null;
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(committeeCues)
      .set({
        status: body.status,
        delayMinutes,
        statusAt: new Date(),
        statusBy: actor.id,
        version: sql`${committeeCues.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(committeeCues.id, cueId));
    const revision = await bumpLiveRevisionTx(tx, meetingId);
    await audit(tx, actor, {
      action: "committee_cue.mark",
      entity: "committee_cue",
      entityId: cueId,
      before: { status: cue.status, delayMinutes: cue.delayMinutes },
      after: { status: body.status, delayMinutes, revision },
    });
    return readScript(tx, actor, meeting, perms, session);
  });
}
