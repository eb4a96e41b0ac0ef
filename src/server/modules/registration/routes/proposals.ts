/**
 * Change proposals after the deadline: the contact proposes, the host accepts or refuses. Registered by ../routes.ts.
 */
import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { Nullable, StringEnum, Uuid, errors } from "../../../http/schemas.js";
import { PHOTO_MAX_BYTES } from "../../meetings/delegates.js";
import { DelegationParams } from "../../meetings/api-schemas.js";
import { OptText } from "../../../../shared/schemas/common.js";
import { acceptProposal, createProposal, listProposals, refuseProposal, withdrawProposal } from "../proposals.js";
import { DelegatePatch, Proposal, Version, base64, tags } from "./schemas.js";

export const proposalRoutes: RoutesFn = (app, ctx) => {
  // ------------------------------------------------------------ change proposals (after the deadline)
  app.get(
    "/meetings/:id/delegations/:delegationId/proposals",
    {
      schema: {
        tags,
        summary: "The delegation's change proposals and their outcome, newest first (host and the contact)",
        params: DelegationParams,
        response: { 200: Type.Array(Proposal), ...errors },
      },
    },
    async (req) => listProposals(ctx, requireActor(req), req.params.id, req.params.delegationId),
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/proposals",
    {
      schema: {
        tags,
        summary:
          "Propose a change (the contact, after the deadline): add a delegate, edit one (the changed fields, against the version read) or remove one",
        params: DelegationParams,
        body: Type.Object({
          kind: StringEnum(["add", "edit", "remove"] as const),
          delegateId: Type.Optional(Uuid),
          delegateVersion: Type.Optional(Version),
          changes: Type.Optional(DelegatePatch),
          photo: Type.Optional(Nullable(base64(PHOTO_MAX_BYTES))),
          note: OptText(1000),
        }),
        response: { 201: Proposal, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createProposal(ctx, requireActor(req), req.params.id, req.params.delegationId, req.body)),
  );

  const ProposalParams = Type.Object({ id: Uuid, delegationId: Uuid, proposalId: Uuid });
  app.post(
    "/meetings/:id/delegations/:delegationId/proposals/:proposalId/accept",
    {
      schema: {
        tags,
        summary: "Accept a proposal: the change is applied in one transaction (host)",
        params: ProposalParams,
        body: Type.Object({ version: Version }),
        response: { 200: Proposal, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return acceptProposal(ctx, requireActor(req), p.id, p.delegationId, p.proposalId, req.body.version);
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/proposals/:proposalId/refuse",
    {
      schema: {
        tags,
        summary: "Refuse a proposal, with the reason the contact will read (host)",
        params: ProposalParams,
        body: Type.Object({ version: Version, reason: Type.String({ minLength: 1, maxLength: 1000 }) }),
        response: { 200: Proposal, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return refuseProposal(
        ctx,
        requireActor(req),
        p.id,
        p.delegationId,
        p.proposalId,
        req.body.version,
        req.body.reason,
      );
    },
  );

  app.post(
    "/meetings/:id/delegations/:delegationId/proposals/:proposalId/withdraw",
    {
      schema: {
        tags,
        summary: "Withdraw one's own pending proposal (the contact)",
        params: ProposalParams,
        body: Type.Object({ version: Version }),
        response: { 200: Proposal, ...errors },
      },
    },
    async (req) => {
      const p = req.params;
      return withdrawProposal(ctx, requireActor(req), p.id, p.delegationId, p.proposalId, req.body.version);
    },
  );
};
