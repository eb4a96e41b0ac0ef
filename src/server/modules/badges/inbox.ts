import { and, eq, inArray } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import type { InboxItem } from "../../../shared/inbox.js";
import { managedOpenMeetings } from "../meetings/inbox.js";
import { listDelegateRows } from "../meetings/delegates.js";
import { badges } from "./schema.js";

/** True when the badge was printed before the delegate's current accreditation: what it shows may be out of date. */
export const needsReissue = (
  d: { accreditationStatus: string; accreditedAt: Date | null },
  b: { issuedAt: Date } | undefined,
): boolean => !!b && d.accreditationStatus === "accredited" && !!d.accreditedAt && d.accreditedAt > b.issuedAt;

/**
 * Badges to reissue, per open meeting the actor prints badges for: accredited delegates whose active badge is older
 * than their accreditation — their identity or photo changed after printing and the host accredited them again.
 */
export async function badgesInbox(ctx: Ctx, actor: Actor): Promise<InboxItem[]> {
  const open = await managedOpenMeetings(ctx.db, actor);
  if (!open.length) return [];
  const active = await ctx.db
    .select()
    .from(badges)
    .where(
      and(
        inArray(
          badges.meetingId,
          open.map((m) => m.id),
        ),
        eq(badges.status, "active"),
      ),
    );
  const items: InboxItem[] = [];
  for (const m of open) {
    const mine = new Map(active.filter((b) => b.meetingId === m.id).map((b) => [b.delegateId, b]));
    if (!mine.size) continue;
    const rows = await listDelegateRows(ctx.db, { meetingId: m.id, ids: [...mine.keys()] });
    const n = rows.filter(({ row }) => needsReissue(row, mine.get(row.id))).length;
    if (n > 0) {
      items.push({
        kind: "badges.reissue",
        count: n,
        link: `/meetings/${m.id}/badges?show=reissue`,
        scopeVi: m.titleVi,
        scopeEn: m.titleEn,
        deadline: null,
        year: null,
      });
    }
  }
  return items;
}
