import { NAME_MAX } from "../../../shared/text.js";
import { Type } from "typebox";
import type { RoutesFn } from "../../context.js";
import { requireActor } from "../../http/plugin.js";
import { IdParams, Nullable, StringEnum, Uuid, errors } from "../../http/schemas.js";
import { roles, scopedKinds } from "../../../shared/roles.js";
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
import { unitKinds, type UnitKind } from "../../../shared/audit.js";

const Lang = Type.Union([Type.Literal("vi"), Type.Literal("en")]);
const RoleT = StringEnum(roles);
const UnitRef = Nullable(Type.Object({ id: Type.String(), nameVi: Type.String(), nameEn: Type.String() }));
const Grant = Type.Object({
  id: Type.String(),
  role: RoleT,
  scopeKind: Type.String(),
  scopeId: Nullable(Type.String()),
  scopeLabel: Nullable(Type.String()),
});
const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  title: Nullable(Type.String()),
  organisation: Nullable(Type.String()),
  language: Lang,
  active: Type.Boolean(),
  external: Type.Boolean(),
  locked: Type.Boolean(),
  invited: Type.Boolean(),
  lastLoginAt: Nullable(Type.String()),
  version: Type.Integer(),
  unit: UnitRef,
  grants: Type.Array(Grant),
});
const Unit = Type.Object({
  id: Type.String(),
  parentId: Nullable(Type.String()),
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  kind: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer(),
});
const Name = Type.String({ minLength: 1, maxLength: NAME_MAX });

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
        body: Type.Object({
          email: Type.String({ format: "email", maxLength: 320 }),
          name: Name,
          title: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          unitId: Type.Optional(Nullable(Uuid)),
          organisation: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          language: Lang,
          external: Type.Optional(Type.Boolean()),
          grants: Type.Optional(
            Type.Array(
              Type.Object({ role: RoleT, scopeId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))) }),
              {
                maxItems: 20,
              },
            ),
          ),
        }),
        response: { 201: Type.Object({ user: User, link: Type.String() }), ...errors },
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
        body: Type.Object({
          version: Type.Integer({ minimum: 1 }),
          name: Type.Optional(Name),
          title: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          unitId: Type.Optional(Nullable(Uuid)),
          organisation: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
          language: Type.Optional(Lang),
          active: Type.Optional(Type.Boolean()),
        }),
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
        body: Type.Object({ role: RoleT, scopeId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))) }),
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
          200: Type.Object({
            items: Type.Array(
              Type.Object({ id: Type.String(), label: Type.String(), description: Nullable(Type.String()) }),
            ),
            more: Type.Boolean(),
          }),
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

  const UnitName = Type.String({ minLength: 1, maxLength: 200 });
  const UnitCode = Type.String({ minLength: 1, maxLength: 30, pattern: "^[A-Za-z0-9_-]+$" });
  const Kind = StringEnum(Object.keys(unitKinds) as UnitKind[]);

  app.post(
    "/units",
    {
      schema: {
        tags: ["people"],
        summary: "Add a unit under a parent (administrators); audited",
        body: Type.Object(
          { parentId: Uuid, code: UnitCode, nameVi: UnitName, nameEn: UnitName, kind: Kind },
          { additionalProperties: false },
        ),
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
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
            nameVi: Type.Optional(UnitName),
            nameEn: Type.Optional(UnitName),
            code: Type.Optional(UnitCode),
            kind: Type.Optional(Kind),
            parentId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
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
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              name: Type.String(),
              title: Nullable(Type.String()),
              email: Type.String(),
            }),
          ),
          ...errors,
        },
      },
    },
    async (req) => listUnitMembers(ctx, requireActor(req), req.params.id),
  );
};
