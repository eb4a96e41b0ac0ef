import { Type, type TSchema } from "typebox";

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

export const Uuid = Type.String({ format: "uuid" });
export const IdParams = Type.Object({ id: Uuid });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const Ok = Type.Object({ ok: Type.Literal(true) });
/** Dates travel as ISO 8601; the web shows them as dd/MM/yyyy. */
export const IsoDate = Type.String({ format: "date" });
export const IsoDateTime = Type.String({ format: "date-time" });

/** A string restricted to a list of values, typed as their union. */
export const StringEnum = <T extends string>(values: readonly T[], opts: { description?: string } = {}) =>
  Type.Unsafe<T>({ type: "string", enum: [...values], ...opts });
