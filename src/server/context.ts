import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Config } from "./config.js";
import type { Database, Db } from "./db/client.js";
import type { Mailer } from "./mail/mailer.js";

/** What every module receives: the database, the configuration and the mailer. Nothing hangs on the Fastify instance. */
export interface Ctx {
  db: Db;
  database: Database;
  config: Config;
  mailer: Mailer;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A module's routes: a function given the typed app (already under /api) and the context. */
export type RoutesFn = (app: App, ctx: Ctx) => Promise<void> | void;
