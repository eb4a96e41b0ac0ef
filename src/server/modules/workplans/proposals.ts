/** Proposals: members propose activities for their country; a meeting adopts them into the plan (ICD records it). */
import { and, eq, sql } from "drizzle-orm";
import type { Ctx } from "../../context.js";
import type { Executor } from "../../db/client.js";
import { type Actor, ensure } from "../../auth/actor.js";
import { appError } from "../../http/errors.js";
import { audit } from "../audit/service.js";
import { compareVi } from "../../../shared/text.js";
import type { ActivityKind } from "../../../shared/workplans.js";
import { workplanActivities, workplanStatusChanges } from "./schema.js";
import { wpErrors } from "./errors.js";
import { mayActFor, workplanPermissions } from "./policy.js";
import {
  activitySearchText,
  checkCountries,
  checkNotFuture,
  checkYears,
  ensureCodeFree,
  loadActivity,
  loadPlan,
  nextSeq,
  presentActivity,
  requirePlan,
  today,
  uniq,
  type PlanRow,
} from "./rows.js";
import { getActivity } from "./activities.js";

/** The next free code of the form `<plan code>-NN`. */
async function nextCode(tx: Executor, plan: PlanRow): Promise<string> {
  const rows = await tx
    .select({ code: workplanActivities.code })
    .from(workplanActivities)
    .where(eq(workplanActivities.workplanId, plan.id));
  const prefix = `${plan.code}-`;
  const max = rows
    .map((r) => r.code)
    .filter((c): c is string => !!c && c.startsWith(prefix) && /^\d+$/.test(c.slice(prefix.length)))
    .reduce((m, c) => Math.max(m, Number(c.slice(prefix.length))), 0);
  return `${prefix}${String(max + 1).padStart(2, "0")}`;
}

/** Proposals made in a programme, waiting ones first, then the adopted ones with the meeting that adopted them. */
export async function listProposals(ctx: Ctx, actor: Actor, workplanId: string) {
  const { perms } = await requirePlan(ctx.db, actor, workplanId);
  const rows = await ctx.db
    .select()
    .from(workplanActivities)
    .where(and(eq(workplanActivities.workplanId, workplanId), sql`${workplanActivities.proposedBy} is not null`));
  return rows
    .sort(
      (a, b) =>
        Number(b.status === "proposed") - Number(a.status === "proposed") ||
        (b.proposedOn ?? "").localeCompare(a.proposedOn ?? "") ||
        compareVi(a.titleEn, b.titleEn),
    )
    .map((a) => presentActivity(a, perms));
}

export interface ProposalInput {
  proposedBy: string;
  titleVi?: string | null;
  titleEn: string;
  kind: ActivityKind;
  plannedYears: number[];
  coLeads?: string[];
  note?: string | null;
  proposedOn?: string;
}

/**
 * A member proposes a new activity (seed 003: Japan, for 2023). It is led by the proposing country and stays
 * `proposed` — outside the plan's total — until a meeting adopts it.
 */
export async function submitProposal(ctx: Ctx, actor: Actor, workplanId: string, input: ProposalInput) {
  const perms = workplanPermissions(actor, workplanId);
  ensure(perms.read);
  ensure(mayActFor(perms, input.proposedBy));
  const plan = await loadPlan(ctx.db, workplanId);
  const coLeads = uniq(input.coLeads ?? []).filter((c) => c !== input.proposedBy);
  checkCountries(plan, [input.proposedBy, ...coLeads]);
  checkYears(plan, input.plannedYears);
  const proposedOn = input.proposedOn ?? today();
  checkNotFuture(proposedOn);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      workplanId,
      code: null,
      titleVi: input.titleVi?.trim() || null,
      titleEn: input.titleEn,
      leads: [input.proposedBy],
      coLeads,
      plannedYears: uniq(input.plannedYears).sort(),
      kind: input.kind,
      status: "proposed" as const,
      statusOn: proposedOn,
      proposedBy: input.proposedBy,
      proposedOn,
    };
    await tx.insert(workplanActivities).values({ ...row, searchText: activitySearchText(row) });
    await tx.insert(workplanStatusChanges).values({
      id: crypto.randomUUID(),
      activityId: id,
      workplanId,
      seq: 1,
      fromStatus: null,
      status: "proposed",
      effectiveOn: proposedOn,
      note: input.note?.trim() || null,
      recordedBy: actor.id,
      recordedByName: actor.name,
    });
    await audit(tx, actor, {
      action: "workplan.proposal.submit",
      entity: "workplan_activity",
      entityId: id,
      after: row,
    });
  });
  return getActivity(ctx, actor, workplanId, id);
}

export interface AdoptionInput {
  version: number;
  /** The adopting meeting as it is called ("SOM+3 7, 2023"). */
  meeting: string;
  meetingId?: string | null;
  adoptedOn: string;
  code?: string;
  titleVi?: string;
  note?: string | null;
}

/** A meeting adopts a proposal (ICD records it): it joins the plan as `planned` from the adoption date. */
export async function adoptProposal(
  ctx: Ctx,
  actor: Actor,
  workplanId: string,
  activityId: string,
  input: AdoptionInput,
) {
  const { plan } = await requirePlan(ctx.db, actor, workplanId, "manage");
  checkNotFuture(input.adoptedOn);
  await ctx.db.transaction(async (tx) => {
    const before = await loadActivity(tx, workplanId, activityId);
    if (before.version !== input.version) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    if (before.status !== "proposed") throw wpErrors.NOT_PENDING_PROPOSAL();
    const { seq, last } = await nextSeq(tx, activityId);
    if (last && input.adoptedOn < last.effectiveOn) throw wpErrors.ADOPTION_BEFORE_PROPOSAL({ date: last.effectiveOn });
    const code = input.code ?? (await nextCode(tx, plan));
    await ensureCodeFree(tx, workplanId, code, activityId);
    const titleVi = input.titleVi ?? before.titleVi;
    const changes = {
      code,
      titleVi,
      status: "planned" as const,
      statusOn: input.adoptedOn,
      adoptedAt: input.meeting,
      adoptedOn: input.adoptedOn,
      adoptedMeetingId: input.meetingId ?? null,
    };
    const updated = await tx
      .update(workplanActivities)
      .set({
        ...changes,
        searchText: activitySearchText({ ...before, ...changes }),
        version: sql`${workplanActivities.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(workplanActivities.id, activityId), eq(workplanActivities.version, input.version)))
      .returning();
    if (!updated.length) throw appError("VERSION_CONFLICT", {}, { currentVersion: before.version });
    await tx.insert(workplanStatusChanges).values({
      id: crypto.randomUUID(),
      activityId,
      workplanId,
      seq,
      fromStatus: "proposed",
      status: "planned" as const,
      effectiveOn: input.adoptedOn,
      note: [`${input.meeting}`, input.note?.trim()].filter(Boolean).join(" — "),
      recordedBy: actor.id,
      recordedByName: actor.name,
    });
    await audit(tx, actor, {
      action: "workplan.proposal.adopt",
      entity: "workplan_activity",
      entityId: activityId,
      before,
      after: updated[0],
    });
  });
  return getActivity(ctx, actor, workplanId, activityId);
}
