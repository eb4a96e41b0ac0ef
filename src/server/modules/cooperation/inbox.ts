import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import type { InboxItem } from "../../../shared/inbox.js";
import { todayInHanoi } from "../../../shared/dates.js";
import { unitsByIds } from "../people/repo.js";
import { activityScope } from "./policy.js";
import { coopActivities as A } from "./schema.js";

/**
 * What the cooperation register asks of the actor (GET /api/home): a unit officer, per unit, the activities returned
 * to it and those whose results are overdue; the ICD, the overdue results of every unit. (What waits for the actor's
 * decision on a route is the route module's.)
 */
export async function cooperationInbox(ctx: Ctx, actor: Actor, today = todayInHanoi()): Promise<InboxItem[]> {
  const scope = activityScope(actor);
  const items: InboxItem[] = [];
  const overdue = and(eq(A.status, "approved"), isNull(A.resultsReportedAt), lt(A.resultsDueOn, today));
  if (scope.units.length) {
    const rows = await ctx.db
      .select({
        unitId: A.unitId,
        returned: sql<number>`count(*) filter (where ${A.status} = 'returned')::int`,
        overdue: sql<number>`count(*) filter (where ${overdue})::int`,
      })
      .from(A)
      .where(inArray(A.unitId, scope.units))
      .groupBy(A.unitId);
    const units = await unitsByIds(
      ctx.db,
      rows.map((r) => r.unitId),
    );
    for (const r of rows) {
      const u = units.get(r.unitId);
      const base = { scopeVi: u?.nameVi ?? "", scopeEn: u?.nameEn ?? "", deadline: null, year: null };
      if (Number(r.returned) > 0)
        items.push({
          kind: "cooperation.returned",
          count: Number(r.returned),
          link: `/cooperation/activities?unitId=${r.unitId}&status=returned`,
          ...base,
        });
      if (Number(r.overdue) > 0 && !scope.overseesResults)
        items.push({
          kind: "cooperation.resultsOverdue",
          count: Number(r.overdue),
          link: `/cooperation/activities?unitId=${r.unitId}&resultsOverdue=true`,
          ...base,
        });
    }
  }
  if (scope.overseesResults) {
    // The ICD (it holds the review step): overdue results of every unit, in one line.
    const [r] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(A)
      .where(overdue);
    if (r && Number(r.n) > 0)
      items.push({
        kind: "cooperation.resultsOverdue",
        count: Number(r.n),
        link: "/cooperation/activities?resultsOverdue=true",
        scopeVi: "Bộ Nội vụ",
        scopeEn: "Ministry of Home Affairs",
        deadline: null,
        year: null,
      });
  }
  return items;
}
