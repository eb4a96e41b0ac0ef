import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, StringEnum, Uuid, errors } from "../../http/schemas.js";
import { scopedKinds } from "../../../shared/roles.js";
import { SCOPE_SEARCH_LIMIT, searchScopes } from "./scopes.js";
import {
  addGrant,
  getUser,
  inviteUser,
  listUnitMembers,
  listUnits,
  listUsers,
  removeGrant,
  updateUser,
  USER_PAGE_MAX,
} from "./service.js";
import { createUnit, updateUnit } from "./units.js";
import {
  GrantInput,
  InviteInput,
  Invited,
  NewUnit,
  ScopeList,
  Unit,
  UnitMember,
  UnitPatch,
  User,
  UserPatch,
} from "../../../shared/schemas/people.js";

export const peopleRoutes: RoutesFn = (app, ctx) => {
  app.get(
    "/users",
    {
      schema: {
        tags: ["people"],
        summary: `List users (administrators, ICD officers) in name order; q searches name, e-mail and title ignoring diacritics. One page of at most ${USER_PAGE_MAX} (offset, limit); the X-Total-Count header counts every match`,
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          unitId: Type.Optional(Uuid),
          includeInactive: Type.Optional(Type.Boolean()),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: USER_PAGE_MAX })),
        }),
        response: {
          200: Type.Array(User, {
            headers: {
              "X-Total-Count": { type: "integer", description: "How many users match, on every page together" },
            },
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { users, total } = await listUsers(ctx, requireActor(req), req.query);
      reply.header("x-total-count", total);
      return users;
    },
  );

  app.get(
    "/users/:id",
    { schema: { tags: ["people"], summary: "One user", params: IdParams, response: { 200: User, ...errors } } },
    async (req) => getUser(ctx, requireActor(req), req.params.id),
  );

  app.post(
    "/users",
    {
      schema: {
        tags: ["people"],
        summary: "Invite a user: creates the account and e-mails a link to set the password",
        body: InviteInput,
        response: { 201: Invited, ...errors },
      },
    },
    async (req, reply) => {
      const res = await inviteUser(ctx, requireActor(req), req.body);
      return reply.status(201).send(res);
    },
  );

  app.patch(
    "/users/:id",
    {
      schema: {
        tags: ["people"],
        summary: "Edit or deactivate a user; send the version you read (409 when stale)",
        params: IdParams,
        body: UserPatch,
        response: { 200: User, ...errors },
      },
    },
    async (req) => updateUser(ctx, requireActor(req), req.params.id, req.body),
  );

  app.post(
    "/users/:id/grants",
    {
      schema: {
        tags: ["people"],
        summary: "Grant a role in a scope",
        params: IdParams,
        body: GrantInput,
        response: { 200: User, ...errors },
      },
    },
    async (req) => addGrant(ctx, requireActor(req), req.params.id, req.body.role, req.body.scopeId),
  );

  app.delete(
    "/users/:id/grants/:grantId",
    {
      schema: {
        tags: ["people"],
        summary: "Revoke a grant",
        params: Type.Object({ id: Uuid, grantId: Uuid }),
        response: { 200: User, ...errors },
      },
    },
    async (req) => removeGrant(ctx, requireActor(req), req.params.id, req.params.grantId),
  );

  app.get(
    "/scopes",
    {
      schema: {
        tags: ["people"],
        summary: `The scopes of a kind an administrator may grant (for the grant form), named in the caller's language; q matches every word ignoring diacritics; at most ${SCOPE_SEARCH_LIMIT}, more: true when a narrower search would find others`,
        querystring: Type.Object({
          kind: StringEnum(scopedKinds),
          q: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: {
          200: ScopeList,
          ...errors,
        },
      },
    },
    async (req) => searchScopes(ctx.db, requireActor(req), req.query.kind, req.query.q),
  );

  app.get(
    "/units",
    {
      schema: {
        tags: ["people"],
        summary: "The ministry's units (a tree through parentId)",
        response: { 200: Type.Array(Unit), ...errors },
      },
    },
    async (req) => {
      requireActor(req);
      return listUnits(ctx);
    },
  );

  app.post(
    "/units",
    {
      schema: {
        tags: ["people"],
        summary: "Add a unit under a parent (administrators); audited",
        body: NewUnit,
        response: { 201: Unit, ...errors },
      },
    },
    async (req, reply) => {
      const unit = await createUnit(ctx, requireActor(req), req.body);
      reply.code(201);
      return unit;
    },
  );

  app.patch(
    "/units/:id",
    {
      schema: {
        tags: ["people"],
        summary: "Rename a unit, change its code or kind, or move it under another parent (administrators); audited",
        params: IdParams,
        body: UnitPatch,
        response: { 200: Unit, ...errors },
      },
    },
    async (req) => updateUnit(ctx, requireActor(req), req.params.id, req.body),
  );

  app.get(
    "/units/:id/members",
    {
      schema: {
        tags: ["people"],
        summary: "The people of a unit (administrators, ICD, and the unit's own officers)",
        params: IdParams,
        response: {
          200: Type.Array(UnitMember),
          ...errors,
        },
      },
    },
    async (req) => listUnitMembers(ctx, requireActor(req), req.params.id),
  );
};
