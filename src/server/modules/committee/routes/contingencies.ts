import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { IdParams, Ok, Version, errors } from "../../../http/schemas.js";
import {
  Contingency,
  ContingencyBody,
  ContingencyCueParams,
  ContingencyListQuery,
  ContingencyOptions,
  ContingencyParams,
  ContingencyPatch,
} from "../../../../shared/schemas/committee.js";
import {
  contingencyOptions,
  createContingency,
  deleteContingency,
  getContingency,
  linkCue,
  listContingencies,
  updateContingency,
} from "../contingencies.js";

const tags = ["committee"];

/** Contingency plans (issue 13, point 5) and their links to the scripts' cues. */
export const contingencyRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/contingencies",
    {
      schema: {
        tags,
        summary:
          "The meeting's contingency plans, meeting-wide first then by session: q searches without diacritics; " +
          "kind; sessionId (or 'meeting' for meeting-wide ones). ICD and the meeting's committee members.",
        params: IdParams,
        querystring: ContingencyListQuery,
        response: { 200: Type.Array(Contingency), ...errors },
      },
    },
    async (req) => listContingencies(ctx, requireActor(req), req.params.id, req.query),
  );
  app.get(
    "/meetings/:id/contingency-options",
    {
      schema: {
        tags,
        summary: "What a contingency plan may name: the committee's members and the meeting's sessions",
        params: IdParams,
        response: { 200: ContingencyOptions, ...errors },
      },
    },
    async (req) => contingencyOptions(ctx, requireActor(req), req.params.id),
  );
  app.post(
    "/meetings/:id/contingencies",
    {
      schema: {
        tags,
        summary: "Adds a contingency plan (ICD, heads and deputies of sub-committees). Audited.",
        params: IdParams,
        body: ContingencyBody,
        response: { 200: Contingency, ...errors },
      },
    },
    async (req) => createContingency(ctx, requireActor(req), req.params.id, req.body),
  );
  app.get(
    "/meetings/:id/contingencies/:contingencyId",
    {
      schema: {
        tags,
        summary: "One contingency plan with the cues linked to it",
        params: ContingencyParams,
        response: { 200: Contingency, ...errors },
      },
    },
    async (req) => getContingency(ctx, requireActor(req), req.params.id, req.params.contingencyId),
  );
  app.patch(
    "/meetings/:id/contingencies/:contingencyId",
    {
      schema: {
        tags,
        summary: "Changes a contingency plan, with the version read. Audited.",
        params: ContingencyParams,
        body: ContingencyPatch,
        response: { 200: Contingency, ...errors },
      },
    },
    async (req) => updateContingency(ctx, requireActor(req), req.params.id, req.params.contingencyId, req.body),
  );
  app.delete(
    "/meetings/:id/contingencies/:contingencyId",
    {
      schema: {
        tags,
        summary: "Deletes a contingency plan (its cue links go with it), with the version read. Audited.",
        params: ContingencyParams,
        querystring: Type.Object({ version: Version }),
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await deleteContingency(ctx, requireActor(req), req.params.id, req.params.contingencyId, req.query.version);
      return { ok: true as const };
    },
  );
  app.put(
    "/meetings/:id/contingencies/:contingencyId/cues/:cueId",
    {
      schema: {
        tags,
        summary: "Links the plan to a cue of the same meeting's scripts. Audited.",
        params: ContingencyCueParams,
        response: { 200: Contingency, ...errors },
      },
    },
    async (req) => linkCue(ctx, requireActor(req), req.params.id, req.params.contingencyId, req.params.cueId, true),
  );
  app.delete(
    "/meetings/:id/contingencies/:contingencyId/cues/:cueId",
    {
      schema: {
        tags,
        summary: "Unlinks the plan from a cue. Audited.",
        params: ContingencyCueParams,
        response: { 200: Contingency, ...errors },
      },
    },
    async (req) => linkCue(ctx, requireActor(req), req.params.id, req.params.contingencyId, req.params.cueId, false),
  );
};
