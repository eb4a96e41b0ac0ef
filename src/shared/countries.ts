import countries from "i18n-iso-countries";
import vi from "i18n-iso-countries/langs/vi.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { Lang } from "./errors.js";

countries.registerLocale(vi);
countries.registerLocale(en);

/**
 * Where the library's name is wrong or not what ASEAN documents use. Its Vietnamese for Malaysia is
 * "Bán đảo Mã Lai" (the Malay Peninsula); ASEAN writes "Viet Nam" and "Lao PDR".
 */
const overrides: Record<string, Partial<Record<Lang, string>>> = {
  MYS: { vi: "Malaysia" },
  VNM: { en: "Viet Nam" },
  LAO: { vi: "Lào", en: "Lao PDR" },
  KOR: { en: "Republic of Korea" },
  CHN: { en: "China" },
};

/** True for an ISO 3166-1 alpha-3 code (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** The country's name in vi or en, or the code itself when unknown. */
export function countryName(code: string, lang: Lang): string {
  return overrides[code]?.[lang] ?? countries.getName(code, lang) ?? code;
}

/** The flag emoji from the alpha-3 code (regional indicator letters of the alpha-2 code). */
export function countryFlag(code: string): string {
  const a2 = countries.alpha3ToAlpha2(code);
  if (!a2) return "";
  return [...a2.toUpperCase()].map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65)).join("");
}

/** Every country as a select option in the language, sorted by name: `{ value: "THA", label: "Thái Lan (THA)" }`. */
export function countryOptions(lang: Lang): { value: string; label: string }[] {
  const collator = new Intl.Collator(lang);
  return Object.keys(countries.getAlpha3Codes())
    .map((code) => ({ value: code, label: `${countryName(code, lang)} (${code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
