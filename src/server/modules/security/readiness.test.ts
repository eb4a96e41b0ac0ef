import { describe, expect, it } from "vitest";
import { placeReadiness } from "./readiness.js";
import { readinessOfPlaces } from "./repo.js";

/** A place's readiness (issue 14, point 5): signed off / total, overdue items, the status word. */
const now = new Date("2022-08-01T08:00:00+07:00");
const before = new Date("2022-07-31T17:00:00+07:00");
const after = new Date("2022-08-02T17:00:00+07:00");

describe("place readiness", () => {
  it("is 'none' with no items, 0 percent", () => {
    expect(placeReadiness([], now)).toEqual({
      total: 0,
      signedOff: 0,
      done: 0,
      overdue: 0,
      percent: 0,
      status: "none",
    });
  });

  it("counts signed off, done and overdue; done is not ready until signed off", () => {
    const r = placeReadiness(
      [
        { status: "signed_off", dueAt: before },
        { status: "done", dueAt: before },
        { status: "open", dueAt: after },
        { status: "open", dueAt: null },
      ],
      now,
    );
    expect(r).toEqual({ total: 4, signedOff: 1, done: 1, overdue: 1, percent: 25, status: "overdue" });
  });

  it("a signed-off item is never overdue; all signed off is ready", () => {
    const r = placeReadiness(
      [
        { status: "signed_off", dueAt: before },
        { status: "signed_off", dueAt: null },
      ],
      now,
    );
    expect(r).toMatchObject({ overdue: 0, percent: 100, status: "ready" });
  });

  it("due exactly now is not yet overdue; in progress otherwise", () => {
    expect(placeReadiness([{ status: "open", dueAt: now }], now)).toMatchObject({ overdue: 0, status: "in_progress" });
  });

  it("rounds the percent down, so 2 of 3 is 66 and never 100 before the last", () => {
    const items = [
      { status: "signed_off" as const, dueAt: null },
      { status: "signed_off" as const, dueAt: null },
      { status: "open" as const, dueAt: null },
    ];
    expect(placeReadiness(items, now).percent).toBe(66);
    const many = Array.from({ length: 199 }, () => ({ status: "signed_off" as const, dueAt: null }));
    expect(placeReadiness([...many, { status: "done", dueAt: null }], now).percent).toBe(99);
  });

  it("groups items by place and lists every place, with or without items", () => {
    const places = [
      { kind: "venue" as const, id: "v", nameVi: "Trung tâm", nameEn: "Centre" },
      { kind: "hotel" as const, id: "h", nameVi: "Khách sạn", nameEn: "Khách sạn" },
    ];
    const r = readinessOfPlaces(places, [{ status: "signed_off", dueAt: null, placeId: "v" }], now);
    expect(r.map((p) => [p.id, p.status, p.percent])).toEqual([
      ["v", "ready", 100],
      ["h", "none", 0],
    ]);
  });
});
