/**
 * Task templates (issue 13, point 2): a meeting's task list saved for the next meeting — due dates as days before
 * the opening day, sub-committees by key (or name), checklists, dependencies by position — and applied to a meeting,
 * creating its tasks and reporting each one created and each item that could not be (its sub-committee is missing).
 * Kept by the ICD (`manage`).
 */
import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { clean } from "../../../shared/text.js";
import { HANOI_TIME_ZONE, todayIn } from "../../../shared/dates.js";
import type { TaskTemplate, TaskTemplateBody, TemplateApplied } from "../../../shared/schemas/committee.js";
import { committeeErrors } from "./errors.js";
import { requireCommittee } from "./policy.js";
import { dayEndIn } from "./readiness-calc.js";
import { insertTaskRowsTx, type NewTaskRow } from "./task-rows.js";
import {
  committeeSubcommittees,
  committeeTaskChecks,
  committeeTaskDeps,
  committeeTasks,
  committeeTemplateItems as I,
  committeeTemplates as T,
} from "./schema.js";

const DAY = 86_400_000;
/** Days from ISO day a to ISO day b. */
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** A task made from a template is due at 17:00 on its day, in the meeting's time zone. */
const dueAtFivePm = (day: string, timeZone: string) => new Date(dayEndIn(day, timeZone).getTime() - 7 * 3600_000);

export async function listTemplates(ctx: Ctx, actor: Actor, meetingId: string): Promise<TaskTemplate[]> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.manage);
  const rows = await ctx.db
    .select({
      id: T.id,
      nameVi: T.nameVi,
      nameEn: T.nameEn,
      fromMeetingId: T.fromMeetingId,
      version: T.version,
      createdAt: T.createdAt,
      itemCount: count(I.id),
    })
    .from(T)
    .leftJoin(I, eq(I.templateId, T.id))
    .groupBy(T.id)
    .orderBy(asc(T.createdAt));
  return rows.map((r) => ({ ...r, itemCount: Number(r.itemCount), createdAt: r.createdAt.toISOString() }));
}

/** Saves the meeting's tasks (all but cancelled ones) as a new template. */
export async function saveTemplate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  body: TaskTemplateBody,
): Promise<TaskTemplate> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.manage);
  const timeZone = meeting.timeZone || HANOI_TIME_ZONE;
  const tasks = await ctx.db
    .select({
      id: committeeTasks.id,
      title: committeeTasks.title,
      description: committeeTasks.description,
      priority: committeeTasks.priority,
      dueAt: committeeTasks.dueAt,
      key: committeeSubcommittees.key,
      subName: committeeSubcommittees.nameVi,
    })
    .from(committeeTasks)
    .innerJoin(committeeSubcommittees, eq(committeeSubcommittees.id, committeeTasks.subcommitteeId))
    .where(and(eq(committeeTasks.meetingId, meetingId), ne(committeeTasks.status, "cancelled")))
    .orderBy(asc(committeeTasks.number));
  if (!tasks.length) throw committeeErrors.TEMPLATE_EMPTY();
  const ids = tasks.map((t) => t.id);
  const [checks, deps] = await Promise.all([
    ctx.db
      .select({ taskId: committeeTaskChecks.taskId, text: committeeTaskChecks.text })
      .from(committeeTaskChecks)
      .where(inArray(committeeTaskChecks.taskId, ids))
      .orderBy(asc(committeeTaskChecks.position)),
    ctx.db
      .select({ taskId: committeeTaskDeps.taskId, dependsOnId: committeeTaskDeps.dependsOnId })
      .from(committeeTaskDeps)
      .where(inArray(committeeTaskDeps.taskId, ids)),
  ]);
  const position = new Map(ids.map((id, i) => [id, i]));
  const id = crypto.randomUUID();
  const items = tasks.map((t, i) => ({
    id: crypto.randomUUID(),
    templateId: id,
    position: i,
    subcommitteeKey: t.key,
    subcommitteeName: t.key ? null : t.subName,
    title: t.title,
    description: t.description,
    priority: t.priority,
    daysBefore: t.dueAt ? daysBetween(todayIn(timeZone, t.dueAt), meeting.startDate) : null,
    checklist: checks.filter((c) => c.taskId === t.id).map((c) => c.text),
    dependsOn: deps
      .filter((d) => d.taskId === t.id)
      .flatMap((d) => {
        const p = position.get(d.dependsOnId);
        return p === undefined ? [] : [p];
      })
      .sort((a, b) => a - b),
  }));
  const row = { id, nameVi: clean(body.nameVi), nameEn: clean(body.nameEn), fromMeetingId: meetingId };
  return ctx.db.transaction(async (tx) => {
    const [t] = await tx
      .insert(T)
      .values({ ...row, createdBy: actor.id })
      .returning();
    if (!t) throw new Error("template not inserted");
    for (let i = 0; i < items.length; i += 500) await tx.insert(I).values(items.slice(i, i + 500));
    await audit(tx, actor, {
      action: "committee_template.create",
      entity: "committee_template",
      entityId: id,
      after: { ...row, itemCount: items.length },
    });
    return {
      id,
      nameVi: t.nameVi,
      nameEn: t.nameEn,
      fromMeetingId: meetingId,
      itemCount: items.length,
      version: t.version,
      createdAt: t.createdAt.toISOString(),
    };
  });
}

/** Creates the template's tasks in the meeting; reports every task created and every item that was not. */
export async function applyTemplate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  templateId: string,
): Promise<TemplateApplied> {
  const { meeting, perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.manage);
  const timeZone = meeting.timeZone || HANOI_TIME_ZONE;
  const [template] = await ctx.db.select().from(T).where(eq(T.id, templateId));
  if (!template) throw committeeErrors.TEMPLATE_NOT_FOUND();
  const [items, subs] = await Promise.all([
    ctx.db.select().from(I).where(eq(I.templateId, templateId)).orderBy(asc(I.position)),
    ctx.db.select().from(committeeSubcommittees).where(eq(committeeSubcommittees.meetingId, meetingId)),
  ]);
  const subOf = (i: (typeof items)[number]) =>
    i.subcommitteeKey
      ? subs.find((s) => s.key === i.subcommitteeKey)
      : subs.find((s) => clean(s.nameVi) === clean(i.subcommitteeName ?? ""));
  const skipped: TemplateApplied["skipped"] = [];
  const ids = new Map<number, string>();
  const rows: NewTaskRow[] = [];
  for (const item of items) {
    const sub = subOf(item);
    if (!sub) {
      skipped.push({
        position: item.position,
        title: item.title,
        subcommittee: item.subcommitteeKey ?? item.subcommitteeName ?? "",
      });
      continue;
    }
    const id = crypto.randomUUID();
    ids.set(item.position, id);
    rows.push({
      id,
      subcommitteeId: sub.id,
      title: item.title,
      description: item.description,
      priority: item.priority,
      dueAt: item.daysBefore === null ? null : dueAtFivePm(addDays(meeting.startDate, -item.daysBefore), timeZone),
      checklist: item.checklist,
      dependsOn: [],
    });
  }
  // Dependencies by position, among the items created (positions only point backwards or forwards inside the list).
  for (const item of items) {
    const id = ids.get(item.position);
    const row = rows.find((r) => r.id === id);
    if (row) row.dependsOn = item.dependsOn.flatMap((p) => ids.get(p) ?? []);
  }
  return ctx.db.transaction(async (tx) => {
    const made = await insertTaskRowsTx(tx, meetingId, rows, actor.id);
    const created = made.map((m, i) => {
      const r = rows[i];
      if (!r) throw appError("INTERNAL");
      return {
        id: m.id,
        number: m.number,
        title: r.title,
        subcommitteeId: r.subcommitteeId,
        dueAt: r.dueAt?.toISOString() ?? null,
      };
    });
    await audit(tx, actor, {
      action: "committee_template.apply",
      entity: "committee_template",
      entityId: templateId,
      after: { meetingId, tasksCreated: created.length, tasksSkipped: skipped.length },
    });
    return { created, skipped };
  });
}

export async function deleteTemplate(
  ctx: Ctx,
  actor: Actor,
  meetingId: string,
  templateId: string,
  version: number,
): Promise<void> {
  const { perms } = await requireCommittee(ctx.db, actor, meetingId);
  ensure(perms.manage);
  const [t] = await ctx.db.select().from(T).where(eq(T.id, templateId));
  if (!t) throw committeeErrors.TEMPLATE_NOT_FOUND();
  await ctx.db.transaction(async (tx) => {
    const gone = await tx
      .delete(T)
      .where(and(eq(T.id, templateId), eq(T.version, version)))
      .returning({ id: T.id });
    if (!gone.length) throw appError("VERSION_CONFLICT");
    await audit(tx, actor, {
      action: "committee_template.delete",
      entity: "committee_template",
      entityId: templateId,
      before: { nameVi: t.nameVi, nameEn: t.nameEn },
    });
  });
}
