import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { createTestApp, type TestApp } from "./test/harness.js";

/**
 * How the built web app is served: hashed assets cached for a year as immutable and sent brotli- or gzip-compressed
 * when the browser accepts it (the build writes .br and .gz beside each asset); index.html always revalidated.
 * A web root of the test's own, laid out as `vite build` lays out dist/web.
 */
let t: TestApp;
let app: Awaited<ReturnType<typeof buildApp>>;
let root: string;
const script = `console.log(${JSON.stringify("Xin chào — ".repeat(400))});\n`;

beforeAll(async () => {
  t = await createTestApp({ demo: false });
  root = fs.mkdtempSync(path.join(os.tmpdir(), "focal-web-"));
  fs.mkdirSync(path.join(root, "assets"));
  fs.writeFileSync(path.join(root, "index.html"), '<!doctype html><script src="/assets/index-AbC123.js"></script>');
  const file = path.join(root, "assets/index-AbC123.js");
  fs.writeFileSync(file, script);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(script));
  app = await buildApp(t.ctx, { webRoot: root });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });
const IMMUTABLE = /^public, max-age=31536000, immutable$/;

describe("serving the web app", () => {
  it("sends a hashed asset brotli-compressed when the browser accepts it, cached for a year as immutable", async () => {
    const res = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toMatch(IMMUTABLE);
    expect(String(res.headers["vary"]).toLowerCase()).toContain("accept-encoding");
    expect(String(res.headers["content-type"])).toMatch(/javascript/);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it("falls back to gzip, then to the file as it is, with the same caching", async () => {
    const gz = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    expect(gz.headers["cache-control"]).toMatch(IMMUTABLE);
    const plain = await get("/assets/index-AbC123.js", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers["cache-control"]).toMatch(IMMUTABLE);
  });

  it("index.html is never cached without asking again, at / and at every address of the app", async () => {
    for (const url of ["/", "/meetings/0a0c5321-0000-4000-8000-000000000021/programme", "/sign-in?next=%2F"]) {
      const res = await get(url, { "accept-encoding": "br" });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"], url).toMatch(/^text\/html/);
      expect(res.headers["cache-control"], url).toBe("no-cache");
      expect(res.body, url).toContain("/assets/index-AbC123.js");
    }
  });

  it("an asset that does not exist is a 404, not the app's page (a script tag never receives HTML)", async () => {
    const res = await get("/assets/index-Old999.js");
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/json/);
    expect(res.headers["cache-control"] ?? "").not.toMatch(/immutable/);
  });

  it("a file written by a rebuild after the start is served at once", async () => {
    fs.writeFileSync(path.join(root, "assets/later-Zz9.js"), "export {};\n");
    const res = await get("/assets/later-Zz9.js");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toMatch(IMMUTABLE);
  });

  it("the API's unknown addresses stay JSON 404s", async () => {
    const res = await get("/api/nothing-here");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: "ROUTE_NOT_FOUND" } });
  });
});
