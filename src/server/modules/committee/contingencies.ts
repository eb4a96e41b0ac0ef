/**
 * Contingency plans (phương án xử lý tình huống, issue 13 point 5): for the meeting or one session, the situation,
 * its trigger, the response step by step, one responsible member, who to inform and the fall-back resources; linked
 * from the script's cues they concern. Read by the committee; written by `editContingencies` (ICD, heads and deputies
 * of sub-committees). Every write is audited and versioned; search ignores diacritics.
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { invalidFields } from "../../http/validation.js";
import { matchesWords } from "../../db/search.js";
import { audit } from "../audit/service.js";
import { meetingSessionRows } from "../meetings/repo.js";
import { clean, fold, compareVi, compareViNames } from "../../../shared/text.js";
import type {
  Contingency,
  ContingencyBody,
  ContingencyOptions,
  ContingencyListQuery,
  ContingencyPatch,
} from "../../../shared/schemas/committee.js";
import { committeeErrors } from "./errors.js";
import { requireCommittee, type CommitteePermissions } from "./policy.js";
import {
  committeeContingencies as C,
  committeeCueContingencies as CC,
  committeeCues,
  committeeMembers,
} from "./schema.js";

type Row = typeof C.$inferSelect;
export type NewContingencyRow = Omit<typeof C.$inferInsert, "searchText">;

/** What a plan is found by: its situations, trigger, steps, resources and who else is informed, folded. */
export function contingencySearchText(c: {
  situationVi: string;
  situationEn?: string | null;
  trigger?: string | null;
  steps?: readonly string[] | null;
  resources?: string | null;
  informOther?: string | null;
}): string {
  return fold(
    [c.situationVi, c.situationEn, c.trigger, ...(c.steps ?? []), c.resources, c.informOther].filter(Boolean).join(" "),
  );
}

/** Inserts a plan (checked by the caller: the service, or the demo seed), its search text computed here. */
export async function insertContingencyTx(tx: Executor, row: NewContingencyRow): Promise<Row> {
  const [r] = await tx
    .insert(C)
    .values({ ...row, searchText: contingencySearchText({ ...row, steps: row.steps ?? [] }) })
    .returning();
  if (!r) throw new Error("contingency not inserted");
  return r;
}

interface Lookups {
  members: Map<string, { id: string; fullName: string; position: string | null; phone: string | null }>;
  sessions: Map<string, { id: string; titleVi: string; titleEn: string; startsAt: string }>;
}

async function lookups(db: Executor, meetingId: string): Promise<Lookups> {
  const [members, sessions] = await Promise.all([
    db
      .select({
        id: committeeMembers.id,
        fullName: committeeMembers.fullName,
        position: committeeMembers.position,
        phone: committeeMembers.phone,
      })
      .from(committeeMembers)
      .where(eq(committeeMembers.meetingId, meetingId)),
    meetingSessionRows(db, meetingId),
  ]);
  return {
    members: new Map(members.map((m) => [m.id, m])),
    sessions: new Map(
      sessions.map((s) => [
        s.id,
        { id: s.id, titleVi: s.titleVi, titleEn: s.titleEn, startsAt: s.startsAt.toISOString() },
      ]),
    ),
  };
}

async function cuesOf(db: Executor, ids: string[]) {
  if (!ids.length) return new Map<string, Contingency["cues"]>();
  const rows = await db
    .select({
      contingencyId: CC.contingencyId,
      id: committeeCues.id,
      sessionId: committeeCues.sessionId,
      at: committeeCues.at,
      whatVi: committeeCues.whatVi,
      whatEn: committeeCues.whatEn,
    })
    .from(CC)
    .innerJoin(committeeCues, eq(committeeCues.id, CC.cueId))
    .where(inArray(CC.contingencyId, ids))
    .orderBy(asc(committeeCues.at), asc(committeeCues.position));
  const out = new Map<string, Contingency["cues"]>();
  for (const r of rows) {
    const list = out.get(r.contingencyId) ?? [];
    list.push({ id: r.id, sessionId: r.sessionId, at: r.at.toISOString(), whatVi: r.whatVi, whatEn: r.whatEn });
    out.set(r.contingencyId, list);
  }
  return out;
}

function present(r: Row, l: Lookups, cues: Contingency["cues"], perms: CommitteePermissions): Contingency {
  const m = r.responsibleId ? l.members.get(r.responsibleId) : undefined;
  return {
    id: r.id,
    meetingId: r.meetingId,
    sessionId: r.sessionId,
    session: r.sessionId ? (l.sessions.get(r.sessionId) ?? null) : null,
    kind: r.kind,
    situationVi: r.situationVi,
    situationEn: r.situationEn,
    trigger: r.trigger,
    steps: r.steps,
    responsible: m ? { id: m.id, fullName: m.fullName, position: m.position, phone: m.phone } : null,
    inform: r.informIds.flatMap((id) => {
      const x = l.members.get(id);
      return x ? [{ id: x.id, fullName: x.fullName }] : [];
    }),
    informOther: r.informOther,
    resources: r.resources,
    cues,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    permissions: { edit: perms.editContingencies },
  };
}

const optText = (s: string | null | undefined) => (s == null ? null : clean(s) || null);

/** The body's references checked against the meeting: its session, its members. */
function checkRefs(
  l: Lookups,
  b: { sessionId?: string | null; responsibleId?: string; informIds?: readonly string[] },
): void {
  const bad: Parameters<typeof invalidFields>[0] = [];
  const notOurs = { vi: "không thuộc hội nghị này", en: "does not belong to this meeting" };
  if (b.sessionId && !l.sessions.has(b.sessionId)) bad.push({ field: "sessionId", rule: "custom", text: notOurs });
  if (b.responsibleId !== undefined && !l.members.has(b.responsibleId))
    bad.push({
      field: "responsibleId",
      rule: "custom",
      text: { vi: "không phải thành viên Ban tổ chức", en: "is not a member of the organising committee" },
    });
  if (b.informIds?.some((id) => !l.members.has(id)))
    bad.push({
      field: "informIds",
      rule: "custom",
      text: { vi: "có người không phải thành viên Ban tổ chức", en: "names someone not on the organising committee" },
    });
  if (bad.length) throw invalidFields(bad);
}

const cleanSteps = (steps: readonly string[]) => {
  const out = steps.map((s) => clean(s));
  if (out.some((s) => !s)) throw invalidFields([{ field: "steps", rule: "required" }]);
  return out;
};

export async function listContingencies(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  q: ContingencyListQuery = {},
): Promise<Contingency[]> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const where: (SQL | undefined)[] = [
    eq(C.meetingId, meetingId),
    matchesWords(C.searchText, q.q),
    q.kind ? eq(C.kind, q.kind) : undefined,
    q.sessionId === "meeting" ? isNull(C.sessionId) : q.sessionId ? eq(C.sessionId, q.sessionId) : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(C)
    .where(and(...where))
    .orderBy(asc(C.createdAt));
  const l = await lookups(ctx.db, meetingId);
  const cues = await cuesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  // Meeting-wide plans first, then by session time, then by kind's order and situation.
  const sessionAt = (r: Row) => (r.sessionId ? (l.sessions.get(r.sessionId)?.startsAt ?? "") : "");
  rows.sort((a, b) => sessionAt(a).localeCompare(sessionAt(b)) || compareVi(a.situationVi, b.situationVi));
  return rows.map((r) => present(r, l, cues.get(r.id) ?? [], perms));
}

/** The members and sessions a plan may name (the plan form's pickers). */
export async function contingencyOptions(ctx: Ctx, actor: Actor, meetingId: string): Promise<ContingencyOptions> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const l = await lookups(ctx.db, meetingId);
  return {
    members: [...l.members.values()]
      .map((m) => ({ id: m.id, fullName: m.fullName, position: m.position }))
      .sort((a, b) => compareViNames(a.fullName, b.fullName)),
    sessions: [...l.sessions.values()],
    permissions: { edit: perms.editContingencies },
  };
}

async function loadOne(ctx: Ctx, meetingId: string, id: string): Promise<Row> {
  const [r] = await ctx.db
    .select()
    .from(C)
    .where(and(eq(C.id, id), eq(C.meetingId, meetingId)));
  if (!r) throw committeeErrors.CONTINGENCY_NOT_FOUND();
  return r;
}

export async function getContingency(ctx: Ctx, actor: Actor, meetingId: string, id: string): Promise<Contingency> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.read);
  const r = await loadOne(ctx, meetingId, id);
  const cues = await cuesOf(ctx.db, [id]);
  return present(r, await lookups(ctx.db, meetingId), cues.get(id) ?? [], perms);
}

export async function createContingency(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: ContingencyBody,
): Promise<Contingency> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editContingencies);
  const l = await lookups(ctx.db, meetingId);
  checkRefs(l, body);
  const row: NewContingencyRow = {
    id: crypto.randomUUID(),
    meetingId,
    sessionId: body.sessionId ?? null,
    kind: body.kind,
    situationVi: clean(body.situationVi),
    situationEn: clean(body.situationEn ?? ""),
    trigger: clean(body.trigger ?? ""),
    steps: cleanSteps(body.steps),
    responsibleId: body.responsibleId,
    informIds: [...new Set(body.informIds ?? [])],
    informOther: optText(body.informOther),
    resources: optText(body.resources),
  };
  if (!row.situationVi) throw invalidFields([{ field: "situationVi", rule: "required" }]);
  return ctx.db.transaction(async (tx) => {
    const r = await insertContingencyTx(tx, row);
    await audit(tx, actor, {
      action: "committee_contingency.create",
      entity: "committee_contingency",
      entityId: r.id,
      after: { ...row, meetingId },
    });
    return present(r, l, [], perms);
  });
}

export async function updateContingency(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  patch: ContingencyPatch,
): Promise<Contingency> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editContingencies);
  const before = await loadOne(ctx, meetingId, id);
  const l = await lookups(ctx.db, meetingId);
  checkRefs(l, patch);
  const set: Partial<Row> = {};
  if (patch.sessionId !== undefined) set.sessionId = patch.sessionId ?? null;
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.situationVi !== undefined) {
    set.situationVi = clean(patch.situationVi);
    if (!set.situationVi) throw invalidFields([{ field: "situationVi", rule: "required" }]);
  }
  if (patch.situationEn !== undefined) set.situationEn = clean(patch.situationEn);
  if (patch.trigger !== undefined) set.trigger = clean(patch.trigger);
  if (patch.steps !== undefined) set.steps = cleanSteps(patch.steps);
  if (patch.responsibleId !== undefined) set.responsibleId = patch.responsibleId;
  if (patch.informIds !== undefined) set.informIds = [...new Set(patch.informIds)];
  if (patch.informOther !== undefined) set.informOther = optText(patch.informOther);
  if (patch.resources !== undefined) set.resources = optText(patch.resources);
  const merged = { ...before, ...set };
  return ctx.db.transaction(async (tx) => {
    const [r] = await tx
      .update(C)
      .set({ ...set, searchText: contingencySearchText(merged), version: sql`${C.version} + 1`, updatedAt: new Date() })
      .where(and(eq(C.id, id), eq(C.version, patch.version)))
      .returning();
    if (!r) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "committee_contingency.update",
      entity: "committee_contingency",
      entityId: id,
      before: Object.fromEntries(Object.entries(before).filter(([k]) => k in set)),
      after: set,
    });
    const cues = await cuesOf(tx, [id]);
    return present(r, l, cues.get(id) ?? [], perms);
  });
}

export async function deleteContingency(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  version: number,
): Promise<void> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editContingencies);
  const before = await loadOne(ctx, meetingId, id);
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(C)
      .where(and(eq(C.id, id), eq(C.version, version)))
      .returning({ id: C.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "committee_contingency.delete",
      entity: "committee_contingency",
      entityId: id,
      before: { kind: before.kind, situationVi: before.situationVi, situationEn: before.situationEn },
    });
  });
}

/** Links a plan to a cue of the same meeting (a second link is a no-op) or unlinks it. Audited. */
export async function linkCue(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  id: string,
  cueId: string,
  linked: boolean,
): Promise<Contingency> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.editContingencies);
  await loadOne(ctx, meetingId, id);
  const [cue] = await ctx.db
    .select({ id: committeeCues.id, meetingId: committeeCues.meetingId })
    .from(committeeCues)
    .where(eq(committeeCues.id, cueId));
  if (!cue || cue.meetingId !== meetingId) throw committeeErrors.CUE_NOT_IN_MEETING();
  await ctx.db.transaction(async (tx) => {
    if (linked) await tx.insert(CC).values({ cueId, contingencyId: id }).onConflictDoNothing();
    else await tx.delete(CC).where(and(eq(CC.cueId, cueId), eq(CC.contingencyId, id)));
    await audit(tx, actor, {
      action: linked ? "committee_contingency.link_cue" : "committee_contingency.unlink_cue",
      entity: "committee_contingency",
      entityId: id,
      after: { cueId },
    });
  });
  return getContingency(ctx, actor, meetingId, id);
}
