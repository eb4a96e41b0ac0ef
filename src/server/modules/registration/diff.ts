/**
 * Snapshots of a delegation's list and the difference between two of them: delegates added, removed, and for the
 * ones in both (matched by id) each changed field with its value before and after. Pure functions.
 */

/** A delegate as frozen in a submission. `photo` is the photo's fingerprint, so a new photo shows as a change. */
export interface SnapshotDelegate {
  id: string;
  fullName: string;
  honorific: string | null;
  gender: string | null;
  position: string | null;
  organisation: string | null;
  role: string;
  nationality: string | null;
  passportNumber: string | null;
  passportExpiry: string | null;
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  arrivalDate: string | null;
  arrivalTime: string | null;
  arrivalFlight: string | null;
  arrivalAirport: string | null;
  departureDate: string | null;
  departureTime: string | null;
  departureFlight: string | null;
  departureAirport: string | null;
  hotel: string | null;
  dietary: string | null;
  accessibility: string | null;
  sessionIds: string[];
  photo: string | null;
  /** At the time of the submission; not part of what the delegation submits, so never a "change". */
  accreditationStatus: string;
}

/**
 * A stored snapshot read back with every field present: the personal-data purge removes the personal keys from the
 * stored JSON, and older snapshots may lack a field added since; a missing value reads as null (no sessions: []).
 */
export function readSnapshot(raw: unknown): SnapshotDelegate[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((x) => {
    const d = (x ?? {}) as Record<string, unknown>;
    const out = Object.fromEntries(snapshotFields.map((f) => [f, d[f] ?? null])) as Record<string, unknown>;
    out.sessionIds = Array.isArray(d.sessionIds) ? d.sessionIds : [];
    out.fullName = typeof d.fullName === "string" ? d.fullName : "";
    out.role = typeof d.role === "string" ? d.role : "";
    out.accreditationStatus = typeof d.accreditationStatus === "string" ? d.accreditationStatus : "pending";
    return out as unknown as SnapshotDelegate;
  });
}

/** The fields compared, in the order a reader expects them. */
export const diffFields = [
  "fullName",
  "honorific",
  "gender",
  "position",
  "organisation",
  "role",
  "nationality",
  "passportNumber",
  "passportExpiry",
  "dateOfBirth",
  "email",
  "phone",
  "arrivalDate",
  "arrivalTime",
  "arrivalFlight",
  "arrivalAirport",
  "departureDate",
  "departureTime",
  "departureFlight",
  "departureAirport",
  "hotel",
  "dietary",
  "accessibility",
  "sessionIds",
  "photo",
] as const satisfies readonly (keyof SnapshotDelegate)[];
export type DiffField = (typeof diffFields)[number];

/** Every field of a frozen delegate: its id, what is compared, and the accreditation status at the time. */
export const snapshotFields = [
  "id",
  ...diffFields,
  "accreditationStatus",
] as const satisfies readonly (keyof SnapshotDelegate)[];

/** Passport data and date of birth: left out for readers without the full view. */
export const personalDiffFields: readonly DiffField[] = ["passportNumber", "passportExpiry", "dateOfBirth"];

export type FieldValue = string | string[] | null;
export interface FieldChange {
  field: DiffField;
  before: FieldValue;
  after: FieldValue;
}
export interface DelegateChange {
  id: string;
  fullName: string;
  changes: FieldChange[];
}
export interface ListDiff {
  added: SnapshotDelegate[];
  removed: SnapshotDelegate[];
  changed: DelegateChange[];
  unchanged: number;
}

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = [...(Array.isArray(a) ? a : [])].sort();
    const y = [...(Array.isArray(b) ? b : [])].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return (a ?? null) === (b ?? null);
}

/** What changed from list `a` to list `b`. Delegates are matched by id; each list keeps its own order. */
export function diffLists(
  a: SnapshotDelegate[],
  b: SnapshotDelegate[],
  fields: readonly DiffField[] = diffFields,
): ListDiff {
  const before = new Map(a.map((d) => [d.id, d]));
  const after = new Map(b.map((d) => [d.id, d]));
  const out: ListDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const d of b) if (!before.has(d.id)) out.added.push(d);
  for (const d of a) if (!after.has(d.id)) out.removed.push(d);
  for (const d of b) {
    const old = before.get(d.id);
    if (!old) continue;
    const changes: FieldChange[] = [];
    for (const f of fields) {
      const x: FieldValue = old[f] ?? null;
      const y: FieldValue = d[f] ?? null;
      if (!same(x, y)) {
        changes.push({
          field: f,
          before: Array.isArray(x) ? [...x].sort() : x,
          after: Array.isArray(y) ? [...y].sort() : y,
        });
      }
    }
    if (changes.length) out.changed.push({ id: d.id, fullName: d.fullName, changes });
    else out.unchanged++;
  }
  return out;
}

/** A snapshot delegate as a reader may see it: personal data removed (null) outside the full view. */
export function maskDelegate(d: SnapshotDelegate, full: boolean): SnapshotDelegate {
  if (full) return d;
  return { ...d, passportNumber: null, passportExpiry: null, dateOfBirth: null };
}
