import { and, asc, desc, eq, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { matchesWords } from "../../db/search.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { agencyReportPermissions, reportPermissions, targetsPermissions } from "./policy.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { pickScopes, registerScopeResolver } from "../people/scopes.js";
import { dmy, todayInHanoi } from "../../../shared/dates.js";
import { compareVi, fold } from "../../../shared/text.js";
import type { Lang } from "../../../shared/errors.js";
import { agencyKindWords } from "../../../shared/vocabulary.js";
import { targetErrors } from "./errors.js";
import { checkFigures, type FigureInput } from "./figures.js";
import { enqueueReportMail, type ReportMailEvent } from "./mail.js";
import {
  computeProgress,
  expectedPercent,
  inForce,
  periodEnd,
  round1,
  type ReportStatus,
  type ValueIn,
} from "./progress.js";
import {
  targetAgencies,
  targetIndicators,
  targetPeriodLocks,
  targetReportEvents,
  targetReportValues,
  targetReports,
  targetSchemes,
} from "./schema.js";

/** A former province shares its name with the merged one of today, so its label says until when it existed. */
function agencyScopeLabel(a: AgencyRow, lang: Lang): string {
  const name = lang === "en" ? a.nameEn : a.nameVi;
  return a.validTo ? `${name} (${lang === "en" ? "until" : "đến"} ${dmy(a.validTo)})` : name;
}

registerScopeResolver("agency", {
  async label(db, ids, lang) {
    if (!ids.length) return new Map();
    const rows = await db.select().from(targetAgencies).where(inArray(targetAgencies.code, ids));
    return new Map(rows.map((a) => [a.code, agencyScopeLabel(a, lang)]));
  },
  async exists(db, id) {
    return (
      (await db.select({ code: targetAgencies.code }).from(targetAgencies).where(eq(targetAgencies.code, id))).length >
      0
    );
  },
  /**
   * Agencies in force today first, then the former ones; ministries before provinces, by name. The second line says
   * which (ministry or province) and until when, or since when for a unit formed by merging others.
   */
  async search(db, q, lang, limit) {
    const today = todayInHanoi();
    const rows = await db.select().from(targetAgencies);
    const current = (a: AgencyRow) => inForce(a, today);
    rows.sort(
      (a, b) =>
        Number(current(b)) - Number(current(a)) ||
        a.kind.localeCompare(b.kind) ||
        compareVi(agencyName(a, lang), agencyName(b, lang)) ||
        a.code.localeCompare(b.code),
    );
    const en = lang === "en";
    const merged = new Set(rows.map((a) => a.successorCode));
    const describe = (a: AgencyRow) =>
      [
        agencyKindWords[a.kind === "ministry" ? "ministry" : "province"][lang],
        !a.validTo && a.validFrom && merged.has(a.code) ? `${en ? "since" : "từ"} ${dmy(a.validFrom)}` : null,
      ]
        .filter(Boolean)
        .join(" · ");
    return pickScopes(
      rows.map((a) => ({ id: a.code, label: agencyScopeLabel(a, lang), description: describe(a), text: a.searchText })),
      q,
      limit,
    );
  },
});

type AgencyRow = typeof targetAgencies.$inferSelect;
type IndicatorRow = typeof targetIndicators.$inferSelect;
type SchemeRow = typeof targetSchemes.$inferSelect;
type ReportRow = typeof targetReports.$inferSelect;

export function agencySearchText(a: { code: string; nameVi: string; nameEn: string; aliases?: string }): string {
  return fold([a.nameVi, a.nameEn, a.code, a.aliases ?? ""].join(" "));
}

const agencyName = (a: Pick<AgencyRow, "nameVi" | "nameEn">, lang: Lang) => (lang === "en" ? a.nameEn : a.nameVi);

function presentIndicator(i: IndicatorRow) {
  return {
    id: i.id,
    code: i.code,
    position: i.position,
    kind: i.kind,
    titleVi: i.titleVi,
    titleEn: i.titleEn,
    numeratorLabelVi: i.numeratorLabelVi,
    numeratorLabelEn: i.numeratorLabelEn,
    denominatorLabelVi: i.denominatorLabelVi,
    denominatorLabelEn: i.denominatorLabelEn,
    baselinePercent: i.baselinePercent,
    baselineDate: i.baselineDate,
    targetPercent: i.targetPercent,
    deadline: i.deadline,
  };
}

/** The caller's abilities in the targets area, as a scheme carries them to the web (agencies named in their language). */
async function schemePermissions(db: Executor, actor: Actor) {
  const perms = targetsPermissions(actor);
  const rows = perms.agencies.length
    ? await db.select().from(targetAgencies).where(inArray(targetAgencies.code, perms.agencies))
    : [];
  const byCode = new Map(rows.map((a) => [a.code, a]));
  return {
    review: perms.review,
    agencies: perms.agencies.map((code) => {
      const a = byCode.get(code);
      return { code, label: a ? agencyName(a, actor.language) : code };
    }),
  };
}

function presentScheme(s: SchemeRow, inds: IndicatorRow[], permissions: Awaited<ReturnType<typeof schemePermissions>>) {
  return {
    id: s.id,
    code: s.code,
    titleVi: s.titleVi,
    titleEn: s.titleEn,
    decisionNo: s.decisionNo,
    decisionDate: s.decisionDate,
    startYear: s.startYear,
    endYear: s.endYear,
    indicators: inds
      .filter((i) => i.schemeId === s.id)
      .sort((a, b) => a.position - b.position)
      .map(presentIndicator),
    permissions,
  };
}

function presentAgency(a: AgencyRow) {
  return {
    code: a.code,
    kind: a.kind,
    nameVi: a.nameVi,
    nameEn: a.nameEn,
    validFrom: a.validFrom,
    validTo: a.validTo,
    successorCode: a.successorCode,
  };
}

async function loadScheme(db: Executor, id: string) {
  const [s] = await db.select().from(targetSchemes).where(eq(targetSchemes.id, id));
  if (!s) throw targetErrors.SCHEME_NOT_FOUND({ id });
  const inds = await db
    .select()
    .from(targetIndicators)
    .where(eq(targetIndicators.schemeId, id))
    .orderBy(asc(targetIndicators.position));
  return { scheme: s, indicators: inds };
}

/** The schemes with their indicators: for the ICD and for reporting agencies (who report against them). */
export async function listSchemes(ctx: Ctx, actor: Actor) {
  ensure(targetsPermissions(actor).read);
  const schemes = await ctx.db.select().from(targetSchemes);
  const inds = await ctx.db.select().from(targetIndicators);
  const permissions = await schemePermissions(ctx.db, actor);
  return schemes.sort((a, b) => compareVi(a.code, b.code)).map((s) => presentScheme(s, inds, permissions));
}

/** One scheme with its indicators. */
export async function getScheme(ctx: Ctx, actor: Actor, id: string) {
  ensure(targetsPermissions(actor).read);
  const { scheme, indicators } = await loadScheme(ctx.db, id);
  return presentScheme(scheme, indicators, await schemePermissions(ctx.db, actor));
}

export interface AgencyQuery {
  asOf?: string;
  q?: string;
  kind?: "ministry" | "province";
}

/**
 * The reporting agencies — reference data every signed-in user may read. With `asOf`, only those in force on that
 * date (63 provinces before 1/7/2025, 34 from then on); `q` searches names ignoring diacritics.
 */
export async function listAgencies(ctx: Ctx, _actor: Actor, query: AgencyQuery) {
  const where: SQL[] = [];
  const search = matchesWords(targetAgencies.searchText, query.q);
  if (search) where.push(search);
  if (query.kind) where.push(eq(targetAgencies.kind, query.kind));
  const rows = await ctx.db
    .select()
    .from(targetAgencies)
    .where(where.length ? and(...where) : undefined);
  return rows
    .filter((a) => !query.asOf || inForce(a, query.asOf))
    .sort((a, b) => a.kind.localeCompare(b.kind) || compareVi(a.nameVi, b.nameVi) || a.code.localeCompare(b.code))
    .map(presentAgency);
}

/** The progress of a scheme as of a date (see progress.ts for the rules). The ICD's dashboard. */
export async function getProgress(ctx: Ctx, actor: Actor, schemeId: string, asOfIn?: string) {
  ensure(targetsPermissions(actor).review);
  const asOf = asOfIn ?? todayInHanoi();
  const { scheme, indicators } = await loadScheme(ctx.db, schemeId);
  const agencies = await ctx.db.select().from(targetAgencies);
  const reports = await ctx.db
    .select()
    .from(targetReports)
    .where(and(eq(targetReports.schemeId, schemeId), lte(targetReports.period, Number(asOf.slice(0, 4)))));
  const values = reports.length
    ? await ctx.db
        .select()
        .from(targetReportValues)
        .where(
          inArray(
            targetReportValues.reportId,
            reports.map((r) => r.id),
          ),
        )
    : [];
  const valuesOf = new Map<string, Map<string, ValueIn>>();
  for (const v of values) {
    const m = valuesOf.get(v.reportId) ?? new Map<string, ValueIn>();
    m.set(v.indicatorId, v);
    valuesOf.set(v.reportId, m);
  }
  const inds = indicators.map((i) => ({ ...presentIndicator(i) }));
  const p = computeProgress(
    scheme,
    inds,
    agencies,
    reports.map((r) => ({
      agencyCode: r.agencyCode,
      period: r.period,
      status: r.status,
      values: valuesOf.get(r.id) ?? new Map(),
    })),
    asOf,
  );
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const ref = (code: string) => {
    const a = byCode.get(code);
    if (!a) throw new Error(`progress names the unknown agency ${code}`);
    return { code, nameVi: a.nameVi, nameEn: a.nameEn, validTo: a.validTo };
  };
  return {
    scheme: presentScheme(scheme, indicators, await schemePermissions(ctx.db, actor)),
    asOf: p.asOf,
    period: p.period,
    evaluationDate: p.evaluationDate,
    agencyCount: {
      ministries: p.agencies.filter((a) => a.kind === "ministry").length,
      provinces: p.agencies.filter((a) => a.kind === "province").length,
    },
    indicators: p.indicators.map((ip) => {
      const ind = indicators.find((i) => i.id === ip.indicatorId);
      if (!ind) throw new Error(`progress names the unknown indicator ${ip.indicatorId}`);
      return { ...presentIndicator(ind), ...ip };
    }),
    agencies: p.agencies
      .map((a) => ({
        ...a,
        former: a.formerCodes.map(ref),
        values: a.values.map((v) => ({
          ...v,
          sources: v.sources.map((s) => ({ ...ref(s.agencyCode), period: s.period })),
        })),
      }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || compareVi(a.nameVi, b.nameVi) || a.code.localeCompare(b.code)),
    notReported: p.notReported,
    awaitingReview: p.awaitingReview,
    lagging: p.lagging,
  };
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Reports                                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

/**
 * The agencies whose reports the actor may read: every agency for the ICD; for a reporting agency, its own code
 * and the former units that became part of it (their history is now its history). Null means all.
 */
async function readableAgencies(db: Executor, actor: Actor): Promise<Set<string> | null> {
  const perms = targetsPermissions(actor);
  ensure(perms.read);
  if (perms.review) return null;
  const own = perms.agencies;
  const all = await db
    .select({ code: targetAgencies.code, successorCode: targetAgencies.successorCode })
    .from(targetAgencies);
  const out = new Set(own);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of all) {
      if (a.successorCode && out.has(a.successorCode) && !out.has(a.code)) {
        out.add(a.code);
        grew = true;
      }
    }
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Whole reporting years locked by the ICD                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

type LockRow = typeof targetPeriodLocks.$inferSelect;

async function locksOf(db: Executor, schemeId: string): Promise<Map<number, LockRow>> {
  const rows = await db.select().from(targetPeriodLocks).where(eq(targetPeriodLocks.schemeId, schemeId));
  return new Map(rows.map((r) => [r.period, r]));
}

/** Throws YEAR_LOCKED when the scheme's reporting year is locked (read in the caller's transaction). */
async function ensureYearOpen(db: Executor, schemeId: string, period: number): Promise<void> {
  const [lock] = await db
    .select()
    .from(targetPeriodLocks)
    .where(and(eq(targetPeriodLocks.schemeId, schemeId), eq(targetPeriodLocks.period, period)));
  if (lock) {
    throw targetErrors.YEAR_LOCKED({ period, date: dmy(todayInHanoi(lock.lockedAt)), by: lock.lockedBy });
  }
}

function presentLock(l: LockRow) {
  return { period: l.period, reason: l.reason, lockedAt: l.lockedAt.toISOString(), lockedBy: l.lockedBy };
}

/** The locked years of a scheme (the ICD and reporting agencies, who see why they cannot report). */
export async function listYearLocks(ctx: Ctx, actor: Actor, schemeId: string) {
  ensure(targetsPermissions(actor).read);
  await loadScheme(ctx.db, schemeId);
  return [...(await locksOf(ctx.db, schemeId)).values()].sort((a, b) => a.period - b.period).map(presentLock);
}

/**
 * The ICD locks a whole reporting year: no agency saves or submits figures for it, no report of it is reviewed or
 * reopened, until it is unlocked. Audited.
 */
export async function lockYear(ctx: Ctx, actor: Actor, schemeId: string, period: number, reasonIn?: string | null) {
  ensure(targetsPermissions(actor).review);
  const { scheme } = await loadScheme(ctx.db, schemeId);
  if (period < scheme.startYear || period > scheme.endYear) {
    throw targetErrors.PERIOD_OUT_OF_RANGE({ period, start: scheme.startYear, end: scheme.endYear });
  }
  const reason = reasonIn?.trim() || null;
  const row = await ctx.db.transaction(async (tx) => {
    const [lock] = await tx
      .insert(targetPeriodLocks)
      .values({ schemeId, period, reason, lockedBy: actor.name })
      .onConflictDoNothing()
      .returning();
    if (!lock) throw targetErrors.YEAR_ALREADY_LOCKED({ period });
    await audit(tx, actor, {
      action: "target_year.lock",
      entity: "target_scheme",
      entityId: schemeId,
      after: { period, reason },
    });
    return lock;
  });
  return presentLock(row);
}

/** The ICD unlocks a reporting year. Audited. */
export async function unlockYear(ctx: Ctx, actor: Actor, schemeId: string, period: number) {
  ensure(targetsPermissions(actor).review);
  await loadScheme(ctx.db, schemeId);
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(targetPeriodLocks)
      .where(and(eq(targetPeriodLocks.schemeId, schemeId), eq(targetPeriodLocks.period, period)))
      .returning();
    if (!gone) throw targetErrors.YEAR_NOT_LOCKED({ period });
    await audit(tx, actor, {
      action: "target_year.unlock",
      entity: "target_scheme",
      entityId: schemeId,
      before: { period, reason: gone.reason, lockedBy: gone.lockedBy },
    });
  });
}

/** Tells the people concerned by mail, inside the report's transaction (delivered once it commits). */
function mailFor(
  ctx: Ctx,
  tx: Executor,
  event: ReportMailEvent,
  scheme: SchemeRow,
  agency: AgencyRow,
  reportId: string,
  period: number,
  actor: Actor,
  comment: string | null,
) {
  return enqueueReportMail(ctx, tx, {
    event,
    reportId,
    schemeId: scheme.id,
    schemeCode: scheme.code,
    agencyCode: agency.code,
    agencyNameVi: agency.nameVi,
    agencyNameEn: agency.nameEn,
    period,
    actorName: actor.name,
    comment,
  });
}

export const REPORT_PAGE_MAX = 200;

export interface ReportQuery {
  agency?: string;
  period?: number;
  status?: ReportStatus;
  offset?: number;
  limit?: number;
}

async function presentReports(
  db: Executor,
  actor: Actor,
  scheme: SchemeRow,
  indicators: IndicatorRow[],
  rows: ReportRow[],
) {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const values = await db.select().from(targetReportValues).where(inArray(targetReportValues.reportId, ids));
  const events = await db
    .select()
    .from(targetReportEvents)
    .where(inArray(targetReportEvents.reportId, ids))
    .orderBy(asc(targetReportEvents.at));
  const agencies = await db
    .select()
    .from(targetAgencies)
    .where(inArray(targetAgencies.code, [...new Set(rows.map((r) => r.agencyCode))]));
  const agencyOf = new Map(agencies.map((a) => [a.code, a]));
  const perms = targetsPermissions(actor);
  const locks = await locksOf(db, scheme.id);
  return rows.map((r) => {
    const a = agencyOf.get(r.agencyCode);
    if (!a) throw new Error(`report ${r.id} names the unknown agency ${r.agencyCode}`);
    const status = r.status;
    const lock = locks.get(r.period);
    return {
      id: r.id,
      schemeId: r.schemeId,
      agency: presentAgency(a),
      period: r.period,
      status,
      note: r.note,
      returnComment: r.returnComment,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      submittedBy: r.submittedBy,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      reviewedBy: r.reviewedBy,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
      yearLock: lock ? presentLock(lock) : null,
      permissions: reportPermissions(perms, r, !!lock),
      values: indicators.map((ind) => {
        const v = values.find((x) => x.reportId === r.id && x.indicatorId === ind.id);
        const kind = ind.kind;
        const n = kind === "boolean" ? (v?.achieved == null ? null : v.achieved ? 1 : 0) : (v?.numerator ?? null);
        const d = kind === "boolean" ? (v?.achieved == null ? null : 1) : (v?.denominator ?? null);
        return {
          indicatorId: ind.id,
          indicatorCode: ind.code,
          numerator: v?.numerator ?? null,
          denominator: v?.denominator ?? null,
          achieved: v?.achieved ?? null,
          achievedOn: v?.achievedOn ?? null,
          percent: n !== null && d ? round1((100 * n) / d) : null,
          expectedPercent: round1(expectedPercent(ind, periodEnd(r.period))),
        };
      }),
      events: events
        .filter((e) => e.reportId === r.id)
        .map((e) => ({ action: e.action, actorName: e.actorName, comment: e.comment, at: e.at.toISOString() })),
      scheme: { id: scheme.id, code: scheme.code },
    };
  });
}

/** Reports of a scheme: all of them for the ICD, the agency's own (and its former units') for a reporting agency. */
export async function listReports(ctx: Ctx, actor: Actor, schemeId: string, query: ReportQuery) {
  const readable = await readableAgencies(ctx.db, actor);
  const { scheme, indicators } = await loadScheme(ctx.db, schemeId);
  if (query.agency && readable && !readable.has(query.agency)) ensure(false);
  const where: SQL[] = [eq(targetReports.schemeId, schemeId)];
  if (readable) where.push(inArray(targetReports.agencyCode, [...readable]));
  if (query.agency) where.push(eq(targetReports.agencyCode, query.agency));
  if (query.period !== undefined) where.push(eq(targetReports.period, query.period));
  if (query.status) where.push(eq(targetReports.status, query.status));
  // Oldest submissions first in the review queue; otherwise by year (latest first), then agency name. The order is
  // settled on the light rows, so only one page is presented.
  const keys = await ctx.db
    .select({
      id: targetReports.id,
      period: targetReports.period,
      submittedAt: targetReports.submittedAt,
      nameVi: targetAgencies.nameVi,
    })
    .from(targetReports)
    .innerJoin(targetAgencies, eq(targetAgencies.code, targetReports.agencyCode))
    .where(and(...where));
  keys.sort((a, b) =>
    query.status === "submitted"
      ? (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0)
      : b.period - a.period || compareVi(a.nameVi, b.nameVi),
  );
  const offset = query.offset ?? 0;
  const limit = Math.min(query.limit ?? REPORT_PAGE_MAX, REPORT_PAGE_MAX);
  const pageIds = keys.slice(offset, offset + limit).map((k) => k.id);
  const rows = pageIds.length
    ? await ctx.db.select().from(targetReports).where(inArray(targetReports.id, pageIds))
    : [];
  const order = new Map(pageIds.map((id, i) => [id, i]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { reports: await presentReports(ctx.db, actor, scheme, indicators, rows), total: keys.length };
}

/** One report as the API sends it. */
async function presentReport(
  db: Executor,
  actor: Actor,
  scheme: SchemeRow,
  indicators: IndicatorRow[],
  row: ReportRow,
) {
  const [out] = await presentReports(db, actor, scheme, indicators, [row]);
  if (!out) throw new Error(`report ${row.id} was not presented`);
  return out;
}

/** A report read again after a write (in the same request, so it exists). */
async function reloadReport(db: Executor, actor: Actor, scheme: SchemeRow, indicators: IndicatorRow[], id: string) {
  const [row] = await db.select().from(targetReports).where(eq(targetReports.id, id));
  if (!row) throw new Error(`report ${id} vanished after its write`);
  return presentReport(db, actor, scheme, indicators, row);
}

async function findAgency(db: Executor, code: string) {
  const [a] = await db.select().from(targetAgencies).where(eq(targetAgencies.code, code));
  if (!a) throw targetErrors.AGENCY_NOT_FOUND({ code });
  return a;
}

/** One report. 404 when the agency has not started one for the period. */
export async function getReport(ctx: Ctx, actor: Actor, schemeId: string, agencyCode: string, period: number) {
  const readable = await readableAgencies(ctx.db, actor);
  ensure(!readable || readable.has(agencyCode));
  const { scheme, indicators } = await loadScheme(ctx.db, schemeId);
  const agency = await findAgency(ctx.db, agencyCode);
  const [row] = await ctx.db
    .select()
    .from(targetReports)
    .where(reportKey(schemeId, agencyCode, period));
  if (!row) throw targetErrors.REPORT_NOT_FOUND({ agency: agencyName(agency, actor.language), period });
  return presentReport(ctx.db, actor, scheme, indicators, row);
}

export interface SaveReportInput {
  /** The version read; 0 for a report not yet started. */
  version: number;
  values: FigureInput[];
  note?: string | null;
  /** Also send the report to the ICD (every figure must then be filled in). */
  submit?: boolean;
}

function checkPeriod(scheme: SchemeRow, period: number) {
  if (period < scheme.startYear || period > scheme.endYear) {
    throw targetErrors.PERIOD_OUT_OF_RANGE({ period, start: scheme.startYear, end: scheme.endYear });
  }
  if (period > Number(todayInHanoi().slice(0, 4))) throw targetErrors.PERIOD_IN_FUTURE({ period });
}

async function successorName(db: Executor, a: AgencyRow, lang: Lang): Promise<string> {
  if (!a.successorCode) return "—";
  const [s] = await db.select().from(targetAgencies).where(eq(targetAgencies.code, a.successorCode));
  return s ? agencyName(s, lang) : a.successorCode;
}

/** The one report of an agency for a year in a scheme. */
function reportKey(schemeId: string, agencyCode: string, period: number) {
  return and(
    eq(targetReports.schemeId, schemeId),
    eq(targetReports.agencyCode, agencyCode),
    eq(targetReports.period, period),
  );
}

/** An agency's report for a year, locked for the rest of the transaction (undefined when there is none yet). */
async function lockReport(tx: Executor, schemeId: string, agencyCode: string, period: number) {
  const [row] = await tx
    .select()
    .from(targetReports)
    .where(reportKey(schemeId, agencyCode, period))
    .for("update");
  return row;
}

/**
 * Saves an agency's figures for a period and, with `submit`, sends them to the ICD. Only the agency itself may
 * write; an accepted period is locked and a submitted one waits for review. Impossible figures are refused with
 * every problem named, and nothing is stored.
 */
export async function saveReport(
  ctx: Ctx,
  actor: Actor,
  schemeId: string,
  agencyCode: string,
  period: number,
  input: SaveReportInput,
) {
  ensure(agencyReportPermissions(actor, agencyCode).report);
  const { scheme, indicators } = await loadScheme(ctx.db, schemeId);
  const agency = await findAgency(ctx.db, agencyCode);
  const lang = actor.language;
  checkPeriod(scheme, period);
  if (!inForce(agency, periodEnd(period))) {
    throw targetErrors.AGENCY_NOT_IN_FORCE({
      agency: agencyName(agency, lang),
      period,
      successor: await successorName(ctx.db, agency, lang),
    });
  }
  const known = new Set(indicators.map((i) => i.id));
  const seen = new Set<string>();
  for (const v of input.values) {
    if (!known.has(v.indicatorId) || seen.has(v.indicatorId))
      throw targetErrors.INDICATOR_UNKNOWN({ id: v.indicatorId });
    seen.add(v.indicatorId);
  }
  const issues = checkFigures(indicators, input.values, {
    period,
    decisionDate: scheme.decisionDate,
    requireComplete: !!input.submit,
  });
  if (issues.length) {
    throw targetErrors.FIGURES_INVALID(
      { summaryVi: issues.map((i) => i.messageVi).join("; "), summaryEn: issues.map((i) => i.messageEn).join("; ") },
      issues.map((i) => ({
        indicatorId: i.indicatorId,
        indicatorCode: i.indicatorCode,
        field: i.field,
        problem: i.problem,
        message: lang === "en" ? i.messageEn : i.messageVi,
      })),
    );
  }

  const saved = await ctx.db.transaction(async (tx) => {
    const before = await lockReport(tx, schemeId, agencyCode, period);
    const name = agencyName(agency, lang);
    await ensureYearOpen(tx, schemeId, period);
    if (before?.status === "accepted") throw targetErrors.PERIOD_LOCKED({ period, agency: name });
    if (before?.status === "submitted") throw targetErrors.REPORT_UNDER_REVIEW({ period, agency: name });
    if ((before?.version ?? 0) !== input.version) {
      throw appError("VERSION_CONFLICT", {}, { currentVersion: before?.version ?? 0 });
    }
    const beforeValues = before
      ? await tx.select().from(targetReportValues).where(eq(targetReportValues.reportId, before.id))
      : [];
    const now = new Date();
    const status: ReportStatus = input.submit ? "submitted" : (before?.status ?? "draft");
    const reportId = before?.id ?? crypto.randomUUID();
    const note = input.note === undefined ? (before?.note ?? null) : input.note;
    const submitted = input.submit ? { submittedAt: now, submittedBy: actor.name, returnComment: null } : {};
    if (before) {
      const updated = await tx
        .update(targetReports)
        .set({ status, note, ...submitted, version: sql`${targetReports.version} + 1`, updatedAt: now })
        .where(and(eq(targetReports.id, before.id), eq(targetReports.version, input.version)))
        .returning({ id: targetReports.id });
      if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
      await tx.delete(targetReportValues).where(eq(targetReportValues.reportId, before.id));
    } else {
      // Two first saves at once: the unique key lets one in; the other gets a conflict, not a 500.
      const inserted = await tx
        .insert(targetReports)
        .values({ id: reportId, schemeId, agencyCode, period, status, note, ...submitted })
        .onConflictDoNothing()
        .returning({ id: targetReports.id });
      if (!inserted.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: null });
    }
    const rows = input.values.map((v) => ({
      reportId,
      indicatorId: v.indicatorId,
      numerator: v.numerator ?? null,
      denominator: v.denominator ?? null,
      achieved: v.achieved ?? null,
      achievedOn: v.achieved ? (v.achievedOn ?? null) : null,
    }));
    if (rows.length) await tx.insert(targetReportValues).values(rows);
    await tx.insert(targetReportEvents).values({
      id: crypto.randomUUID(),
      reportId,
      action: input.submit ? (before?.status === "returned" ? "resubmitted" : "submitted") : "saved",
      actorName: actor.name,
    });
    await audit(tx, actor, {
      action: input.submit ? "target_report.submit" : "target_report.save",
      entity: "target_report",
      entityId: reportId,
      before: before ? { ...before, values: beforeValues } : null,
      after: { schemeId, agencyCode, period, status, note, values: rows },
    });
    // The ICD is told of a submission.
    const mails = input.submit
      ? await mailFor(
          ctx,
          tx,
          before?.status === "returned" ? "resubmitted" : "submitted",
          scheme,
          agency,
          reportId,
          period,
          actor,
          null,
        )
      : [];
    return { reportId, mails };
  });
  await ctx.mailer.deliver(ctx.db, saved.mails);
  const id = saved.reportId;
  return reloadReport(ctx.db, actor, scheme, indicators, id);
}

/** The ICD accepts a submitted report (the period is then locked) or returns it with a comment for revision. */
export async function reviewReport(
  ctx: Ctx,
  actor: Actor,
  schemeId: string,
  agencyCode: string,
  period: number,
  input: { version: number; decision: "accept" | "return"; comment?: string | null },
) {
  ensure(targetsPermissions(actor).review);
  const { scheme, indicators } = await loadScheme(ctx.db, schemeId);
  const agency = await findAgency(ctx.db, agencyCode);
  const comment = input.comment?.trim() || null;
  if (input.decision === "return" && !comment) throw targetErrors.RETURN_COMMENT_REQUIRED();
  const reviewed = await ctx.db.transaction(async (tx) => {
    const before = await lockReport(tx, schemeId, agencyCode, period);
    const name = agencyName(agency, actor.language);
    if (!before) throw targetErrors.REPORT_NOT_FOUND({ agency: name, period });
    await ensureYearOpen(tx, schemeId, period);
    if (before.status === "accepted") throw targetErrors.PERIOD_LOCKED({ period, agency: name });
    if (before.status !== "submitted") throw targetErrors.REPORT_NOT_SUBMITTED({ status: before.status });
    const now = new Date();
    const status: ReportStatus = input.decision === "accept" ? "accepted" : "returned";
    const updated = await tx
      .update(targetReports)
      .set({
        status,
        returnComment: input.decision === "return" ? comment : null,
        reviewedAt: now,
        reviewedBy: actor.name,
        version: sql`${targetReports.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(targetReports.id, before.id), eq(targetReports.version, input.version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await tx.insert(targetReportEvents).values({
      id: crypto.randomUUID(),
      reportId: before.id,
      action: input.decision === "accept" ? "accepted" : "returned",
      actorName: actor.name,
      comment,
    });
    await audit(tx, actor, {
      action: input.decision === "accept" ? "target_report.accept" : "target_report.return",
      entity: "target_report",
      entityId: before.id,
      before,
      after: updated[0],
    });
    // The agency is told of the decision.
    const mails = await mailFor(
      ctx,
      tx,
      input.decision === "accept" ? "accepted" : "returned",
      scheme,
      agency,
      before.id,
      period,
      actor,
      comment,
    );
    return { id: before.id, mails };
  });
  await ctx.mailer.deliver(ctx.db, reviewed.mails);
  const id = reviewed.id;
  return reloadReport(ctx.db, actor, scheme, indicators, id);
}

/**
 * The ICD reopens an accepted report, with a reason the agency reads: it goes back to the agency as "returned"
 * (editable, to submit again), the year is no longer locked for that agency, and the agency is told by mail.
 * Audited with the reason. Not in a year locked for the whole scheme.
 */
export async function reopenReport(
  ctx: Ctx,
  actor: Actor,
  schemeId: string,
  agencyCode: string,
  period: number,
  input: { version: number; reason: string },
) {
  ensure(targetsPermissions(actor).review);
  const { scheme, indicators } = await loadScheme(ctx.db, schemeId);
  const agency = await findAgency(ctx.db, agencyCode);
  const reason = input.reason.trim();
  if (!reason) throw targetErrors.REOPEN_REASON_REQUIRED();
  const done = await ctx.db.transaction(async (tx) => {
    const before = await lockReport(tx, schemeId, agencyCode, period);
    if (!before) throw targetErrors.REPORT_NOT_FOUND({ agency: agencyName(agency, actor.language), period });
    await ensureYearOpen(tx, schemeId, period);
    if (before.status !== "accepted") throw targetErrors.REPORT_NOT_ACCEPTED({ status: before.status });
    const now = new Date();
    const updated = await tx
      .update(targetReports)
      .set({
        status: "returned",
        returnComment: reason,
        reviewedAt: now,
        reviewedBy: actor.name,
        version: sql`${targetReports.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(targetReports.id, before.id), eq(targetReports.version, input.version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await tx.insert(targetReportEvents).values({
      id: crypto.randomUUID(),
      reportId: before.id,
      action: "reopened",
      actorName: actor.name,
      comment: reason,
    });
    await audit(tx, actor, {
      action: "target_report.reopen",
      entity: "target_report",
      entityId: before.id,
      before,
      after: { ...updated[0], reason },
    });
    const mails = await mailFor(ctx, tx, "reopened", scheme, agency, before.id, period, actor, reason);
    return { id: before.id, mails };
  });
  await ctx.mailer.deliver(ctx.db, done.mails);
  return reloadReport(ctx.db, actor, scheme, indicators, done.id);
}

/**
 * What carries over from the agency's previous accepted report into a new year's form: the figures that do not
 * change from one year to the next on their own — the totals (denominators: civil servants in total) and a yes/no
 * already "yes" (an action plan issued stays issued, with its date). Numerators are this year's own work and are
 * never carried. Null when the agency has no accepted report of an earlier year.
 */
export async function carryOver(ctx: Ctx, actor: Actor, schemeId: string, agencyCode: string, period: number) {
  const readable = await readableAgencies(ctx.db, actor);
  ensure(!readable || readable.has(agencyCode));
  const { indicators } = await loadScheme(ctx.db, schemeId);
  await findAgency(ctx.db, agencyCode);
  const [prev] = await ctx.db
    .select()
    .from(targetReports)
    .where(
      and(
        eq(targetReports.schemeId, schemeId),
        eq(targetReports.agencyCode, agencyCode),
        eq(targetReports.status, "accepted"),
        lt(targetReports.period, period),
      ),
    )
    .orderBy(desc(targetReports.period))
    .limit(1);
  if (!prev) return { fromPeriod: null, values: [] };
  const values = await ctx.db.select().from(targetReportValues).where(eq(targetReportValues.reportId, prev.id));
  const out: {
    indicatorId: string;
    denominator: number | null;
    achieved: boolean | null;
    achievedOn: string | null;
  }[] = [];
  for (const ind of indicators) {
    const v = values.find((x) => x.indicatorId === ind.id);
    if (!v) continue;
    if (ind.kind === "ratio" && v.denominator !== null) {
      out.push({ indicatorId: ind.id, denominator: v.denominator, achieved: null, achievedOn: null });
    }
    if (ind.kind === "boolean" && v.achieved === true) {
      out.push({ indicatorId: ind.id, denominator: null, achieved: true, achievedOn: v.achievedOn });
    }
  }
  return { fromPeriod: prev.period, values: out };
}
