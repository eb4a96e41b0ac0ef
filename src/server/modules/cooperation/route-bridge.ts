/**
 * The activity's route and lead time as its JSON shows them. Until the route module (`route.ts`) is merged, a reading
 * of the stored steps; afterwards its `routeView` / `leadTimeView`.
 */
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { Lang } from "../../../shared/errors.js";
import type { LeadTime, Route } from "../../../shared/schemas/cooperation-route.js";
import { userNamesByIds } from "../people/repo.js";
import { coopRouteSteps } from "./schema.js";
import type { ActivityRow } from "./repo.js";

export async function routeView(db: Executor, a: ActivityRow, _lang: Lang): Promise<Route | null> {
  if (!a.ruleId || a.ruleVersion === null) return null;
  const steps = await db
    .select()
    .from(coopRouteSteps)
    .where(eq(coopRouteSteps.activityId, a.id))
    .orderBy(asc(coopRouteSteps.idx));
  const names = await userNamesByIds(
    db,
    steps.map((s) => s.decidedBy).filter((x): x is string => !!x),
  );
  return {
    ruleId: a.ruleId,
    ruleVersion: a.ruleVersion,
    current: a.currentStep,
    steps: steps.map((s) => ({
      step: s.step,
      status: s.status,
      decidedBy: s.decidedBy ? (names.get(s.decidedBy) ?? null) : null,
      decidedAt: s.decidedAt?.toISOString() ?? null,
      decision: s.decision,
      comment: s.comment,
      documentNumber: s.documentNumber,
    })),
  };
}

export async function leadTimeView(_db: Executor, a: ActivityRow): Promise<LeadTime | null> {
  if (a.leadRequired === null || a.leadAvailable === null) return null;
  return { required: a.leadRequired, available: a.leadAvailable, short: a.leadAvailable < a.leadRequired };
}
