/** Roles and the kind of scope each is granted in (PRODUCT.md, "Who uses it"). */
export const roleScopes = {
  admin: "system",
  icd_officer: "ministry",
  unit_officer: "unit",
  approver: "approval_step",
  personnel_officer: "ministry",
  committee_member: "meeting",
  liaison_officer: "meeting",
  security_officer: "meeting",
  health_officer: "meeting",
  registration_manager: "meeting",
  delegation_contact: "delegation",
  member_focal_point: "workplan_member",
  reporting_agency: "agency",
} as const;

export type Role = keyof typeof roleScopes;
export type ScopeKind = (typeof roleScopes)[Role];
export const isRole = (s: string): s is Role => Object.hasOwn(roleScopes, s);
export const roles: Role[] = Object.keys(roleScopes).filter(isRole);

/** Scope kinds whose grants carry no id: the whole system or the whole ministry. */
export const unscopedKinds: readonly ScopeKind[] = ["system", "ministry"];

/** Scope kinds whose grants name one scope (a unit, a meeting, a delegation…), picked from the owning module's list. */
export type ScopedKind = Exclude<ScopeKind, "system" | "ministry">;
export const isScopedKind = (k: ScopeKind): k is ScopedKind => !unscopedKinds.includes(k);
export const scopedKinds = [...new Set(Object.values(roleScopes))].filter(isScopedKind);

export interface GrantView {
  id: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeId: string | null;
  scopeLabel: string | null;
}

export type NavArea = "meetings" | "cooperation" | "workplans" | "targets" | "admin";

/** Which areas of the application a role opens. The server's policies enforce access; this only shapes navigation. */
export const navByRole: Record<Role, NavArea[]> = {
  admin: ["admin"],
  icd_officer: ["meetings", "cooperation", "workplans", "targets"],
  unit_officer: ["cooperation"],
  approver: ["cooperation"],
  personnel_officer: ["cooperation"],
  committee_member: ["meetings"],
  liaison_officer: ["meetings"],
  security_officer: ["meetings"],
  health_officer: ["meetings"],
  registration_manager: ["meetings"],
  delegation_contact: ["meetings"],
  member_focal_point: ["workplans"],
  reporting_agency: ["targets"],
};

export const navOrder: NavArea[] = ["meetings", "cooperation", "workplans", "targets", "admin"];

export function navFor(grants: Pick<GrantView, "role">[]): NavArea[] {
  const set = new Set(grants.flatMap((g) => navByRole[g.role] ?? []));
  return navOrder.filter((a) => set.has(a));
}
