/** The decision table (issue 12 item 3, decision 024): read by anyone in the register, written by the ICD. */
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { errors } from "../../../http/schemas.js";
import { RuleTable, RulesBody } from "../../../../shared/schemas/cooperation-route.js";
import { getRuleVersions, getRules, putRules } from "../rules.js";

const tags = ["cooperation"];

export const rulesRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/cooperation/rules",
    {
      schema: {
        tags,
        summary:
          "The current decision table: rules in order, the first whose conditions all hold routes an activity; the last has no condition",
        response: { 200: RuleTable, ...errors },
      },
    },
    async (req) => getRules(ctx, requireActor(req)),
  );

  app.put(
    "/cooperation/rules",
    {
      schema: {
        tags,
        summary:
          "Write a new version of the whole table (ICD officers, administrators), from the `version` read (stale: 409). At least one rule, unique ids, the last rule without conditions. Audited; routed activities keep their version.",
        body: RulesBody,
        response: { 200: RuleTable, ...errors },
      },
    },
    async (req) => putRules(ctx, requireActor(req), req.body),
  );

  app.get(
    "/cooperation/rules/versions",
    {
      schema: {
        tags,
        summary: "Every version of the decision table, newest first",
        response: { 200: Type.Array(RuleTable), ...errors },
      },
    },
    async (req) => getRuleVersions(ctx, requireActor(req)),
  );
};
