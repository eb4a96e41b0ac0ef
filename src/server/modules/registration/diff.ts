/**
 * Snapshots of a delegation's list and the difference between two of them: delegates added, removed, and for the
 * ones in both (matched by id) each changed field with its value before and after. Pure functions. The shapes are
 * the API's (src/shared/schemas/registration.ts), the compared fields `diffFields` (src/shared/personalData.ts).
 */
import { diffFields, personalFields, type DelegateView, type DiffField } from "../../../shared/personalData.js";
import type { FieldChange, FieldValue, ListDiff, SnapshotDelegate } from "../../../shared/schemas/registration.js";

export { diffFields, type DiffField };
export type {
  DelegateChange,
  FieldChange,
  FieldValue,
  ListDiff,
  SnapshotDelegate,
} from "../../../shared/schemas/registration.js";

/**
 * A stored snapshot read back with every field present: the personal-data purge removes the personal keys from the
 * stored JSON, and older snapshots may lack a field added since; a missing value reads as null (no sessions: []).
 */
export function readSnapshot(raw: unknown): SnapshotDelegate[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((x: unknown) => {
    const d: Record<string, unknown> = typeof x === "object" && x !== null ? { ...x } : {};
    const out: Record<string, unknown> = Object.fromEntries(
      snapshotFields.map((f): [string, unknown] => [f, d[f] ?? null]),
    );
    out.sessionIds = Array.isArray(d.sessionIds) ? d.sessionIds : [];
    out.fullName = typeof d.fullName === "string" ? d.fullName : "";
    out.role = typeof d.role === "string" ? d.role : "";
    out.accreditationStatus = typeof d.accreditationStatus === "string" ? d.accreditationStatus : "pending";
    return out as unknown as SnapshotDelegate;
  });
}

/** Every field of a frozen delegate: its id, what is compared, and the accreditation status at the time. */
export const snapshotFields = [
  "id",
  ...diffFields,
  "accreditationStatus",
] as const satisfies readonly (keyof SnapshotDelegate)[];

/** The fields a reader with `view` may see change: without the full view, not the personal ones. */
export function diffFieldsFor(view: DelegateView): readonly DiffField[] {
  const hidden: readonly string[] = view === "full" ? [] : personalFields;
  return diffFields.filter((f) => !hidden.includes(f));
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
