import type { GrantView, Role } from "../../../../shared/roles";

/** A user as GET /api/users and /api/users/:id return it. */
export interface User {
  id: string;
  email: string;
  name: string;
  title: string | null;
  organisation: string | null;
  language: "vi" | "en";
  active: boolean;
  external: boolean;
  locked: boolean;
  invited: boolean;
  lastLoginAt: string | null;
  version: number;
  unit: { id: string; nameVi: string; nameEn: string } | null;
  grants: GrantView[];
}

export interface GrantInput {
  role: Role;
  scopeId?: string | null;
}

export const usersKey = ["admin", "users"] as const;
export const userKey = (id: string) => ["admin", "users", id] as const;
