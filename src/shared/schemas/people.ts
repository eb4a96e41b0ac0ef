import { Type, type Static } from "typebox";
import { isUnitKind, unitKinds } from "../audit.js";
import { roles } from "../roles.js";
import { NAME_MAX } from "../text.js";
import { Nullable, StringEnum, Uuid } from "./common.js";

/**
 * The people records (users, grants, units) and what the admin pages send: one definition for the server's routes,
 * its service inputs and the web (decision 013).
 */

export const Lang = Type.Union([Type.Literal("vi"), Type.Literal("en")]);
export const RoleT = StringEnum(roles);
export const UnitRef = Nullable(Type.Object({ id: Type.String(), nameVi: Type.String(), nameEn: Type.String() }));
export const Grant = Type.Object({
  id: Type.String(),
  role: RoleT,
  scopeKind: Type.String(),
  scopeId: Nullable(Type.String()),
  scopeLabel: Nullable(Type.String()),
});
export const User = Type.Object({
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
export const Unit = Type.Object({
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

/** A role in a scope, as a grant form sends it. */
export const GrantInput = Type.Object({
  role: RoleT,
  scopeId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
});

export const InviteInput = Type.Object({
  email: Type.String({ format: "email", maxLength: 320 }),
  name: Name,
  title: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  unitId: Type.Optional(Nullable(Uuid)),
  organisation: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  language: Lang,
  external: Type.Optional(Type.Boolean()),
  grants: Type.Optional(
    Type.Array(GrantInput, {
      maxItems: 20,
    }),
  ),
});
export const Invited = Type.Object({ user: User, link: Type.String() });

export const UserPatch = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  name: Type.Optional(Name),
  title: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  unitId: Type.Optional(Nullable(Uuid)),
  organisation: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  language: Type.Optional(Lang),
  active: Type.Optional(Type.Boolean()),
});

/** A scope the grant form offers: its id (sent with the grant), its name and an optional second line. */
export const ScopeOption = Type.Object({
  id: Type.String(),
  label: Type.String(),
  description: Nullable(Type.String()),
});
/** `more`: more scopes match than the list holds, a narrower search finds them. */
export const ScopeList = Type.Object({ items: Type.Array(ScopeOption), more: Type.Boolean() });

const UnitName = Type.String({ minLength: 1, maxLength: 200 });
const UnitCode = Type.String({ minLength: 1, maxLength: 30, pattern: "^[A-Za-z0-9_-]+$" });
export const UnitKindT = StringEnum(Object.keys(unitKinds).filter(isUnitKind));

export const NewUnit = Type.Object(
  { parentId: Uuid, code: UnitCode, nameVi: UnitName, nameEn: UnitName, kind: UnitKindT },
  { additionalProperties: false },
);
export const UnitPatch = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
    nameVi: Type.Optional(UnitName),
    nameEn: Type.Optional(UnitName),
    code: Type.Optional(UnitCode),
    kind: Type.Optional(UnitKindT),
    parentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export const UnitMember = Type.Object({
  id: Type.String(),
  name: Type.String(),
  title: Nullable(Type.String()),
  email: Type.String(),
});

export type Grant = Static<typeof Grant>;
export type User = Static<typeof User>;
export type Unit = Static<typeof Unit>;
export type GrantInput = Static<typeof GrantInput>;
export type InviteInput = Static<typeof InviteInput>;
export type Invited = Static<typeof Invited>;
export type UserPatch = Static<typeof UserPatch>;
export type ScopeOption = Static<typeof ScopeOption>;
export type ScopeList = Static<typeof ScopeList>;
export type NewUnit = Static<typeof NewUnit>;
export type UnitPatch = Static<typeof UnitPatch>;
export type UnitMember = Static<typeof UnitMember>;
