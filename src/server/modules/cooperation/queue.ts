/**
 * What waits for a decision by the caller (issue 12 item 5): the activities whose current step the caller holds,
 * oldest submission first — the approvers' queue, the ICD's reviews and the Prime Minister's permissions to record,
 * the personnel officer's decisions to issue — and the home page's "waiting for my decision" entry.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { RouteStep } from "../../../shared/cooperation.js";
import type { InboxItem } from "../../../shared/inbox.js";
import type { ActivitySummary } from "../../../shared/schemas/cooperation.js";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { routePermissions } from "./policy.js";
import { presentSummaries } from "./present.js";
import { coopActivities, coopRouteSteps } from "./schema.js";

const waitingFor = (steps: RouteStep[]) =>
  and(
    eq(coopActivities.status, "submitted"),
    inArray(
      coopActivities.id,
      sql`(select ${coopRouteSteps.activityId} from ${coopRouteSteps} where ${coopRouteSteps.status} = 'current' and ${inArray(coopRouteSteps.step, steps)})`,
    ),
  );

/** One page of the caller's queue and the total, oldest submission first. */
export async function decisionQueue(
  ctx: Ctx,
  actor: Actor,
  page: { offset?: number; limit?: number } = {},
): Promise<{ rows: ActivitySummary[]; total: number }> {
  const perms = routePermissions(actor);
  ensure(perms.queue);
  const where = waitingFor(perms.heldSteps);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(coopActivities)
    .where(where);
  const rows = await ctx.db
    .select()
    .from(coopActivities)
    .where(where)
    .orderBy(asc(coopActivities.submittedAt), asc(coopActivities.code))
    .offset(page.offset ?? 0)
    .limit(page.limit ?? 100);
  return { rows: await presentSummaries(ctx.db, actor, rows), total: Number(count?.n ?? 0) };
}

/** The home page's entry: how many activities wait for the caller's decision (none: no entry). */
export async function decisionInbox(ctx: Ctx, actor: Actor): Promise<InboxItem[]> {
  const perms = routePermissions(actor);
  if (!perms.queue) return [];
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${coopActivities.submittedAt})` })
    .from(coopActivities)
    .where(waitingFor(perms.heldSteps));
  const n = Number(count?.n ?? 0);
  if (!n) return [];
  return [
    {
      kind: "cooperation.decide",
      count: n,
      link: "/cooperation/queue",
      scopeVi: "Hợp tác quốc tế",
      scopeEn: "International cooperation",
      deadline: null,
      year: null,
    },
  ];
}
