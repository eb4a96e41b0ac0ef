import countries from "i18n-iso-countries";
import vi from "i18n-iso-countries/langs/vi.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import type { Lang } from "../../../shared/errors.js";

countries.registerLocale(vi);
countries.registerLocale(en);

/**
 * Short names as ASEAN documents write them, where the library's name differs: its Vietnamese name for Malaysia is
 * "Bán đảo Mã Lai" (the Malay peninsula) and for Laos the full state name; its English names for China and Korea
 * are ambiguous or long.
 */
const overrides: Record<string, Partial<Record<Lang, string>>> = {
  MYS: { vi: "Ma-lai-xi-a" },
  LAO: { vi: "Lào", en: "Lao PDR" },
  CHN: { en: "China" },
  KOR: { en: "Republic of Korea" },
};

/** True for an ISO 3166-1 alpha-3 code. */
export function isCountry(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** A country's name in the given language; the code itself when unknown. */
export function countryName(code: string, lang: Lang): string {
  return overrides[code]?.[lang] ?? countries.getName(code, lang, { select: "official" }) ?? code;
}

export function countryRef(code: string) {
  return { code, nameVi: countryName(code, "vi"), nameEn: countryName(code, "en") };
}
