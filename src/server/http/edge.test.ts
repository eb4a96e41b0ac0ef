/**
 * Input at the edge (issue 11 item 4): what arrives is limited before it is parsed, refused with a 400 naming the
 * field when it cannot be text, bounded when it is a number, never coerced in a body, and every answer Fastify gives
 * on its own is in the one error shape and the caller's language. Each case reproduces a finding of the probe.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/harness.js";
import { expectError } from "../test/expect.js";
import { demoIds } from "../seed/ids.js";
import { demoDelegationIds } from "../modules/meetings/seed.js";

const meeting = `/api/meetings/${demoIds.meetingAccsm21}`;
const delegates = `${meeting}/delegations/${demoDelegationIds.THA}/delegates`;
const json = { "content-type": "application/json" };

/** `{"a":{"a":…}}` nested `depth` levels deep, built as text (JSON.stringify would recurse as deep). */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

let t: TestApp;
let icd: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => t?.close());

async function newDelegate(name: string) {
  const res = await t.app.inject({ method: "POST", url: delegates, headers: icd, payload: { fullName: name } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

describe("size and depth are limited before parsing", () => {
  it("an anonymous sign-in over 16 KB is refused with 413 in the error shape, in English when asked", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { ...json, "accept-language": "en" },
      payload: JSON.stringify({ email: "a@b.c", password: "x".repeat(17 * 1024) }),
    });
    const e = expectError(res, 413, "PAYLOAD_TOO_LARGE");
    expect(e.message).toMatch(/too large/i);
  });

  it("opening a registration link with a big body is refused the same way", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/registration/links/open",
      headers: json,
      payload: JSON.stringify({ token: "t".repeat(20), pad: "x".repeat(20 * 1024) }),
    });
    expectError(res, 413, "PAYLOAD_TOO_LARGE");
  });

  it("deeply nested JSON is refused with 400 JSON_TOO_DEEP, anonymous or signed in, without recursion", async () => {
    const anon = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: json,
      payload: nested(2000),
    });
    expectError(anon, 400, "JSON_TOO_DEEP");
    // 1 MB of nesting on a signed-in route: 400, not a stalled server or a 500.
    const deep = await t.app.inject({
      method: "PATCH",
      url: `${meeting}`,
      headers: { ...icd, ...json },
      payload: `{"version":1,"titleEn":${"[".repeat(500_000)}${"]".repeat(500_000)}}`,
    });
    expectError(deep, 400, "JSON_TOO_DEEP");
  });

  it("nesting inside a string does not count, and 32 levels are still taken", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: json,
      payload: JSON.stringify({ email: "nobody@demo.focal", password: "[[[[{{{{".repeat(100) }),
    });
    expect(res.statusCode, res.body).toBe(401);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: json,
      payload: `{"email":"nobody@demo.focal","password":"x","extra":${nested(30)}}`,
    });
    expect(ok.statusCode, ok.body).toBe(401);
  });

  it("a __proto__ key is refused", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: json,
      payload: '{"email":"a@b.c","password":"x","__proto__":{"admin":true}}',
    });
    expectError(res, 400);
  });
});

describe("text that is not text is refused, naming the field", () => {
  it("non-characters (U+FFFE, U+FFFF, U+FDD0) and U+FFFD in a delegate's name: 400 TEXT_INVALID, nothing stored", async () => {
    for (const ch of ["\uFFFE", "\uFFFF", "\uFDD0", "\uFFFD", "\u{10FFFF}"]) {
      const res = await t.app.inject({
        method: "POST",
        url: delegates,
        headers: { ...icd, "accept-language": "en" },
        payload: { fullName: `Bad ${ch} name` },
      });
      const e = expectError(res, 400, "TEXT_INVALID");
      expect(e.details).toMatchObject({ field: "body.fullName" });
    }
    const list = await t.app.inject({ method: "GET", url: `${delegates}?q=Bad`, headers: icd });
    expect((list.json() as unknown[]).length).toBe(0);
  });

  it("a lone surrogate in a venue and in a room: 400 naming the field", async () => {
    const venue = await t.app.inject({
      method: "POST",
      url: `${meeting}/venues`,
      headers: icd,
      payload: { nameVi: "Địa điểm \ud800", nameEn: "Venue" },
    });
    expect(expectError(venue, 400, "TEXT_INVALID").details).toMatchObject({ field: "body.nameVi" });
  });
});

describe("numbers are bounded", () => {
  it("version: 1e308 on a PATCH is a 400 naming the version, not a 500", async () => {
    const d = await newDelegate("Bounded Version (test)");
    const res = await t.app.inject({
      method: "PATCH",
      url: `${delegates}/${d.id}`,
      headers: { ...icd, ...json },
      payload: `{"version":1e308,"position":"x"}`,
    });
    expectError(res, 400, "VALIDATION_FAILED");
  });

  it("?version=1e400 on a DELETE is a 400", async () => {
    const d = await newDelegate("Bounded Delete (test)");
    const res = await t.app.inject({ method: "DELETE", url: `${delegates}/${d.id}?version=1e400`, headers: icd });
    expectError(res, 400, "VALIDATION_FAILED");
    const big = await t.app.inject({
      method: "DELETE",
      url: `${delegates}/${d.id}?version=99999999999999999999`,
      headers: icd,
    });
    expectError(big, 400, "VALIDATION_FAILED");
  });

  it("a huge offset on the audit list is a 400", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/audit?offset=99999999999999999999", headers: admin });
    expectError(res, 400, "VALIDATION_FAILED");
  });
});

describe("bodies are not coerced", () => {
  it("a meeting's code sent as the number 123456 is refused, not stored as text", async () => {
    const res = await t.app.inject({
      method: "PATCH",
      url: meeting,
      headers: icd,
      payload: { version: 1, code: 123456 },
    });
    expectError(res, 400, "VALIDATION_FAILED");
  });

  it("a boolean sent for a name is refused", async () => {
    const res = await t.app.inject({ method: "POST", url: delegates, headers: icd, payload: { fullName: true } });
    expectError(res, 400, "VALIDATION_FAILED");
  });

  it("query strings are still read as numbers (?offset=0&limit=5)", async () => {
    const res = await t.app.inject({ method: "GET", url: `${delegates}?offset=0&limit=5`, headers: icd });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe("Fastify's own answers are in the error shape and the caller's language", () => {
  it("414: a path parameter longer than the router takes", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/meetings/${"a".repeat(600)}`,
      headers: { ...icd, "accept-language": "en" },
    });
    const e = expectError(res, 414, "URI_TOO_LONG");
    expect(e.message).toMatch(/too long/i);
  });

  it("400: a URL that is not valid (%zz)", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/meetings/%zz", headers: icd });
    expectError(res, 400, "BAD_REQUEST");
  });

  it("415: a body of an unsupported media type, in Vietnamese by default", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/x-unknown" },
      payload: "x",
    });
    const e = expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(e.message).toMatch(/không/i);
  });

  it("400: JSON that does not parse, and an empty JSON body", async () => {
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { ...json, "accept-language": "en" },
      payload: '{"email":',
    });
    const e = expectError(bad, 400, "BAD_JSON");
    expect(e.message).toMatch(/JSON/);
    const empty = await t.app.inject({ method: "POST", url: "/api/auth/login", headers: json, payload: "" });
    expectError(empty, 400, "BAD_JSON");
  });

  it("404: an unknown route", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/nothing-here", headers: { "accept-language": "en" } });
    expect(expectError(res, 404, "ROUTE_NOT_FOUND").message).toMatch(/no route/);
  });
});
