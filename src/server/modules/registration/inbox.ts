import { and, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import type { InboxItem } from "../../../shared/inbox.js";
import { managedOpenMeetings } from "../meetings/inbox.js";
import { registrationProposals } from "./schema.js";
import { myDelegations, registrationOverview } from "./service.js";

/**
 * What registration asks of the actor: for the host, the changes contacts proposed after the deadline (per open
 * meeting they manage); for a delegation contact, their own list while it can still be changed — not yet submitted,
 * or changed since the last submission — with the deadline.
 */
export async function registrationInbox(ctx: Ctx, actor: Actor): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  const open = await managedOpenMeetings(ctx.db, actor);
  if (open.length) {
    const counts = await ctx.db
      .select({ meetingId: registrationProposals.meetingId, n: sql<number>`count(*)::int` })
      .from(registrationProposals)
      .where(
        and(
          inArray(
            registrationProposals.meetingId,
            open.map((m) => m.id),
          ),
          eq(registrationProposals.status, "pending"),
        ),
      )
      .groupBy(registrationProposals.meetingId);
    const byMeeting = new Map(counts.map((c) => [c.meetingId, Number(c.n)]));
    for (const m of open) {
      const n = byMeeting.get(m.id) ?? 0;
      if (n > 0) {
        items.push({
          kind: "registration.proposals",
          count: n,
          link: `/meetings/${m.id}/registration?filter=attention`,
          scopeVi: m.titleVi,
          scopeEn: m.titleEn,
          deadline: null,
          year: null,
        });
      }
    }
  }
  for (const d of await myDelegations(ctx, actor)) {
    if (d.closed) continue;
    const o = await registrationOverview(ctx, actor, d.meetingId, d.delegationId);
    if (o.purged) continue;
    const changed = o.unsubmitted.added + o.unsubmitted.removed + o.unsubmitted.changed;
    const base = {
      link: `/register/${d.meetingId}/${d.delegationId}`,
      scopeVi: `${d.nameVi} — ${d.meetingTitleVi}`,
      scopeEn: `${d.nameEn} — ${d.meetingTitleEn}`,
      deadline: d.registrationDeadline,
      year: null,
    };
    if (!o.latestVersion) items.push({ kind: "registration.notSubmitted", count: o.delegateCount, ...base });
    else if (changed > 0) items.push({ kind: "registration.unsubmitted", count: changed, ...base });
  }
  return items;
}
