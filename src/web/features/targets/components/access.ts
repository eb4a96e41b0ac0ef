import { hasRole, type Me } from "../../../lib/me";

/** What the signed-in user may do in the targets area. Shapes the UI only; the server decides. */
export function targetsAccess(me: Me) {
  const agencies = me.grants.filter((g) => g.role === "reporting_agency" && g.scopeId);
  return {
    reviewer: hasRole(me, "icd_officer"),
    agencies: agencies.map((g) => ({ code: g.scopeId!, label: g.scopeLabel ?? g.scopeId! })),
  };
}
