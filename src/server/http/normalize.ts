import { clean } from "../../shared/text.js";

/** Every incoming string becomes NFC and trimmed, however deep it sits in the body. */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeStrings(v);
    return out;
  }
  return value;
}
