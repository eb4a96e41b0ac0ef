import type { Executor } from "../../db/client.js";

/**
 * Where the record a document belongs to is shown in the web app. The module that owns the record registers it
 * (`registerDocumentLink("cooperation_activity", (id) => `/cooperation/activities/${id}`)`), so the register links
 * to it without the documents module knowing other modules.
 */
const links = new Map<string, (entityId: string) => string>();

/** Names records of one kind for the register ("2026-0012 · Đoàn công tác …"), a batch of ids at a time. */
export type DocumentRecordLabeler = (db: Executor, ids: string[]) => Promise<Map<string, string>>;
const labelers = new Map<string, DocumentRecordLabeler>();

export function registerDocumentLink(
  entity: string,
  link: (entityId: string) => string,
  label?: DocumentRecordLabeler,
): void {
  links.set(entity, link);
  if (label) labelers.set(entity, label);
}

/** The names of the records the documents belong to, by entity and id ("entity:id" → name). */
export async function documentRecordLabels(
  db: Executor,
  refs: { entity: string; entityId: string }[],
): Promise<Map<string, string>> {
  const byEntity = new Map<string, Set<string>>();
  for (const r of refs) byEntity.set(r.entity, (byEntity.get(r.entity) ?? new Set<string>()).add(r.entityId));
  const out = new Map<string, string>();
  for (const [entity, ids] of byEntity) {
    const labeler = labelers.get(entity);
    if (!labeler) continue;
    for (const [id, name] of await labeler(db, [...ids])) out.set(`${entity}:${id}`, name);
  }
  return out;
}

/** The page of a document's record, or null when its module registered none. */
export function documentLink(entity: string, entityId: string): string | null {
  const fn = links.get(entity);
  return fn ? fn(entityId) : null;
}
