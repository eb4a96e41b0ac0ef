import type { Scheme } from "../api/types";

/** What the signed-in user may do in the targets area: the abilities the server's policy sent with the scheme. */
export function targetsAccess(scheme: Pick<Scheme, "permissions">) {
  return { reviewer: scheme.permissions.review, agencies: scheme.permissions.agencies };
}
