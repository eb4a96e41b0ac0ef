/** Text rules shared by server and web: NFC in, diacritic-free folding for search, Vietnamese name order. */

/** Normalises a string to Unicode NFC and trims it. */
export function clean(s: string): string {
  return s.normalize("NFC").trim();
}

// ------------------------------------------------------------------------------------------------ text on the way in

/**
 * The longest personal name (a delegate's full name, a user's or a contact's name), in characters (Unicode code
 * points, as the schema layer counts them). One limit, stated once: the API's schemas, the upload's checker and
 * the web forms' `maxLength` all use it.
 */
export const NAME_MAX = 200;

/** The length of text as the limits count it: Unicode code points (an emoji or a rare CJK letter is one). */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * How a piece of incoming text is cleaned, decided by what the field holds:
 * - `name`: a person's name or a title (also a search `q`): one line. Every control character (C0, DEL, C1) and
 *   every zero-width character (U+200B ZWSP, U+200C ZWNJ, U+200D ZWJ, U+2060 WJ, U+FEFF BOM) is removed — a line
 *   break or tab becomes a space — and runs of spaces become one. ZWJ/ZWNJ do carry meaning in Persian, some Indic
 *   scripts and emoji sequences, but not in the personal names of the ASEAN+3 scripts Focal receives (Latin with
 *   Vietnamese marks, Thai, Lao, Khmer, Myanmar, Chinese, Japanese, Korean), where they are only invisible noise
 *   left by copy and paste that would make two equal names differ; so names lose them.
 * - `text`: any other text, which may span lines (notes, reasons, descriptions): line breaks become `\n`, tabs
 *   stay, other control characters go; zero-width characters stay (they may be meaningful there).
 * Both are NFC and trimmed. NUL and lone surrogates are not cleaned away: `badTextReason` refuses them.
 */
export type TextKind = "name" | "text";

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const SPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Control characters: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F). */
const CONTROLS = /\p{Cc}/gu;
const CONTROLS_BUT_TAB_NL = /(?![\t\n])\p{Cc}/gu;

/** Cleans incoming text by its kind (see `TextKind`): the one rule every way in (JSON, query, uploads) uses. */
export function cleanText(s: string, kind: TextKind = "text"): string {
  const nfc = s.normalize("NFC");
  if (kind === "name") {
    return nfc.replace(SPACE_CONTROLS, " ").replace(CONTROLS, "").replace(ZERO_WIDTH, "").replace(/ {2,}/g, " ").trim();
  }
  return nfc.replace(/\r\n?/g, "\n").replace(CONTROLS_BUT_TAB_NL, "").trim();
}

/**
 * Fields that hold a person's name or a title, cleaned as `name` wherever they arrive (JSON bodies, query strings,
 * uploaded rows); `q` is a search typed as a name is. Every other string is `text`.
 */
const NAME_FIELDS = new Set([
  "fullName",
  "name",
  "nameVi",
  "nameEn",
  "contactName",
  "officerName",
  "title",
  "titleVi",
  "titleEn",
  "q",
]);

/** The kind of text a field holds, by its name (`fullName` → name). */
export function textKindOf(field: string | undefined): TextKind {
  return field !== undefined && NAME_FIELDS.has(field) ? "name" : "text";
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Unicode's 66 non-characters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF,
 * U+1FFFE … U+10FFFF), which no text exchanged between systems may hold, and U+FFFD, the replacement character that
 * a decoder writes where it met broken bytes: a name carrying it was damaged on its way, and storing it would keep
 * the damage for good (a lone surrogate written as UTF-8 becomes one).
 */
const NONCHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
const REPLACEMENT = "\uFFFD";

/**
 * Why a string cannot be taken at all, or null: a NUL character (no database text holds one), half of a UTF-16
 * surrogate pair (not a character; it cannot be stored as UTF-8), a non-character or the replacement character
 * (`NONCHARACTER`). Such input is refused with a 400 naming the field, not cleaned.
 */
export function badTextReason(s: string): "nul" | "surrogate" | "noncharacter" | "replacement" | null {
  if (s.includes("\u0000")) return "nul";
  if (LONE_SURROGATE.test(s)) return "surrogate";
  if (s.includes(REPLACEMENT)) return "replacement";
  if (NONCHARACTER.test(s)) return "noncharacter";
  return null;
}

/**
 * Letters that have no Unicode decomposition into a base letter and a mark, written as they appear after lower
 * casing, and the Latin letters a search for them is typed with: `lukasz` finds `Łukasz`, `oyvind` finds `Øyvind`.
 * Stored `search_text` is folded with this table: a letter added here needs a migration that refolds it, like
 * `0001_refold_search_text.sql`.
 */
const LETTERS: Readonly<Record<string, string>> = {
  đ: "d", // Vietnamese, Croatian (Đ lower-cases to đ)
  ð: "d", // Icelandic, Faroese (Ð lower-cases to ð)
  ł: "l", // Polish
  ø: "o", // Danish, Norwegian
  æ: "ae",
  œ: "oe",
  ß: "ss", // German (ẞ lower-cases to ß)
  ı: "i", // Turkish dotless i (İ decomposes to I and a dot, which is stripped)
  þ: "th", // Icelandic
  ħ: "h", // Maltese
  ŧ: "t", // Sámi
  ŋ: "ng", // Sámi
  ŀ: "l", // Catalan
  ĳ: "ij", // Dutch
  ſ: "s",
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "gu");

/**
 * Folds text for search: lower case, no diacritics, letters such as đ ł ø æ ß spelled with plain Latin letters
 * (`LETTERS`), runs of space collapsed. `Phạm Thị Thanh Trà` → `pham thi thanh tra`, `Łukasz Øster` → `lukasz oster`.
 */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(LETTER, (c) => LETTERS[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a search as `fold` spells them; a search matches text that contains every word, in any order. */
export function searchWords(q: string): string[] {
  return fold(q).split(" ").filter(Boolean);
}

/** Whether `text` matches the search `q` (every word of `q` occurs in `fold(text)`); an empty search matches all. */
export function matchesSearch(text: string, q: string): boolean {
  const folded = fold(text);
  return searchWords(q).every((w) => folded.includes(w));
}

const collator = new Intl.Collator("vi", { numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Compares personal names the Vietnamese way: by given name (the last word, a bracketed note after the name aside)
 * first, then by the rest of the name from the family name on.
 */
export function compareViNames(a: string, b: string): number {
  const split = (s: string) => {
    // A note in brackets after the name ("(mẫu)", "(sample)") is not part of it.
    const words = clean(s)
      .replace(/(\s*\([^()]*\))+$/, "")
      .split(/\s+/);
    const given = words.pop() ?? "";
    return { given, rest: words.join(" ") };
  };
  const x = split(a);
  const y = split(b);
  return compareVi(x.given, y.given) || compareVi(x.rest, y.rest) || compareVi(a, b);
}

/** True when `v` is one of `values` (a guard for a select's or a query's text against an enum's values). */
export function isOneOf<T extends string>(values: readonly T[], v: string): v is T {
  return values.some((x) => x === v);
}

// ------------------------------------------------------------------- a stored sort key for Vietnamese name order

/** One collation element of a character: primary (letter), secondary (accent, tone) and tertiary (case) weight. */
interface CollationElement {
  p: number;
  s: number;
  t: number;
}

/**
 * The characters whose weights are measured: Latin letters (Vietnamese included), digits, spaces, punctuation and
 * symbols, combining accents, Greek, Cyrillic, Thai, Lao, Myanmar, Khmer, kana and Hangul: every script of the
 * ASEAN+3 delegations but Han, whose ICU order is that of its code points.
 */
const MEASURED_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x52f],
  [0xe00, 0xeff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x2bff],
  [0x3040, 0x30ff],
  [0xac00, 0xd7a3],
];
/** Letters that sort as two (ICU expands them): `æ` as `ae`, `ß` as `ss`. */
const EXPANDED: Readonly<Record<string, string>> = { æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ß: "ss", ẞ: "SS" };
/** Primary weights of characters outside the measured ranges start here (after every measured one, ~16,000). */
const OTHER_PRIMARY = 65536;
/** Thai and Lao vowels written before the consonant they follow in speech: they sort after it. */
const PREVOWEL = /([\u0E40-\u0E44])([\u0E01-\u0E2E])|([\u0EC0-\u0EC4])([\u0E81-\u0EAE\u0EDC-\u0EDF])/gu;

let weightTable: { elements: Map<string, CollationElement[]>; marks: Map<string, number>; digit: number } | null = null;

/**
 * The weights of the measured characters, read from the collator `compareVi` uses (so the key follows the same ICU
 * data as the comparison): every character is sorted, and runs equal at base, accent and case strength numbered.
 */
function weights() {
  if (weightTable) return weightTable;
  const base = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
  const accent = new Intl.Collator("vi", { numeric: true, sensitivity: "accent" });
  const chars: string[] = [];
  const expanded: [string, string][] = [];
  const accents: string[] = [];
  for (const [from, to] of MEASURED_RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (ch.normalize("NFC") !== ch || /[\p{Cc}\p{Cn}]/u.test(ch) || collator.compare(ch, "") === 0) continue;
      // A combining mark that adds no letter weight (an accent, a tone) weighs as an accent on the letter before it.
      if (/\p{M}/u.test(ch) && base.compare(`b${ch}`, "b") === 0) {
        accents.push(ch);
        continue;
      }
      // A letter ICU sorts as two or more (æ, ǆ, ĳ, ǣ): its weights are those of its expansion.
      const spelled = ch
        .normalize("NFKD")
        .replace(/[æÆœŒßẞ]/g, (c) => EXPANDED[c] ?? c)
        .normalize("NFC");
      if ([...spelled.replace(/\p{M}/gu, "")].length > 1 && base.compare(ch, spelled) === 0)
        expanded.push([ch, spelled]);
      else chars.push(ch);
    }
  }
  chars.sort(collator.compare);
  const elements = new Map<string, CollationElement[]>();
  let p = 1;
  let s = 0;
  let t = 0;
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    if (prev !== undefined) {
      if (base.compare(prev, ch) !== 0) [p, s, t] = [p + 1, 0, 0];
      else if (accent.compare(prev, ch) !== 0) [s, t] = [s + 1, 0];
      else if (collator.compare(prev, ch) !== 0) t++;
    }
    elements.set(ch, [{ p, s, t }]);
  });
  for (const [ch, spelled] of expanded) {
    const parts = [...spelled].flatMap((c) => elements.get(c) ?? []);
    // Sorted after its spelling and its accented spellings (ICU: `ae` < `aé` < `æ`): a high accent weight first.
    const first = parts[0];
    if (first) parts[0] = { ...first, s: 4000 };
    elements.set(ch, parts);
  }
  // Combining marks left after NFC (no precomposed letter carries them): an accent weight of their own, in ICU order.
  accents.sort((x, y) => collator.compare(`b${x}`, `b${y}`));
  const markWeights = new Map(accents.map((m, i) => [m, 64 + i]));
  weightTable = { elements, marks: markWeights, digit: elements.get("0")?.[0]?.p ?? 1 };
  return weightTable;
}

/** A character outside the measured ranges (Han above all): after every measured one, by code point. */
function otherPrimary(cp: number): number {
  return OTHER_PRIMARY + cp;
}

const KEY_DIGITS = 64;
/** `n` in `width` characters of `0`…`o` (64 symbols, in byte order): keys compare as bytes (`COLLATE "C"`). */
function keyDigits(n: number, width: number): string {
  let out = "";
  for (let i = 0; i < width; i++) {
    out = String.fromCharCode(0x30 + (n % KEY_DIGITS)) + out;
    n = Math.floor(n / KEY_DIGITS);
  }
  return out;
}

/** The three-level key of one string under `compareVi`: primary weights, then accents, then case, a space between. */
function collationKey(text: string): string {
  const { elements, marks, digit } = weights();
  const ps: string[] = [];
  const ss: string[] = [];
  const ts: string[] = [];
  const s = text.normalize("NFC").replace(PREVOWEL, "$2$1$4$3");
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    if (ch >= "0" && ch <= "9") {
      // A number sorts by its value (the collator is numeric; leading zeros do not count).
      let j = i;
      while (j < chars.length && (chars[j] ?? "") >= "0" && (chars[j] ?? "") <= "9") j++;
      const value = chars
        .slice(i, j)
        .join("")
        .replace(/^0+(?=.)/, "");
      ps.push(
        keyDigits(digit, 4) + keyDigits(value.length, 4) + [...value].map((d) => keyDigits(Number(d), 4)).join(""),
      );
      ss.push(keyDigits(0, 2));
      ts.push(keyDigits(0, 1));
      i = j - 1;
      continue;
    }
    const mark = marks.get(ch);
    if (mark !== undefined) {
      ss.push(keyDigits(mark, 2));
      continue;
    }
    const known = elements.get(ch);
    if (known === undefined && collator.compare(ch, "") === 0) continue;
    for (const e of known ?? [{ p: otherPrimary(ch.codePointAt(0) ?? 0), s: 0, t: 0 }]) {
      ps.push(keyDigits(e.p, 4));
      ss.push(keyDigits(e.s, 2));
      ts.push(keyDigits(Math.min(e.t, KEY_DIGITS - 1), 1));
    }
  }
  // Trailing lowest weights say nothing (a shorter run of them sorts first either way): left out to keep keys short.
  const secondary = ss.join("").replace(/(00)+$/, "");
  const tertiary = ts.join("").replace(/0+$/, "");
  return `${ps.join("")} ${secondary} ${tertiary}`;
}

/** Keys longer than this are cut (a btree index entry holds at most ~2,700 bytes); only 200-character names reach it. */
export const NAME_SORT_KEY_MAX = 2400;

/**
 * A key for Vietnamese name order that a database sorts byte by byte (`ORDER BY name_sort COLLATE "C"`): keys of
 * two names compare as `compareViNames` compares the names (the given name, then the rest from the family name on,
 * then the whole name; each by `compareVi`'s accents, tones, case and numbers). The weights are read from the same
 * ICU collator, for Latin letters (Vietnamese and the other Latin alphabets), digits, spaces and punctuation; other
 * scripts sort after Latin by script (ICU's order) and code point, Thai and Lao prevowels after their consonant.
 * Stored with each name (`delegates.name_sort`): a change to this function needs a migration that recomputes it.
 */
export function viNameSortKey(name: string): string {
  const words = clean(name)
    .replace(/(\s*\([^()]*\))+$/, "")
    .split(/\s+/);
  const given = words.pop() ?? "";
  const key = `${collationKey(given)} ${collationKey(words.join(" "))} ${collationKey(name)}`;
  return key.length > NAME_SORT_KEY_MAX ? key.slice(0, NAME_SORT_KEY_MAX) : key;
}
