import { Type } from "typebox";
import type { RoutesFn } from "../../../context.js";
import { requireActor } from "../../../http/plugin.js";
import { errors } from "../../../http/schemas.js";
import {
  Committee,
  CommitteeMemberBody,
  CommitteeMemberPatch,
  CommitteeParams,
  InviteMemberBody,
  MemberParams,
  SeatBody,
  SeatParams,
  SeatPatch,
  SubcommitteeBody,
  SubcommitteeParams,
  SubcommitteePatch,
  VersionQuery,
} from "../../../../shared/schemas/committee.js";
import {
  addSeat,
  createMember,
  createSubcommittee,
  deleteMember,
  deleteSubcommittee,
  getCommittee,
  inviteMember,
  removeSeat,
  updateMember,
  updateSeat,
  updateSubcommittee,
} from "../committee.js";

const tags = ["committee"];
const ok = { 200: Committee, ...errors };

/** The committee itself (issue 13, point 1): reading it, and the ICD's edits. Every write answers the whole committee. */
export const committeeMembersRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/meetings/:id/committee",
    {
      schema: {
        tags,
        summary:
          "The meeting's organising committee: sub-committees in order with head, deputies and seats (phone and " +
          "e-mail included), and the whole committee's members, chair first (the ICD and the meeting's committee members)",
        params: CommitteeParams,
        response: ok,
      },
    },
    async (req) => getCommittee(ctx, requireActor(req), req.params.id),
  );

  app.post(
    "/meetings/:id/committee/subcommittees",
    {
      schema: {
        tags,
        summary: "Adds a sub-committee (ICD). Audited.",
        params: CommitteeParams,
        body: SubcommitteeBody,
        response: ok,
      },
    },
    async (req) => createSubcommittee(ctx, requireActor(req), req.params.id, req.body),
  );

  app.patch(
    "/meetings/:id/committee/subcommittees/:subId",
    {
      schema: {
        tags,
        summary: "Renames a sub-committee, changes its remit or order (ICD), with the version read. Audited.",
        params: SubcommitteeParams,
        body: SubcommitteePatch,
        response: ok,
      },
    },
    async (req) => updateSubcommittee(ctx, requireActor(req), req.params.id, req.params.subId, req.body),
  );

  app.delete(
    "/meetings/:id/committee/subcommittees/:subId",
    {
      schema: {
        tags,
        summary: "Deletes a sub-committee that has no tasks (ICD), with the version read. Audited.",
        params: SubcommitteeParams,
        querystring: VersionQuery,
        response: ok,
      },
    },
    async (req) => deleteSubcommittee(ctx, requireActor(req), req.params.id, req.params.subId, req.query.version),
  );

  app.post(
    "/meetings/:id/committee/subcommittees/:subId/seats",
    {
      schema: {
        tags,
        summary: "Seats a member in a sub-committee with a role: once per sub-committee, one head (ICD). Audited.",
        params: SubcommitteeParams,
        body: SeatBody,
        response: ok,
      },
    },
    async (req) => addSeat(ctx, requireActor(req), req.params.id, req.params.subId, req.body),
  );

  app.patch(
    "/meetings/:id/committee/subcommittees/:subId/seats/:memberId",
    {
      schema: {
        tags,
        summary: "Changes a member's role in a sub-committee (ICD), with the sub-committee's version. Audited.",
        params: SeatParams,
        body: SeatPatch,
        response: ok,
      },
    },
    async (req) => updateSeat(ctx, requireActor(req), req.params.id, req.params.subId, req.params.memberId, req.body),
  );

  app.delete(
    "/meetings/:id/committee/subcommittees/:subId/seats/:memberId",
    {
      schema: {
        tags,
        summary: "Takes a member out of a sub-committee (ICD), with the sub-committee's version. Audited.",
        params: SeatParams,
        querystring: VersionQuery,
        response: ok,
      },
    },
    async (req) =>
      removeSeat(ctx, requireActor(req), req.params.id, req.params.subId, req.params.memberId, req.query.version),
  );

  app.post(
    "/meetings/:id/committee/members",
    {
      schema: {
        tags,
        summary: "Adds a committee member (ICD). Audited.",
        params: CommitteeParams,
        body: CommitteeMemberBody,
        response: ok,
      },
    },
    async (req) => createMember(ctx, requireActor(req), req.params.id, req.body),
  );

  app.patch(
    "/meetings/:id/committee/members/:memberId",
    {
      schema: {
        tags,
        summary: "Changes a committee member (ICD), with the version read. Audited.",
        params: MemberParams,
        body: CommitteeMemberPatch,
        response: ok,
      },
    },
    async (req) => updateMember(ctx, requireActor(req), req.params.id, req.params.memberId, req.body),
  );

  app.delete(
    "/meetings/:id/committee/members/:memberId",
    {
      schema: {
        tags,
        summary:
          "Deletes a committee member who owns no task and is responsible for no cue or plan (ICD), with the " +
          "version read. Audited.",
        params: MemberParams,
        querystring: VersionQuery,
        response: ok,
      },
    },
    async (req) => deleteMember(ctx, requireActor(req), req.params.id, req.params.memberId, req.query.version),
  );

  app.post(
    "/meetings/:id/committee/members/:memberId/invite",
    {
      schema: {
        tags,
        summary:
          "Invites a member to Focal (ICD): an account for their e-mail (or the existing one), a committee_member " +
          "grant on this meeting and the invitation e-mail when they have no password yet. Audited.",
        params: MemberParams,
        body: InviteMemberBody,
        response: { 200: Type.Object({ committee: Committee, invited: Type.Boolean() }), ...errors },
      },
    },
    async (req) => inviteMember(ctx, requireActor(req), req.params.id, req.params.memberId, req.body),
  );
};
