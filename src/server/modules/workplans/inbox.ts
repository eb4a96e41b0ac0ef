import { asc, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import type { InboxItem } from "../../../shared/inbox.js";
import { workplansPermissions } from "./policy.js";
import { workplanActivities, workplans } from "./schema.js";

/** Members' proposals waiting for adoption, per programme: for those who adopt them (the ICD). */
export async function workplansInbox(ctx: Ctx, actor: Actor): Promise<InboxItem[]> {
  if (!workplansPermissions(actor).manage) return [];
  const counts = await ctx.db
    .select({ workplanId: workplanActivities.workplanId, n: sql<number>`count(*)::int` })
    .from(workplanActivities)
    .where(eq(workplanActivities.status, "proposed"))
    .groupBy(workplanActivities.workplanId);
  const byPlan = new Map(counts.map((c) => [c.workplanId, Number(c.n)]));
  const plans = await ctx.db.select().from(workplans).orderBy(asc(workplans.code));
  return plans.flatMap((p) => {
    const count = byPlan.get(p.id) ?? 0;
    if (count === 0) return [];
    return [
      {
        kind: "workplans.proposals" as const,
        count,
        link: `/workplans/${p.id}/proposals`,
        scopeVi: p.titleVi,
        scopeEn: p.titleEn,
        deadline: null,
        year: null,
      },
    ];
  });
}
