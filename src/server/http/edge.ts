/**
 * Input at the edge (issue 11 item 4, decision 020): what a request may be before any of it is parsed or read.
 * - Size: anonymous routes take at most `ANONYMOUS_BODY_LIMIT` (sign-in, opening a registration link); Fastify
 *   stops reading past a route's `bodyLimit` and answers 413, so a big body is never buffered whole.
 * - Depth: the JSON body's nesting is counted on the raw text in one pass before `JSON.parse` (which recurses);
 *   more than `JSON_MAX_DEPTH` levels is a 400. A `__proto__` key is refused as Fastify's own parser refused it.
 * - Numbers: every integer and number a request schema declares is bounded (`boundNumbers`): ids, versions, page
 *   sizes and offsets fit PostgreSQL's `integer`, so `version: 1e308` or `?offset=99999999999999999999` is a 400
 *   naming the field, not a database error.
 * - Types: bodies are validated without coercion (`buildValidator`): a number sent for a text field is refused,
 *   not stored as "123456". Query strings and route parameters are text by nature and are still coerced.
 * - Fastify's own answers (bad URL, 414 for an over-long path parameter) go through `frameworkErrors` into the
 *   one error shape, in the caller's language.
 */
import type { FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import type AjvCompiler from "@fastify/ajv-compiler";
import { appError } from "./errors.js";
import type { AjvValidate, LazySchemas } from "./lazySchemas.js";
import { onFirstUse } from "../lib/onFirstUse.js";
import { langFromHeader } from "./lang.js";
import { INT_MAX, INT_MIN } from "./schemas.js";
import { isRecord } from "../../shared/records.js";

/** The largest body an anonymous route reads (its JSON is an e-mail and a password, or a link's token). */
export const ANONYMOUS_BODY_LIMIT = 16 * 1024;
/** The deepest a JSON body may nest: Focal's deepest body (a proposal's payload in an object) is four levels. */
export const JSON_MAX_DEPTH = 32;
/** Plain numbers (figures of a report) stay well inside the doubles that add up exactly. */
export const NUMBER_LIMIT = 1e15;

/** True when the JSON text nests objects and arrays more than `max` levels (brackets inside strings do not count). */
export function jsonTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** A reviver that refuses the keys that would reach an object's prototype once the value is merged somewhere. */
function refuseProto(this: unknown, key: string, value: unknown): unknown {
  if (key === "__proto__") throw appError("BAD_JSON", {}, { reason: "__proto__" });
  if (key === "constructor" && value && typeof value === "object" && Object.hasOwn(value, "prototype")) {
    throw appError("BAD_JSON", {}, { reason: "constructor.prototype" });
  }
  return value;
}

/** Parses a JSON body after checking its depth; the errors are ours (BAD_JSON, JSON_TOO_DEEP), in the error shape. */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) throw appError("BAD_JSON", {}, { reason: "empty" });
  if (jsonTooDeep(text, JSON_MAX_DEPTH)) throw appError("JSON_TOO_DEEP", { max: JSON_MAX_DEPTH });
  try {
    const value: unknown =
      text.includes("__proto__") || text.includes("constructor") ? JSON.parse(text, refuseProto) : JSON.parse(text);
    return value;
  } catch (e) {
    if (e instanceof SyntaxError) throw appError("BAD_JSON", {}, { reason: "syntax" });
    throw e;
  }
}

type Schema = Record<string, unknown>;

/** The schema with every integer bounded to PostgreSQL's `integer` and every number to ±`NUMBER_LIMIT`. */
export function boundNumbers(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(boundNumbers);
  if (!isRecord(schema)) return schema;
  const s = schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    // `properties`, `patternProperties`, `$defs` hold schemas by name; `enum`, `const`, `default` hold values.
    if (k === "enum" || k === "const" || k === "default" || k === "examples") out[k] = v;
    else if ((k === "properties" || k === "patternProperties" || k === "$defs" || k === "definitions") && isRecord(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, x]) => [name, boundNumbers(x)]));
    } else out[k] = boundNumbers(v);
  }
  const types = [s.type].flat();
  const integer = types.includes("integer");
  if (integer || types.includes("number")) {
    const [lo, hi] = integer ? [INT_MIN, INT_MAX] : [-NUMBER_LIMIT, NUMBER_LIMIT];
    if (typeof s.maximum !== "number" && typeof s.exclusiveMaximum !== "number") out.maximum = hi;
    if (typeof s.minimum !== "number" && typeof s.exclusiveMinimum !== "number") out.minimum = lo;
  }
  return out;
}

/**
 * The `onRoute` rule of the edge: request schemas' numbers bounded, and anonymous routes limited to
 * `ANONYMOUS_BODY_LIMIT` unless they say otherwise.
 */
export function edgeRoute(route: RouteOptions): void {
  const schema = route.schema;
  if (schema) {
    for (const part of ["body", "querystring", "params", "headers"] as const) {
      if (schema[part]) schema[part] = boundNumbers(schema[part]);
    }
  }
  if (route.config?.auth === "public" && route.bodyLimit === undefined) route.bodyLimit = ANONYMOUS_BODY_LIMIT;
}

type BuildValidator = ReturnType<typeof AjvCompiler>;
/** Ajv (with Fastify's compiler around it) is loaded when the first schema is compiled, not at start. */
const ajvCompiler = onFirstUse<typeof AjvCompiler>("@fastify/ajv-compiler");

/**
 * Fastify's Ajv compiler, twice: bodies without type coercion (a number or a boolean for a text field is refused),
 * query strings and route parameters with it (they arrive as text: `?limit=50`). Each validator is compiled when
 * first used (`schemas`, http/lazySchemas.ts), and the two Ajv instances are made then.
 */
export function buildValidator(schemas: LazySchemas): BuildValidator {
  return ((externalSchemas, options) => {
    let made: { coercing: ReturnType<BuildValidator>; strict: ReturnType<BuildValidator> } | undefined;
    const compilers = () => {
      if (made) return made;
      const factory = ajvCompiler()();
      const customOptions = { ...(options?.customOptions as Record<string, unknown> | undefined), coerceTypes: false };
      made = {
        coercing: factory(externalSchemas, options),
        strict: factory(externalSchemas, { ...options, customOptions } as Parameters<typeof factory>[1]),
      };
      return made;
    };
    return (route: { method?: string; url?: string; httpPart?: string }) =>
      schemas.validator(route, () =>
        route.httpPart === "body"
          ? (compilers().strict(route) as AjvValidate)
          : finiteOnly(compilers().coercing(route) as AjvValidate),
      );
  }) as BuildValidator;
}

/**
 * Ajv coerces the text `1e400` to Infinity, which then passes `integer` and `maximum` (Ajv 8.17): a query string's
 * or a parameter's number that is not finite is refused as over the maximum, like any other too-large number.
 */
function finiteOnly(validate: AjvValidate): AjvValidate {
  const wrapped: AjvValidate = (data, ctx) => {
    const ok = validate(data, ctx);
    if (ok !== true) {
      wrapped.errors = validate.errors;
      return ok;
    }
    const bad = data && typeof data === "object" ? nonFinite(data) : null;
    wrapped.errors = bad
      ? [{ instancePath: `/${bad}`, schemaPath: "", keyword: "maximum", params: { limit: INT_MAX }, message: "" }]
      : null;
    return bad === null;
  };
  if (validate.schemaEnv) wrapped.schemaEnv = validate.schemaEnv;
  return wrapped;
}

function nonFinite(data: object): string | null {
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === "number" && !Number.isFinite(v)) return k;
    if (Array.isArray(v) && v.some((x) => typeof x === "number" && !Number.isFinite(x))) return k;
  }
  return null;
}

/**
 * Fastify's answers before a route is found: a URL that does not decode (400) and a path parameter longer than the
 * router takes (414), in the error shape and the language the caller asked for (no session is read yet).
 */
export function frameworkErrors(err: { code?: string }, req: FastifyRequest, reply: FastifyReply): void {
  const lang = langFromHeader(req.headers["accept-language"]);
  const e = err.code === "FST_ERR_MAX_PARAM_LENGTH" ? appError("URI_TOO_LONG") : appError("BAD_REQUEST");
  void reply
    .status(e.status)
    .send({ error: { code: e.code, message: e.localized(lang), details: { reason: err.code ?? null } } });
}
