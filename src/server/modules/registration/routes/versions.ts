/**
 * Submitted versions of a delegation's list (a stable contract), their diffs, and what is not yet submitted.
 * Registered by ../routes.ts.
 */
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { Nullable, Uuid, errors } from "../../../http/schemas.js";
import { DelegationParams } from "../../meetings/api-schemas.js";
import { OptText } from "../../../../shared/schemas/common.js";
import { diffVersions, getVersion, listVersions, submitVersion, unsubmittedChanges } from "../versions.js";
import { DiffBody, Diff, VersionRecord, VersionSummary, tags } from "./schemas.js";

export const versionRoutes: RoutesFn = (app, ctx) => {
  // ------------------------------------------------------------ versions (stable contract)
  app.get(
    "/meetings/:id/delegations/:delegationId/versions",
    {
      schema: {
        tags,
        summary: "Every submission of the delegation's list, oldest first (host, the contact, committee members)",
        params: DelegationParams,
        response: { 200: Type.Array(VersionSummary), ...errors },
      },
    },
    async (req) => listVersions(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/versions",
    {
      schema: {
        tags,
        summary:
          "Submit the list: freezes the delegation's delegates as the next version (contact, or host on its behalf)",
        params: DelegationParams,
        body: Type.Object({ note: OptText(1000) }),
        response: {
          201: VersionRecord,
          ...errors,
        },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await submitVersion(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body.note ?? null),
        ),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/versions/:number",
    {
      schema: {
        tags,
        summary: "One submission with its delegates as they were (personal data only in the full view)",
        params: Type.Object({ id: Uuid, delegationId: Uuid, number: Type.Integer({ minimum: 1 }) }),
        response: {
          200: VersionRecord,
          ...errors,
        },
      },
    },
    async (req) => getVersion(ctx, requireActor(req), req.params.id, req.params.delegationId, req.params.number),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/versions/:a/diff/:b",
    {
      schema: {
        tags,
        summary:
          "What changed from submission a to submission b: delegates added, removed, and changed fields with before/after, matched by delegate id",
        params: Type.Object({
          id: Uuid,
          delegationId: Uuid,
          a: Type.Integer({ minimum: 1 }),
          b: Type.Integer({ minimum: 1 }),
        }),
        response: { 200: Diff, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return diffVersions(ctx, requireActor(req), p.id, p.delegationId, p.a, p.b);
    },
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/registration/unsubmitted",
    {
      schema: {
        tags,
        summary: "What changed since the last submission (everything is new before the first)",
        params: DelegationParams,
        response: { 200: Type.Object({ from: Nullable(VersionSummary), ...DiffBody }), ...errors },
      },
    },
    async (req) => unsubmittedChanges(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );
};
