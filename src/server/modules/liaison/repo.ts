/**
 * What other modules read of the liaison area (no permission check: the caller has checked its own). Transfers name
 * the liaison officer who meets each arrival from here.
 */
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { liaisonAssignments, liaisonOfficers } from "./schema.js";

export interface DelegationLiaison {
  officerId: string;
  fullName: string;
  phone: string | null;
}

/** The liaison officer of each delegation of a meeting that has one, by delegation id. */
export async function liaisonOfDelegations(db: Executor, meetingId: string): Promise<Map<string, DelegationLiaison>> {
  const rows = await db
    .select({
      delegationId: liaisonAssignments.delegationId,
      officerId: liaisonOfficers.id,
      fullName: liaisonOfficers.fullName,
      phone: liaisonOfficers.phone,
    })
    .from(liaisonAssignments)
    .innerJoin(liaisonOfficers, eq(liaisonOfficers.id, liaisonAssignments.officerId))
    .where(eq(liaisonAssignments.meetingId, meetingId));
  return new Map(rows.map(({ delegationId, ...l }) => [delegationId, l]));
}
