/**
 * The ICD's view (issue 12, item 7): activities with filters, search without diacritics, a month's calendar and the
 * filtered list in Excel. Each caller sees what the policy lets them read: a unit officer their units', an approver
 * what their steps have reached, the ICD and an administrator everything.
 */
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  gte,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import { newWorkbook } from "../../lib/excel.js";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { matchesWords } from "../../db/search.js";
import { safeWorkbook } from "../../lib/safeCell.js";
import { audit } from "../audit/service.js";
import { countryName } from "../../../shared/countries.js";
import { dmy, todayInHanoi } from "../../../shared/dates.js";
import type { Lang } from "../../../shared/errors.js";
import type { ActivityListQuery, ActivitySummary, CalendarMonth } from "../../../shared/schemas/cooperation.js";
import { coopKindWords, coopStatusWords, leaderRankWords, routeStepWords } from "../../../shared/vocabulary.js";
import { activityScope, coopPermissions } from "./policy.js";
import { presentSummaries } from "./present.js";
import { coopActivities as A, coopActivityPartners, coopRouteSteps } from "./schema.js";

export const ACTIVITY_PAGE_MAX = 200;
export const EXPORT_MAX = 20000;

/** The activities the actor may read, as a condition (undefined: all). */
export function readableCondition(actor: Actor): SQL | undefined {
  const scope = activityScope(actor);
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.units.length) parts.push(inArray(A.unitId, scope.units));
  if (scope.steps.length)
    parts.push(
      exists(
        sql`(select 1 from ${coopRouteSteps} s where s.activity_id = ${A.id} and s.status <> 'waiting' and s.step in (${sql.join(
          scope.steps.map((s) => sql`${s}`),
          sql`, `,
        )}))`,
      ),
    );
  return parts.length ? or(...parts) : sql`false`;
}

/** The filters of the list, as a condition. */
export function filterCondition(q: ActivityListQuery, today = todayInHanoi()): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    matchesWords(A.searchText, q.q),
    q.unitId ? eq(A.unitId, q.unitId) : undefined,
    q.kind ? eq(A.kind, q.kind) : undefined,
    q.status ? eq(A.status, q.status) : undefined,
    q.country ? sql`${A.countries} @> ${JSON.stringify([q.country.toUpperCase()])}::jsonb` : undefined,
    q.partnerId
      ? exists(
          sql`(select 1 from ${coopActivityPartners} p where p.activity_id = ${A.id} and p.partner_id = ${q.partnerId})`,
        )
      : undefined,
    q.inPlan === true ? isNotNull(A.planItemId) : q.inPlan === false ? isNull(A.planItemId) : undefined,
    q.waitingFor
      ? exists(
          sql`(select 1 from ${coopRouteSteps} s where s.activity_id = ${A.id} and s.status = 'current' and s.step = ${q.waitingFor})`,
        )
      : undefined,
    q.leadShort === true
      ? sql`${A.leadAvailable} < ${A.leadRequired}`
      : q.leadShort === false
        ? sql`not coalesce(${A.leadAvailable} < ${A.leadRequired}, false)`
        : undefined,
    q.resultsOverdue === true
      ? and(eq(A.status, "approved"), isNull(A.resultsReportedAt), lt(A.resultsDueOn, today))
      : q.resultsOverdue === false
        ? sql`not (${A.status} = 'approved' and ${A.resultsReportedAt} is null and coalesce(${A.resultsDueOn} < ${today}, false))`
        : undefined,
  ];
  if (q.year) {
    conds.push(
      or(
        and(gte(A.startDate, `${q.year}-01-01`), lte(A.startDate, `${q.year}-12-31`)),
        and(isNull(A.startDate), sql`${A.code} like ${`${q.year}-%`}`),
      ),
    );
  }
  return and(...conds);
}

/** The list's order: latest start first, undated last, then by code. */
export function pageOrder(): SQL[] {
  return [sql`${A.startDate} desc nulls last`, desc(A.code)];
}

async function selectPage(db: Executor, cond: SQL | undefined, offset: number, limit: number) {
  return db
    .select()
    .from(A)
    .where(cond)
    .orderBy(...pageOrder())
    .offset(offset)
    .limit(limit);
}

export async function listActivities(
  ctx: Ctx,
  actor: Actor,
  q: ActivityListQuery,
): Promise<{ activities: ActivitySummary[]; total: number }> {
  ensure(coopPermissions(actor).read);
  const cond = and(readableCondition(actor), filterCondition(q));
  const [{ n } = { n: 0 }] = await ctx.db.select({ n: count() }).from(A).where(cond);
  const rows = await selectPage(ctx.db, cond, q.offset ?? 0, Math.min(q.limit ?? 50, ACTIVITY_PAGE_MAX));
  return { activities: await presentSummaries(ctx.db, actor, rows), total: Number(n) };
}

/** Activities overlapping a month (YYYY-MM), by start date. */
export async function activityCalendar(ctx: Ctx, actor: Actor, month: string): Promise<CalendarMonth> {
  ensure(coopPermissions(actor).read);
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const first = `${month}-01`;
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const cond = and(
    readableCondition(actor),
    lte(A.startDate, last),
    gte(sql`coalesce(${A.endDate}, ${A.startDate})`, first),
  );
  const rows = await ctx.db.select().from(A).where(cond).orderBy(asc(A.startDate), asc(A.code)).limit(1000);
  return { month, activities: await presentSummaries(ctx.db, actor, rows) };
}

const headers: Record<Lang, string[]> = {
  vi: [
    "Mã",
    "Đơn vị",
    "Loại",
    "Tình trạng",
    "Tên hoạt động",
    "Đối tác",
    "Quốc gia",
    "Từ ngày",
    "Đến ngày",
    "Địa điểm",
    "Trưởng đoàn / chủ trì",
    "Cấp",
    "Trong kế hoạch",
    "Đang chờ",
    "Thiếu thời gian chuẩn bị",
    "Hạn báo cáo kết quả",
    "Quá hạn báo cáo",
  ],
  en: [
    "Code",
    "Unit",
    "Kind",
    "Status",
    "Title",
    "Partners",
    "Countries",
    "From",
    "To",
    "Place",
    "Leader",
    "Rank",
    "In the plan",
    "Waiting for",
    "Short lead time",
    "Results due",
    "Results overdue",
  ],
};

/** The filtered list as an xlsx (every row the filters and the caller's scope give, up to EXPORT_MAX). Audited. */
export async function exportActivities(
  ctx: Ctx,
  actor: Actor,
  q: ActivityListQuery,
  lang: Lang,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  ensure(coopPermissions(actor).read);
  const cond = and(readableCondition(actor), filterCondition(q));
  const rows = await selectPage(ctx.db, cond, 0, EXPORT_MAX);
  const list = await presentSummaries(ctx.db, actor, rows);
  const yes = lang === "vi" ? "Có" : "Yes";
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(lang === "vi" ? "Hoạt động" : "Activities");
  ws.addRow(headers[lang]).font = { bold: true };
  for (const a of list) {
    ws.addRow([
      a.code,
      lang === "vi" ? a.unit.nameVi : a.unit.nameEn,
      coopKindWords[a.kind][lang],
      coopStatusWords[a.status][lang],
      lang === "en" ? (a.titleEn ?? a.titleVi) : a.titleVi,
      a.partners.map((p) => (lang === "vi" ? p.nameVi : p.nameEn)).join("; "),
      a.countries.map((c) => countryName(c, lang)).join("; "),
      a.startDate ? dmy(a.startDate) : "",
      a.endDate ? dmy(a.endDate) : "",
      a.place ?? "",
      a.leaderName ?? "",
      a.leaderRank ? leaderRankWords[a.leaderRank][lang] : "",
      a.inPlan ? yes : "",
      a.waitingFor ? routeStepWords[a.waitingFor][lang] : "",
      a.leadShort ? yes : "",
      a.resultsDueOn ? dmy(a.resultsDueOn) : "",
      a.resultsOverdue ? yes : "",
    ]);
  }
  ws.columns.forEach((c, i) => (c.width = [12, 30, 22, 16, 50, 40, 20, 12, 12, 20, 24, 18, 10, 24, 10, 14, 10][i]));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  safeWorkbook(wb);
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  await audit(ctx.db, actor, {
    action: "coop_activity.export",
    entity: "coop_activity",
    entityId: "list",
    after: { filters: q, rows: list.length },
  });
  return {
    body,
    fileName: `cooperation-activities-${todayInHanoi()}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}
