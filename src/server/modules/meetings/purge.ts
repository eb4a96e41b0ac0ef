/**
 * ADDED BY THE BADGES/EXPORTS ENGINEER (issue 3, item 8), as the brief allows: the one core function the privacy
 * module needs to erase a meeting's personal data. It writes the core's tables, so it lives here, beside them.
 * Called only by `modules/privacy/purge.ts`, which checks the actor, runs it in its transaction and audits.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { invalidate, keys } from "../../db/notify.js";
import type { Tx } from "../../db/client.js";
import { purgedDelegateFields } from "../../../shared/personalData.js";
import { delegatePhotos, delegates, meetings } from "./schema.js";
import { delegateSearchText } from "./repo.js";

/** The delegate columns the purge erases (defined with the other rules about personal data, in shared). */
export { purgedDelegateFields };

/**
 * Erases the personal data of every delegate of a meeting (no permission check): the fields above are set to null,
 * photos are deleted, the search text is rebuilt without the e-mail, and the meeting is stamped `purgedAt` (after
 * which the core refuses writes with MEETING_PURGED). Rows stay, so the counts of delegations, delegates and
 * accreditations remain. Returns what it touched.
 */
export async function purgeMeetingPersonalDataTx(
  tx: Tx,
  meetingId: string,
): Promise<{ delegates: number; photos: number }> {
  const rows = await tx
    .select({
      id: delegates.id,
      fullName: delegates.fullName,
      honorific: delegates.honorific,
      position: delegates.position,
      organisation: delegates.organisation,
    })
    .from(delegates)
    .where(eq(delegates.meetingId, meetingId));
  const ids = rows.map((r) => r.id);
  let photos = 0;
  if (ids.length) {
    const gone = await tx
      .delete(delegatePhotos)
      .where(inArray(delegatePhotos.delegateId, ids))
      .returning({ id: delegatePhotos.delegateId });
    photos = gone.length;
  }
  const cleared = Object.fromEntries(purgedDelegateFields.map((f) => [f, null]));
  await tx
    .update(delegates)
    .set({ ...cleared, version: sql`${delegates.version} + 1`, updatedAt: new Date() })
    .where(eq(delegates.meetingId, meetingId));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = sql.join(
      chunk.map((r) => sql`(${r.id}::uuid, ${delegateSearchText({ ...r, email: null })})`),
      sql`, `,
    );
    await tx.execute(
      sql`update delegates set search_text = v.t from (values ${values}) as v(id, t) where delegates.id = v.id`,
    );
  }
  await tx
    .update(meetings)
    .set({ purgedAt: new Date(), version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(eq(meetings.id, meetingId));
  // The check-in reads the meeting (purged: badges stop working) from memory.
  await invalidate(tx, keys.meeting(meetingId), null);
  return { delegates: rows.length, photos };
}
