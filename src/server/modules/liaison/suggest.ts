/**
 * Suggesting liaison officers for delegations (issue 14, point 1): a pure function over rows, unit-tested.
 *
 * Each delegation's languages come from its country (ISO 3166-1 alpha-3 → ISO 639-1 official and working languages);
 * organisations (the ASEAN Secretariat, country null) work in English, and English counts for every delegation. An
 * officer fits a delegation when they speak one of its languages and are available on its arrival day (no days
 * listed = every day). Among those who fit: first who speaks the delegation's own (non-English) language, then the
 * least loaded (a cap of ⌈delegations ÷ officers⌉ keeps the work spread), then the better level, then by name. The
 * delegations with the fewest candidates are served first, so a scarce language is not spent on a delegation that
 * English would serve.
 */
import type { LanguageLevel } from "../../../shared/logistics.js";
import { compareViNames } from "../../../shared/text.js";

/** Official and working languages by country (ASEAN+3, dialogue partners, observers). English is added for all. */
export const countryLanguages: Record<string, readonly string[]> = {
  // ASEAN
  BRN: ["ms"],
  KHM: ["km"],
  IDN: ["id"],
  LAO: ["lo"],
  MYS: ["ms"],
  MMR: ["my"],
  PHL: ["tl", "en"],
  SGP: ["en", "ms", "zh", "ta"],
  THA: ["th"],
  VNM: ["vi"],
  TLS: ["pt"],
  // Plus Three
  CHN: ["zh"],
  JPN: ["ja"],
  KOR: ["ko"],
  // dialogue partners and others
  AUS: ["en"],
  NZL: ["en"],
  IND: ["hi", "en"],
  USA: ["en"],
  CAN: ["en", "fr"],
  GBR: ["en"],
  RUS: ["ru"],
  FRA: ["fr"],
  DEU: ["de"],
  PAK: ["ur", "en"],
  // the EU's working languages as met at ASEAN meetings
  EUR: ["en", "fr"],
};

/** A delegation's languages: its country's, then English (organisations: English only). */
export function delegationLanguages(country: string | null | undefined): string[] {
  const own = country ? (countryLanguages[country.toUpperCase()] ?? []) : [];
  return [...new Set([...own, "en"])];
}

const levelRank: Record<LanguageLevel, number> = { native: 4, fluent: 3, working: 2, basic: 1 };

export interface SuggestOfficer {
  id: string;
  fullName: string;
  languages: readonly { code: string; level: LanguageLevel }[];
  availableDays: readonly string[];
  /** Delegations already carried (kept assignments). */
  load: number;
}
export interface SuggestDelegation {
  id: string;
  country: string | null;
  /** The day the delegation arrives (its first arrival), when known. */
  arrivalDay: string | null;
}
export interface Proposal {
  delegationId: string;
  officerId: string | null;
  /** The languages the officer shares with the delegation, best first. */
  languages: string[];
  /** "language": speaks the delegation's own language; "english": English only; "none": nobody fits. */
  match: "language" | "english" | "none";
}

/** Whether an officer is available on a day (no days listed = every day; no day known = available). */
export function availableOn(officer: { availableDays: readonly string[] }, day: string | null | undefined): boolean {
  return !day || !officer.availableDays.length || officer.availableDays.includes(day);
}

/** The languages an officer shares with a delegation, the delegation's own first, then by the officer's level. */
export function sharedLanguages(officer: Pick<SuggestOfficer, "languages">, country: string | null): string[] {
  const wanted = delegationLanguages(country);
  return officer.languages
    .filter((l) => wanted.includes(l.code))
    .sort(
      (a, b) =>
        Number(b.code !== "en") - Number(a.code !== "en") ||
        levelRank[b.level] - levelRank[a.level] ||
        a.code.localeCompare(b.code),
    )
    .map((l) => l.code);
}

function fit(o: SuggestOfficer, d: SuggestDelegation) {
  if (!availableOn(o, d.arrivalDay)) return null;
  const shared = sharedLanguages(o, d.country);
  if (!shared.length) return null;
  const own = shared[0] !== "en";
  const level = Math.max(...o.languages.filter((l) => l.code === shared[0]).map((l) => levelRank[l.level]));
  return { shared, own, level };
}

/** Proposed officers for the delegations, by the rules above (officers' loads are updated as it goes). */
export function suggestAssignments(delegations: readonly SuggestDelegation[], officers: readonly SuggestOfficer[]) {
  const load = new Map(officers.map((o) => [o.id, o.load]));
  const total = delegations.length + officers.reduce((n, o) => n + o.load, 0);
  const cap = officers.length ? Math.ceil(total / officers.length) : 0;
  const candidates = (d: SuggestDelegation) => officers.flatMap((o) => (fit(o, d) ? [o] : []));
  const order = [...delegations].sort(
    (a, b) =>
      candidates(a).filter((o) => fit(o, a)!.own).length - candidates(b).filter((o) => fit(o, b)!.own).length ||
      candidates(a).length - candidates(b).length,
  );
  const out = new Map<string, Proposal>();
  for (const d of order) {
    const ranked = officers
      .flatMap((o) => {
        const f = fit(o, d);
        return f ? [{ o, ...f, load: load.get(o.id)! }] : [];
      })
      .sort(
        (a, b) =>
          Number(a.load >= cap) - Number(b.load >= cap) ||
          Number(b.own) - Number(a.own) ||
          a.load - b.load ||
          b.level - a.level ||
          compareViNames(a.o.fullName, b.o.fullName),
      );
    const best = ranked[0];
    if (!best) {
      out.set(d.id, { delegationId: d.id, officerId: null, languages: [], match: "none" });
      continue;
    }
    load.set(best.o.id, best.load + 1);
    out.set(d.id, {
      delegationId: d.id,
      officerId: best.o.id,
      languages: best.shared,
      match: best.own ? "language" : "english",
    });
  }
  return delegations.map((d) => out.get(d.id)!);
}
