import { describe, expect, it } from "vitest";
import { coopKinds } from "../../../shared/cooperation.js";
import { checkRules, chooseRule, defaultRules, type RouteFacts } from "./rules.js";
import type { CoopRule } from "./schema.js";

/**
 * The decision table (issue 12 item 3, seed 002, decision 024): which default rule routes which activity, and what
 * makes an edited table acceptable. Pure: no database.
 */
const facts = (f: Partial<RouteFacts>): RouteFacts => ({
  kind: "outbound",
  leaderRank: "director_general",
  inPlan: true,
  inPmPlan: false,
  fundingSource: "state_budget",
  partnerKinds: [],
  ...f,
});
const chosen = (f: Partial<RouteFacts>) => chooseRule(defaultRules, facts(f));

describe("the default rules (seed 002)", () => {
  it("an outbound delegation led by a Deputy Minister outside the Prime Minister's plan: ICD → Minister → PM → Personnel", () => {
    for (const inPlan of [true, false]) {
      const r = chosen({ kind: "outbound", leaderRank: "deputy_minister", inPlan, inPmPlan: false });
      expect(r?.id).toBe("outbound-deputy-not-pm-plan");
      expect(r?.steps).toEqual(["icd_review", "minister", "pm_permission", "personnel_decision"]);
      expect(r?.reasonVi).toMatch(/xin phép Thủ tướng Chính phủ trước khi ra quyết định/);
      expect(r?.reasonEn).toMatch(/Prime Minister's permission before any decision/);
    }
  });

  it("the Minister's own trip outside the Prime Minister's plan also waits for the Prime Minister's permission", () => {
    const r = chosen({ leaderRank: "minister", inPlan: false, inPmPlan: false });
    expect(r?.id).toBe("outbound-minister-not-pm-plan");
    expect(r?.steps).toEqual(["icd_review", "pm_permission", "personnel_decision"]);
  });

  it("an outbound delegation outside the approved plan needs the Minister's approval; Personnel decides", () => {
    for (const leaderRank of ["director_general", "deputy_director_general", "director", "other", null] as const) {
      const r = chosen({ leaderRank, inPlan: false, inPmPlan: false });
      expect(r?.id).toBe("outbound-out-of-plan");
      expect(r?.steps).toEqual(["icd_review", "minister", "personnel_decision"]);
    }
  });

  it("a leader's in-plan trip that is in the Prime Minister's plan goes to the Minister, then Personnel", () => {
    for (const leaderRank of ["minister", "deputy_minister"] as const) {
      const r = chosen({ leaderRank, inPlan: true, inPmPlan: true });
      expect(r?.id).toBe("outbound-leaders-in-plan");
      expect(r?.steps).toEqual(["icd_review", "minister", "personnel_decision"]);
    }
  });

  it("an in-plan outbound delegation: ICD → Deputy Minister in charge → Personnel", () => {
    const r = chosen({ leaderRank: "director_general", inPlan: true, inPmPlan: true });
    expect(r?.id).toBe("outbound-in-plan");
    expect(r?.steps).toEqual(["icd_review", "deputy_minister", "personnel_decision"]);
  });

  it("the decision sending an outbound delegation is always the Personnel Department's, and the last step", () => {
    for (const r of defaultRules.filter((x) => x.when.kinds?.includes("outbound"))) {
      expect(r.steps.at(-1)).toBe("personnel_decision");
    }
    for (const r of defaultRules.filter((x) => !x.when.kinds?.includes("outbound"))) {
      expect(r.steps).not.toContain("personnel_decision");
    }
  });

  it("any other activity outside the approved plan: flagged, ICD review and the Minister's approval", () => {
    for (const kind of coopKinds.filter((k) => k !== "outbound")) {
      const r = chosen({ kind, inPlan: false });
      expect(r?.id).toBe("out-of-plan");
      expect(r?.steps).toEqual(["icd_review", "minister"]);
      expect(r?.reasonEn).toMatch(/states its reason/);
    }
  });

  it("in-plan activities of each other kind have their own route, all starting with the ICD's review", () => {
    const expected = {
      agreement: ["icd_review", "icd_director", "minister"],
      project: ["icd_review", "icd_director", "minister"],
      conference: ["icd_review", "icd_director", "deputy_minister"],
      inbound: ["icd_review", "icd_director", "deputy_minister"],
      guests: ["icd_review", "icd_director"],
    } as const;
    for (const [kind, steps] of Object.entries(expected)) {
      const r = chosen({ kind: kind as keyof typeof expected, inPlan: true });
      expect(r?.id).toBe(kind);
      expect(r?.steps).toEqual(steps);
    }
  });

  it("the catch-all rule is last and routes anything else", () => {
    const last = defaultRules.at(-1)!;
    expect(last.id).toBe("default");
    expect(last.when).toEqual({});
    // A table edited so that no earlier rule fits still routes the activity.
    expect(chooseRule([defaultRules[0]!, last], facts({ kind: "guests" }))?.id).toBe("default");
  });

  it("every default rule has names, reasons in both languages, lead days and results days", () => {
    for (const r of defaultRules) {
      expect(r.nameVi && r.nameEn && r.reasonVi && r.reasonEn).toBeTruthy();
      expect(r.leadDays).toBeGreaterThan(0);
      expect(r.resultsDays).toBeGreaterThan(0);
      expect(r.steps[0]).toBe("icd_review");
    }
    // Outbound delegations that need the Prime Minister's permission need the longest lead time.
    expect(chosen({ leaderRank: "deputy_minister", inPmPlan: false })!.leadDays).toBe(30);
    expect(chosen({ kind: "guests" })!.leadDays).toBe(5);
  });

  it("the default table passes its own checks", () => {
    expect(checkRules(defaultRules)).toEqual([]);
  });
});

describe("chooseRule: conditions", () => {
  const rule = (id: string, when: CoopRule["when"]): CoopRule => ({
    id,
    nameVi: id,
    nameEn: id,
    when,
    steps: ["icd_review"],
    leadDays: 1,
    resultsDays: 1,
    reasonVi: "",
    reasonEn: "",
  });
  const all = rule("all", {});

  it("takes the first rule whose conditions all hold", () => {
    const table = [rule("a", { kinds: ["inbound"] }), rule("b", { kinds: ["outbound"] }), rule("c", {}), all];
    expect(chooseRule(table, facts({ kind: "outbound" }))?.id).toBe("b");
    expect(chooseRule(table, facts({ kind: "project" }))?.id).toBe("c");
  });

  it("a missing leader rank or funding source matches no list; partner kinds match when any partner is listed", () => {
    const table = [
      rule("rank", { leaderRanks: ["director"] }),
      rule("funding", { fundingSources: ["partner"] }),
      rule("partner", { partnerKinds: ["international_org"] }),
      all,
    ];
    expect(chooseRule(table, facts({ leaderRank: null, fundingSource: null }))?.id).toBe("all");
    expect(chooseRule(table, facts({ leaderRank: "director" }))?.id).toBe("rank");
    expect(chooseRule(table, facts({ fundingSource: "partner" }))?.id).toBe("funding");
    expect(chooseRule(table, facts({ partnerKinds: ["government", "international_org"] }))?.id).toBe("partner");
    expect(chooseRule(table, facts({ partnerKinds: ["government"] }))?.id).toBe("all");
  });

  it("inPlan and inPmPlan are compared only when the rule states them", () => {
    const table = [rule("pm", { inPmPlan: true }), rule("out", { inPlan: false }), all];
    expect(chooseRule(table, facts({ inPlan: true, inPmPlan: true }))?.id).toBe("pm");
    expect(chooseRule(table, facts({ inPlan: false }))?.id).toBe("out");
    expect(chooseRule(table, facts({ inPlan: true }))?.id).toBe("all");
  });

  it("a table without a catch-all can leave an activity without a rule", () => {
    expect(chooseRule([rule("a", { kinds: ["inbound"] })], facts({ kind: "outbound" }))).toBeNull();
  });
});

describe("checkRules: what an edited table must be", () => {
  const base = defaultRules;
  const problems = (rules: CoopRule[]) => checkRules(rules).map((p) => `${p.problem}@${p.index}`);

  it("at least one rule", () => {
    expect(problems([])).toEqual(["empty@null"]);
  });
  it("unique ids", () => {
    expect(problems([base[0]!, base[0]!, base.at(-1)!])).toEqual(["duplicate_id@1"]);
  });
  it("the last rule has no condition, and no other rule is unconditional", () => {
    expect(problems(base.slice(0, -1))).toEqual([`catch_all_missing@${base.length - 2}`]);
    expect(problems([base.at(-1)!, ...base])).toEqual(["catch_all_not_last@0", `duplicate_id@${base.length}`]);
  });
  it("no empty condition list, no step twice, the Prime Minister's permission never last", () => {
    const bad: CoopRule = {
      ...base[0]!,
      id: "bad",
      when: { kinds: [] },
      steps: ["icd_review", "icd_review", "pm_permission"],
    };
    expect(problems([bad, base.at(-1)!])).toEqual(["empty_condition@0", "duplicate_step@0", "pm_permission_last@0"]);
  });
});
