/**
 * Results reminders (issue 12, item 6): once a day, every approved activity whose results are overdue and whose unit
 * has not been reminded yet gets one reminder, mailed to the unit's officers in their language, recorded on the
 * activity (`resultsReminderSentAt`) and audited, all in one transaction per activity. An approved activity without
 * a due date gets one from the rule version it was routed with (end + the rule's results days).
 */
import { and, eq, isNotNull, isNull, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Mailer } from "../../mail/mailer.js";
import { defineJob } from "../jobs/service.js";
import { audit } from "../audit/service.js";
import { activeHoldersOf } from "../people/service.js";
import { unitsByIds } from "../people/repo.js";
import { dmy, todayInHanoi } from "../../../shared/dates.js";
import { addDays, ruleOf } from "./repo.js";
import { coopActivities as A } from "./schema.js";

/** Sets the due date of approved activities that have none (the route module normally sets it at approval). */
export async function fillResultsDue(db: Db): Promise<number> {
  const rows = await db
    .select()
    .from(A)
    .where(and(eq(A.status, "approved"), isNull(A.resultsDueOn), isNotNull(A.endDate)));
  let n = 0;
  for (const a of rows) {
    const rule = await ruleOf(db, a.ruleId, a.ruleVersion);
    if (!rule || !a.endDate) continue;
    await db
      .update(A)
      .set({ resultsDueOn: addDays(a.endDate, rule.resultsDays) })
      .where(eq(A.id, a.id));
    n++;
  }
  return n;
}

export async function sendResultsReminders(
  ctx: { db: Db; mailer: Mailer },
  today = todayInHanoi(),
  baseUrl = "",
): Promise<number> {
  await fillResultsDue(ctx.db);
  const due = await ctx.db
    .select()
    .from(A)
    .where(
      and(
        eq(A.status, "approved"),
        isNull(A.resultsReportedAt),
        isNull(A.resultsReminderSentAt),
        lt(A.resultsDueOn, today),
      ),
    );
  const units = await unitsByIds(
    ctx.db,
    due.map((a) => a.unitId),
  );
  let sent = 0;
  for (const a of due) {
    await ctx.db.transaction(async (tx) => {
      // Claim the activity: a second run (or process) finds it reminded already and sends nothing.
      const [claimed] = await tx
        .update(A)
        .set({ resultsReminderSentAt: new Date() })
        .where(and(eq(A.id, a.id), isNull(A.resultsReminderSentAt)))
        .returning({ id: A.id });
      if (!claimed) return;
      const unit = units.get(a.unitId);
      const url = `${baseUrl}/cooperation/activities/${a.id}`;
      for (const p of await activeHoldersOf(tx, "unit_officer", a.unitId)) {
        const vi = p.language === "vi";
        await ctx.mailer.enqueue(tx, {
          to: p.email,
          topic: "cooperation.results-reminder",
          refId: a.id,
          subject: vi
            ? `Quá hạn báo cáo kết quả: ${a.code} ${a.titleVi}`
            : `Results overdue: ${a.code} ${a.titleEn ?? a.titleVi}`,
          text: vi
            ? `Kính gửi ${p.name},\n\nHoạt động ${a.code} «${a.titleVi}» của ${unit?.nameVi ?? ""} kết thúc ngày ` +
              `${dmy(a.endDate)}; hạn báo cáo kết quả là ngày ${dmy(a.resultsDueOn)} và đã quá hạn.\n\n` +
              `Đề nghị đơn vị báo cáo kết quả (kết quả đạt được, tài liệu, việc tiếp theo): ${url}\n`
            : `Dear ${p.name},\n\nActivity ${a.code} "${a.titleEn ?? a.titleVi}" of ${unit?.nameEn ?? ""} ended on ` +
              `${dmy(a.endDate)}; its results were due on ${dmy(a.resultsDueOn)} and are overdue.\n\n` +
              `Please report the results (what was achieved, documents, follow-up): ${url}\n`,
        });
      }
      await audit(tx, null, {
        action: "coop_activity.results_reminder",
        entity: "coop_activity",
        entityId: a.id,
        after: { resultsDueOn: a.resultsDueOn },
      });
      sent++;
    });
  }
  return sent;
}

export const resultsReminderJob = defineJob<Record<string, never>>({
  name: "cooperation.results-reminders",
  maxAttempts: 3,
  backoffMs: 60_000,
  handler: async (ctx) => ({ reminded: await sendResultsReminders(ctx) }),
});
