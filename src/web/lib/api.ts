/**
 * The one way the web app talks to the server. Paths are under /api and written without that prefix:
 * `api.get<User[]>("/users" + qs({ q }))`. Writes carry the CSRF header; every failure becomes an `ApiError`
 * whose `message` is already in the user's language (the server writes it; network failures use the dictionary).
 */
import { en as commonEn, vi as commonVi } from "../i18n/common";

export type Lang = "vi" | "en";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const CSRF_COOKIE = "focal_csrf";
export const CSRF_HEADER = "x-csrf-token";

let language: Lang = "vi";
let csrfFallback: string | null = null;

/** Called by the i18n provider so that messages before sign-in come back in the chosen language. */
export function setApiLanguage(lang: Lang): void {
  language = lang;
}

/** Remembers the CSRF token from a /me or login answer (the cookie is read first). */
export function setCsrfToken(token: string | null): void {
  csrfFallback = token;
}

function csrfToken(): string | null {
  const m = document.cookie.match(new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]*)`));
  return m?.[1] ? decodeURIComponent(m[1]) : csrfFallback;
}

/** Builds a query string from the defined, non-empty values: `qs({ q: "an", page: 2 })` → `?q=an&page=2`. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : "";
}

function url(path: string): string {
  return path.startsWith("/api/") ? path : `/api${path.startsWith("/") ? "" : "/"}${path}`;
}

function networkError(): ApiError {
  const dict = language === "en" ? commonEn : commonVi;
  return new ApiError(0, "NETWORK", dict["common.error.network"]);
}

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json", "accept-language": language };
  if (method !== "GET") {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(url(path), { method, headers, body: payload, credentials: "same-origin" });
  } catch {
    throw networkError();
  }
  if (!res.ok) throw await toError(res);
  return res;
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (data.error?.code && data.error.message) {
      return new ApiError(res.status, data.error.code, data.error.message, data.error.details ?? null);
    }
  } catch {
    // Not our error shape (a proxy's page, say): fall through to the generic message.
  }
  const dict = language === "en" ? commonEn : commonVi;
  return new ApiError(res.status, "HTTP_" + res.status, dict["common.error.unexpected"]);
}

async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(method, path, body);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A page of a list and the number of rows the whole list holds (the server's `X-Total-Count` header). */
export interface ListPage<T> {
  rows: T[];
  total: number;
}

export const api = {
  get: <T>(path: string) => json<T>("GET", path),
  /** GET of a paged list: its rows and `X-Total-Count` (the rows' count when the server sends no header). */
  async getPage<T>(path: string): Promise<ListPage<T>> {
    const res = await send("GET", path);
    const rows = (await res.json()) as T[];
    const total = Number(res.headers.get("x-total-count") ?? Number.NaN);
    return { rows, total: Number.isFinite(total) ? total : rows.length };
  },
  post: <T>(path: string, body?: unknown) => json<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => json<T>("PATCH", path, body ?? {}),
  put: <T>(path: string, body?: unknown) => json<T>("PUT", path, body ?? {}),
  delete: <T>(path: string, body?: unknown) => json<T>("DELETE", path, body),
  /** Fetches a file (Excel, PDF, Word…) and hands it to the browser as a download. */
  async download(path: string, fallbackName: string): Promise<void> {
    const res = await send("GET", path);
    const cd = res.headers.get("content-disposition") ?? "";
    const star = cd.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
    const plain = cd.match(/filename="?([^";]+)"?/i)?.[1];
    const name = star ? decodeURIComponent(star) : (plain ?? fallbackName);
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement("a");
    a.href = href;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  },
};

/** True when the error is the API's answer with this code (`isApiError(e, "VERSION_CONFLICT")`). */
export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
