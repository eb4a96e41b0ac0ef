/**
 * The two Decree 30 documents of an outbound delegation (issue 12 item 5), as Word files: the ICD's submission to the
 * Minister (Tờ trình, numbered from the ICD's register when the ICD approves its review) and the decision sending
 * the delegation (Quyết định cử đoàn, numbered from the Personnel Department's register when the personnel officer
 * approves the last step). Before its number is taken a document is a draft: "Số:      /TTr-HTQT" and today's date.
 * The facts come from the activity; the documents module writes the text and the file.
 */
import { asc, eq } from "drizzle-orm";
import { countryName } from "../../../shared/countries.js";
import { todayIn, HANOI_TIME_ZONE, todayInHanoi, dmy } from "../../../shared/dates.js";
import { fundingSourceWords, leaderRankWords } from "../../../shared/vocabulary.js";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { renderDecree30Docx } from "../documents/decree30.js";
import {
  type DelegationFacts,
  type Signer,
  delegationDecisionDocument,
  submissionDocument,
} from "../documents/templates.js";
import { activeHoldersOf } from "../people/service.js";
import { unitsByIds, userNamesByIds } from "../people/repo.js";
import { coopStatusWords, coopKindWords } from "../../../shared/vocabulary.js";
import { readableActivity } from "./activities.js";
import { type ActivityRow, partnersOfActivities, ruleOf } from "./repo.js";
import { activityFacts } from "./route.js";
import { routeErrors } from "./route-errors.js";
import { coopActivityMembers, coopPlanItems, coopRouteSteps } from "./schema.js";

export interface DocxFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type StepRow = typeof coopRouteSteps.$inferSelect;

const dayOf = (d: Date | null) => (d ? todayIn(HANOI_TIME_ZONE, d) : null);

/** The leader's rank as the documents write it: "Thứ trưởng Bộ Nội vụ", "Cục trưởng, Cục …". */
function rankText(a: ActivityRow, unitName: string): string {
  if (a.leaderRank === "minister") return "Bộ trưởng Bộ Nội vụ";
  if (a.leaderRank === "deputy_minister") return "Thứ trưởng Bộ Nội vụ";
  return a.leaderRank ? `${leaderRankWords[a.leaderRank].vi}, ${unitName}` : unitName;
}

/** What both documents are written from. */
async function delegationFacts(db: Executor, a: ActivityRow, steps: StepRow[]): Promise<DelegationFacts> {
  const members = await db
    .select()
    .from(coopActivityMembers)
    .where(eq(coopActivityMembers.activityId, a.id))
    .orderBy(asc(coopActivityMembers.seq));
  const units = await unitsByIds(db, [a.unitId, ...members.flatMap((m) => (m.unitId ? [m.unitId] : []))]);
  const unitName = units.get(a.unitId)?.nameVi ?? "";
  const partners = (await partnersOfActivities(db, [a.id])).get(a.id) ?? [];
  const facts = await activityFacts(db, a);
  const [item] = a.planItemId ? await db.select().from(coopPlanItems).where(eq(coopPlanItems.id, a.planItemId)) : [];
  const pm = steps.find((s) => s.step === "pm_permission" && s.status === "approved");
  const leaderName = a.leaderName ?? "";
  return {
    title: a.titleVi,
    unitName,
    countries: a.countries.map((c) => countryName(c, "vi")),
    partners: partners.map((p) => p.nameVi),
    from: a.startDate ?? todayInHanoi(),
    to: a.endDate ?? a.startDate ?? todayInHanoi(),
    purpose: a.purpose ?? "",
    expectedResults: a.expectedResults,
    leader: { name: leaderName, rank: rankText(a, unitName) },
    members: members
      .filter((m) => m.name !== leaderName)
      .map((m) => ({
        name: m.name,
        position: m.position ?? "",
        unit: (m.unitId ? units.get(m.unitId)?.nameVi : null) ?? unitName,
      })),
    fundingSource: a.fundingSource ? fundingSourceWords[a.fundingSource].vi : "",
    fundingEstimate: a.fundingEstimate,
    inPlan: facts.inPlan,
    planItem: item ? `${item.titleVi}, Kế hoạch hợp tác quốc tế năm ${item.year}` : null,
    outOfPlanReason: a.outOfPlanReason,
    needsPrimeMinisterPermission: steps.some((s) => s.step === "pm_permission"),
    primeMinisterPermission: pm?.documentNumber
      ? `Văn bản số ${pm.documentNumber}${pm.decidedAt ? ` ngày ${dmy(dayOf(pm.decidedAt))}` : ""}`
      : null,
  };
}

/** The first active holder's name of a role (who signs when no step names them). */
async function holderName(db: Executor, role: "approver", scope: string): Promise<string> {
  return (await activeHoldersOf(db, role, scope))[0]?.name ?? "";
}

/** Reads the activity for a document: readers as the policy says, an outbound delegation that has been submitted. */
async function documentSource(ctx: Ctx, actor: Actor, id: string, which: { vi: string; en: string }) {
  const { a, perms } = await readableActivity(ctx.db, actor, id);
  ensure(perms.downloadDocuments);
  if (a.kind !== "outbound") {
    throw routeErrors.DOCUMENT_NOT_AVAILABLE({
      document: which,
      kind: coopKindWords[a.kind],
      status: coopStatusWords[a.status],
    });
  }
  const steps = await ctx.db
    .select()
    .from(coopRouteSteps)
    .where(eq(coopRouteSteps.activityId, a.id))
    .orderBy(asc(coopRouteSteps.idx));
  return { a, steps };
}

const fileName = (kind: string, a: ActivityRow, number: string | null) =>
  `${kind}-${a.code}${number ? `-${number.replace(/[^0-9A-Za-z-]+/g, "-")}` : "-du-thao"}.docx`;

/** The ICD's submission to the Minister (Tờ trình), numbered once the ICD's review approved it. */
export async function submissionDocx(ctx: Ctx, actor: Actor, id: string): Promise<DocxFile> {
  const { a, steps } = await documentSource(ctx, actor, id, { vi: "Tờ trình", en: "submission" });
  const review = steps.find((s) => s.step === "icd_review" && s.status === "approved");
  const number = review?.documentNumber ?? null;
  const director = steps.find((s) => s.step === "icd_director" && s.status === "approved");
  const names = await userNamesByIds(ctx.db, director?.decidedBy ? [director.decidedBy] : []);
  const signer: Signer = {
    position: "VỤ TRƯỞNG",
    name:
      (director?.decidedBy && names.get(director.decidedBy)) || (await holderName(ctx.db, "approver", "icd_director")),
  };
  const doc = submissionDocument({
    ...(await delegationFacts(ctx.db, a, steps)),
    number,
    date: (number && dayOf(review?.decidedAt ?? null)) || todayInHanoi(),
    signer,
  });
  return { fileName: fileName("to-trinh", a, number), contentType: DOCX, body: await renderDecree30Docx(doc) };
}

/** The decision sending the delegation (Quyết định cử đoàn), numbered by the Personnel Department's approval. */
export async function decisionDocx(ctx: Ctx, actor: Actor, id: string): Promise<DocxFile> {
  const { a, steps } = await documentSource(ctx, actor, id, { vi: "Quyết định cử đoàn", en: "decision" });
  const personnel = steps.find((s) => s.step === "personnel_decision" && s.status === "approved");
  const number = personnel?.documentNumber ?? null;
  const review = steps.find((s) => s.step === "icd_review" && s.status === "approved");
  // The leader who approved signs: the Minister, or a Deputy Minister for the Minister (KT. BỘ TRƯỞNG).
  const minister = steps.find((s) => s.step === "minister" && s.status === "approved");
  const deputy = steps.find((s) => s.step === "deputy_minister" && s.status === "approved");
  const signed = minister ?? deputy;
  const names = await userNamesByIds(ctx.db, signed?.decidedBy ? [signed.decidedBy] : []);
  const signerName = signed?.decidedBy ? (names.get(signed.decidedBy) ?? "") : "";
  const signer: Signer = minister
    ? { position: "BỘ TRƯỞNG", name: signerName }
    : {
        authority: "KT. BỘ TRƯỞNG",
        position: "THỨ TRƯỞNG",
        name: signerName || (await holderName(ctx.db, "approver", "deputy_minister")),
      };
  const reviewDay = dayOf(review?.decidedAt ?? null);
  const doc = delegationDecisionDocument({
    ...(await delegationFacts(ctx.db, a, steps)),
    number,
    date: (number && dayOf(personnel?.decidedAt ?? null)) || todayInHanoi(),
    submissionReference: review?.documentNumber
      ? `${review.documentNumber}${reviewDay ? ` ngày ${dmy(reviewDay)}` : ""}`
      : null,
    resultsReportDays: (await ruleOf(ctx.db, a.ruleId, a.ruleVersion))?.resultsDays ?? 15,
    signer,
  });
  return { fileName: fileName("quyet-dinh", a, number), contentType: DOCX, body: await renderDecree30Docx(doc) };
}
