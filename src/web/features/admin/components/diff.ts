/** Turns an audit entry's before and after into rows a person can read: only what changed, or everything new. */
export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Fields that change on every write and say nothing to a reader. */
const NOISE = new Set(["searchText", "updatedAt", "version"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null && after === null) return [];
    return [{ field: "", before, after, changed: JSON.stringify(before) !== JSON.stringify(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null),
  }));
  // A creation or a deletion shows every field; an update shows what changed.
  if (!isRecord(before) || !isRecord(after)) return rows.filter((r) => !NOISE.has(r.field) || r.field === "version");
  const changed = rows.filter((r) => r.changed && !NOISE.has(r.field));
  const version = rows.find((r) => r.field === "version" && r.changed);
  return version ? [...changed, version] : changed;
}

/** A value as text: null → "", objects and arrays as compact JSON. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v, null, 1).replace(/\n\s*/g, " ");
}
