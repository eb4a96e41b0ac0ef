import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import type { InboxItem } from "../../../shared/inbox.js";
import { delegates, meetings } from "./schema.js";
import { meetingPermissions, meetingsPermissions, registrationManagerMeetingIds, type MeetingRow } from "./policy.js";

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * The meetings whose delegations the actor manages (ICD: every meeting; a registration manager: theirs) and that are
 * still in preparation or under way: closed or purged meetings wait for nobody. Checked through `meetingPermissions`.
 */
export async function managedOpenMeetings(db: Executor, actor: Actor): Promise<MeetingRow[]> {
  const granted = meetingsPermissions(actor).readAll
    ? null
    : registrationManagerMeetingIds(actor).filter((id) => UUID.test(id));
  if (granted && !granted.length) return [];
  const rows = await db
    .select()
    .from(meetings)
    .where(
      and(
        ne(meetings.status, "closed"),
        isNull(meetings.purgedAt),
        granted ? inArray(meetings.id, granted) : undefined,
      ),
    )
    .orderBy(sql`${meetings.startDate} desc`);
  const out: MeetingRow[] = [];
  for (const m of rows) if ((await meetingPermissions(db, actor, m.id)).manageDelegations) out.push(m);
  return out;
}

/** The host's delegates waiting for accreditation, one item per open meeting they manage. */
export async function meetingsInbox(ctx: Ctx, actor: Actor): Promise<InboxItem[]> {
  const open = await managedOpenMeetings(ctx.db, actor);
  if (!open.length) return [];
  const counts = await ctx.db
    .select({ meetingId: delegates.meetingId, n: sql<number>`count(*)::int` })
    .from(delegates)
    .where(
      and(
        inArray(
          delegates.meetingId,
          open.map((m) => m.id),
        ),
        eq(delegates.accreditationStatus, "pending"),
      ),
    )
    .groupBy(delegates.meetingId);
  const byMeeting = new Map(counts.map((c) => [c.meetingId, Number(c.n)]));
  return open.flatMap((m) => {
    const count = byMeeting.get(m.id) ?? 0;
    if (count <= 0) return [];
    return {
      kind: "delegates.accredit" as const,
      count,
      link: `/meetings/${m.id}/registration?filter=attention`,
      scopeVi: m.titleVi,
      scopeEn: m.titleEn,
      deadline: null,
      year: null,
    };
  });
}
