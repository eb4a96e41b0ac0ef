/**
 * A meeting's row for the hot paths that read it on every request (the check-in scan, the programme), held in
 * memory per database (decision 027) and dropped when the meeting is changed or purged, or one of its sessions
 * deleted (`meeting:<id>`, sent by those writers in their transaction).
 */
import { eq } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { TaggedCache, keys, type Notices } from "../../db/notify.js";
import { meetings } from "./schema.js";

type MeetingRow = typeof meetings.$inferSelect;

const meetingRows = new WeakMap<Notices, TaggedCache<MeetingRow>>();

/** The meeting's row, from memory once read. Not for reads inside a write's transaction (use `getMeetingRow`). */
export async function cachedMeetingRow(ctx: Ctx, id: string): Promise<MeetingRow | null> {
  const notices = ctx.database.notices;
  let cache = meetingRows.get(notices);
  if (!cache) meetingRows.set(notices, (cache = new TaggedCache<MeetingRow>(notices, { max: 1000, ttlMs: 60_000 })));
  const generation = cache.generation;
  const hit = cache.get(id);
  if (hit) return hit;
  const [m] = await ctx.db.select().from(meetings).where(eq(meetings.id, id));
  if (m) cache.set(id, m, [keys.meeting(id)], generation);
  return m ?? null;
}
