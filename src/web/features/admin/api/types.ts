import type { GrantView } from "../../../../shared/roles";
import type { GrantInput, User as UserRecord } from "../../../../shared/schemas/people";

/** A user as GET /api/users and /api/users/:id return it (src/shared/schemas/people.ts), its grants' scope kinds typed. */
export type User = Omit<UserRecord, "grants"> & { grants: GrantView[] };

export type { GrantInput };

export const usersKey = ["admin", "users"] as const;
export const userKey = (id: string) => ["admin", "users", id] as const;
