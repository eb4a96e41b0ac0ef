import { describe, expect, it } from "vitest";
import { classifyDiet } from "./diet.js";
import { changedSince, countDiets, eatersOf, namedCounts, presentAt, rosterOf, type EaterRow } from "./counts.js";

/** The dietary classifier and the meal counts (issue 14, point 4): pure, both languages, diacritics ignored. */
describe("classifyDiet", () => {
  const needs = (s: string | null) => classifyDiet(s).needs;
  it("reads the English words of part 1", () => {
    expect(needs("Halal")).toEqual(["halal"]);
    expect(needs("Vegetarian")).toEqual(["vegetarian"]);
    expect(needs("vegan")).toEqual(["vegan"]);
    expect(needs("No pork, no beef")).toEqual(["no_pork", "no_beef"]);
    expect(needs("Vegetarian and gluten free")).toEqual(["vegetarian", "gluten_free"]);
    expect(needs("Coeliac")).toEqual(["gluten_free"]);
  });
  it("reads Vietnamese with or without diacritics", () => {
    expect(needs("ăn chay")).toEqual(["vegetarian"]);
    expect(needs("AN CHAY")).toEqual(["vegetarian"]);
    expect(needs("Ăn chay thuần")).toEqual(["vegan"]);
    expect(needs("không ăn thịt lợn/heo")).toEqual(["no_pork"]);
    expect(needs("khong an thit heo")).toEqual(["no_pork"]);
    expect(needs("Không ăn thịt bò")).toEqual(["no_beef"]);
    expect(needs("Người Hồi giáo")).toEqual(["halal"]);
  });
  it("keeps allergens as written, English and Vietnamese", () => {
    expect(classifyDiet("Allergic to peanuts and shellfish")).toEqual({
      needs: ["allergy"],
      allergens: ["peanuts", "shellfish"],
      others: [],
    });
    expect(classifyDiet("dị ứng tôm, dị ứng với đậu phộng")).toMatchObject({
      needs: ["allergy"],
      allergens: ["tôm", "đậu phộng"],
    });
    expect(classifyDiet("Peanut allergy; Halal").needs).toEqual(["halal", "allergy"]);
    expect(classifyDiet("Peanut allergy").allergens).toEqual(["Peanut"]);
    expect(classifyDiet("Dị ứng: hải sản").allergens).toEqual(["hải sản"]);
    expect(classifyDiet("Allergy").allergens).toEqual([]);
  });
  it("keeps what it does not know as other, in the delegate's words", () => {
    expect(classifyDiet("No seafood")).toEqual({ needs: ["other"], allergens: [], others: ["No seafood"] });
    expect(classifyDiet("Halal. Không ăn cay")).toEqual({
      needs: ["halal", "other"],
      allergens: [],
      others: ["Không ăn cay"],
    });
  });
  it("reads no need in empty or negative answers", () => {
    for (const s of [null, "", "  ", "None", "N/A", "không", "Không có", "-"]) expect(needs(s)).toEqual([]);
    // "not vegetarian" is not vegetarian (kept as the delegate wrote it)
    expect(needs("không ăn chay")).toEqual(["other"]);
  });
});

const row = (id: string, o: Partial<EaterRow> = {}): EaterRow => ({
  id,
  fullName: `Delegate ${id}`,
  delegationId: "d1",
  accreditationStatus: "accredited",
  arrivalDate: "2022-08-01",
  arrivalTime: "10:00:00",
  departureDate: "2022-08-06",
  departureTime: "12:00:00",
  dietary: null,
  sessionIds: ["s1"],
  ...o,
});

describe("meal counts", () => {
  const dinner = { at: "2022-08-02T19:00", sessionIds: ["s1"] };
  it("counts those registered for a linked session, by need", () => {
    const rows = [
      row("a", { dietary: "Halal" }),
      row("b", { dietary: "Vegetarian, allergic to peanuts" }),
      row("c"),
      row("d", { sessionIds: ["s2"] }),
    ];
    const e = eatersOf(dinner, rows);
    expect(countDiets(e)).toMatchObject({ total: 3, none: 1, halal: 1, vegetarian: 1, allergy: 1, no_pork: 0 });
    expect(namedCounts(e, (d) => d.allergens)).toEqual([{ text: "peanuts", count: 1 }]);
  });
  it("counts everyone present when no session is linked", () => {
    const rows = [
      row("a", { sessionIds: [] }),
      row("b", { arrivalDate: null, arrivalTime: null, departureDate: null }),
    ];
    expect(countDiets(eatersOf({ at: "2022-08-02T07:00", sessionIds: [] }, rows)).total).toBe(2);
  });
  it("leaves out a flight landing after midnight, a delegate leaving early, a refused accreditation", () => {
    const late = row("late", { arrivalDate: "2022-08-03", arrivalTime: "00:35:00" });
    const early = row("early", { departureDate: "2022-08-02", departureTime: "18:00:00" });
    const refused = row("refused", { accreditationStatus: "rejected" });
    const stays = row("stays", { departureDate: "2022-08-02", departureTime: null });
    expect(eatersOf(dinner, [late, early, refused, stays]).map((e) => e.row.id)).toEqual(["stays"]);
    expect(presentAt(row("x", { arrivalDate: "2022-08-02", arrivalTime: null }), "2022-08-02T00:00")).toBe(true);
  });
  it("follows a changed flight, and tells how many changed after the freeze", () => {
    const before = [row("a"), row("b", { dietary: "Halal" })];
    const frozen = rosterOf(eatersOf(dinner, before));
    // a's flight now lands the next day; b became vegetarian; c registered.
    const after = [row("a", { arrivalDate: "2022-08-03" }), row("b", { dietary: "Vegetarian" }), row("c")];
    const now = eatersOf(dinner, after);
    expect(countDiets(now)).toMatchObject({ total: 2, vegetarian: 1, halal: 0 });
    expect(changedSince(frozen, rosterOf(now))).toBe(3);
    expect(changedSince(frozen, frozen)).toBe(0);
  });
});
