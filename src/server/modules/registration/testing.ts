/** Test factories for the registration tests. */
import { expect } from "vitest";
import { eq, sql } from "drizzle-orm";
import { delegates } from "../meetings/schema.js";
import type { TestApp } from "../../test/harness.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";

export const M = demoIds.meetingAccsm21;
export const THA = demoDelegationIds.THA;
export const LAO = demoDelegationIds.LAO;
export type Headers = Record<string, string>;

let seq = 0;
/** A unique sample passport number. */
export const passport = (prefix = "T") =>
  `${prefix}${Date.now().toString().slice(-5)}${String(++seq).padStart(3, "0")}`;

/** A delegate's input with every field set; override what a test is about. */
export function buildDelegate(overrides: Record<string, unknown> = {}) {
  return {
    fullName: "Somchai Jaidee (sample)",
    honorific: "Mr.",
    gender: "male",
    position: "Director (sample)",
    organisation: "Office of the Civil Service Commission",
    role: "member",
    nationality: "THA",
    passportNumber: passport(),
    passportExpiry: "2030-01-31",
    dateOfBirth: "1975-03-04",
    email: "somchai@example.org",
    phone: "+66 2 000 0000",
    arrivalDate: "2022-08-02",
    arrivalTime: "10:15",
    arrivalFlight: "TG560",
    arrivalAirport: "HAN",
    departureDate: "2022-08-06",
    departureTime: "18:30",
    departureFlight: "TG565",
    departureAirport: "HAN",
    hotel: "Sample hotel (sample)",
    dietary: "Halal",
    accessibility: null,
    ...overrides,
  };
}

export function api(t: TestApp) {
  const call = (
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    headers: Headers = {},
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  return {
    get: (url: string, h?: Headers) => call("GET", url, h),
    post: (url: string, h: Headers, body: unknown = {}) => call("POST", url, h, body),
    patch: (url: string, h: Headers, body: unknown) => call("PATCH", url, h, body),
    put: (url: string, h: Headers, body: unknown) => call("PUT", url, h, body),
    del: (url: string, h: Headers) => call("DELETE", url, h),
  };
}

/** Cookie and CSRF headers from a response that opened a session (a registration link). */
export function sessionHeaders(res: { cookies: { name: string; value: string }[]; json(): unknown }): Headers {
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { cookie, "x-csrf-token": (res.json() as { csrfToken: string }).csrfToken };
}

/** The token from a link URL (`…/register/link#<token>`). */
export const tokenOf = (url: string) => url.split("#")[1] ?? "";

/** Invites a contact as `host` and returns the link URL. */
export async function invite(t: TestApp, host: Headers, delegationId: string, body: Record<string, unknown> = {}) {
  const res = await api(t).post(`/api/meetings/${M}/delegations/${delegationId}/invitations`, host, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ url: string; link: { id: string; version: number; status: string } }>();
}

/** Polls an upload until it has been checked (no time assertion: it only waits). */
export async function waitForImport(t: TestApp, h: Headers, delegationId: string, id: string) {
  for (;;) {
    const res = await api(t).get(`/api/meetings/${M}/delegations/${delegationId}/imports/${id}`, h);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ImportView>();
    if (body.status !== "parsing") return body;
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface ImportView {
  id: string;
  status: string;
  progress: { done: number; total: number };
  error: { code: string; message: string } | null;
  summary: { rows: number; ok: number; withProblems: number; dropped: number };
  rows: {
    row: number;
    values: Record<string, string>;
    sessionIds: string[];
    unknownSessions: string[];
    dropped: boolean;
    problems: { field: string; code: string; message: string }[];
  }[];
  version: number;
}

/** How many delegates a delegation has, read straight from the table (what a write did or did not store). */
export async function delegateCount(t: TestApp, delegationId: string): Promise<number> {
  const [r] = await t.ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(delegates)
    .where(eq(delegates.delegationId, delegationId));
  return Number(r!.n);
}
