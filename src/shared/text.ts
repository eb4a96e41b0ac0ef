/** Text rules shared by server and web: NFC in, diacritic-free folding for search, Vietnamese name order. */

/** Normalises a string to Unicode NFC and trims it. */
export function clean(s: string): string {
  return s.normalize("NFC").trim();
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
