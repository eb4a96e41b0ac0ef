/**
 * Security checklists and incidents (issue 14, point 5; seed 000: security and order at the venues, hotels,
 * sightseeing places and side events; fire safety; escorting; food safety).
 *
 * - Per venue and hotel, checklists from the templates (templates.ts) or made by hand; items with a responsible
 *   person, a due time (in the meeting's zone) and evidence — a note or a JPEG/PNG photo.
 * - Whoever keeps security (`manageSecurity`: the ICD, the security officer, the Security and Health sub-committee's
 *   head and deputy) keeps the checklists and marks items done; the meeting's security officer alone signs them off
 *   (`signOff`) and alone undoes a sign-off. A signed-off item is locked until then.
 * - The incident log: time, place, what happened, action taken, reported by; newest first.
 * - Read by `readSecurity` (also the committee's members). Every write is versioned and audited in its transaction.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { sniffMime } from "../../lib/uploads.js";
import { audit } from "../audit/service.js";
import { userNamesByIds } from "../people/repo.js";
import { parseZoned } from "../meetings/time.js";
import { requireLogistics, type LogisticsPermissions, type MeetingRow } from "../logistics/policy.js";
import { clean } from "../../../shared/text.js";
import { HANOI_TIME_ZONE } from "../../../shared/dates.js";
import type { CheckItemStatus } from "../../../shared/logistics.js";
import type {
  ChecklistBody,
  IncidentBody,
  IncidentPatch,
  ItemBody,
  ItemPatch,
  ItemStatusBody,
  SecurityChecklist,
  SecurityIncident,
  SecurityItem,
  SecurityOverview,
} from "../../../shared/schemas/security.js";
import { securityErrors } from "./errors.js";
import { isOverdue } from "./readiness.js";
import { placesOf, readinessOfPlaces, type Place } from "./repo.js";
import { securityTemplates, templateByKey } from "./templates.js";
import { securityChecklists as CL, securityIncidents as IN, securityItems as IT } from "./schema.js";

export const EVIDENCE_PHOTO_MAX_BYTES = 5 * 1024 * 1024;

type ChecklistRow = typeof CL.$inferSelect;
type ItemRow = typeof IT.$inferSelect;
type IncidentRow = typeof IN.$inferSelect;
export type NewChecklistRow = typeof CL.$inferInsert;
export type NewItemRow = typeof IT.$inferInsert;
export type NewIncidentRow = typeof IN.$inferInsert;

const readSecurity = (p: LogisticsPermissions) => p.readSecurity;
const zoneOf = (m: MeetingRow) => m.timeZone || HANOI_TIME_ZONE;
const optText = (s: string | null | undefined) => (s == null ? null : clean(s) || null);

// ---------------------------------------------------------------- inserts (the service and the demo seed)

/** Inserts a checklist and its items (checked by the caller: the service, or the demo seed). */
export async function insertChecklistTx(
  tx: Executor,
  row: NewChecklistRow,
  items: Omit<NewItemRow, "id" | "checklistId" | "position">[],
): Promise<ChecklistRow> {
  const [c] = await tx.insert(CL).values(row).returning();
  if (!c) throw new Error("checklist not inserted");
  if (items.length)
    await tx
      .insert(IT)
      .values(items.map((i, n) => ({ ...i, id: crypto.randomUUID(), checklistId: c.id, position: n + 1 })));
  return c;
}

export async function insertIncidentTx(tx: Executor, row: NewIncidentRow): Promise<IncidentRow> {
  const [r] = await tx.insert(IN).values(row).returning();
  if (!r) throw new Error("incident not inserted");
  return r;
}

// ---------------------------------------------------------------- presenting

async function namesOf(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  return userNamesByIds(
    db,
    ids.filter((x): x is string => !!x),
  );
}

const person = (names: Map<string, string>, id: string | null) => (id ? { id, name: names.get(id) ?? "" } : null);

function presentItem(i: ItemRow, names: Map<string, string>, now: Date): SecurityItem {
  return {
    id: i.id,
    checklistId: i.checklistId,
    position: i.position,
    textVi: i.textVi,
    textEn: i.textEn,
    responsible: i.responsible,
    dueAt: i.dueAt?.toISOString() ?? null,
    overdue: isOverdue(i, now),
    status: i.status,
    evidenceNote: i.evidenceNote,
    hasPhoto: !!i.evidenceType,
    doneAt: i.doneAt?.toISOString() ?? null,
    doneBy: person(names, i.doneBy),
    signedOffAt: i.signedOffAt?.toISOString() ?? null,
    signedOffBy: person(names, i.signedOffBy),
    version: i.version,
  };
}

/** Item columns without the photo's bytes (lists never carry them). */
const itemColumns = {
  id: IT.id,
  checklistId: IT.checklistId,
  position: IT.position,
  textVi: IT.textVi,
  textEn: IT.textEn,
  responsible: IT.responsible,
  dueAt: IT.dueAt,
  status: IT.status,
  evidenceNote: IT.evidenceNote,
  evidenceType: IT.evidenceType,
  doneAt: IT.doneAt,
  doneBy: IT.doneBy,
  signedOffAt: IT.signedOffAt,
  signedOffBy: IT.signedOffBy,
  version: IT.version,
};
type ItemLite = Omit<ItemRow, "evidence">;

function presentChecklist(c: ChecklistRow, items: ItemLite[], names: Map<string, string>, now: Date) {
  return {
    id: c.id,
    placeKind: c.placeKind,
    placeId: (c.venueId ?? c.hotelId)!,
    templateKey: c.templateKey,
    titleVi: c.titleVi,
    titleEn: c.titleEn,
    sample: c.sample,
    version: c.version,
    items: items.map((i) => presentItem({ ...i, evidence: null }, names, now)),
  } satisfies SecurityChecklist;
}

// ---------------------------------------------------------------- the overview

/** The security page: each venue's and hotel's readiness, their checklists with items, the templates. */
export async function getSecurity(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  now = new Date(),
): Promise<SecurityOverview> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  const [places, lists, items] = await Promise.all([
    placesOf(ctx.db, meetingId),
    ctx.db.select().from(CL).where(eq(CL.meetingId, meetingId)).orderBy(asc(CL.createdAt), asc(CL.titleVi)),
    ctx.db
      .select(itemColumns)
      .from(IT)
      .innerJoin(CL, eq(CL.id, IT.checklistId))
      .where(eq(CL.meetingId, meetingId))
      .orderBy(asc(IT.position)),
  ]);
  const names = await namesOf(
    ctx.db,
    items.flatMap((i) => [i.doneBy, i.signedOffBy]),
  );
  // Made together (a seed, a batch): in the templates' order, hand-made ones after.
  const rank = (c: ChecklistRow) => {
    const i = securityTemplates.findIndex((t) => t.key === c.templateKey);
    return i < 0 ? securityTemplates.length : i;
  };
  lists.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || rank(a) - rank(b));
  const placeOf = new Map(lists.map((c) => [c.id, (c.venueId ?? c.hotelId)!]));
  const byList = new Map<string, ItemLite[]>();
  for (const i of items) {
    const l = byList.get(i.checklistId) ?? [];
    l.push(i);
    byList.set(i.checklistId, l);
  }
  return {
    meetingId,
    timeZone: zoneOf(meeting),
    places: readinessOfPlaces(
      places,
      items.map((i) => ({ status: i.status, dueAt: i.dueAt, placeId: placeOf.get(i.checklistId)! })),
      now,
    ),
    checklists: lists.map((c) => presentChecklist(c, byList.get(c.id) ?? [], names, now)),
    templates: securityTemplates.map((t) => ({
      key: t.key,
      titleVi: t.titleVi,
      titleEn: t.titleEn,
      items: t.items.length,
    })),
    permissions: { manage: perms.manageSecurity, signOff: perms.signOff },
  };
}

// ---------------------------------------------------------------- checklists

function findPlace(places: Place[], kind: Place["kind"], id: string): Place {
  const p = places.find((x) => x.kind === kind && x.id === id);
  if (!p) throw securityErrors.PLACE_NOT_FOUND();
  return p;
}

async function loadChecklist(db: Executor, meetingId: string, id: string): Promise<ChecklistRow> {
  const [c] = await db
    .select()
    .from(CL)
    .where(and(eq(CL.id, id), eq(CL.meetingId, meetingId)));
  if (!c) throw securityErrors.CHECKLIST_NOT_FOUND();
  return c;
}

async function checklistOut(db: Executor, c: ChecklistRow): Promise<SecurityChecklist> {
  const items = await db.select(itemColumns).from(IT).where(eq(IT.checklistId, c.id)).orderBy(asc(IT.position));
  const names = await namesOf(
    db,
    items.flatMap((i) => [i.doneBy, i.signedOffBy]),
  );
  return presentChecklist(c, items, names, new Date());
}

/** Makes a checklist for a venue or hotel of the meeting, from a template (with its items) or by hand. Audited. */
export async function createChecklist(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: ChecklistBody,
): Promise<SecurityChecklist> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const place = findPlace(await placesOf(ctx.db, meetingId), body.placeKind, body.placeId);
  const template = body.templateKey ? templateByKey.get(body.templateKey) : undefined;
  if (body.templateKey && !template) throw securityErrors.TEMPLATE_NOT_FOUND();
  const titleVi = clean(body.titleVi ?? "") || template?.titleVi || "";
  if (!titleVi) throw invalidFields([{ field: "titleVi", rule: "required" }]);
  const row: NewChecklistRow = {
    id: crypto.randomUUID(),
    meetingId,
    placeKind: place.kind,
    venueId: place.kind === "venue" ? place.id : null,
    hotelId: place.kind === "hotel" ? place.id : null,
    templateKey: template?.key ?? null,
    titleVi,
    titleEn: clean(body.titleEn ?? "") || template?.titleEn || "",
  };
  const items = (template?.items ?? []).map((i) => ({ textVi: i.vi, textEn: i.en }));
  return ctx.db.transaction(async (tx) => {
    const c = await insertChecklistTx(tx, row, items);
    await audit(tx, actor, {
      action: "security_checklist.create",
      entity: "security_checklist",
      entityId: c.id,
      after: { ...row, place: place.nameVi, items: items.length },
    });
    return checklistOut(tx, c);
  });
}

/** Deletes a checklist and its items, with the version read. Audited. */
export async function deleteChecklist(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  version: number,
): Promise<void> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const before = await loadChecklist(ctx.db, meetingId, id);
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(CL)
      .where(and(eq(CL.id, id), eq(CL.version, version)))
      .returning({ id: CL.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "security_checklist.delete",
      entity: "security_checklist",
      entityId: id,
      before: {
        titleVi: before.titleVi,
        placeKind: before.placeKind,
        venueId: before.venueId,
        hotelId: before.hotelId,
      },
    });
  });
}

// ---------------------------------------------------------------- items

function readDue(meeting: MeetingRow, dueAt: string | null | undefined): Date | null | undefined {
  if (dueAt === undefined) return undefined;
  if (!dueAt) return null;
  const at = parseZoned(dueAt, zoneOf(meeting));
  if (!at) throw invalidFields([{ field: "dueAt", rule: "format", format: "date-time" }]);
  return at;
}

async function loadItem(db: Executor, meetingId: string, itemId: string): Promise<ItemLite> {
  const [i] = await db
    .select(itemColumns)
    .from(IT)
    .innerJoin(CL, eq(CL.id, IT.checklistId))
    .where(and(eq(IT.id, itemId), eq(CL.meetingId, meetingId)));
  if (!i) throw securityErrors.ITEM_NOT_FOUND();
  return i;
}

async function itemOut(db: Executor, i: ItemRow | ItemLite): Promise<SecurityItem> {
  const names = await namesOf(db, [i.doneBy, i.signedOffBy]);
  return presentItem({ ...i, evidence: null }, names, new Date());
}

/** Adds an item by hand at the end of a checklist. Audited. */
export async function addItem(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  checklistId: string,
  body: ItemBody,
): Promise<SecurityItem> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  await loadChecklist(ctx.db, meetingId, checklistId);
  const textVi = clean(body.textVi);
  if (!textVi) throw invalidFields([{ field: "textVi", rule: "required" }]);
  const dueAt = readDue(meeting, body.dueAt) ?? null;
  return ctx.db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx
      .select({ n: sql<number>`coalesce(max(${IT.position}), 0)::int` })
      .from(IT)
      .where(eq(IT.checklistId, checklistId));
    const row = {
      id: crypto.randomUUID(),
      checklistId,
      position: Number(n) + 1,
      textVi,
      textEn: clean(body.textEn ?? ""),
      responsible: optText(body.responsible),
      dueAt,
    };
    const [i] = await tx.insert(IT).values(row).returning();
    await audit(tx, actor, { action: "security_item.create", entity: "security_item", entityId: row.id, after: row });
    return itemOut(tx, i!);
  });
}

/** Changes an item's text, responsible person, due time or evidence note, with the version read. Audited. */
export async function updateItem(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  itemId: string,
  patch: ItemPatch,
): Promise<SecurityItem> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const before = await loadItem(ctx.db, meetingId, itemId);
  if (before.status === "signed_off") throw securityErrors.SIGNED_OFF_LOCKED();
  const set: Partial<ItemRow> = {};
  if (patch.textVi !== undefined) {
    set.textVi = clean(patch.textVi);
    if (!set.textVi) throw invalidFields([{ field: "textVi", rule: "required" }]);
  }
  if (patch.textEn !== undefined) set.textEn = clean(patch.textEn);
  if (patch.responsible !== undefined) set.responsible = optText(patch.responsible);
  const due = readDue(meeting, patch.dueAt);
  if (due !== undefined) set.dueAt = due;
  if (patch.evidenceNote !== undefined) set.evidenceNote = optText(patch.evidenceNote);
  // A done item that loses its evidence is open again.
  if (before.status === "done" && set.evidenceNote === null && !before.evidenceType)
    throw securityErrors.SIGN_OFF_NEEDS_EVIDENCE();
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(IT)
      .set({ ...set, version: sql`${IT.version} + 1` })
      .where(and(eq(IT.id, itemId), eq(IT.version, patch.version)))
      .returning(itemColumns);
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "security_item.update",
      entity: "security_item",
      entityId: itemId,
      before: Object.fromEntries(Object.entries(before).filter(([k]) => k in set)),
      after: set,
    });
    return itemOut(tx, r);
  });
}

/** Deletes an item that is not signed off, with the version read. Audited. */
export async function deleteItem(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  itemId: string,
  version: number,
): Promise<void> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const before = await loadItem(ctx.db, meetingId, itemId);
  if (before.status === "signed_off") throw securityErrors.SIGNED_OFF_LOCKED();
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(IT)
      .where(and(eq(IT.id, itemId), eq(IT.version, version)))
      .returning({ id: IT.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "security_item.delete",
      entity: "security_item",
      entityId: itemId,
      before: { checklistId: before.checklistId, textVi: before.textVi, status: before.status },
    });
  });
}

/**
 * Who may move an item from one status to another: marking done and back to open is for whoever keeps security;
 * signing off, and undoing a sign-off, for the meeting's security officer alone.
 */
export function mayMove(
  perms: Pick<LogisticsPermissions, "manageSecurity" | "signOff">,
  from: CheckItemStatus,
  to: CheckItemStatus,
) {
  if (from === "signed_off" || to === "signed_off") return perms.signOff;
  return perms.manageSecurity;
}

/** Marks an item done, signs it off, or undoes either (with the version read). Audited. */
export async function setItemStatus(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  itemId: string,
  body: ItemStatusBody,
): Promise<SecurityItem> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity || perms.signOff);
  const before = await loadItem(ctx.db, meetingId, itemId);
  ensure(mayMove(perms, before.status, body.status));
  if (body.status !== "open" && !before.evidenceNote && !before.evidenceType)
    throw securityErrors.SIGN_OFF_NEEDS_EVIDENCE();
  const now = new Date();
  const set: Partial<ItemRow> = { status: body.status };
  if (body.status === "open") Object.assign(set, { doneAt: null, doneBy: null, signedOffAt: null, signedOffBy: null });
  if (body.status === "done") {
    Object.assign(set, { signedOffAt: null, signedOffBy: null });
    if (before.status === "open") Object.assign(set, { doneAt: now, doneBy: actor.id });
  }
  if (body.status === "signed_off") {
    Object.assign(set, { signedOffAt: now, signedOffBy: actor.id });
    if (!before.doneAt) Object.assign(set, { doneAt: now, doneBy: actor.id });
  }
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(IT)
      .set({ ...set, version: sql`${IT.version} + 1` })
      .where(and(eq(IT.id, itemId), eq(IT.version, body.version)))
      .returning(itemColumns);
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "security_item.status",
      entity: "security_item",
      entityId: itemId,
      before: { status: before.status },
      after: { status: body.status },
    });
    return itemOut(tx, r);
  });
}

/** Attaches (or replaces) an item's evidence photo: JPEG or PNG by its content. Audited. */
export async function putItemPhoto(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  itemId: string,
  input: { bytes: Buffer; version: number },
): Promise<SecurityItem> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const before = await loadItem(ctx.db, meetingId, itemId);
  if (before.status === "signed_off") throw securityErrors.SIGNED_OFF_LOCKED();
  if (input.bytes.length > EVIDENCE_PHOTO_MAX_BYTES)
    throw securityErrors.PHOTO_TOO_LARGE({
      size: Math.ceil(input.bytes.length / 1024),
      max: EVIDENCE_PHOTO_MAX_BYTES / 1024,
    });
  const mime = input.bytes.length ? sniffMime(input.bytes) : null;
  if (mime !== "image/jpeg" && mime !== "image/png") throw securityErrors.PHOTO_TYPE();
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(IT)
      .set({ evidence: input.bytes, evidenceType: mime, version: sql`${IT.version} + 1` })
      .where(and(eq(IT.id, itemId), eq(IT.version, input.version)))
      .returning(itemColumns);
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "security_item.photo",
      entity: "security_item",
      entityId: itemId,
      after: { mime, size: input.bytes.length },
    });
    return itemOut(tx, r);
  });
}

/** Removes an item's evidence photo (not while signed off, nor when it is a done item's only evidence). Audited. */
export async function deleteItemPhoto(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  itemId: string,
  version: number,
): Promise<SecurityItem> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const before = await loadItem(ctx.db, meetingId, itemId);
  if (before.status === "signed_off") throw securityErrors.SIGNED_OFF_LOCKED();
  if (!before.evidenceType) throw securityErrors.PHOTO_NOT_FOUND();
  if (before.status === "done" && !before.evidenceNote) throw securityErrors.SIGN_OFF_NEEDS_EVIDENCE();
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(IT)
      .set({ evidence: null, evidenceType: null, version: sql`${IT.version} + 1` })
      .where(and(eq(IT.id, itemId), eq(IT.version, version)))
      .returning(itemColumns);
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, { action: "security_item.photo_delete", entity: "security_item", entityId: itemId });
    return itemOut(tx, r);
  });
}

/** The evidence photo, for those who read security. */
export async function getItemPhoto(ctx: Ctx, actor: Actor, meetingId: string, itemId: string) {
  await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  await loadItem(ctx.db, meetingId, itemId);
  const [r] = await ctx.db.select({ evidence: IT.evidence, type: IT.evidenceType }).from(IT).where(eq(IT.id, itemId));
  if (!r?.evidence || !r.type) throw securityErrors.PHOTO_NOT_FOUND();
  const ext = r.type === "image/png" ? "png" : "jpg";
  return { body: r.evidence, contentType: r.type, fileName: `evidence-${itemId.slice(0, 8)}.${ext}` };
}

// ---------------------------------------------------------------- incidents

function presentIncident(r: IncidentRow, names: Map<string, string>, perms: LogisticsPermissions): SecurityIncident {
  return {
    id: r.id,
    at: r.at.toISOString(),
    place: r.place,
    what: r.what,
    action: r.action,
    reporter: r.reporter || (r.reportedBy ? (names.get(r.reportedBy) ?? "") : ""),
    reportedBy: person(names, r.reportedBy),
    sample: r.sample,
    version: r.version,
    canEdit: perms.manageSecurity,
  };
}

function readAt(meeting: MeetingRow, at: string, now: Date): Date {
  const d = parseZoned(at, zoneOf(meeting));
  if (!d) throw invalidFields([{ field: "at", rule: "format", format: "date-time" }]);
  // A minute's grace for clocks that differ.
  if (d.getTime() > now.getTime() + 60_000)
    throw securityErrors.INCIDENT_IN_FUTURE({ at: at.replace("T", " ").slice(0, 16) });
  return d;
}

function requireText(field: string, v: string): string {
  const s = clean(v);
  if (!s) throw invalidFields([{ field, rule: "required" }]);
  return s;
}

/** The incident log, newest first. */
export async function listIncidents(ctx: Ctx, actor: Actor, meetingId: string): Promise<SecurityIncident[]> {
  const { perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  const rows = await ctx.db
    .select()
    .from(IN)
    .where(eq(IN.meetingId, meetingId))
    .orderBy(desc(IN.at), desc(IN.createdAt));
  const names = await namesOf(
    ctx.db,
    rows.map((r) => r.reportedBy),
  );
  return rows.map((r) => presentIncident(r, names, perms));
}

export async function createIncident(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: IncidentBody,
  now = new Date(),
): Promise<SecurityIncident> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const row: NewIncidentRow = {
    id: crypto.randomUUID(),
    meetingId,
    at: readAt(meeting, body.at, now),
    place: requireText("place", body.place),
    what: requireText("what", body.what),
    action: clean(body.action ?? ""),
    reporter: clean(body.reporter ?? "") || actor.name,
    reportedBy: actor.id,
  };
  return ctx.db.transaction(async (tx) => {
    const r = await insertIncidentTx(tx, row);
    await audit(tx, actor, {
      action: "security_incident.create",
      entity: "security_incident",
      entityId: r.id,
      after: row,
    });
    return presentIncident(r, new Map([[actor.id, actor.name]]), perms);
  });
}

export async function updateIncident(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  patch: IncidentPatch,
  now = new Date(),
): Promise<SecurityIncident> {
  const { meeting, perms } = await requireLogistics(ctx.db, actor, meetingId, readSecurity);
  ensure(perms.manageSecurity);
  const [before] = await ctx.db
    .select()
    .from(IN)
    .where(and(eq(IN.id, id), eq(IN.meetingId, meetingId)));
  if (!before) throw securityErrors.INCIDENT_NOT_FOUND();
  const set: Partial<IncidentRow> = {};
  if (patch.at !== undefined) set.at = readAt(meeting, patch.at, now);
  if (patch.place !== undefined) set.place = requireText("place", patch.place);
  if (patch.what !== undefined) set.what = requireText("what", patch.what);
  if (patch.action !== undefined) set.action = clean(patch.action);
  if (patch.reporter !== undefined) set.reporter = clean(patch.reporter);
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(IN)
      .set({ ...set, version: sql`${IN.version} + 1` })
      .where(and(eq(IN.id, id), eq(IN.version, patch.version)))
      .returning();
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "security_incident.update",
      entity: "security_incident",
      entityId: id,
      before: Object.fromEntries(Object.entries(before).filter(([k]) => k in set)),
      after: set,
    });
    return presentIncident(r, await namesOf(tx, [r.reportedBy]), perms);
  });
}
