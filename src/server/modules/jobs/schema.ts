import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const jobStates = ["queued", "running", "done", "failed"] as const;
export type JobState = (typeof jobStates)[number];

/**
 * Work done in the background, durably: a row per job, claimed by one worker at a time (`FOR UPDATE SKIP LOCKED`)
 * under a lease it renews while it runs. A process that dies leaves its lease to expire; another worker (or the
 * same one after the restart) claims the job again. `key` is unique while set: one job per upload's confirmation,
 * per schedule slot, per message — so two processes never queue the same work twice.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    key: text("key"),
    payload: jsonb("payload").notNull().default({}),
    state: text("state").$type<JobState>().notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(3),
    runAfter: timestamp("run_after", { withTimezone: true }).notNull().defaultNow(),
    /** The worker holding the job and until when; past that moment the job may be claimed again. */
    lockedBy: text("locked_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    progress: jsonb("progress"),
    result: jsonb("result"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("jobs_key_idx").on(t.key), index("jobs_claim_idx").on(t.state, t.runAfter)],
);
