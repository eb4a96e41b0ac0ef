import fs from "node:fs";
import path from "node:path";
import Fastify, { type FastifyServerOptions, type RouteOptions } from "fastify";
import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fastifyStatic from "@fastify/static";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Ctx, RoutesFn } from "./context.js";
import { registerHttp } from "./http/plugin.js";
import { registerSecurityHeaders } from "./http/headers.js";
import { registerRateLimits } from "./modules/auth/rateLimit.js";
import { appError } from "./http/errors.js";
import type SerializerSelector from "@fastify/fast-json-stringify-compiler";
import { onFirstUse } from "./lib/onFirstUse.js";
import { buildValidator, edgeRoute, frameworkErrors, parseJsonBody } from "./http/edge.js";
import { lazySchemas, type LazySchemas } from "./http/lazySchemas.js";
import { systemRoutes } from "./modules/system/routes.js";
import { authRoutes } from "./modules/auth/routes.js";
import { actorFromToken } from "./modules/auth/service.js";
import { peopleRoutes } from "./modules/people/routes.js";
import { auditRoutes } from "./modules/audit/routes.js";
import { mailRoutes } from "./modules/mail/routes.js";
import { meetingsRoutes } from "./modules/meetings/routes.js";
import { workplanRoutes } from "./modules/workplans/routes.js";
import { targetsRoutes } from "./modules/targets/routes.js";
import { registrationRoutes } from "./modules/registration/routes.js";
import { badgesRoutes } from "./modules/badges/routes.js";
import { exportsRoutes } from "./modules/exports/routes.js";
import { privacyRoutes } from "./modules/privacy/routes.js";
import { homeRoutes } from "./modules/home/routes.js";
import { backupsRoutes } from "./modules/backups/routes.js";
import { calendarRoutes } from "./modules/calendar/routes.js";
import { documentsRoutes } from "./modules/documents/routes.js";
import { cooperationRoutes } from "./modules/cooperation/routes.js";
import { committeeRoutes } from "./modules/committee/routes.js";
// people and logistics (issue 14)
import { logisticsRoutes } from "./modules/logistics/routes.js";
import { liaisonRoutes } from "./modules/liaison/routes.js";
import { lodgingRoutes } from "./modules/lodging/routes.js";
import { transfersRoutes } from "./modules/transfers/routes.js";
import { mealsRoutes } from "./modules/meals/routes.js";
import { securityRoutes } from "./modules/security/routes.js";
import { healthRoutes } from "./modules/health/routes.js";
import { startJobs } from "./jobs.js";
import { webRoot } from "./paths.js";
import type { JobWorker } from "./modules/jobs/service.js";

/** The modules, registered explicitly in this order. Each adds its routes under /api. */
const modules: RoutesFn[] = [
  systemRoutes,
  authRoutes,
  peopleRoutes,
  auditRoutes,
  mailRoutes,
  meetingsRoutes,
  workplanRoutes,
  targetsRoutes,
  registrationRoutes,
  badgesRoutes,
  exportsRoutes,
  privacyRoutes,
  homeRoutes,
  backupsRoutes,
  calendarRoutes,
  documentsRoutes,
  cooperationRoutes,
  committeeRoutes,
  // people and logistics (issue 14)
  logisticsRoutes,
  liaisonRoutes,
  lodgingRoutes,
  transfersRoutes,
  mealsRoutes,
  securityRoutes,
  healthRoutes,
];

export { webRoot };

export interface BuildOptions {
  logger?: FastifyServerOptions["logger"];
  /** Serve the built web app from dist/web (when it exists). */
  serveWeb?: boolean;
  /** Where the built web app is (default dist/web; tests point it at a directory of their own). */
  webRoot?: string;
  /** Called for every route as it is registered (tests enumerate the routes with it). */
  onRoute?: (route: RouteOptions) => void;
  /** Run this process's job worker while the app is up (default true). */
  jobs?: boolean;
}

/** fast-json-stringify, loaded when the first response schema is compiled. */
const serializerSelector = onFirstUse<typeof SerializerSelector>("@fastify/fast-json-stringify-compiler");

/** Each app's schemas, compiled when first used (http/lazySchemas.ts). */
const appSchemas = new WeakMap<object, LazySchemas>();

/** The app's route schemas not compiled yet (`compileAll` compiles them: the test that every schema compiles). */
export function schemasOf(app: object): LazySchemas {
  const schemas = appSchemas.get(app);
  if (!schemas) throw new Error("not an app built by buildApp");
  return schemas;
}

/** Builds the whole application without listening, so tests use `app.inject`. */
export async function buildApp(ctx: Ctx, opts: BuildOptions = {}) {
  const schemas = lazySchemas();
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 12 * 1024 * 1024,
    // Which proxy may name the client (TRUST_PROXY); by default none, so X-Forwarded-For is ignored and the
    // socket's address is the client's — for the audit, the rate limits and the sign-in pause alike.
    trustProxy: ctx.config.trustProxy,
    // Path parameters are ids and codes; one past this answers 414 (in the error shape: `frameworkErrors`).
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { allErrors: true, removeAdditional: true, coerceTypes: "array" } },
    // Bodies are validated without type coercion, query strings and parameters with it (http/edge.ts).
    // Each schema is compiled when first used, and a listening process compiles the rest after it starts listening.
    schemaController: {
      compilersFactory: {
        buildValidator: buildValidator(schemas),
        buildSerializer: schemas.serializers(() => serializerSelector()()),
      },
    },
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();
  appSchemas.set(app, schemas);
  app.addHook("onListen", async () => schemas.warm(app.log));
  app.addHook("onClose", async () => schemas.stop());

  // Input at the edge (http/edge.ts): request schemas' numbers bounded, anonymous bodies small, JSON depth counted
  // on the raw text before it is parsed.
  app.addHook("onRoute", edgeRoute);
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(typeof body === "string" ? body : body.toString("utf8")));
    } catch (e) {
      done(e instanceof Error ? e : new Error(String(e)), undefined);
    }
  });

  // The API documentation is public, like /api/openapi.json; swagger-ui's routes cannot carry our config.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/docs")) route.config = { ...route.config, auth: "public" };
  });
  if (opts.onRoute) app.addHook("onRoute", opts.onRoute);

  // The job worker (src/server/jobs.ts) runs while the app is up; closing the app waits for its current job.
  if (opts.jobs !== false) {
    let worker: JobWorker | null = null;
    app.addHook("onReady", async () => {
      worker = await startJobs(ctx, app.log);
    });
    app.addHook("onClose", async () => {
      await worker?.stop();
    });
  }

  await app.register(cookie);
  await registerSecurityHeaders(app, ctx.config);
  // The session behind a cookie is the auth module's to answer; http/ only calls it.
  registerHttp(app, (token) => actorFromToken(ctx, token));
  await registerRateLimits(app, ctx);

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: { title: "Focal API", version: "1", description: "International cooperation desk of a ministry" },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "focal_session" } },
      },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });

  await app.register(
    async (api) => {
      for (const m of modules) await m(api, ctx);
      api.get("/openapi.json", { config: { auth: "public" }, schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: "/api" },
  );

  const web = opts.webRoot ?? webRoot;
  const hasWeb = opts.serveWeb !== false && fs.existsSync(path.join(web, "index.html"));
  if (hasWeb) {
    // The build's assets carry a hash of their content in their names (vite.config.ts), so a browser keeps them for
    // a year without asking again; each has a brotli and a gzip copy beside it, sent when the browser accepts one.
    // Looked up per request (wildcard), so a rebuild under a running Focal serves its new files at once.
    await app.register(fastifyStatic, {
      root: path.join(web, "assets"),
      prefix: "/assets/",
      wildcard: true,
      index: false,
      preCompressed: true,
      maxAge: "365d",
      immutable: true,
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    const [pathname = ""] = req.url.split("?");
    if (
      pathname.startsWith("/api/") ||
      pathname === "/api" ||
      pathname.startsWith("/assets/") ||
      !hasWeb ||
      req.method !== "GET"
    ) {
      throw appError("ROUTE_NOT_FOUND", { path: pathname });
    }
    // The single-page app handles its own routes, including its 404 page. index.html names the current assets, so
    // the browser asks again every time (`no-cache`: it may keep a copy but must revalidate it).
    return reply
      .type("text/html")
      .header("cache-control", "no-cache")
      .sendFile("index.html", web, { cacheControl: false });
  });
  return app;
}
