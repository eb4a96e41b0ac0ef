import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "../web/i18n/index.js";
import { formatMessage, placeholderNames } from "../shared/message.js";
import { ruleText } from "./http/validation.js";

/*
 * Plurals (issue 10, item 6): in English a count followed by its noun is written with
 * `{n, plural, one {# delegate} other {# delegates}}` (src/shared/message.ts, Intl.PluralRules), never "{n} delegates",
 * so nobody reads "1 delegations". The messages are the web's translation files and every `en: "…"` the server and
 * src/shared write (error catalogues, mail, documents), read from the source so a new one is checked too.
 */

/** Nouns a number counts in Focal's messages. */
const COUNTED_NOUN =
  /^(characters?|rows?|items?|delegates?|delegations?|badges?|sessions?|photos?|users?|days?|reports?|agenc(y|ies)|activit(y|ies)|proposals?|files?|entries|entry|changes?|submissions?|people|persons?|hours?|minutes?|migrations?|links?|members?|countries|country|years?|scans?|civil servants?)$/;
/** "1 delegations", "1 people": the mistake itself. */
const PLURAL_AFTER_ONE =
  /(^|[^\d.,])1 (characters|rows|items|delegates|delegations|badges|sessions|photos|users|days|reports|agencies|activities|proposals|files|entries|changes|submissions|people|hours|minutes|migrations|links|members|countries|years|scans|civil servants)\b/;
/** Parameters that hold a count. */
const COUNT_PARAM = /^(n|count|total|min|max|rows|minutes|hours|days|people|\w+Count)$/;
/** What may follow a count and reads the same for one and many: "{n} accredited", "{n} of {total}", "{n} waiting". */
const NEUTRAL_AFTER =
  /^(of|accredited|pending|rejected|added|removed|changed|unchanged|waiting|refused|admitted|reported|done|left|more|new)\b/;

interface Message {
  where: string;
  text: string;
}

function webMessages(): Message[] {
  return Object.entries(messages.en).map(([key, text]) => ({ where: key, text }));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "db" || e.name === "test" ? [] : sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Every `en: "…"` string literal of the server and of src/shared. */
function serverMessages(): Message[] {
  const root = path.resolve(import.meta.dirname, "..");
  const out: Message[] = [];
  for (const file of [...sourceFiles(path.join(root, "server")), ...sourceFiles(path.join(root, "shared"))]) {
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(/\ben:\s*"((?:[^"\\\n]|\\.)*)"/g))
      out.push({
        where: `${path.relative(root, file)}: ${m[1]!.slice(0, 40)}`,
        text: JSON.parse(`"${m[1]}"`) as string,
      });
  }
  return out;
}

/** The text outside `{x, plural, …}` blocks, where a bare count must not meet its noun. */
function outsidePlurals(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const m = /\{\w+,\s*plural,/.exec(text.slice(i));
    if (!m) break;
    const open = i + m.index;
    out += text.slice(i, open);
    let depth = 0;
    let j = open;
    for (; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) break;
    }
    out += "<plural>";
    i = j + 1;
  }
  return out + text.slice(i);
}

/** The counts (`COUNT_PARAM`) in `text` written without plural syntax although a noun follows them: "{n} delegates". */
export function barePluralCounts(text: string): string[] {
  const bare: string[] = [];
  const flat = outsidePlurals(text);
  for (const m of flat.matchAll(/\{(\w+)\}/g)) {
    const after = flat.slice(m.index + m[0].length);
    const word = /^ ([a-z]+(?: servants?)?)/.exec(after)?.[1];
    if (!word || NEUTRAL_AFTER.test(word)) continue;
    if (COUNT_PARAM.test(m[1]!) && (COUNTED_NOUN.test(word) || /^[a-z]+s$/.test(word))) bare.push(`{${m[1]}} ${word}`);
  }
  return bare;
}

/** The names of the plural arguments of a template. */
const pluralArgs = (text: string) => [...text.matchAll(/\{(\w+),\s*plural,/g)].map((m) => m[1]!);

function render(text: string, n: number): string {
  const params: Record<string, unknown> = {};
  for (const name of placeholderNames(text)) params[name] = "X";
  for (const name of pluralArgs(text)) params[name] = n;
  return formatMessage("en", text, params);
}

const all = [...webMessages(), ...serverMessages()];

describe("plurals in English", () => {
  it("finds the messages it checks (web and server)", () => {
    expect(webMessages().length).toBeGreaterThan(1000);
    expect(serverMessages().length).toBeGreaterThan(150);
    expect(all.filter((m) => pluralArgs(m.text).length).length).toBeGreaterThan(30);
  });

  it("the rule itself: a count before its noun is bare, a count in plural syntax or without a noun is not", () => {
    expect(barePluralCounts("{n} delegations")).toEqual(["{n} delegations"]);
    expect(barePluralCounts("The file has {rows} rows")).toEqual(["{rows} rows"]);
    expect(barePluralCounts("{n, plural, one {# delegation} other {# delegations}}")).toEqual([]);
    expect(barePluralCounts("Rows: {n}")).toEqual([]);
    expect(barePluralCounts("{n} accredited")).toEqual([]);
    expect(barePluralCounts("Page {n}")).toEqual([]);
    expect(barePluralCounts("{name} is accredited")).toEqual([]);
    expect(barePluralCounts("The {period} report of {agency}")).toEqual([]);
  });

  it("writes every count that meets its noun with plural syntax", () => {
    const bare = all.flatMap((m) => barePluralCounts(m.text).map((b) => `${m.where}: ${b}`));
    expect(bare).toEqual([]);
  });

  it("gives every English plural a 'one' and an 'other' form", () => {
    const missing = all.filter((m) => {
      if (!pluralArgs(m.text).length) return false;
      return !/\bone\s*\{/.test(m.text) || !/\bother\s*\{/.test(m.text);
    });
    expect(missing.map((m) => m.where)).toEqual([]);
  });

  it("says the singular for 1 and the plural for 2 in every counted message", () => {
    for (const m of all.filter((x) => pluralArgs(x.text).length)) {
      const one = render(m.text, 1);
      const two = render(m.text, 2);
      // Not merely the number changed: the words did too ("1 delegate" / "2 delegates").
      expect(one.replace(/1/g, "2"), `${m.where}: ${one}`).not.toBe(two);
      expect(one, m.where).not.toMatch(PLURAL_AFTER_ONE);
    }
  });

  it("renders the web's counted messages for 1 and 2", () => {
    const t = (key: string, n: number) => render(messages.en[key]!, n);
    expect(t("meetings.delegationCount", 1)).toBe("1 delegation");
    expect(t("meetings.delegationCount", 2)).toBe("2 delegations");
    expect(t("checkin.badges.job.done", 1)).toBe("1 badge is ready.");
    expect(t("checkin.badges.job.done", 2)).toBe("2 badges are ready.");
    expect(t("auth.invitation.passwordHint", 1)).toBe("At least 1 character.");
    expect(t("auth.invitation.passwordHint", 12)).toBe("At least 12 characters.");
    expect(formatMessage("en", messages.en["common.field.tooLong"]!, { max: 1, n: 2 })).toBe(
      "At most 1 character — this has 2 characters.",
    );
  });

  it("writes the validation rules' counts by the same rule", () => {
    expect(ruleText({ rule: "maxLength", limit: 1 }, "en")).toBe("at most 1 character");
    expect(ruleText({ rule: "minLength", limit: 2 }, "en")).toBe("at least 2 characters");
    expect(ruleText({ rule: "maxItems", limit: 1 }, "en")).toBe("at most 1 item");
    expect(ruleText({ rule: "minItems", limit: 3 }, "en")).toBe("at least 3 items");
  });
});
