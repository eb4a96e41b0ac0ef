/**
 * Route schemas compiled when first needed (issue 15 point 2, decision 031).
 *
 * Fastify compiles every route's validators (Ajv) and response serialisers (fast-json-stringify) before it listens:
 * ~600 routes, a quarter of a start's CPU and the whole `app → listening` phase. Here each compiled function is a thin
 * stand-in that compiles its schema the first time it runs and keeps the result; a listening process then compiles
 * whatever is left in the background, one schema a turn of the event loop, so the first scan at the door does not
 * pay for it either. Tests that build the app for `inject` compile only the routes they call; `compileAll` compiles
 * the rest at once (the test that every schema compiles).
 */
import type { FastifyBaseLogger } from "fastify";
import type { SerializerFactory } from "@fastify/fast-json-stringify-compiler";

/** What a validator is to Fastify: a function that may carry Ajv's `errors` and `schemaEnv`. */
export interface AjvValidate {
  (data: unknown, ctx?: unknown): boolean | Promise<unknown>;
  errors?: unknown[] | null;
  schemaEnv?: unknown;
}

/** Where a schema belongs, for the log line when it does not compile. */
interface RouteSchema {
  method?: string;
  url?: string;
  httpPart?: string;
  httpStatus?: string;
}

export interface LazySchemas {
  /** A validator for `route` that compiles (`compile`) when it first runs. */
  validator(route: RouteSchema, compile: () => AjvValidate): AjvValidate;
  /** Fastify's serialiser factory (`build`, called when the first serialiser runs), its serialisers compiled then. */
  serializers(build: () => SerializerFactory): SerializerFactory;
  /** Schemas not compiled yet. */
  readonly waiting: number;
  /** Compiles every schema not compiled yet, now; throws the first that fails, naming its route. */
  compileAll(): void;
  /** Compiles them one a turn of the event loop until none is left or `stop` is called; failures are logged. */
  warm(log: FastifyBaseLogger): void;
  stop(): void;
}

function where(route: RouteSchema): string {
  const part = route.httpPart ?? (route.httpStatus ? `response ${route.httpStatus}` : "schema");
  return `${route.method ?? ""} ${route.url ?? ""} (${part})`;
}

export function lazySchemas(): LazySchemas {
  /** Each waiting schema's compile, with where it belongs. */
  const waiting = new Map<() => unknown, RouteSchema>();
  let stopped = false;

  function once<F>(route: RouteSchema, compile: () => F): () => F {
    let fn: F | undefined;
    const get = (): F => {
      if (fn === undefined) {
        try {
          fn = compile();
        } catch (err) {
          throw new Error(`${where(route)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        }
        waiting.delete(get);
      }
      return fn;
    };
    waiting.set(get, route);
    return get;
  }

  return {
    validator(route, compile) {
      const get = once(route, compile);
      // Fastify passes Ajv's data context (so a root value can be coerced) only to a function with `schemaEnv`;
      // this one always forwards it, and copies Ajv's errors after each call.
      const validate: AjvValidate = (data, ctx) => {
        const fn = get();
        const result = fn.schemaEnv ? fn(data, ctx) : fn(data);
        validate.errors = fn.errors;
        return result;
      };
      validate.schemaEnv = true;
      return validate;
    },

    serializers(build) {
      return (externalSchemas, options) => {
        let compiler: ReturnType<SerializerFactory> | undefined;
        return (route) => {
          const get = once(route, () => (compiler ??= build()(externalSchemas, options))(route));
          return (data: unknown) => get()(data);
        };
      };
    },

    get waiting() {
      return waiting.size;
    },

    compileAll() {
      for (const get of [...waiting.keys()]) get();
    },

    warm(log) {
      stopped = false;
      const next = () => {
        const first = waiting.entries().next();
        if (stopped || first.done) return;
        const [get, route] = first.value;
        try {
          get();
        } catch (err) {
          waiting.delete(get);
          log.error({ err, route: where(route) }, "a route's schema does not compile");
        }
        setImmediate(next);
      };
      setImmediate(next);
    },

    stop() {
      stopped = true;
    },
  };
}
