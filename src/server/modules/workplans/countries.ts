import { countryName } from "../../../shared/countries.js";

export { countryName };

/** A member country with its names in both languages, as the API sends it. */
export function countryRef(code: string) {
  return { code, nameVi: countryName(code, "vi"), nameEn: countryName(code, "en") };
}
