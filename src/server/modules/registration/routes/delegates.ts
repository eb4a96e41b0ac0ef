/**
 * The delegation contact's portal: their delegations, where the registration stands, the list's delegates (before the
 * deadline, or the host), and the host's accreditation. Registered by ../routes.ts.
 */
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { StringEnum, errors } from "../../../http/schemas.js";
import { accreditationStatuses } from "../../meetings/schema.js";
import { DelegateParams, DelegationParams } from "../../meetings/api-schemas.js";
import { Delegate, DelegateBody as DelegateFields } from "../../../../shared/schemas/meetings.js";
import { OptText } from "../../../../shared/schemas/common.js";
import {
  accredit,
  addDelegate,
  editDelegate,
  myDelegations,
  registrationOverview,
  removeDelegate,
} from "../service.js";
import { DelegatePatch, MyDelegation, Overview, Version, VersionQuery, tags } from "./schemas.js";

export const delegateRoutes: RoutesFn = (app, ctx) => {
  // ------------------------------------------------------------ the contact's portal
  app.get(
    "/registration/delegations",
    {
      schema: {
        tags,
        summary: "The delegations the signed-in person registers as their contact (empty for anyone else)",
        response: { 200: Type.Array(MyDelegation), ...errors },
      },
    },
    async (req) => myDelegations(ctx, requireActor(req)),
  );

  app.get(
    "/meetings/:id/delegations/:delegationId/registration",
    {
      schema: {
        tags,
        summary:
          "Where the delegation's registration stands: deadline, what the reader may do, last submission, unsubmitted changes",
        params: DelegationParams,
        response: { 200: Overview, ...errors },
      },
    },
    async (req) => registrationOverview(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/registration/delegates",
    {
      schema: {
        tags,
        summary: "Add a delegate (the delegation's contact before the deadline, or the host)",
        params: DelegationParams,
        body: Type.Object(DelegateFields),
        response: { 201: Delegate, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addDelegate(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  app.patch(
    "/meetings/:id/delegations/:delegationId/registration/delegates/:delegateId",
    {
      schema: {
        tags,
        summary:
          "Edit a delegate (contact before the deadline, or host); send the version you read. An identity change sends an accredited delegate back to pending",
        params: DelegateParams,
        body: Type.Object({ ...DelegatePatch.properties, version: Version }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return editDelegate(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, req.body);
    },
  );

  app.delete(
    "/meetings/:id/delegations/:delegationId/registration/delegates/:delegateId",
    {
      schema: {
        tags,
        summary: "Remove a delegate (contact before the deadline, or host)",
        params: DelegateParams,
        querystring: VersionQuery,
        response: { 200: Type.Object({ ok: Type.Literal(true) }), ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      await removeDelegate(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, req.query.version);
      return { ok: true as const };
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/delegates/:delegateId/accreditation",
    {
      schema: {
        tags,
        summary: "Accredit or reject a delegate (a rejection needs a reason), or set them back to pending (host)",
        params: DelegateParams,
        body: Type.Object({
          status: StringEnum(accreditationStatuses),
          reason: OptText(500),
          version: Version,
        }),
        response: { 200: Delegate, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return accredit(ctx, requireActor(req), p.id, p.delegationId, p.delegateId, req.body);
    },
  );
};
