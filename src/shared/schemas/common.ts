import { Type, type TNull, type TSchema, type TUnion } from "typebox";

/**
 * TypeBox building blocks shared by the server's route schemas and the web's types (decision 013). A record's
 * schema is written once with these in `src/shared/schemas/<area>.ts`; the server validates and serialises with it,
 * the web takes its type as `Static<typeof X>`.
 */

export const Uuid = Type.String({ format: "uuid" });
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
/** Dates travel as ISO 8601; the web shows them as dd/MM/yyyy. */
export const IsoDate = Type.String({ format: "date" });
export const IsoDateTime = Type.String({ format: "date-time" });

/** A string restricted to a list of values, typed as their union. */
export const StringEnum = <T extends string>(values: readonly T[], opts: { description?: string } = {}) =>
  Type.Unsafe<T>({ type: "string", enum: [...values], ...opts });

/** An optional field that may also be null. */
export const Opt = <T extends TSchema>(t: T) => Type.Optional(Nullable(t));
/** Optional text up to `max` characters (null and "" allowed). */
export const OptText = (max = 500) => Type.Optional(Nullable(Type.String({ maxLength: max })));
export const DateStr = Type.String({ format: "date", description: "YYYY-MM-DD" });
/** An optional day: YYYY-MM-DD, "" or null. */
export const OptDate = Type.Optional(Nullable(Type.Union([DateStr, Type.Literal("")])));
/** A wall-clock time hh:mm or hh:mm:ss, or "". */
export const Time = Type.Union([Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$" }), Type.Literal("")]);
/** An IATA airport code (any case), or "". */
export const Airport = Type.Union([Type.String({ pattern: "^[A-Za-z]{3}$" }), Type.Literal("")]);
