import { eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Actor } from "../../auth/actor.js";
import { targetsPermissions } from "./policy.js";
import type { InboxItem } from "../../../shared/inbox.js";
import { inForce, periodEnd, periodUnderReview } from "./progress.js";
import { targetAgencies, targetReports, targetSchemes } from "./schema.js";
import { todayInHanoi } from "../../../shared/dates.js";

/**
 * What the targets area asks of the actor. The ICD: the reports submitted and waiting for review, per scheme. A
 * reporting agency (only its own codes): the years that have ended without a report it submitted (none, or a
 * draft), and the reports the ICD returned for correction.
 */
export async function targetsInbox(ctx: Ctx, actor: Actor, today = todayInHanoi()): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  const perms = targetsPermissions(actor);
  const own = perms.agencies;
  if (!perms.read) return items;
  const schemes = (await ctx.db.select().from(targetSchemes)).sort((a, b) => a.code.localeCompare(b.code));
  if (perms.review) {
    const counts = await ctx.db
      .select({ schemeId: targetReports.schemeId, n: sql<number>`count(*)::int` })
      .from(targetReports)
      .where(eq(targetReports.status, "submitted"))
      .groupBy(targetReports.schemeId);
    const bySchema = new Map(counts.map((c) => [c.schemeId, Number(c.n)]));
    for (const s of schemes) {
      const n = bySchema.get(s.id) ?? 0;
      if (n > 0) {
        items.push({
          kind: "targets.review",
          count: n,
          link: `/targets/${s.id}/review`,
          scopeVi: s.titleVi,
          scopeEn: s.titleEn,
          deadline: null,
          year: null,
        });
      }
    }
  }
  if (!own.length) return items;
  const agencies = await ctx.db.select().from(targetAgencies).where(inArray(targetAgencies.code, own));
  const reports = await ctx.db
    .select({
      schemeId: targetReports.schemeId,
      agencyCode: targetReports.agencyCode,
      period: targetReports.period,
      status: targetReports.status,
    })
    .from(targetReports)
    .where(inArray(targetReports.agencyCode, own));
  for (const s of schemes) {
    const last = periodUnderReview(s, today);
    for (const a of agencies.sort((x, y) => x.code.localeCompare(y.code))) {
      const mine = reports.filter((r) => r.schemeId === s.id && r.agencyCode === a.code);
      const statusOf = (y: number) => mine.find((r) => r.period === y)?.status ?? "missing";
      const due: number[] = [];
      for (let y = last ?? s.startYear - 1; y >= s.startYear; y--) {
        if (inForce(a, periodEnd(y)) && (statusOf(y) === "missing" || statusOf(y) === "draft")) due.push(y);
      }
      const returned = mine
        .filter((r) => r.status === "returned")
        .map((r) => r.period)
        .sort((x, y) => y - x);
      const base = { scopeVi: `${a.nameVi} — ${s.titleVi}`, scopeEn: `${a.nameEn} — ${s.titleEn}`, deadline: null };
      const link = (y: number) => `/targets/${s.id}/reports?agency=${encodeURIComponent(a.code)}&year=${y}`;
      const [latestReturned] = returned;
      if (latestReturned !== undefined) {
        items.push({
          kind: "targets.returned",
          count: returned.length,
          link: link(latestReturned),
          year: latestReturned,
          ...base,
        });
      }
      const [latestDue] = due;
      if (latestDue !== undefined)
        items.push({ kind: "targets.due", count: due.length, link: link(latestDue), year: latestDue, ...base });
    }
  }
  return items;
}
