import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { IdParams, errors } from "../../../http/schemas.js";
import { Readiness, ReadinessQuery } from "../../../../shared/schemas/committee.js";
import { getReadiness } from "../readiness.js";

const tags = ["committee"];

/** Readiness at a glance (issue 13, point 3). */
export const readinessRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/readiness",
    {
      schema: {
        tags,
        summary:
          "Readiness of the meeting's preparation as of the end of a day (asOf, YYYY-MM-DD; today when absent) in " +
          "the meeting's time zone: done / open / overdue / blocked and the percent done, overall and per " +
          "sub-committee, and the critical path of open tasks. ICD and the meeting's committee members.",
        params: IdParams,
        querystring: ReadinessQuery,
        response: { 200: Readiness, ...errors },
      },
    },
    async (req) => getReadiness(ctx, requireActor(req), req.params.id, req.query.asOf),
  );
};
