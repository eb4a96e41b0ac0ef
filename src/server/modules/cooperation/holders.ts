import type { RouteStep } from "../../../shared/cooperation.js";
import { hasRole, type Actor } from "../../auth/actor.js";

/**
 * Who holds each step of an approval route (seed 002). The leaders' steps are `approver` grants scoped to the step
 * (`people/service.ts` `approvalSteps`); the ICD reviews and records the Prime Minister's permission (an external
 * step); the Personnel Department issues the decision. The policy (`policy.ts`) is the only caller.
 */
export function holdsStep(actor: Actor, step: RouteStep): boolean {
  switch (step) {
    case "icd_review":
    case "pm_permission":
      return hasRole(actor, "icd_officer");
    case "icd_director":
      return hasRole(actor, "approver", "icd_director");
    case "deputy_minister":
      return hasRole(actor, "approver", "deputy_minister");
    case "minister":
      return hasRole(actor, "approver", "minister");
    case "personnel_decision":
      return hasRole(actor, "personnel_officer");
  }
}

/** The steps the actor holds, for the approver's queue. */
export function stepsHeldBy(actor: Actor): RouteStep[] {
  return (
    ["icd_review", "icd_director", "deputy_minister", "minister", "pm_permission", "personnel_decision"] as const
  ).filter((s) => holdsStep(actor, s));
}
