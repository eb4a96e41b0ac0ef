import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { IdParams, errors } from "../../../http/schemas.js";
import {
  Plan,
  PlanApproveBody,
  PlanConsolidateBody,
  PlanItem,
  PlanItemBody,
  PlanItemPatch,
} from "../../../../shared/schemas/cooperation.js";
import { approvePlan, consolidatePlan, getPlan, proposePlanItem, updatePlanItem } from "../plans.js";

const tags = ["cooperation"];
const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

export const planRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/cooperation/plans/:year",
    {
      schema: {
        tags,
        summary:
          "The year's plan: items by unit with their progress (not started, under way, carried out, from the linked " +
          "activities), and the activities outside the plan apart",
        params: YearParams,
        response: { 200: Plan, ...errors },
      },
    },
    async (req) => getPlan(ctx, requireActor(req), req.params.year),
  );

  app.post(
    "/cooperation/plans/:year/items",
    {
      schema: {
        tags,
        summary: "A unit proposes an item for the year (unit officers for their unit, ICD officers for any). Audited.",
        params: YearParams,
        body: PlanItemBody,
        response: { 200: PlanItem, ...errors },
      },
    },
    async (req) => proposePlanItem(ctx, requireActor(req), req.params.year, req.body),
  );

  app.patch(
    "/cooperation/plan-items/:id",
    {
      schema: {
        tags,
        summary:
          "Changes a plan item: its unit while the plan is open; the ICD until approval, including `status` " +
          "(included / left out) and the Prime Minister's approval flag of outbound items. Audited.",
        params: IdParams,
        body: PlanItemPatch,
        response: { 200: PlanItem, ...errors },
      },
    },
    async (req) => updatePlanItem(ctx, requireActor(req), req.params.id, req.body),
  );

  app.post(
    "/cooperation/plans/:year/consolidate",
    {
      schema: {
        tags,
        summary: "The ICD marks the year's plan consolidated (at least one item included). Audited.",
        params: YearParams,
        body: PlanConsolidateBody,
        response: { 200: Plan, ...errors },
      },
    },
    async (req) => consolidatePlan(ctx, requireActor(req), req.params.year, req.body.version),
  );

  app.post(
    "/cooperation/plans/:year/approve",
    {
      schema: {
        tags,
        summary: "The Minister approves the consolidated plan with the decision's number and date. Audited.",
        params: YearParams,
        body: PlanApproveBody,
        response: { 200: Plan, ...errors },
      },
    },
    async (req) => approvePlan(ctx, requireActor(req), req.params.year, req.body),
  );
};
