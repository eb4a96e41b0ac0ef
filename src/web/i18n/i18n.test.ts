import { describe, expect, it } from "vitest";
import { dictionaries, languages } from "./index";
import { placeholderNames } from "../../shared/message";

const placeholders = placeholderNames;

describe("translations", () => {
  for (const [name, dict] of Object.entries(dictionaries)) {
    describe(name, () => {
      const vi = dict.vi as Record<string, string>;
      const en = dict.en as Record<string, string>;

      it("has the same keys in Vietnamese and English", () => {
        expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
      });

      it("has no empty text in either language", () => {
        for (const lang of languages) {
          const d = dict[lang] as Record<string, string>;
          const empty = Object.entries(d).filter(([, v]) => typeof v !== "string" || v.trim() === "");
          expect(empty.map(([k]) => `${lang}:${k}`)).toEqual([]);
        }
      });

      it("uses the same {placeholders} in both languages", () => {
        const differ = Object.keys(vi).filter(
          (k) => en[k] !== undefined && placeholders(vi[k]!).join() !== placeholders(en[k]!).join(),
        );
        expect(differ).toEqual([]);
      });

      it("keeps its keys under its own prefix (common may hold shared words)", () => {
        if (name === "common") return;
        expect(Object.keys(vi).filter((k) => !k.startsWith(`${name}.`))).toEqual([]);
      });
    });
  }

  it("never defines one key in two dictionaries", () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const [name, dict] of Object.entries(dictionaries)) {
      for (const k of Object.keys(dict.vi)) {
        if (seen.has(k)) dupes.push(`${k} (${seen.get(k)} and ${name})`);
        seen.set(k, name);
      }
    }
    expect(dupes).toEqual([]);
  });
});

describe("English counts", () => {
  it("use plural forms rather than '{n} things' (never '1 proposals')", () => {
    const bare = /\{(n|count|total|of|d|people|agencies|provinces|ministries)\} (?!of\b)[a-z]+s\b/;
    const offenders = Object.values(dictionaries).flatMap((d) =>
      Object.entries(d.en as Record<string, string>)
        .filter(([, v]) => bare.test(v))
        .map(([k, v]) => `${k}: ${v}`),
    );
    expect(offenders).toEqual([]);
  });

  it("read '1 proposal' and '2 proposals' through translate()", async () => {
    const { translate } = await import("../lib/i18n");
    expect(translate("en", "workplans.proposalCount", { n: 1 })).toBe("1 proposal awaiting adoption");
    expect(translate("en", "meetings.delegationCount", { n: 1 })).toBe("1 delegation");
    expect(translate("en", "meetings.delegationCount", { n: 3003 })).toBe("3,003 delegations");
    expect(translate("vi", "meetings.delegationCount", { n: 3003 })).toBe("3.003 đoàn");
  });
});

describe("times and zones", () => {
  const translate = async () => (await import("../lib/i18n")).translate;
  it("write a time in the meeting's zone whatever the device's, and name the zone by its city", async () => {
    const { formatTime, formatDateTime } = await import("../lib/i18n");
    const { zoneLabel } = await import("../../shared/timeZones");
    expect(formatTime("2020-01-10T01:12:00.000Z", { timeZone: "Asia/Ho_Chi_Minh" })).toBe("08:12");
    expect(formatTime("2020-01-10T01:12:00.000Z", { timeZone: "Europe/London" })).toBe("01:12");
    expect(formatDateTime("vi", "2020-01-10T17:30:00.000Z", { timeZone: "Asia/Ho_Chi_Minh" })).toBe("11/01/2020 00:30");
    const t = await translate();
    expect(t("vi", "checkin.verdict.already", { time: "08:12" })).toBe("Đã vào lúc 08:12");
    expect(t("en", "meetings.programme.timeZone", { tz: zoneLabel("en", "Asia/Ho_Chi_Minh") })).toBe(
      "Times are Hanoi time (UTC+7).",
    );
  });
});
