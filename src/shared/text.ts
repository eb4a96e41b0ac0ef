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
