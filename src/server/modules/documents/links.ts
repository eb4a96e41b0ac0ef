/**
 * Where the record a document belongs to is shown in the web app. The module that owns the record registers it
 * (`registerDocumentLink("cooperation_activity", (id) => `/cooperation/activities/${id}`)`), so the register links
 * to it without the documents module knowing other modules.
 */
const links = new Map<string, (entityId: string) => string>();

export function registerDocumentLink(entity: string, link: (entityId: string) => string): void {
  links.set(entity, link);
}

/** The page of a document's record, or null when its module registered none. */
export function documentLink(entity: string, entityId: string): string | null {
  const fn = links.get(entity);
  return fn ? fn(entityId) : null;
}
