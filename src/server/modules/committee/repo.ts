/**
 * The committee module's rows as its services and seeds write them (decision 015: a seed writes through the module's
 * inserts, so a seeded record is found exactly like one made through the API). No permission check here.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { SubcommitteeKey } from "../../../shared/committee.js";
import type { Executor } from "../../db/client.js";
import { fold } from "../../../shared/text.js";
import { returnedRow } from "../../db/rows.js";
import { committeeMembers, committeeSeats, committeeSubcommittees } from "./schema.js";

export type MemberRow = typeof committeeMembers.$inferSelect;
export type SubcommitteeRow = typeof committeeSubcommittees.$inferSelect;

/** What a member is found by: name, agency in both languages, position, e-mail. */
export function memberSearchText(m: {
  fullName: string;
  agencyVi: string;
  agencyEn?: string | null;
  position?: string | null;
  email?: string | null;
}): string {
  return fold([m.fullName, m.agencyVi, m.agencyEn, m.position, m.email].filter(Boolean).join(" "));
}

export async function insertMemberTx(
  tx: Executor,
  row: Omit<typeof committeeMembers.$inferInsert, "searchText" | "id"> & { id?: string },
): Promise<MemberRow> {
  const rows = await tx
    .insert(committeeMembers)
    .values({ id: randomUUID(), ...row, searchText: memberSearchText(row) })
    .returning();
  return returnedRow(rows, "committee_members");
}

export async function insertSubcommitteeTx(
  tx: Executor,
  row: Omit<typeof committeeSubcommittees.$inferInsert, "id"> & { id?: string },
): Promise<SubcommitteeRow> {
  const rows = await tx
    .insert(committeeSubcommittees)
    .values({ id: randomUUID(), ...row })
    .returning();
  return returnedRow(rows, "committee_subcommittees");
}

export async function insertSeatTx(tx: Executor, row: typeof committeeSeats.$inferInsert): Promise<void> {
  await tx.insert(committeeSeats).values(row);
}

/** The sub-committees (by key) a user heads or deputises in a meeting: the logistics policy's question. */
export async function ledSubcommitteeKeys(db: Executor, meetingId: string, userId: string): Promise<SubcommitteeKey[]> {
  const rows = await db
    .select({ key: committeeSubcommittees.key })
    .from(committeeMembers)
    .innerJoin(committeeSeats, eq(committeeSeats.memberId, committeeMembers.id))
    .innerJoin(committeeSubcommittees, eq(committeeSubcommittees.id, committeeSeats.subcommitteeId))
    .where(
      and(
        eq(committeeMembers.meetingId, meetingId),
        eq(committeeMembers.userId, userId),
        inArray(committeeSeats.role, ["head", "deputy"]),
      ),
    );
  return rows.flatMap((r) => (r.key ? [r.key] : []));
}
