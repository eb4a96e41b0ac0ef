import { describe, expect, it } from "vitest";
import { computeReview, elapsedFraction, judge, statusAsOf, type ReviewInputActivity } from "./review.js";

const plan = { periodStart: "2021-01-01", periodEnd: "2025-12-31" };
let n = 0;
function act(history: [string, string][], over: Partial<ReviewInputActivity> = {}): ReviewInputActivity {
  n++;
  return {
    id: `a${n}`,
    code: `X-${String(n).padStart(2, "0")}`,
    titleVi: null,
    titleEn: `Activity ${n}`,
    leads: ["VNM"],
    coLeads: [],
    kind: "activity",
    proposedBy: null,
    history: history.map(([status, effectiveOn], i) => ({ status: status as never, effectiveOn, seq: i + 1 })),
    ...over,
  };
}

describe("statusAsOf", () => {
  const h = [
    { status: "planned" as const, effectiveOn: "2021-01-01", seq: 1 },
    { status: "ongoing" as const, effectiveOn: "2021-06-01", seq: 2 },
    { status: "completed" as const, effectiveOn: "2021-06-01", seq: 3 },
  ];
  it("takes the last change on or before the day; the later seq wins on the same day", () => {
    expect(statusAsOf(h, "2020-12-31")).toBeNull();
    expect(statusAsOf(h, "2021-01-01")?.status).toBe("planned");
    expect(statusAsOf(h, "2021-05-31")?.status).toBe("planned");
    expect(statusAsOf(h, "2021-06-01")?.status).toBe("completed");
    expect(statusAsOf([...h].reverse(), "2021-06-01")?.status).toBe("completed");
  });
});

describe("computeReview", () => {
  it("counts each activity with its status that day, leaves out those not yet in the plan, and counts proposals apart", () => {
    const acts = [
      act([
        ["planned", "2021-01-01"],
        ["completed", "2022-01-01"],
      ]),
      act([
        ["planned", "2021-01-01"],
        ["ongoing", "2021-03-01"],
      ]),
      act([["planned", "2021-01-01"]]),
      act([["planned", "2022-06-01"]]), // joins the plan later
      act(
        [
          ["proposed", "2021-05-01"],
          ["planned", "2022-03-01"],
        ],
        { proposedBy: "JPN" },
      ),
      act([["proposed", "2022-08-03"]], { proposedBy: "JPN" }),
    ];
    const early = computeReview(plan, acts, "2021-12-31");
    expect(early.total).toBe(3);
    expect(early.proposals).toBe(1);
    expect(early.byStatus).toEqual([
      { status: "planned", count: 2, percent: 67 },
      { status: "ongoing", count: 1, percent: 33 },
      { status: "completed", count: 0, percent: 0 },
      { status: "cancelled", count: 0, percent: 0 },
    ]);
    const later = computeReview(plan, acts, "2022-08-03");
    expect(later.total).toBe(5);
    expect(later.proposals).toBe(1);
    expect(later.byStatus.map((s) => s.count)).toEqual([3, 1, 1, 0]);
    expect(later.byStatus.reduce((a, s) => a + s.percent, 0)).toBe(100);
    expect(later.activities.at(-1)).toMatchObject({ status: "proposed" });
  });

  it("is empty and undecided before the period starts", () => {
    const r = computeReview(plan, [act([["planned", "2021-01-01"]])], "2020-06-30");
    expect(r.total).toBe(0);
    expect(r.byStatus.every((s) => s.count === 0 && s.percent === 0)).toBe(true);
    expect(r.onTrack.judgement).toBe("not_started");
  });
});

describe("on-track rule", () => {
  it("compares the share completed or ongoing with the share of the period elapsed", () => {
    // 3 August 2022 is day 580 of 1,826: 31.8% of 2021–2025 elapsed.
    expect(elapsedFraction("2021-01-01", "2025-12-31", "2022-08-03")).toBeCloseTo(580 / 1826, 10);
    expect(elapsedFraction("2021-01-01", "2025-12-31", "2030-01-01")).toBe(1);
    expect(judge(31, 12, 580 / 1826, false)).toBe("on_track"); // seed 001: 38.7% ≥ 31.8%
    expect(judge(32, 11, 580 / 1826, false)).toBe("on_track"); // seed 003: 34.4% ≥ 31.8%
    expect(judge(10, 3, 0.35, false)).toBe("at_risk"); // 30% is within 10 points of 35%
    expect(judge(10, 2, 0.35, false)).toBe("off_track"); // 20% is more than 10 points below
    expect(judge(0, 0, 0.5, false)).toBe("no_activities");
  });
});
