import { Type } from "typebox";
import { Uuid } from "../../shared/schemas/common.js";

// The building blocks of record schemas live in src/shared/schemas/common.ts (the web reads them too).
export { IsoDate, IsoDateTime, Nullable, StringEnum, Uuid } from "../../shared/schemas/common.js";

/** The one error shape every failure uses. */
export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Unknown(),
  }),
});

/** Standard error responses to add to a route's `response`. */
export const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};

/** PostgreSQL's `integer`: versions, counts, offsets and page sizes all fit it (see `boundNumbers` in edge.ts). */
export const INT_MIN = -2_147_483_648;
export const INT_MAX = 2_147_483_647;
/** A whole number PostgreSQL's `integer` holds, at least `minimum` (0 unless said). */
export const Int = (opts: { minimum?: number; maximum?: number; description?: string } = {}) =>
  Type.Integer({ minimum: 0, maximum: INT_MAX, ...opts });
/** The `version` a write carries (the one the caller read): 1 or more. */
export const Version = Int({ minimum: 1 });
/** Where a page starts in a list. */
export const Offset = Int();
export const IdParams = Type.Object({ id: Uuid });
export const Ok = Type.Object({ ok: Type.Literal(true) });
