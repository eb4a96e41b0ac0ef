/**
 * A delegate's dietary need, classified from the free text of part 1 ("Halal", "Vegetarian", "No seafood", "ăn chay",
 * "không ăn thịt lợn/heo", "dị ứng tôm, đậu phộng"…) into the needs a kitchen counts. Pure; English and Vietnamese,
 * diacritics and case ignored (`fold`).
 *
 * The text is cut into parts at commas, semicolons, full stops and new lines; each part is matched against every
 * need (a part may name several: "vegetarian and gluten free"). An allergy keeps its allergens in the delegate's own
 * words ("dị ứng tôm và cua" → "tôm", "cua"); a part that names no known need is kept as written ("No seafood") under
 * `other`. "None", "không", "N/A" mean no need.
 */
import { fold } from "../../../shared/text.js";
import { type DietNeed, dietNeeds } from "../../../shared/logistics.js";

export interface Diet {
  /** The needs, in `dietNeeds` order, each at most once. */
  needs: DietNeed[];
  /** Allergens as written (trimmed), in the order named. */
  allergens: string[];
  /** Parts that name no known need, as written. */
  others: string[];
}

const none: Diet = { needs: [], allergens: [], others: [] };

const NOTHING = /^(none|no|nil|n\/?a|-+|khong|khong co|binh thuong|normal|no restrictions?|không)$/;
const VEGAN = /\bvegan\b|thuan chay|chay thuan|chay hoan toan|chay truong/;
const NOT_VEG = /\b(non|not|khong an|khong)[ -]?(vegetarian|veg|an chay|chay)\b/;
const VEGETARIAN = /vegetarian|\bveggie\b|\ban chay\b|\b(do|mon|suat|com) chay\b|^chay$/;
const HALAL = /\bhalal\b|\bmuslim\b|hoi giao/;
const NO_PORK = /\b(no|without|avoid|avoids)\s+pork\b|\bpork[- ]free\b|\bnon[- ]pork\b|khong (an )?(thit )?(lon|heo)\b/;
const NO_BEEF = /\b(no|without|avoid|avoids)\s+beef\b|\bbeef[- ]free\b|khong (an )?(thit )?bo\b/;
const GLUTEN = /gluten|coeliac|celiac/;
const ALLERGY = /allerg|\bdi ung\b/;

/** Leading words of an allergy part that are not the allergen ("allergic to", "dị ứng với", "allergy:"). */
const ALLERGY_LEAD = new Set([
  "allergy",
  "allergies",
  "allergic",
  "to",
  "di",
  "ung",
  "voi",
  "bi",
  "co",
  "food",
  "thuc",
  "pham",
]);
/** An allergen named before the word ("peanut allergy", "shellfish allergies"). */
const ALLERGY_TAIL = new Set(["allergy", "allergies", "allergic"]);

/** The allergens of one part, in the delegate's words: "dị ứng với tôm và cua" → ["tôm", "cua"]. */
function allergensOf(part: string): string[] {
  const words = part.split(/\s+/).filter(Boolean);
  const strip = (w: string) => fold(w).replace(/[:\-–()]+/g, "");
  let from = 0;
  while (from < words.length && (ALLERGY_LEAD.has(strip(words[from] ?? "")) || strip(words[from] ?? "") === "")) from++;
  let to = words.length;
  while (to > from && (ALLERGY_TAIL.has(strip(words[to - 1] ?? "")) || strip(words[to - 1] ?? "") === "")) to--;
  const rest = words
    .slice(from, to)
    .join(" ")
    .replace(/^[:\-–\s]+|[:\-–\s]+$/g, "");
  if (!rest) return [];
  return rest
    .split(/\s*[/&+]\s*|\s+(?:and|và|va|or|hoặc|hoac)\s+/iu)
    .map((s) => s.replace(/^[(\s]+|[)\s]+$/g, "").trim())
    .filter(Boolean);
}

export function classifyDiet(text: string | null | undefined): Diet {
  if (!text || !text.trim()) return none;
  const needs = new Set<DietNeed>();
  const allergens: string[] = [];
  const others: string[] = [];
  for (const raw of text.split(/[,;.\n]+/)) {
    const part = raw.trim();
    const f = fold(part);
    if (!f || NOTHING.test(f)) continue;
    let known = false;
    const add = (n: DietNeed) => {
      needs.add(n);
      known = true;
    };
    if (VEGAN.test(f)) add("vegan");
    else if (VEGETARIAN.test(f) && !NOT_VEG.test(f)) add("vegetarian");
    if (HALAL.test(f)) add("halal");
    if (NO_PORK.test(f)) add("no_pork");
    if (NO_BEEF.test(f)) add("no_beef");
    if (GLUTEN.test(f)) add("gluten_free");
    if (ALLERGY.test(f)) {
      add("allergy");
      for (const a of allergensOf(part)) if (!allergens.some((x) => fold(x) === fold(a))) allergens.push(a);
    }
    if (!known) others.push(part);
  }
  if (others.length) needs.add("other");
  return { needs: dietNeeds.filter((n) => needs.has(n)), allergens, others };
}
