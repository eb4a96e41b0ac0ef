/** Programmes: the list, one programme, and the `workplan_member` scopes grants name. */
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import { pickScopes, registerScopeResolver } from "../people/scopes.js";
import { compareVi } from "../../../shared/text.js";
import { workplanActivities, workplans } from "./schema.js";
import { countryName } from "./countries.js";
import { visibleWorkplanIds, workplanPermissions } from "./policy.js";
import { presentPlan, requirePlan, UUID, type PlanRow } from "./rows.js";

registerScopeResolver("workplan_member", {
  async label(db, ids, lang) {
    const parsed = ids.map((id) => ({ id, wp: id.split(":")[0] ?? "", country: id.split(":")[1] ?? "" }));
    const wpIds = [...new Set(parsed.map((p) => p.wp).filter((x) => UUID.test(x)))];
    const plans = wpIds.length ? await db.select().from(workplans).where(inArray(workplans.id, wpIds)) : [];
    const byId = new Map(plans.map((p) => [p.id, p]));
    return new Map(
      parsed.map((p) => {
        const plan = byId.get(p.wp);
        const title = plan ? (lang === "en" ? plan.titleEn : plan.titleVi) : p.wp;
        return [p.id, `${countryName(p.country, lang)} — ${title}`];
      }),
    );
  },
  async exists(db, id) {
    const [wp, country, ...rest] = id.split(":");
    if (!wp || !country || rest.length || !UUID.test(wp)) return false;
    const [plan] = await db.select({ members: workplans.members }).from(workplans).where(eq(workplans.id, wp));
    return !!plan && plan.members.includes(country);
  },
  /** Each plan's member countries (latest plan first, countries by name); a search matches country and plan. */
  async search(db, q, lang, limit) {
    const plans = await db.select().from(workplans).orderBy(desc(workplans.periodStart), asc(workplans.code));
    const candidates = plans.flatMap((plan) =>
      [...plan.members]
        .sort((a, b) => compareVi(countryName(a, lang), countryName(b, lang)))
        .map((c) => ({
          id: `${plan.id}:${c}`,
          label: `${countryName(c, lang)} — ${lang === "en" ? plan.titleEn : plan.titleVi}`,
          text: [countryName(c, "vi"), countryName(c, "en"), c, plan.code, plan.titleVi, plan.titleEn].join(" "),
        })),
    );
    return pickScopes(candidates, q, limit);
  },
});

/** The programmes the actor may see (ICD: all; a focal point: theirs), with today's counts. */
export async function listWorkplans(ctx: Ctx, actor: Actor) {
  const ids = visibleWorkplanIds(actor);
  const visible = ids && ids.filter((id) => UUID.test(id));
  if (visible && !visible.length) return [];
  const plans = await ctx.db
    .select()
    .from(workplans)
    .where(visible ? inArray(workplans.id, visible) : undefined)
    .orderBy(asc(workplans.code));
  const counts = await ctx.db
    .select({
      workplanId: workplanActivities.workplanId,
      inPlan: sql<number>`count(*) filter (where ${workplanActivities.status} <> 'proposed')`.mapWith(Number),
      proposals: sql<number>`count(*) filter (where ${workplanActivities.status} = 'proposed')`.mapWith(Number),
    })
    .from(workplanActivities)
    .groupBy(workplanActivities.workplanId);
  const byPlan = new Map(counts.map((c) => [c.workplanId, c]));
  return plans.map((p) => ({
    ...presentPlan(p, workplanPermissions(actor, p.id)),
    activityCount: byPlan.get(p.id)?.inPlan ?? 0,
    proposalCount: byPlan.get(p.id)?.proposals ?? 0,
  }));
}

/** One programme with its members and what the actor may do in it. */
export async function getWorkplan(ctx: Ctx, actor: Actor, id: string) {
  const { plan, perms } = await requirePlan(ctx.db, actor, id);
  return presentPlan(plan, perms);
}

/** For the exports: the plan after the read check. */
export async function readablePlan(db: Db, actor: Actor, workplanId: string): Promise<PlanRow> {
  return (await requirePlan(db, actor, workplanId)).plan;
}
