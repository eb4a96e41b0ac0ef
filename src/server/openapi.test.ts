import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./test/harness.js";
import { schemasOf } from "./app.js";

interface Operation {
  tags?: string[];
  summary?: string;
  parameters?: { in: string; name: string; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

const METHODS = ["get", "post", "put", "patch", "delete"];

let t: TestApp;
let doc: Doc;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
  const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
  expect(res.statusCode).toBe(200);
  doc = res.json() as Doc;
});
afterAll(async () => t?.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ path, method, op })),
  );

const hasSchema = (content: Record<string, { schema?: unknown }> | undefined) =>
  Object.values(content ?? {}).some((c) => c.schema && typeof c.schema === "object");

describe("the OpenAPI document", () => {
  it("is OpenAPI 3", () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(operations().length).toBeGreaterThan(10);
  });

  it("lists every API route the app serves", () => {
    const documented = new Set(operations().map((o) => `${o.method.toUpperCase()} ${o.path}`));
    const served = t.routes
      .filter((r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.url !== "/api/openapi.json")
      .filter((r) => r.method !== "HEAD" && r.method !== "OPTIONS")
      .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z0-9_]+)/g, "{$1}")}`);
    expect(served.filter((r) => !documented.has(r))).toEqual([]);
  });

  it("gives every operation a tag, a summary and at least one 2xx response schema", () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.tags?.length) missing.push(`${where}: no tag`);
      if (!op.summary) missing.push(`${where}: no summary`);
      const ok = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
      if (!ok.some(([, r]) => hasSchema(r.content))) missing.push(`${where}: no 2xx response schema`);
    }
    expect(missing).toEqual([]);
  });

  it("declares the path parameters and, for writes with a body, the body schema", () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        if (!op.parameters?.some((p) => p.in === "path" && p.name === name && p.schema)) {
          missing.push(`${where}: path parameter ${name}`);
        }
      }
      if (op.requestBody && !hasSchema(op.requestBody.content)) missing.push(`${where}: body without schema`);
    }
    expect(missing).toEqual([]);
  });

  it("documents the error responses of routes that need a signed-in user", () => {
    const publicUrls = new Set(t.routes.filter((r) => r.public).map((r) => r.url.replace(/:(\w+)/g, "{$1}")));
    const missing = operations()
      .filter(({ path }) => !publicUrls.has(path))
      .filter(({ op }) => !op.responses?.["401"] || !hasSchema(op.responses["401"].content))
      .map(({ path, method }) => `${method.toUpperCase()} ${path}`);
    expect(missing).toEqual([]);
  });
});

describe("route schemas (compiled when first used: http/lazySchemas.ts)", () => {
  it("are not compiled before a route is called, and every one of them compiles", () => {
    const schemas = schemasOf(t.app);
    // Thousands of validators and serialisers wait; the few this file's requests used are compiled.
    expect(schemas.waiting).toBeGreaterThan(1000);
    expect(() => schemas.compileAll()).not.toThrow();
    expect(schemas.waiting).toBe(0);
  });
});
