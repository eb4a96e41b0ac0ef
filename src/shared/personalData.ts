import { NAME_MAX } from "./text.js";

/**
 * A delegate's fields, and the groups the rest of the app derives from them — defined once here; the server's
 * schema (`src/shared/schemas/meetings.ts`), the purge, the audit, the version diff, the upload and the exports
 * read these lists instead of writing their own.
 */

/** Name, title and role: every view but the door's `badge` carries them; the purge keeps them. */
export const namedDelegateFields = [
  "fullName",
  "honorific",
  "gender",
  "position",
  "organisation",
  "role",
  "nationality",
] as const;
/** Passport data and date of birth: only the `full` view carries them (the others see null). */
export const personalFields = ["passportNumber", "passportExpiry", "dateOfBirth"] as const;
export type PersonalField = (typeof personalFields)[number];
const contactFields = ["email", "phone"] as const;
/** Arrival and departure, as the delegate form's travel part groups them. */
export const travelFields = [
  "arrivalDate",
  "arrivalTime",
  "arrivalFlight",
  "arrivalAirport",
  "departureDate",
  "departureTime",
  "departureFlight",
  "departureAirport",
] as const;
/** Where the delegate stays and what they need. */
export const needsFields = ["hotel", "dietary", "accessibility"] as const;

/** Every field a delegation writes about a delegate (sessions and photo aside), in the order a reader expects. */
export const delegateFields = [
  ...namedDelegateFields,
  ...personalFields,
  ...contactFields,
  ...travelFields,
  ...needsFields,
] as const;
export type DelegateField = (typeof delegateFields)[number];

/** Fields whose change sends an accredited (or rejected) delegate back to pending. */
export const identityFields = [
  "fullName",
  "nationality",
  ...personalFields,
] as const satisfies readonly DelegateField[];

/**
 * A delegate's personal data: the columns the personal-data purge erases (passport, birth date, contact, travel,
 * needs) — names and roles stay. The audit trail shows these as "changed" without their values.
 */
export const purgedDelegateFields = [
  ...personalFields,
  ...contactFields,
  ...travelFields,
  ...needsFields,
] as const satisfies readonly DelegateField[];

/** The fields a submitted version compares, in order: every field, the sessions, and the photo's fingerprint. */
export const diffFields = [...delegateFields, "sessionIds", "photo"] as const;
export type DiffField = (typeof diffFields)[number];

/** The columns of the delegation spreadsheet (upload template), in order: every field and the photo's file name. */
export const importFields = [...delegateFields, "photo"] as const;
export type ImportField = (typeof importFields)[number];

/** Who reads a delegate: `full` (everything), `standard` (no passport data), `badge` (the door: name and photo). */
export type DelegateView = "full" | "standard" | "badge";
/** What the `badge` view carries; every other field is absent from it. */
export const badgeFields = ["id", "meetingId", "delegationId", "fullName", "photoUrl"] as const;

/**
 * A delegate as a reader with `view` may see it — the one redaction every reader of delegates uses (the delegate
 * API, the versions and their diffs, the participants export): `full` unchanged, `standard` with the personal
 * fields null, `badge` with only `badgeFields`.
 */
export function redact<T extends { [K in PersonalField]?: string | null }>(d: T, view: DelegateView): T {
  if (view === "full") return d;
  if (view === "badge") {
    const kept: readonly string[] = badgeFields;
    return Object.fromEntries(Object.entries(d).filter(([k]) => kept.includes(k))) as T;
  }
  const out = { ...d };
  for (const f of personalFields) if (f in out) out[f] = null;
  return out;
}

/** A delegate's text fields and their limits in characters: the server's schema and both delegate forms use these. */
export const delegateTextLimits = {
  fullName: NAME_MAX,
  honorific: 50,
  position: 300,
  organisation: 300,
  email: 320,
  phone: 50,
  passportNumber: 20,
  arrivalFlight: 20,
  departureFlight: 20,
  hotel: 300,
  dietary: 500,
  accessibility: 500,
} as const;
