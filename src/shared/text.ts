/** Text rules shared by server and web: NFC in, diacritic-free folding for search, Vietnamese name order. */

/** Normalises a string to Unicode NFC and trims it. */
export function clean(s: string): string {
  return s.normalize("NFC").trim();
}

/**
 * Folds text for search: lower case, no diacritics, đ → d, runs of space collapsed.
 * `Phạm Thị Thanh Trà` → `pham thi thanh tra`.
 */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const collator = new Intl.Collator("vi", { numeric: true });

/** Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Compares personal names the Vietnamese way: by given name (the last word) first,
 * then by the rest of the name from the family name on.
 */
export function compareViNames(a: string, b: string): number {
  const split = (s: string) => {
    const words = clean(s).split(/\s+/);
    const given = words.pop() ?? "";
    return { given, rest: words.join(" ") };
  };
  const x = split(a);
  const y = split(b);
  return compareVi(x.given, y.given) || compareVi(x.rest, y.rest) || compareVi(a, b);
}
