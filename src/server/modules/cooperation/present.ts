/** The activity as the API answers it: its record, names of what it refers to, its route and its permissions. */
import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { Actor } from "../../auth/actor.js";
import type { Lang } from "../../../shared/errors.js";
import type { Activity, ActivitySummary, PartnerRef, UnitRef } from "../../../shared/schemas/cooperation.js";
import { todayInHanoi } from "../../../shared/dates.js";
import { unitsByIds, userNamesByIds, type UnitRow } from "../people/repo.js";
import { activityPermissions } from "./policy.js";
import {
  type ActivityRow,
  factsOf,
  type PartnerRow,
  partnersOfActivities,
  resultsDueMany,
  routeFacts,
} from "./repo.js";
import { leadTimeView, routeView } from "./route.js";
import { coopActivityMembers, coopAttachments, coopPlanItems } from "./schema.js";

export const unitRef = (u: UnitRow | undefined, id: string): UnitRef =>
  u ? { id: u.id, code: u.code, nameVi: u.nameVi, nameEn: u.nameEn } : { id, code: "", nameVi: "", nameEn: "" };

export const partnerRef = (p: PartnerRow): PartnerRef => ({
  id: p.id,
  nameVi: p.nameVi,
  nameEn: p.nameEn,
  shortName: p.shortName,
  kind: p.kind,
  country: p.country,
});

/** Results due and not reported by `today`. */
export function isResultsOverdue(a: ActivityRow, due: string | null, today: string): boolean {
  return a.status === "approved" && !a.resultsReportedAt && due !== null && due < today;
}

/** Activities as list rows (batched: one query per kind of fact). */
export async function presentSummaries(
  db: Executor,
  actor: Actor,
  rows: ActivityRow[],
  today = todayInHanoi(),
): Promise<ActivitySummary[]> {
  const ids = rows.map((r) => r.id);
  const [units, partners, routes, dues] = await Promise.all([
    unitsByIds(
      db,
      rows.map((r) => r.unitId),
    ),
    partnersOfActivities(db, ids),
    routeFacts(db, ids),
    resultsDueMany(db, rows),
  ]);
  const out: ActivitySummary[] = [];
  for (const a of rows) {
    const route = routes.get(a.id);
    const due = dues.get(a.id) ?? null;
    out.push({
      id: a.id,
      code: a.code,
      unit: unitRef(units.get(a.unitId), a.unitId),
      kind: a.kind,
      status: a.status,
      titleVi: a.titleVi,
      titleEn: a.titleEn,
      countries: a.countries,
      partners: (partners.get(a.id) ?? []).map(partnerRef),
      startDate: a.startDate,
      endDate: a.endDate,
      place: a.place,
      mode: a.mode,
      leaderName: a.leaderName,
      leaderRank: a.leaderRank,
      inPlan: a.planItemId !== null,
      waitingFor: route?.waitingFor ?? null,
      leadShort: a.leadRequired !== null && a.leadAvailable !== null && a.leadAvailable < a.leadRequired,
      resultsDueOn: due,
      resultsReportedAt: a.resultsReportedAt?.toISOString() ?? null,
      resultsOverdue: isResultsOverdue(a, due, today),
      version: a.version,
      permissions: activityPermissions(actor, factsOf(a, route), today),
    });
  }
  return out;
}

/** One activity with everything its page shows. */
export async function presentActivity(db: Executor, actor: Actor, a: ActivityRow, lang: Lang): Promise<Activity> {
  const [summary] = await presentSummaries(db, actor, [a]);
  const members = await db
    .select()
    .from(coopActivityMembers)
    .where(eq(coopActivityMembers.activityId, a.id))
    .orderBy(asc(coopActivityMembers.seq));
  const attachments = await db
    .select({
      id: coopAttachments.id,
      kind: coopAttachments.kind,
      fileName: coopAttachments.fileName,
      mime: coopAttachments.mime,
      size: coopAttachments.size,
      uploadedBy: coopAttachments.uploadedBy,
      createdAt: coopAttachments.createdAt,
    })
    .from(coopAttachments)
    .where(eq(coopAttachments.activityId, a.id))
    .orderBy(asc(coopAttachments.createdAt));
  const memberUnits = await unitsByIds(
    db,
    members.map((m) => m.unitId).filter((x): x is string => !!x),
  );
  const names = await userNamesByIds(db, [
    ...attachments.map((x) => x.uploadedBy).filter((x): x is string => !!x),
    ...(a.createdBy ? [a.createdBy] : []),
  ]);
  const [item] = a.planItemId
    ? await db
        .select()
        .from(coopPlanItems)
        .where(inArray(coopPlanItems.id, [a.planItemId]))
    : [];
  return {
    ...summary!,
    fundingSource: a.fundingSource,
    fundingEstimate: a.fundingEstimate,
    purpose: a.purpose,
    expectedResults: a.expectedResults,
    planItem: item
      ? {
          id: item.id,
          year: item.year,
          titleVi: item.titleVi,
          titleEn: item.titleEn,
          pmApproved: item.pmApproved,
          status: item.status,
        }
      : null,
    outOfPlanReason: a.outOfPlanReason,
    details: a.details ?? {},
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      unitId: m.unitId,
      unitNameVi: m.unitId ? (memberUnits.get(m.unitId)?.nameVi ?? null) : null,
      unitNameEn: m.unitId ? (memberUnits.get(m.unitId)?.nameEn ?? null) : null,
      position: m.position,
      userId: m.userId,
    })),
    attachments: attachments.map((x) => ({
      id: x.id,
      kind: x.kind,
      fileName: x.fileName,
      mime: x.mime,
      size: x.size,
      uploadedBy: x.uploadedBy ? (names.get(x.uploadedBy) ?? null) : null,
      createdAt: x.createdAt.toISOString(),
    })),
    route: await routeView(db, a, lang),
    leadTime: await leadTimeView(db, a),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    results: a.results,
    followUp: a.followUp,
    resultsReminderSentAt: a.resultsReminderSentAt?.toISOString() ?? null,
    createdBy: a.createdBy ? (names.get(a.createdBy) ?? null) : null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
