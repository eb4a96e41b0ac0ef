import { errorCatalog, fillTemplate, type ErrorCode, type Lang } from "../../shared/errors.js";

export interface ErrorDef {
  status: number;
  vi: string;
  en: string;
}

/** An error with a stable code, an HTTP status and a message in both languages. */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    public readonly def: ErrorDef,
    public readonly params: Record<string, unknown> = {},
    public readonly details?: unknown,
  ) {
    super(code);
  }

  get status(): number {
    return this.def.status;
  }

  localized(lang: Lang): string {
    return fillTemplate(this.def[lang], this.params, lang);
  }

  /** The details sent with the error; an error whose details are words gives them in `lang`. */
  localizedDetails(_lang: Lang): unknown {
    return this.details ?? null;
  }
}

/** Throws one of the core errors: `fail("NOT_FOUND")`. */
export function appError(code: ErrorCode, params?: Record<string, unknown>, details?: unknown): AppError {
  return new AppError(code, errorCatalog[code], params, details);
}

/**
 * A module's own errors, declared beside the module:
 * `export const errors = defineErrors({ MEETING_NOT_FOUND: { status: 404, vi: "…", en: "…" } })`
 * then `throw errors.MEETING_NOT_FOUND({ id })`.
 */
export function defineErrors<K extends string>(
  defs: Record<K, ErrorDef>,
): Record<K, (params?: Record<string, unknown>, details?: unknown) => AppError> {
  const out = {} as Record<K, (params?: Record<string, unknown>, details?: unknown) => AppError>;
  for (const code of Object.keys(defs) as K[]) {
    out[code] = (params, details) => new AppError(code, defs[code], params, details);
  }
  return out;
}
