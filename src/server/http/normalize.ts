import { badTextReason, cleanText, textKindOf } from "../../shared/text.js";
import { fieldLabel } from "../../shared/fields.js";
import { appError } from "./errors.js";

/**
 * Every incoming string (JSON body, query string, route parameters), however deep it sits, is cleaned by the rule
 * of its field (`cleanText` and `textKindOf` in `src/shared/text.ts`): NFC and trimmed always; names and titles
 * also lose control and zero-width characters. A string holding a NUL or a lone surrogate is refused with a 400
 * (`TEXT_INVALID`, naming the field) before anything reads it. `where` is the part of the request ("body", "query",
 * "params") for the field's path.
 */
export function normalizeStrings(value: unknown, where?: string): unknown {
  return walk(value, where ? [where] : [], undefined);
}

/** Strings this long are data (an upload's base64), not text a person typed: the longest text field is 4,000. */
const DATA_MIN_LENGTH = 64 * 1024;

function walk(value: unknown, path: (string | number)[], field: string | undefined): unknown {
  if (typeof value === "string") {
    const bad = badTextReason(value);
    if (bad) {
      const label = fieldLabel(field ?? String(path[0] ?? "body"));
      throw appError("TEXT_INVALID", { field: label }, { field: path.join("."), reason: bad });
    }
    // Longer than any text field allows: file content sent as base64, taken as sent (cleaning 12 MB took ~0.9 s).
    if (value.length > DATA_MIN_LENGTH) return value;
    return cleanText(value, textKindOf(field));
  }
  if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i], field));
  if (value && typeof value === "object" && isPlain(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, [...path, k], k);
    return out;
  }
  return value;
}

/**
 * Plain objects: JSON bodies, and Fastify's query and params objects, made without Object's prototype (the query
 * parser's objects inherit from an empty object that itself has none — missing them left query strings as sent).
 */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}
