import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import helmet, { type HelmetOptions } from "helmet";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.js";

/**
 * The Content-Security-Policy the web app runs under: its scripts only from this origin (the build has no inline
 * script), never framed. Mantine writes its CSS variables into <style> elements at run time, so styles may be
 * inline; scripts may not. Photos previewed before upload are blob: URLs; QR codes and icons may be data: URLs.
 */
export function cspDirectives(cfg: Pick<Config, "hsts">) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    mediaSrc: ["'self'", "blob:"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    scriptSrcAttr: ["'none'"],
    // Behind https only: on a plain-http address it would send the browser to an https that does not exist.
    upgradeInsecureRequests: cfg.hsts ? [] : null,
  };
}

/** Focal's helmet options: the CSP above, never framed, same-origin referrers, HSTS only behind https. */
function helmetOptions(cfg: Pick<Config, "hsts">): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(cfg) },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: cfg.hsts ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * The headers helmet sets with these options, worked out once: helmet's middleware run on a response that is never
 * sent. (@fastify/helmet built helmet's middleware again on every request, parsing the whole CSP each time —
 * a tenth of a cached request's time. Nothing here varies per request: Focal uses no CSP nonces.)
 */
export function securityHeaders(cfg: Pick<Config, "hsts">): Record<string, string> {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  const failures: Error[] = [];
  helmet(helmetOptions(cfg))(req, res, (err?: unknown) => {
    if (err) failures.push(err instanceof Error ? err : new Error("helmet refused its options"));
  });
  if (failures[0]) throw failures[0];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return headers;
}

/**
 * Security headers on every response (helmet, see `securityHeaders`): CSP, `X-Frame-Options: DENY`, `nosniff`,
 * `Referrer-Policy: same-origin`, HSTS only when PUBLIC_URL is https. And `Cache-Control: no-store` on every API
 * answer that does not set its own: API answers carry personal data (delegates, registrations, exports, audit) and
 * must not stay in a shared computer's browser cache or a proxy. Static assets keep their own caching.
 */
export async function registerSecurityHeaders(app: FastifyInstance, cfg: Pick<Config, "hsts">): Promise<void> {
  const headers = securityHeaders(cfg);
  app.addHook("onRequest", (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  app.addHook("onSend", (req, reply, payload, done) => {
    if (req.url.startsWith("/api/") && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    done(null, payload);
  });
}
