import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Installation-wide values kept in the database, such as generated signing keys. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
