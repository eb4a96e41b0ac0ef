import helmet from "@fastify/helmet";
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

/**
 * Security headers on every response (@fastify/helmet): CSP, `X-Frame-Options: DENY`, `nosniff`,
 * `Referrer-Policy: same-origin`, HSTS only when PUBLIC_URL is https. And `Cache-Control: no-store` on every API
 * answer that does not set its own: API answers carry personal data (delegates, registrations, exports, audit) and
 * must not stay in a shared computer's browser cache or a proxy. Static assets keep their own caching.
 */
export async function registerSecurityHeaders(app: FastifyInstance, cfg: Pick<Config, "hsts">): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(cfg) },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    strictTransportSecurity: cfg.hsts ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onSend", async (req, reply, payload) => {
    if (req.url.startsWith("/api/") && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    return payload;
  });
}
