import { Type, type TNull, type TSchema, type TUnion } from "typebox";

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

export const Uuid = Type.String({ format: "uuid" });
export const IdParams = Type.Object({ id: Uuid });
/**
 * A value or null. Where the schema has a single `type`, this is OpenAPI's `nullable: true` (Ajv and
 * fast-json-stringify both honour it), because the app coerces types and an `anyOf [x, null]` would turn a null
 * sent by the client into 0, false or "". `nullable` does not widen an `enum`, so null joins the enum's values
 * (without it a `StringEnum` refused null, e.g. a delegate saved with no gender). Schemas without a `type` (unions)
 * fall back to `anyOf`.
 */
export const Nullable = <T extends TSchema>(t: T): TUnion<[T, TNull]> => {
  const { type, enum: values } = t as { type?: unknown; enum?: unknown[] };
  if (typeof type === "string") {
    const widened = Array.isArray(values) && !values.includes(null) ? { enum: [...values, null] } : {};
    return { ...t, nullable: true, ...widened } as unknown as TUnion<[T, TNull]>;
  }
  return Type.Union([t, Type.Null()]);
};
export const Ok = Type.Object({ ok: Type.Literal(true) });
/** Dates travel as ISO 8601; the web shows them as dd/MM/yyyy. */
export const IsoDate = Type.String({ format: "date" });
export const IsoDateTime = Type.String({ format: "date-time" });

/** A string restricted to a list of values, typed as their union. */
export const StringEnum = <T extends string>(values: readonly T[], opts: { description?: string } = {}) =>
  Type.Unsafe<T>({ type: "string", enum: [...values], ...opts });
