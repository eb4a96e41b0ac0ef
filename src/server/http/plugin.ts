import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import type { Actor } from "../auth/actor.js";
import type { Lang } from "../../shared/errors.js";
import { AppError, appError } from "./errors.js";
import { langFromHeader } from "./lang.js";
import { normalizeStrings } from "./normalize.js";
import { ajvIssues } from "./validation.js";

export const SESSION_COOKIE = "focal_session";
export const CSRF_COOKIE = "focal_csrf";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    lang: Lang;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** `public`: no sign-in needed. Everything else needs a signed-in user. */
    auth?: "public";
  }
}

/**
 * Turns a session cookie into the signed-in actor and the session's CSRF token (null: no such live session). The
 * auth module implements it; app.ts hands it to `registerHttp`, so http/ depends on no module.
 */
export type SessionResolver = (token: string) => Promise<{ actor: Actor; csrfToken: string } | null>;

/** Returns the signed-in actor or throws 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw appError("UNAUTHENTICATED");
  return req.actor;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-cutting HTTP behaviour: the session, the caller's language, sign-in required unless a route says
 * `config: { auth: "public" }`, CSRF on cookie-authenticated writes, NFC strings, and one error shape.
 */
export function registerHttp(app: FastifyInstance, resolveSession: SessionResolver): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("lang", "vi");
  app.decorateRequest("csrfToken", null);

  app.addHook("onRequest", async (req) => {
    req.lang = langFromHeader(req.headers["accept-language"]);
    if (!req.url.startsWith("/api/")) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resolveSession(token);
      if (found) {
        req.actor = { ...found.actor, ip: req.ip };
        req.csrfToken = found.csrfToken;
        req.lang = found.actor.language;
      }
    }
    const isPublic = req.routeOptions.config?.auth === "public";
    if (!req.routeOptions.url) return; // unknown route: the 404 handler answers
    if (!isPublic && !req.actor) throw appError("UNAUTHENTICATED");
    if (req.actor && !SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== req.csrfToken) {
      throw appError("CSRF_FAILED");
    }
  });

  app.addHook("preValidation", async (req) => {
    if (req.body !== undefined) req.body = normalizeStrings(req.body, "body");
    if (req.query) req.query = normalizeStrings(req.query, "querystring");
    if (req.params) req.params = normalizeStrings(req.params, "params");
  });

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const lang = req.lang ?? "vi";
    if (err instanceof AppError) {
      return reply.status(err.status).send({
        error: { code: err.code, message: err.localized(lang), details: err.localizedDetails(lang) },
      });
    }
    if (err.validation) {
      // The schema layer's problems, each naming the field by its label and saying the rule, in the caller's language.
      const details = ajvIssues(err.validation, err.validationContext, lang);
      const e = appError("VALIDATION_FAILED", { summary: details.map((d) => d.message).join("; ") }, details);
      return reply.status(400).send({ error: { code: e.code, message: e.localized(lang), details } });
    }
    if (err.statusCode === 413 || err.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      const e = appError("PAYLOAD_TOO_LARGE");
      return reply.status(413).send({ error: { code: e.code, message: e.localized(lang), details: null } });
    }
    if (err.statusCode === 415 || err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      const [mediaType = ""] = (req.headers["content-type"] ?? "").split(";");
      const type = mediaType.trim().slice(0, 100) || "—";
      const e = appError("UNSUPPORTED_MEDIA_TYPE", { type });
      return reply.status(415).send({ error: { code: e.code, message: e.localized(lang), details: { type } } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own 4xx (bad JSON, unsupported media type…): our stable code, Fastify's reason in details.
      const e = appError("BAD_REQUEST");
      return reply
        .status(err.statusCode)
        .send({ error: { code: e.code, message: e.localized(lang), details: { reason: err.code ?? null } } });
    }
    req.log.error({ err }, "unhandled error");
    const e = appError("INTERNAL");
    return reply.status(500).send({ error: { code: e.code, message: e.localized(lang), details: null } });
  });
}
