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
}

export class ConfigError extends Error {}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
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
  };
}
