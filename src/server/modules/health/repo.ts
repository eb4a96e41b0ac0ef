/**
 * What other modules read or do with the health log (no permission check: the caller has checked its own). Only the
 * flag "needs medical attention: yes" leaves this module, for the delegates the health officer chose to share.
 */
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { healthEntries, healthScenarios } from "./schema.js";

export type HealthEntryRow = typeof healthEntries.$inferSelect;
export type NewHealthEntryRow = typeof healthEntries.$inferInsert;
export type HealthScenarioRow = typeof healthScenarios.$inferSelect;

/** The delegates of a meeting whom the health officer marked "needs medical attention" on at least one entry. */
export async function needsAttention(db: Executor, meetingId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ delegateId: healthEntries.delegateId })
    .from(healthEntries)
    .where(and(eq(healthEntries.meetingId, meetingId), eq(healthEntries.shareNeedsAttention, true)));
  return new Set(rows.map((r) => r.delegateId));
}

/** Inserts an entry (checked by the caller: the service, or the demo seed). */
export async function insertHealthEntryTx(tx: Executor, row: NewHealthEntryRow): Promise<HealthEntryRow> {
  const [r] = await tx.insert(healthEntries).values(row).returning();
  if (!r) throw new Error("health entry not inserted");
  return r;
}

/** Inserts a scenario (the demo seed, or a meeting's setup). */
export async function insertHealthScenarioTx(
  tx: Executor,
  row: typeof healthScenarios.$inferInsert,
): Promise<HealthScenarioRow> {
  const [r] = await tx.insert(healthScenarios).values(row).returning();
  if (!r) throw new Error("health scenario not inserted");
  return r;
}

/**
 * The purge step (privacy/purge.ts): a purged meeting keeps no health log. Entries are deleted; the scenarios (the
 * Ministry of Health's plan, no personal data) stay. Returns the count and the ids whose audit rows the purge redacts.
 */
export async function purgeHealthTx(tx: Executor, meetingId: string) {
  const gone = await tx
    .delete(healthEntries)
    .where(eq(healthEntries.meetingId, meetingId))
    .returning({ id: healthEntries.id });
  return { counts: { healthEntries: gone.length }, auditEntityIds: gone.map((g) => g.id) };
}
