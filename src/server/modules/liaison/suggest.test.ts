import { describe, expect, it } from "vitest";
import {
  availableOn,
  delegationLanguages,
  sharedLanguages,
  suggestAssignments,
  type SuggestOfficer,
} from "./suggest.js";

/** Suggesting liaison officers (issue 14, point 1): language match, load, availability on the arrival day. */

const officer = (id: string, langs: string, extra: Partial<SuggestOfficer> = {}): SuggestOfficer => ({
  id,
  fullName: id,
  languages: langs.split(",").map((l) => {
    const [code, level] = l.split(":");
    return { code: code!, level: (level ?? "fluent") as "fluent" };
  }),
  availableDays: [],
  load: 0,
  ...extra,
});
const d = (id: string, country: string | null, arrivalDay: string | null = "2022-08-02") => ({
  id,
  country,
  arrivalDay,
});

describe("a delegation's languages", () => {
  it("come from its country, English added; organisations work in English", () => {
    expect(delegationLanguages("JPN")).toEqual(["ja", "en"]);
    expect(delegationLanguages("SGP")).toEqual(["en", "ms", "zh", "ta"]);
    expect(delegationLanguages(null)).toEqual(["en"]);
    expect(delegationLanguages("XXX")).toEqual(["en"]);
  });
  it("an officer shares the delegation's own language first, then English", () => {
    expect(sharedLanguages(officer("a", "en:native,th:working"), "THA")).toEqual(["th", "en"]);
    expect(sharedLanguages(officer("a", "fr"), "THA")).toEqual([]);
  });
});

describe("suggesting", () => {
  it("matches the delegation's own language before English, and English serves the rest", () => {
    const p = suggestAssignments(
      [d("jp", "JPN"), d("au", "AUS")],
      [officer("english", "en"), officer("japanese", "en,ja:working")],
    );
    expect(p).toEqual([
      { delegationId: "jp", officerId: "japanese", languages: ["ja", "en"], match: "language" },
      { delegationId: "au", officerId: "english", languages: ["en"], match: "english" },
    ]);
  });

  it("serves the scarce language first: the only Thai speaker goes to Thailand even when listed after Australia", () => {
    const p = suggestAssignments([d("au", "AUS"), d("th", "THA")], [officer("thai", "en,th"), officer("b", "en")]);
    expect(p.find((x) => x.delegationId === "th")!.officerId).toBe("thai");
    expect(p.find((x) => x.delegationId === "au")!.officerId).toBe("b");
  });

  it("balances the load: nobody gets a second delegation while another who fits has none", () => {
    const p = suggestAssignments(
      [d("au", "AUS"), d("nz", "NZL"), d("us", "USA"), d("ca", "CAN")],
      [officer("a", "en"), officer("b", "en")],
    );
    const counts = p.reduce<Record<string, number>>(
      (n, x) => ({ ...n, [x.officerId!]: (n[x.officerId!] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ a: 2, b: 2 });
  });

  it("counts the delegations an officer already carries", () => {
    const p = suggestAssignments([d("au", "AUS")], [officer("busy", "en", { load: 2 }), officer("free", "en")]);
    expect(p[0]!.officerId).toBe("free");
  });

  it("never proposes an officer unavailable on the delegation's arrival day, even the only speaker", () => {
    const away = officer("japanese", "en,ja", { availableDays: ["2022-08-03"] });
    const p = suggestAssignments([d("jp", "JPN", "2022-08-02")], [away, officer("english", "en")]);
    expect(p[0]).toMatchObject({ officerId: "english", match: "english" });
    const none = suggestAssignments([d("jp", "JPN", "2022-08-02")], [away]);
    expect(none[0]).toEqual({ delegationId: "jp", officerId: null, languages: [], match: "none" });
  });

  it("an officer with no days listed is available every day; an unknown arrival day restricts nobody", () => {
    expect(availableOn({ availableDays: [] }, "2022-08-01")).toBe(true);
    expect(availableOn({ availableDays: ["2022-08-02"] }, null)).toBe(true);
    expect(availableOn({ availableDays: ["2022-08-02"] }, "2022-08-01")).toBe(false);
  });

  it("proposes nobody who shares no language, and nothing when there are no officers", () => {
    expect(suggestAssignments([d("th", "THA")], [officer("fr", "fr")])[0]!.match).toBe("none");
    expect(suggestAssignments([d("th", "THA")], [])[0]!.officerId).toBeNull();
    expect(suggestAssignments([], [officer("a", "en")])).toEqual([]);
  });
});
