/**
 * The decision table of the cooperation register (issue 12 item 3, seed 002, decision 024): rules held as data that
 * map an activity's facts to an ordered route of approval steps, the lead time it needs and the days its unit has to
 * report results. The table is versioned as a whole (`coop_rule_versions`); an activity keeps the version it was
 * routed with. Version 1 is `defaultRules` below, stored the first time anything is routed or the table is edited.
 *
 * Matching: the first rule whose conditions all hold chooses the route. A condition that is absent matches anything;
 * a list matches when the activity's value is in it (a missing value — no leader rank, no funding source — matches no
 * list); `partnerKinds` matches when any of the activity's partners is of a listed kind. The last rule of a table has
 * no condition at all, so every activity gets a route (`checkRules`).
 */
import { desc, eq } from "drizzle-orm";
import type { CoopKind, FundingSource, LeaderRank, PartnerKind, RouteStep } from "../../../shared/cooperation.js";
import type { RulesBody, RuleTable as RuleTableView } from "../../../shared/schemas/cooperation-route.js";
import { clean } from "../../../shared/text.js";
import { routeStepWords } from "../../../shared/vocabulary.js";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { invalidFields } from "../../http/validation.js";
import { audit } from "../audit/service.js";
import { userNamesByIds } from "../people/repo.js";
import { routePermissions } from "./policy.js";
import { routeErrors } from "./route-errors.js";
import { type CoopRule, coopRuleVersions } from "./schema.js";

/** What the table looks at, derived from an activity (`activityFacts`, route.ts). */
export interface RouteFacts {
  kind: CoopKind;
  leaderRank: LeaderRank | null;
  /** Linked to an item included in the year's plan that the Minister approved. */
  inPlan: boolean;
  /** That item is an outbound delegation of the ministry-level plan approved by the Prime Minister. */
  inPmPlan: boolean;
  fundingSource: FundingSource | null;
  /** The kinds of the activity's partners (any order, repeats allowed). */
  partnerKinds: PartnerKind[];
}

/** Whether `rule`'s conditions all hold for `facts`. */
export function ruleMatches(rule: CoopRule, facts: RouteFacts): boolean {
  const w = rule.when;
  if (w.kinds && !w.kinds.includes(facts.kind)) return false;
  if (w.leaderRanks && (facts.leaderRank === null || !w.leaderRanks.includes(facts.leaderRank))) return false;
  if (w.inPlan !== undefined && w.inPlan !== facts.inPlan) return false;
  if (w.inPmPlan !== undefined && w.inPmPlan !== facts.inPmPlan) return false;
  if (w.fundingSources && (facts.fundingSource === null || !w.fundingSources.includes(facts.fundingSource))) {
    return false;
  }
  if (w.partnerKinds && !facts.partnerKinds.some((k) => w.partnerKinds?.includes(k))) return false;
  return true;
}

/** The rule that routes an activity with these facts: the first that matches; null only for a table without catch-all. */
export function chooseRule(rules: readonly CoopRule[], facts: RouteFacts): CoopRule | null {
  return rules.find((r) => ruleMatches(r, facts)) ?? null;
}

const OUTBOUND_RESULTS_DAYS = 15;

/**
 * The default table (version 1), from seed 002 — the ministry's conference on international cooperation of
 * 24/03/2022 — and, where the seed is silent, sensible defaults the ICD can change in the web app:
 *
 * - an outbound delegation led by a Deputy Minister that is not in the ministry-level plan approved by the Prime
 *   Minister: the ICD reviews and submits to the Minister, who asks the Prime Minister's permission before any
 *   decision; the decision sending the delegation is the Personnel Department's;
 * - an activity outside the approved plan is kept to a minimum: flagged, it needs a reason and the Minister's
 *   approval;
 * - units propose early: each route has a lead time in working days, so a request "too close to the departure
 *   date" is flagged;
 * - in-plan activities go to the ICD's review and the ICD's Director General or the Deputy Minister in charge.
 */
export const defaultRules: CoopRule[] = [
  {
    id: "outbound-deputy-not-pm-plan",
    nameVi: "Đoàn ra do Thứ trưởng làm trưởng đoàn, không thuộc Kế hoạch đã được Thủ tướng phê duyệt",
    nameEn: "Outbound delegation led by a Deputy Minister, not in the Prime-Minister-approved plan",
    when: { kinds: ["outbound"], leaderRanks: ["deputy_minister"], inPmPlan: false },
    steps: ["icd_review", "minister", "pm_permission", "personnel_decision"],
    leadDays: 30,
    resultsDays: OUTBOUND_RESULTS_DAYS,
    reasonVi:
      "Đoàn ra do Thứ trưởng làm trưởng đoàn nhưng không nằm trong Kế hoạch đoàn ra cấp Bộ do Thủ tướng Chính phủ " +
      "phê duyệt: Vụ Hợp tác quốc tế chủ trì, trình Bộ trưởng báo cáo, xin phép Thủ tướng Chính phủ trước khi ra quyết " +
      "định; quyết định cử đoàn do Vụ Tổ chức cán bộ ban hành (Hội nghị triển khai công tác hợp tác quốc tế năm 2022).",
    reasonEn:
      "An outbound delegation led by a Deputy Minister that is not in the ministry-level plan approved by the Prime " +
      "Minister: the ICD reviews it and submits it to the Minister, who asks the Prime Minister's permission before " +
      "any decision; the decision sending the delegation is issued by the Personnel Department (the ministry's 2022 " +
      "conference on international cooperation).",
  },
  {
    id: "outbound-minister-not-pm-plan",
    nameVi: "Đoàn ra do Bộ trưởng làm trưởng đoàn, không thuộc Kế hoạch đã được Thủ tướng phê duyệt",
    nameEn: "Outbound delegation led by the Minister, not in the Prime-Minister-approved plan",
    when: { kinds: ["outbound"], leaderRanks: ["minister"], inPmPlan: false },
    steps: ["icd_review", "pm_permission", "personnel_decision"],
    leadDays: 30,
    resultsDays: OUTBOUND_RESULTS_DAYS,
    reasonVi:
      "Đoàn ra do Bộ trưởng làm trưởng đoàn ngoài Kế hoạch đoàn ra cấp Bộ đã được Thủ tướng Chính phủ phê duyệt: " +
      "Vụ Hợp tác quốc tế thẩm định và xin phép Thủ tướng Chính phủ trước khi Vụ Tổ chức cán bộ ra quyết định cử đoàn.",
    reasonEn:
      "An outbound delegation led by the Minister outside the ministry-level plan approved by the Prime Minister: the " +
      "ICD reviews it and asks the Prime Minister's permission before the Personnel Department issues the decision.",
  },
  {
    id: "outbound-out-of-plan",
    nameVi: "Đoàn ra ngoài Kế hoạch đã được phê duyệt",
    nameEn: "Outbound delegation outside the approved plan",
    when: { kinds: ["outbound"], inPlan: false },
    steps: ["icd_review", "minister", "personnel_decision"],
    leadDays: 20,
    resultsDays: OUTBOUND_RESULTS_DAYS,
    reasonVi:
      "Hạn chế phát sinh hoạt động hợp tác quốc tế nằm ngoài Kế hoạch đã được phê duyệt: đoàn ra ngoài Kế hoạch phải " +
      "nêu rõ lý do và được Bộ trưởng đồng ý; quyết định cử đoàn do Vụ Tổ chức cán bộ ban hành.",
    reasonEn:
      "Activities outside the approved plan are kept to a minimum: an outbound delegation outside the plan states its " +
      "reason and needs the Minister's approval; the decision sending it is issued by the Personnel Department.",
  },
  {
    id: "outbound-leaders-in-plan",
    nameVi: "Đoàn ra trong Kế hoạch do lãnh đạo Bộ làm trưởng đoàn",
    nameEn: "In-plan outbound delegation led by a leader of the ministry",
    when: { kinds: ["outbound"], leaderRanks: ["minister", "deputy_minister"], inPlan: true },
    steps: ["icd_review", "minister", "personnel_decision"],
    leadDays: 20,
    resultsDays: OUTBOUND_RESULTS_DAYS,
    reasonVi:
      "Đoàn ra trong Kế hoạch (đã được Thủ tướng Chính phủ phê duyệt) do lãnh đạo Bộ làm trưởng đoàn: Vụ Hợp tác quốc " +
      "tế thẩm định, trình Bộ trưởng; quyết định cử đoàn do Vụ Tổ chức cán bộ ban hành.",
    reasonEn:
      "An in-plan outbound delegation (in the Prime-Minister-approved plan) led by a leader of the ministry: the ICD " +
      "reviews it and submits it to the Minister; the decision sending it is issued by the Personnel Department.",
  },
  {
    id: "outbound-in-plan",
    nameVi: "Đoàn ra trong Kế hoạch",
    nameEn: "In-plan outbound delegation",
    when: { kinds: ["outbound"], inPlan: true },
    steps: ["icd_review", "deputy_minister", "personnel_decision"],
    leadDays: 15,
    resultsDays: OUTBOUND_RESULTS_DAYS,
    reasonVi:
      "Đoàn ra trong Kế hoạch đã được phê duyệt: Vụ Hợp tác quốc tế thẩm định, trình Thứ trưởng phụ trách; quyết định " +
      "cử đoàn do Vụ Tổ chức cán bộ ban hành. Đơn vị đề xuất sớm, không gửi đề nghị quá gần ngày đi.",
    reasonEn:
      "An outbound delegation in the approved plan: the ICD reviews it and submits it to the Deputy Minister in " +
      "charge; the decision sending it is issued by the Personnel Department. Units propose early, never too close " +
      "to the departure date.",
  },
  {
    id: "out-of-plan",
    nameVi: "Hoạt động ngoài Kế hoạch đã được phê duyệt",
    nameEn: "Activity outside the approved plan",
    when: { inPlan: false },
    steps: ["icd_review", "minister"],
    leadDays: 15,
    resultsDays: 15,
    reasonVi:
      "Hạn chế phát sinh hoạt động hợp tác quốc tế nằm ngoài Kế hoạch đã được phê duyệt: hoạt động ngoài Kế hoạch " +
      "phải nêu rõ lý do, được Vụ Hợp tác quốc tế thẩm định và được Bộ trưởng đồng ý.",
    reasonEn:
      "Activities outside the approved plan are kept to a minimum: one outside the plan states its reason, is " +
      "reviewed by the ICD and needs the Minister's approval.",
  },
  {
    id: "agreement",
    nameVi: "Ký kết thỏa thuận quốc tế",
    nameEn: "Signing an international agreement",
    when: { kinds: ["agreement"] },
    steps: ["icd_review", "icd_director", "minister"],
    leadDays: 20,
    resultsDays: 15,
    reasonVi:
      "Thỏa thuận quốc tế được ký nhân danh Bộ: Vụ Hợp tác quốc tế thẩm định, Vụ trưởng Vụ Hợp tác quốc tế cho ý kiến " +
      "và trình Bộ trưởng quyết định, theo quy định của Chính phủ về ký kết thỏa thuận quốc tế.",
    reasonEn:
      "An international agreement is signed in the ministry's name: the ICD reviews it, its Director General gives an " +
      "opinion and submits it to the Minister for decision, as the Government's rules on agreements require.",
  },
  {
    id: "project",
    nameVi: "Chương trình, dự án do nước ngoài tài trợ",
    nameEn: "Foreign-funded programme or project",
    when: { kinds: ["project"] },
    steps: ["icd_review", "icd_director", "minister"],
    leadDays: 20,
    resultsDays: 30,
    reasonVi:
      "Chương trình, dự án do nước ngoài tài trợ: Vụ Hợp tác quốc tế thẩm định, Vụ trưởng cho ý kiến, Bộ trưởng phê " +
      "duyệt theo quy định của Chính phủ về quản lý và sử dụng viện trợ.",
    reasonEn:
      "A foreign-funded programme or project: the ICD reviews it, its Director General gives an opinion and the " +
      "Minister approves it, as the Government's rules on foreign aid require.",
  },
  {
    id: "conference",
    nameVi: "Hội nghị, hội thảo quốc tế tại Việt Nam",
    nameEn: "International conference or workshop in Viet Nam",
    when: { kinds: ["conference"] },
    steps: ["icd_review", "icd_director", "deputy_minister"],
    leadDays: 15,
    resultsDays: 15,
    reasonVi:
      "Hội nghị, hội thảo quốc tế trong Kế hoạch: Vụ Hợp tác quốc tế thẩm định, Vụ trưởng cho ý kiến, Thứ trưởng " +
      "phụ trách cho phép tổ chức.",
    reasonEn:
      "An international conference or workshop in the plan: the ICD reviews it, its Director General gives an " +
      "opinion, and the Deputy Minister in charge permits it.",
  },
  {
    id: "inbound",
    nameVi: "Đoàn vào trong Kế hoạch",
    nameEn: "In-plan inbound delegation",
    when: { kinds: ["inbound"] },
    steps: ["icd_review", "icd_director", "deputy_minister"],
    leadDays: 10,
    resultsDays: 10,
    reasonVi:
      "Đoàn vào trong Kế hoạch: Vụ Hợp tác quốc tế thẩm định, Vụ trưởng cho ý kiến, Thứ trưởng phụ trách đồng ý.",
    reasonEn:
      "An in-plan inbound delegation: the ICD reviews it, its Director General gives an opinion and the Deputy " +
      "Minister in charge agrees.",
  },
  {
    id: "guests",
    nameVi: "Tiếp khách nước ngoài trong Kế hoạch",
    nameEn: "Receiving foreign guests, in the plan",
    when: { kinds: ["guests"] },
    steps: ["icd_review", "icd_director"],
    leadDays: 5,
    resultsDays: 10,
    reasonVi:
      "Tiếp khách nước ngoài trong Kế hoạch: Vụ Hợp tác quốc tế thẩm định, Vụ trưởng Vụ Hợp tác quốc tế đồng ý.",
    reasonEn: "Receiving foreign guests in the plan: the ICD reviews it and its Director General agrees.",
  },
  {
    id: "default",
    nameVi: "Các hoạt động khác",
    nameEn: "Any other activity",
    when: {},
    steps: ["icd_review", "icd_director", "deputy_minister"],
    leadDays: 10,
    resultsDays: 15,
    reasonVi:
      "Quy tắc chung: mọi hoạt động hợp tác quốc tế qua Vụ Hợp tác quốc tế là đầu mối thẩm định, Vụ trưởng cho ý " +
      "kiến và Thứ trưởng phụ trách quyết định.",
    reasonEn:
      "The general rule: every international activity goes through the ICD as the single focal point, its Director " +
      "General gives an opinion and the Deputy Minister in charge decides.",
  },
];

/** A version of the table as stored (version 1 is `defaultRules` until first stored). */
export interface RuleTable {
  version: number;
  rules: CoopRule[];
  note: string | null;
  createdBy: string | null;
  createdAt: Date | null;
}

const defaultTable = (): RuleTable => ({
  version: 1,
  rules: defaultRules,
  note: null,
  createdBy: null,
  createdAt: null,
});

/** The current table (highest version); the defaults as version 1 while nothing is stored. */
export async function currentRules(db: Executor): Promise<RuleTable> {
  const [row] = await db.select().from(coopRuleVersions).orderBy(desc(coopRuleVersions.version)).limit(1);
  return row ?? defaultTable();
}

/** One version of the table; null when it does not exist. */
export async function rulesAt(db: Executor, version: number): Promise<RuleTable | null> {
  const [row] = await db.select().from(coopRuleVersions).where(eq(coopRuleVersions.version, version));
  if (row) return row;
  return version === 1 ? defaultTable() : null;
}

/** Every stored version, newest first (with version 1 as the defaults while nothing is stored). */
export async function ruleHistory(db: Executor): Promise<RuleTable[]> {
  const rows = await db.select().from(coopRuleVersions).orderBy(desc(coopRuleVersions.version));
  return rows.length ? rows : [defaultTable()];
}

/** Stores the defaults as version 1 unless a version exists (in the caller's transaction; idempotent). */
export async function storeDefaultRules(tx: Executor): Promise<void> {
  await tx.insert(coopRuleVersions).values({ version: 1, rules: defaultRules }).onConflictDoNothing();
}

/** A problem of a table an editor sent: where (rule index, or null for the table) and which. */
export interface RuleProblem {
  index: number | null;
  problem:
    | "empty"
    | "duplicate_id"
    | "catch_all_missing"
    | "catch_all_not_last"
    | "empty_condition"
    | "duplicate_step"
    | "pm_permission_last";
  id?: string;
  step?: RouteStep;
}

/**
 * Whether a table can be the current one: at least one rule; ids unique; the last rule has no condition (every
 * activity gets a route) and no other rule is unconditional (the rules after it would never be reached); no condition
 * is an empty list (it would match nothing — leave it out to match anything); a route names a step at most once (a
 * step's decision is one fact); the Prime Minister's permission is never the last step (a decision follows it).
 */
export function checkRules(rules: readonly CoopRule[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!rules.length) return [{ index: null, problem: "empty" }];
  const seen = new Set<string>();
  rules.forEach((r, index) => {
    if (seen.has(r.id)) problems.push({ index, problem: "duplicate_id", id: r.id });
    seen.add(r.id);
    const conditions = Object.values(r.when).filter((v) => v !== undefined);
    if (conditions.some((v) => Array.isArray(v) && v.length === 0)) {
      problems.push({ index, problem: "empty_condition", id: r.id });
    }
    if (conditions.length === 0 && index < rules.length - 1) {
      problems.push({ index, problem: "catch_all_not_last", id: r.id });
    }
    const steps = new Set<RouteStep>();
    for (const s of r.steps) {
      if (steps.has(s)) problems.push({ index, problem: "duplicate_step", id: r.id, step: s });
      steps.add(s);
    }
    if (r.steps.at(-1) === "pm_permission") problems.push({ index, problem: "pm_permission_last", id: r.id });
  });
  const last = rules.at(-1);
  if (last && Object.values(last.when).some((v) => v !== undefined)) {
    problems.push({ index: rules.length - 1, problem: "catch_all_missing", id: last.id });
  }
  return problems;
}

// ---------------------------------------------------------------- the table as the web reads and edits it

/** A stored version as the API answers it: who wrote it by name, and whether the caller may write the next. */
async function present(db: Executor, t: RuleTable, canEdit: boolean): Promise<RuleTableView> {
  const names = await userNamesByIds(db, t.createdBy ? [t.createdBy] : []);
  return {
    version: t.version,
    rules: t.rules,
    note: t.note,
    createdBy: t.createdBy ? (names.get(t.createdBy) ?? null) : null,
    createdAt: t.createdAt?.toISOString() ?? null,
    canEdit,
  };
}

/** The current decision table (anyone in the register). */
export async function getRules(ctx: Ctx, actor: Actor): Promise<RuleTableView> {
  const perms = routePermissions(actor);
  ensure(perms.readRules);
  return present(ctx.db, await currentRules(ctx.db), perms.editRules);
}

/** Every version, newest first (anyone in the register). */
export async function getRuleVersions(ctx: Ctx, actor: Actor): Promise<RuleTableView[]> {
  const perms = routePermissions(actor);
  ensure(perms.readRules);
  const out: RuleTableView[] = [];
  for (const t of await ruleHistory(ctx.db)) out.push(await present(ctx.db, t, perms.editRules));
  return out;
}

/** A problem of an edited table in the caller's language, naming the rule by its position and id. */
function problemText(p: RuleProblem): { vi: string; en: string } {
  const at =
    p.index === null
      ? { vi: "", en: "" }
      : { vi: `quy tắc ${p.index + 1} (${p.id}): `, en: `rule ${p.index + 1} (${p.id}): ` };
  const step = p.step ? routeStepWords[p.step] : { vi: "", en: "" };
  const t = {
    empty: { vi: "bảng phải có ít nhất một quy tắc", en: "the table needs at least one rule" },
    duplicate_id: { vi: "mã quy tắc bị trùng", en: "the rule id is used twice" },
    catch_all_missing: {
      vi: "quy tắc cuối cùng phải không có điều kiện nào (áp dụng cho mọi hoạt động còn lại) để hoạt động nào cũng có quy trình",
      en: "the last rule must have no condition (it applies to every remaining activity) so that every activity gets a route",
    },
    catch_all_not_last: {
      vi: "chỉ quy tắc cuối cùng được không có điều kiện; các quy tắc sau nó sẽ không bao giờ được áp dụng",
      en: "only the last rule may have no condition; the rules after it would never apply",
    },
    empty_condition: {
      vi: "một điều kiện là danh sách rỗng (không khớp hoạt động nào); bỏ điều kiện đó để áp dụng cho mọi giá trị",
      en: "a condition is an empty list (it matches nothing); leave it out to match any value",
    },
    duplicate_step: { vi: `bước «${step.vi}» xuất hiện hai lần`, en: `the step “${step.en}” appears twice` },
    pm_permission_last: {
      vi: "bước xin phép Thủ tướng Chính phủ không thể là bước cuối (sau đó còn phải có quyết định)",
      en: "the Prime Minister's permission cannot be the last step (a decision follows it)",
    },
  }[p.problem];
  return { vi: at.vi + t.vi, en: at.en + t.en };
}

/**
 * Writes a new version of the whole table (ICD officers, administrators), from the version the editor read: a stale
 * one is 409 and nothing is written. Activities already routed keep the version they were routed with.
 */
export async function putRules(ctx: Ctx, actor: Actor, body: RulesBody): Promise<RuleTableView> {
  ensure(routePermissions(actor).editRules);
  const rules: CoopRule[] = body.rules.map((r) => ({
    ...r,
    nameVi: clean(r.nameVi),
    nameEn: clean(r.nameEn),
    reasonVi: clean(r.reasonVi),
    reasonEn: clean(r.reasonEn),
    when: Object.fromEntries(Object.entries(r.when).filter(([, v]) => v !== undefined)),
  }));
  const problems = checkRules(rules);
  if (problems.length) {
    throw invalidFields(problems.map((p) => ({ field: "rules", rule: "custom", text: problemText(p) })));
  }
  const saved = await ctx.db.transaction(async (tx) => {
    await storeDefaultRules(tx);
    const [latest] = await tx
      .select()
      .from(coopRuleVersions)
      .orderBy(desc(coopRuleVersions.version))
      .limit(1)
      .for("update");
    const current = latest?.version ?? 1;
    if (current !== body.version) throw routeErrors.RULES_STALE({ current, version: body.version });
    const [row] = await tx
      .insert(coopRuleVersions)
      .values({ version: current + 1, rules, note: body.note ? clean(body.note) : null, createdBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw routeErrors.RULES_STALE({ current: current + 1, version: body.version });
    await audit(tx, actor, {
      action: "coop_rules.update",
      entity: "coop_rules",
      entityId: String(row.version),
      before: { version: current, ruleIds: latest?.rules.map((r) => r.id) ?? [] },
      after: { version: row.version, ruleIds: rules.map((r) => r.id), rules, note: row.note },
    });
    return row;
  });
  return present(ctx.db, saved, true);
}
