/**
 * Time zones as people name them: "giờ Hà Nội (UTC+7)" / "Hanoi time (UTC+7)", never "Asia/Ho_Chi_Minh".
 * The offset comes from Intl (so summer time is right for the date given); the city is from a small map of the
 * region's zones (Vietnamese spellings), else the last part of the IANA name.
 */
export type ZoneLang = "vi" | "en";

/** Zones of the member states, partners and usual venues, with the city people call them by. */
const cities: Record<string, { vi: string; en: string }> = {
  "Asia/Ho_Chi_Minh": { vi: "Hà Nội", en: "Hanoi" },
  "Asia/Bangkok": { vi: "Băng Cốc", en: "Bangkok" },
  "Asia/Vientiane": { vi: "Viêng Chăn", en: "Vientiane" },
  "Asia/Phnom_Penh": { vi: "Phnôm Pênh", en: "Phnom Penh" },
  "Asia/Yangon": { vi: "Yangon", en: "Yangon" },
  "Asia/Kuala_Lumpur": { vi: "Cu-a-la Lăm-pơ", en: "Kuala Lumpur" },
  "Asia/Singapore": { vi: "Xin-ga-po", en: "Singapore" },
  "Asia/Jakarta": { vi: "Gia-các-ta", en: "Jakarta" },
  "Asia/Makassar": { vi: "Ma-ca-xa", en: "Makassar" },
  "Asia/Jayapura": { vi: "Gia-gia-pu-ra", en: "Jayapura" },
  "Asia/Manila": { vi: "Ma-ni-la", en: "Manila" },
  "Asia/Brunei": { vi: "Bru-nây", en: "Brunei" },
  "Asia/Dili": { vi: "Đi-li", en: "Dili" },
  "Asia/Shanghai": { vi: "Bắc Kinh", en: "Beijing" },
  "Asia/Hong_Kong": { vi: "Hồng Công", en: "Hong Kong" },
  "Asia/Taipei": { vi: "Đài Bắc", en: "Taipei" },
  "Asia/Tokyo": { vi: "Tô-ky-ô", en: "Tokyo" },
  "Asia/Seoul": { vi: "Xơ-un", en: "Seoul" },
  "Asia/Kolkata": { vi: "Niu Đê-li", en: "New Delhi" },
  "Australia/Sydney": { vi: "Xít-ni", en: "Sydney" },
  "Australia/Perth": { vi: "Pớt", en: "Perth" },
  "Pacific/Auckland": { vi: "Ốc-lân", en: "Auckland" },
  "Europe/London": { vi: "Luân Đôn", en: "London" },
  "Europe/Paris": { vi: "Pa-ri", en: "Paris" },
  "Europe/Brussels": { vi: "Brúc-xen", en: "Brussels" },
  "Europe/Moscow": { vi: "Mát-xcơ-va", en: "Moscow" },
  "America/New_York": { vi: "Niu Oóc", en: "New York" },
  "America/Los_Angeles": { vi: "Lốt An-giơ-lét", en: "Los Angeles" },
};

/** Old IANA names that Intl may still list (ICU's canonical ids), mapped to the current ones. */
const aliases: Record<string, string> = {
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Etc/UTC": "UTC",
  "Etc/GMT": "UTC",
  GMT: "UTC",
};

export const canonicalZone = (tz: string): string => aliases[tz] ?? tz;

/** The zones listed first when picking one: the region's. */
export const regionZones: readonly string[] = Object.keys(cities);

/** "UTC+7", "UTC+5:30", "UTC−3", "UTC" at the given moment (now when omitted). */
export function zoneOffset(tz: string, at: Date = new Date()): string {
  try {
    const name =
      new Intl.DateTimeFormat("en-GB", { timeZone: tz, timeZoneName: "shortOffset" })
        .formatToParts(at)
        .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
    const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
    if (!m) return "UTC";
    return `UTC${m[1] === "-" ? "−" : "+"}${Number(m[2])}${m[3] ? `:${m[3]}` : ""}`;
  } catch {
    return "";
  }
}

/** The city a zone is called by: "Hà Nội" for Asia/Ho_Chi_Minh in Vietnamese. */
export function zoneCity(lang: ZoneLang, tz: string): string {
  const id = canonicalZone(tz);
  const known = cities[id];
  if (known) return known[lang];
  const last = id.split("/").pop() ?? id;
  return last.replace(/_/g, " ");
}

/** "giờ Hà Nội (UTC+7)" / "Hanoi time (UTC+7)"; "giờ UTC" / "UTC" for UTC itself. */
export function zoneLabel(lang: ZoneLang, tz: string, at?: Date): string {
  const id = canonicalZone(tz);
  if (id === "UTC") return lang === "vi" ? "giờ UTC" : "UTC";
  const offset = zoneOffset(id, at);
  if (!offset) return tz; // not a zone Intl knows: show what was stored
  const city = zoneCity(lang, id);
  return lang === "vi" ? `giờ ${city} (${offset})` : `${city} time (${offset})`;
}

/** Minutes east of UTC, for sorting. */
function offsetMinutes(tz: string, at: Date): number {
  const m = /^UTC([+−])(\d+)(?::(\d{2}))?$/.exec(zoneOffset(tz, at));
  if (!m) return 0;
  const v = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "−" ? -v : v;
}

export interface ZoneOption {
  value: string;
  label: string;
}

/**
 * Zones to pick from: the region's first, then every other zone Intl knows, each once under its current IANA
 * name, labelled "Hanoi time (UTC+7)" and sorted by offset then name.
 */
export function zoneOptions(lang: ZoneLang, at: Date = new Date()): { region: ZoneOption[]; other: ZoneOption[] } {
  const listed =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC", ...regionZones];
  const seen = new Set(regionZones);
  const others: string[] = [];
  for (const z of ["UTC", ...listed]) {
    const id = canonicalZone(z);
    if (seen.has(id) || id.startsWith("Etc/")) continue;
    seen.add(id);
    others.push(id);
  }
  const describe = (tz: string) => ({
    value: tz,
    label: zoneLabel(lang, tz, at),
    city: zoneCity(lang, tz),
    minutes: offsetMinutes(tz, at),
  });
  const sorted = (list: readonly string[]) =>
    list
      .map(describe)
      .sort((a, b) => a.minutes - b.minutes || a.city.localeCompare(b.city))
      .map(({ value, label }) => ({ value, label }));
  return { region: sorted(regionZones), other: sorted(others) };
}
