import { date, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The working-day calendar's exceptions (issue 12, item 4; decision 021). Weekends and the Labour Code's public
 * holidays are computed (`law.ts`); a row here overrides the computation for its day: `holiday` or `day_off` make it
 * a day off, `working_day` makes it a working day (a make-up Saturday, or a computed day the announcement keeps at
 * work). Rows come from the announcements (migration seed, `source = 'announcement'`) or from administrators.
 */
export const calendarDays = pgTable("calendar_days", {
  date: date("date", { mode: "string" }).primaryKey(),
  /** `holiday` | `day_off` | `working_day` (shared/schemas/calendar.ts). */
  kind: text("kind").notNull(),
  nameVi: text("name_vi").notNull(),
  nameEn: text("name_en").notNull(),
  /** `law` | `announcement`. */
  source: text("source").notNull(),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
