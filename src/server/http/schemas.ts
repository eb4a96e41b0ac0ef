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

export const IdParams = Type.Object({ id: Uuid });
export const Ok = Type.Object({ ok: Type.Literal(true) });
