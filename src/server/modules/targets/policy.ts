import { type Actor, hasRole, isIcd, scopesOf } from "../../auth/actor.js";
import type { ReportPermissions } from "../../../shared/schemas/targets.js";

/**
 * Who may do what in the targets area, computed here and nowhere else. The ICD reviews: the dashboard, every
 * agency's reports, review and reopening, year locks. A reporting agency holds `reporting_agency` in scope
 * `<agency code>`: it reads the schemes and reports for its own agency (and reads its former units' reports, which
 * the service adds from the agency map). Services call `ensure(perms.<ability>)` first.
 */
export interface TargetsPermissions {
  /** Reads the schemes, their indicators and year locks (the ICD and every reporting agency). */
  read: boolean;
  /** The ICD side: dashboard, every agency's reports, review, reopen, year locks. */
  review: boolean;
  /** The agencies the actor reports for (saves and submits their reports). */
  agencies: string[];
}

export function targetsPermissions(actor: Actor): TargetsPermissions {
  const review = isIcd(actor);
  const agencies = scopesOf(actor, "reporting_agency");
  return { read: review || agencies.length > 0, review, agencies };
}

/** What the actor may do with one agency's reports (reading former units' reports is widened by the service). */
export function agencyReportPermissions(actor: Actor, agencyCode: string): { report: boolean; review: boolean } {
  return { report: hasRole(actor, "reporting_agency", agencyCode), review: isIcd(actor) };
}

/** What the actor may do with one report now (sent with it as its `permissions`). */
export function reportPermissions(
  perms: TargetsPermissions,
  report: { agencyCode: string; status: string },
  yearLocked: boolean,
): ReportPermissions {
  const open = !yearLocked;
  return {
    edit:
      open && perms.agencies.includes(report.agencyCode) && (report.status === "draft" || report.status === "returned"),
    review: open && perms.review && report.status === "submitted",
    reopen: open && perms.review && report.status === "accepted",
  };
}
