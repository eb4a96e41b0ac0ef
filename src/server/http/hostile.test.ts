/**
 * Generated from the API's own OpenAPI document (issue 11 item 4): every write route (POST, PUT, PATCH, DELETE)
 * gets deeply nested JSON, a NUL, a lone surrogate and a non-character in every text field, huge numbers in every
 * numeric field and `?version=1e400`, as an ICD officer and as the administrator. Whatever the answer — 400, 403,
 * 404, 413 — it is never a 5xx and always the one error shape. A route added later is covered without editing this.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/harness.js";
import { expectNoLeak } from "../test/expect.js";
import { demoIds } from "../seed/ids.js";
import { demoDelegationIds } from "../modules/meetings/seed.js";

interface OpenApiSchema {
  type?: string | string[];
  properties?: Record<string, OpenApiSchema>;
  items?: OpenApiSchema;
  anyOf?: OpenApiSchema[];
  format?: string;
}
interface Operation {
  parameters?: { in: string; name: string; schema?: OpenApiSchema }[];
  requestBody?: { content?: Record<string, { schema?: OpenApiSchema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

/** Signing out would end the session the rest of the requests use. */
const SKIP = new Set(["POST /api/auth/logout"]);
const UUID = "0a0c5321-0000-4000-8000-00000000ffff";

/** A real id where the path names a record the demo has, so more requests pass the access checks. */
function paramValue(path: string, name: string, schema: OpenApiSchema | undefined): string {
  const types = [schema?.type].flat();
  if (types.includes("integer") || types.includes("number")) return "1";
  if (name === "id" && path.startsWith("/api/meetings/")) return demoIds.meetingAccsm21;
  if (name === "id" && path.startsWith("/api/workplans/")) return demoIds.workplanAccsm;
  if (name === "delegationId") return demoDelegationIds.THA;
  if (schema?.format === "uuid") return UUID;
  return "x";
}

/** A body with every field of the schema set to `leaf(type)`, one level of objects and arrays deep. */
function fill(schema: OpenApiSchema | undefined, leaf: (type: string) => unknown, depth = 0): unknown {
  if (!schema) return leaf("string");
  const s = schema.anyOf?.find((x) => x.type !== "null") ?? schema;
  const type = [s.type].flat().find((x) => x !== "null") ?? "string";
  if (type === "object") {
    if (depth > 2) return {};
    return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, fill(v, leaf, depth + 1)]));
  }
  if (type === "array") return [fill(s.items, leaf, depth + 1)];
  return leaf(type);
}

function hasNumber(schema: OpenApiSchema | undefined, depth = 0): boolean {
  if (!schema || depth > 3) return false;
  const types = [schema.type].flat();
  if (types.includes("integer") || types.includes("number")) return true;
  return (
    Object.values(schema.properties ?? {}).some((v) => hasNumber(v, depth + 1)) ||
    hasNumber(schema.items, depth + 1) ||
    (schema.anyOf ?? []).some((v) => hasNumber(v, depth + 1))
  );
}

/** Whether a body of this schema has any text to carry a hostile character (`{ all?: boolean }` has none). */
function hasString(schema: OpenApiSchema | undefined, depth = 0): boolean {
  if (!schema) return true;
  if (depth > 3) return false;
  const types = [schema.type].flat();
  return (
    types.includes("string") ||
    Object.values(schema.properties ?? {}).some((v) => hasString(v, depth + 1)) ||
    (schema.items !== undefined && hasString(schema.items, depth + 1)) ||
    (schema.anyOf ?? []).some((v) => hasString(v, depth + 1))
  );
}

const text = (s: string) => (type: string) =>
  type === "string" ? s : type === "boolean" ? true : type === "integer" || type === "number" ? 1 : s;

let t: TestApp;
let doc: OpenApi;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as OpenApi;
});
afterAll(async () => t?.close());

describe("hostile bodies on every write route of the OpenAPI document", () => {
  it("never answer 5xx, always in the error shape", async () => {
    const users = { icd: await t.login("icd@demo.focal"), admin: await t.login("admin@demo.focal") };
    const problems: string[] = [];
    let sent = 0;
    let routes = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const m = method.toUpperCase();
        if (!["POST", "PUT", "PATCH", "DELETE"].includes(m) || SKIP.has(`${m} ${path}`)) continue;
        routes++;
        const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
          const p = op.parameters?.find((x) => x.in === "path" && x.name === name);
          return paramValue(path, name, p?.schema);
        });
        const body = op.requestBody?.content?.["application/json"]?.schema;
        const payloads: [string, string][] = [["nested", `{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}`]];
        // A body with no text field (e.g. `{ all?: boolean }`) carries no hostile text: it is only sent nested.
        if (hasString(body))
          payloads.push(
            ["nul", JSON.stringify(fill(body, text("x\u0000y")))],
            ["surrogate", JSON.stringify(fill(body, text("x\ud800y")))],
            ["noncharacter", JSON.stringify(fill(body, text("x\uFFFEy")))],
          );
        if (hasNumber(body)) {
          const huge = JSON.stringify(fill(body, (type) => (type === "string" ? "x" : type === "boolean" ? true : 1)));
          payloads.push(["1e308", huge.replace(/:1([,}\]])/g, ":1e308$1")]);
          payloads.push(["-1e400", huge.replace(/:1([,}\]])/g, ":-1e400$1")]);
        }
        const query = op.parameters?.some((p) => p.in === "query" && p.name === "version") ? "?version=1e400" : "";
        for (const [who, headers] of Object.entries(users)) {
          for (const [kind, payload] of payloads) {
            const res = await t.app.inject({
              method: m as "POST",
              url: `${url}${query}`,
              headers: { ...headers, "content-type": "application/json", "accept-language": "en" },
              payload,
            });
            sent++;
            const where = `${m} ${path} (${kind}, ${who}) → ${res.statusCode}`;
            if (res.statusCode >= 500) {
              problems.push(`${where}: ${res.body.slice(0, 200)}`);
              continue;
            }
            if (res.statusCode < 400) {
              problems.push(`${where}: a hostile body was accepted`);
              continue;
            }
            const e = (res.json() as { error?: { code?: unknown; message?: unknown } }).error;
            const keys = Object.keys(res.json() as object);
            if (!e || keys.length !== 1 || typeof e.code !== "string" || typeof e.message !== "string" || !e.message)
              problems.push(`${where}: not the error shape: ${res.body.slice(0, 200)}`);
            expectNoLeak(res.body);
          }
        }
      }
    }
    expect(routes).toBeGreaterThan(50);
    expect(sent).toBeGreaterThan(routes * 8);
    expect(problems).toEqual([]);
  }, 300_000);
});
