import type { CoopPlanStatus, CoopStatus, PlanItemStatus, RouteStep } from "../../../shared/cooperation.js";
import { type Actor, hasRole, isAdmin, isIcd, scopesOf } from "../../auth/actor.js";
import { holdsStep, stepsHeldBy } from "./holders.js";

/**
 * Who may do what in the cooperation register (issue 12), computed here and nowhere else (decision 014). A unit
 * officer holds `unit_officer` in scope `<unit id>` and works on that unit's activities and plan items; the ICD reads
 * everything, keeps the partner directory and consolidates the plan; approvers (`approver` in scope of a route step)
 * read what their steps touch and decide the step they hold when it is current; the personnel officer holds the
 * personnel-decision step; the Minister approves the annual plan; an administrator reads everything.
 */

/** The facts about one activity the policy needs. */
export interface ActivityFacts {
  unitId: string;
  status: CoopStatus;
  /** The step its route waits on (status `current`), null when none does. */
  waitingFor: RouteStep | null;
  /** Steps of its route that have been reached (current or decided) in this or an earlier round. */
  reachedSteps: RouteStep[];
  endDate: string | null;
}

export interface ActivityPermissionsT {
  /** Sees the activity: its unit, the ICD, an administrator, the holders of the steps its route has reached. */
  read: boolean;
  /** Changes its fields, members, partners and attachments: its unit (or the ICD) while it is a draft or returned. */
  edit: boolean;
  /** Sends it on its route: same people and states as `edit`. */
  submit: boolean;
  /** Withdraws it before the final decision: its unit (or the ICD). */
  cancel: boolean;
  /** Decides the current step: the holder of that step. */
  decide: boolean;
  /** Reports results: its unit (or the ICD) once it is approved and has ended. */
  reportResults: boolean;
  /** Issues the decision sending the delegation: the personnel officer when the route waits on their step. */
  issueDecision: boolean;
  /** Downloads the submission and the decision: the ICD, the unit and the holders of reached steps, once submitted. */
  downloadDocuments: boolean;
}

/** The units whose activities the actor works on as a unit officer. */
export function ownUnits(actor: Actor): string[] {
  return scopesOf(actor, "unit_officer");
}

export function activityPermissions(actor: Actor, a: ActivityFacts, today: string): ActivityPermissionsT {
  const icd = isIcd(actor);
  const own = ownUnits(actor).includes(a.unitId);
  const holdsReached = a.reachedSteps.some((s) => holdsStep(actor, s));
  const read = isAdmin(actor) || icd || own || holdsReached;
  const editable = a.status === "draft" || a.status === "returned";
  const worker = own || icd;
  const decide = a.status === "submitted" && a.waitingFor !== null && holdsStep(actor, a.waitingFor);
  return {
    read,
    edit: worker && editable,
    submit: worker && editable,
    cancel: worker && (editable || a.status === "submitted"),
    decide,
    reportResults: worker && a.status === "approved" && a.endDate !== null && a.endDate <= today,
    issueDecision: decide && a.waitingFor === "personnel_decision",
    downloadDocuments: (icd || own || holdsReached) && (a.status === "submitted" || a.status === "approved"),
  };
}

/** How the list is narrowed for the actor (the service turns it into SQL). */
export interface ActivityScope {
  /** Every activity (ICD, administrator). */
  all: boolean;
  /** Activities of these units (unit officer). */
  units: string[];
  /** Activities whose route has reached one of these steps (approvers, personnel officer, ICD's own steps). */
  steps: RouteStep[];
  /** Follows every unit's results reports (the ICD). */
  overseesResults: boolean;
}

export function activityScope(actor: Actor): ActivityScope {
  return {
    all: isAdmin(actor) || isIcd(actor),
    units: ownUnits(actor),
    steps: stepsHeldBy(actor),
    overseesResults: isIcd(actor),
  };
}

export interface CoopAreaPermissions {
  /** Sees the register at all (any of its roles). */
  read: boolean;
  /** Sees every unit's activities (ICD, administrator). */
  readAll: boolean;
  /** Creates activities: unit officers (for their units), ICD officers (for any unit). */
  createActivity: boolean;
  /** Units the actor may create activities and propose plan items for; `null` means every unit (ICD). */
  units: string[] | null;
  /** Proposes plan items (unit officers for their units, the ICD for any). */
  proposePlanItems: boolean;
  /** Consolidates the annual plan (ICD officers). */
  consolidatePlan: boolean;
  /** Approves the annual plan (the Minister). */
  approvePlan: boolean;
  /** Adds and edits partners (ICD officers). */
  editPartners: boolean;
}

export function coopPermissions(actor: Actor): CoopAreaPermissions {
  const icd = isIcd(actor);
  const units = ownUnits(actor);
  const create = icd || units.length > 0;
  return {
    read: isAdmin(actor) || create || stepsHeldBy(actor).length > 0,
    readAll: isAdmin(actor) || icd,
    createActivity: create,
    units: icd ? null : units,
    proposePlanItems: create,
    consolidatePlan: icd,
    approvePlan: hasRole(actor, "approver", "minister"),
    editPartners: icd,
  };
}

/** Whether the actor may work for this unit (create an activity, propose a plan item). */
export function worksForUnit(actor: Actor, unitId: string): boolean {
  return isIcd(actor) || ownUnits(actor).includes(unitId);
}

export function partnerPermissions(actor: Actor): { read: boolean; edit: boolean } {
  return { read: coopPermissions(actor).read, edit: isIcd(actor) };
}

export function planPermissions(
  actor: Actor,
  plan: { status: CoopPlanStatus },
): { read: boolean; propose: boolean; consolidate: boolean; approve: boolean } {
  const area = coopPermissions(actor);
  const open = plan.status !== "approved";
  return {
    read: area.read,
    propose: area.proposePlanItems && open,
    consolidate: area.consolidatePlan && open,
    approve: area.approvePlan && plan.status === "consolidated",
  };
}

export function planItemPermissions(
  actor: Actor,
  plan: { status: CoopPlanStatus },
  item: { unitId: string; status: PlanItemStatus },
): { edit: boolean; consolidate: boolean } {
  const open = plan.status !== "approved";
  const icd = isIcd(actor);
  return {
    edit:
      open && (icd || (plan.status === "open" && ownUnits(actor).includes(item.unitId) && item.status === "proposed")),
    consolidate: open && icd,
  };
}

/** The route's part of the register (route.ts, queue.ts, rules): the decision table and the approver's queue. */
export interface RoutePermissions {
  /** Steps the actor holds: their decisions are the actor's when the route reaches them (the queue, the inbox). */
  heldSteps: RouteStep[];
  /** Reads the decision table and its versions (anyone in the register: the unit sees why its route was chosen). */
  readRules: boolean;
  /** Writes a new version of the decision table (ICD officers and administrators). */
  editRules: boolean;
  /** Has a queue of what waits for them (holders of a step). */
  queue: boolean;
}

export function routePermissions(actor: Actor): RoutePermissions {
  const heldSteps = stepsHeldBy(actor);
  return {
    heldSteps,
    readRules: coopPermissions(actor).read,
    editRules: isIcd(actor) || isAdmin(actor),
    queue: heldSteps.length > 0,
  };
}
