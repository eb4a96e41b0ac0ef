import net from "node:net";
import path from "node:path";

/** Focal's configuration, read once from the environment; a bad value stops the start with a clear message. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  /** Where backups are written and listed (`npm run backup` and the administration area): FOCAL_BACKUP_DIR. */
  backupDir: string;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  logLevel: string;
  seedDemo: boolean;
  secureCookies: boolean;
  sessionTtlHours: number;
  /**
   * Which proxies may name the client in X-Forwarded-For (TRUST_PROXY): `false` (the default) → the socket's address;
   * or a list of proxy addresses/CIDRs, as Fastify's `trustProxy` takes it.
   */
  trustProxy: false | string[];
  /** Send Strict-Transport-Security (only when PUBLIC_URL is https). */
  hsts: boolean;
  /** Sign-in pause per e-mail and address (docs/decisions/019-sign-in-pause-rate-limits-headers.md). */
  signin: {
    /** Wrong passwords from one address for one e-mail before the pauses start (SIGNIN_FREE_FAILURES). */
    freeFailures: number;
    /** The first pause, in seconds (SIGNIN_PAUSE_FIRST_SECONDS); each further failure doubles it. */
    firstPauseSeconds: number;
    /** The longest pause, in seconds (SIGNIN_PAUSE_MAX_SECONDS). */
    maxPauseSeconds: number;
  };
  /** Requests per address per window (RATE_LIMIT_*), held in the database so every process shares them. */
  rateLimit: {
    windowSeconds: number;
    signIn: number;
    links: number;
    anonymous: number;
  };
}

export class ConfigError extends Error {}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return n;
}

/** proxy-addr's names for ranges: 127.0.0.1/8 and ::1; 169.254.0.0/16 and fe80::/10; private networks. */
const PROXY_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

/**
 * TRUST_PROXY: empty or `false` → no proxy is trusted; else a comma list of the proxies' addresses, CIDRs or
 * proxy-addr's range names. A hop count is refused: Fastify 5 cannot check the nearest peer with one and ignores it.
 */
function trustProxy(value: string | undefined): false | string[] {
  const v = value?.trim() ?? "";
  if (v === "" || v === "false") return false;
  const list = v
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  for (const item of list) {
    if (PROXY_RANGES.has(item)) continue;
    const [addr, bits, ...rest] = item.split("/");
    const family = net.isIP(addr ?? "");
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!family || !okBits || rest.length) {
      throw new ConfigError(
        `TRUST_PROXY must list the reverse proxies' addresses or CIDRs (e.g. 10.0.0.1,10.1.0.0/16, or loopback), got "${item}"`,
      );
    }
  }
  return list;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  const n = int(name, value, fallback);
  if (n < 1) throw new ConfigError(`${name} must be at least 1, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int("PORT", env.PORT, 3000);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// — got "${databaseUrl}"`);
  }
  const publicUrl = env.PUBLIC_URL?.trim() || `http://localhost:${port}`;
  return {
    port,
    host: env.HOST?.trim() || "0.0.0.0",
    databaseUrl,
    dataDir: path.resolve(env.FOCAL_DATA_DIR?.trim() || "data"),
    backupDir: path.resolve(env.FOCAL_BACKUP_DIR?.trim() || "backups"),
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || "Focal <no-reply@focal.local>",
    publicUrl,
    logLevel: env.LOG_LEVEL?.trim() || "info",
    seedDemo: env.FOCAL_DEMO !== "0",
    secureCookies: publicUrl.startsWith("https://"),
    sessionTtlHours: int("SESSION_TTL_HOURS", env.SESSION_TTL_HOURS, 12),
    trustProxy: trustProxy(env.TRUST_PROXY),
    hsts: publicUrl.startsWith("https://"),
    signin: {
      freeFailures: positive("SIGNIN_FREE_FAILURES", env.SIGNIN_FREE_FAILURES, 5),
      firstPauseSeconds: positive("SIGNIN_PAUSE_FIRST_SECONDS", env.SIGNIN_PAUSE_FIRST_SECONDS, 1),
      maxPauseSeconds: positive("SIGNIN_PAUSE_MAX_SECONDS", env.SIGNIN_PAUSE_MAX_SECONDS, 900),
    },
    rateLimit: {
      windowSeconds: positive("RATE_LIMIT_WINDOW_SECONDS", env.RATE_LIMIT_WINDOW_SECONDS, 60),
      signIn: positive("RATE_LIMIT_SIGNIN", env.RATE_LIMIT_SIGNIN, 30),
      links: positive("RATE_LIMIT_LINKS", env.RATE_LIMIT_LINKS, 30),
      anonymous: positive("RATE_LIMIT_ANONYMOUS", env.RATE_LIMIT_ANONYMOUS, 300),
    },
  };
}
