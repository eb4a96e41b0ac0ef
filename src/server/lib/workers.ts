/**
 * Worker threads. A worker's entry is a file `src/server/**\/<name>.worker.ts`; the build compiles each to
 * `dist/server/workers/<name>.worker.js`. `workerUrl` picks the one that matches the running code: the compiled file
 * when the caller is the bundle under dist/server, else the TypeScript source beside the caller. `startWorker` runs
 * either: a .ts entry through tsx's loader, registered inside the worker by a one-line bootstrap (Node 20 does not
 * apply `execArgv: ["--import", "tsx"]` to a worker's own entry — it fails with ERR_UNKNOWN_FILE_EXTENSION).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { compiled, serverDist } from "../paths.js";

/** The entry of the worker `name` for code running from `sourceUrl` (the caller's `import.meta.url`). */
export function workerUrl(name: string, sourceUrl: string): URL {
  if (compiled) return pathToFileURL(path.join(serverDist, "workers", `${name}.worker.js`));
  return new URL(`./${name}.worker.ts`, sourceUrl);
}

let tsxApi: string | null = null;

/** tsx's ESM API (`register`), as a file URL a data: module can import. */
function tsxApiUrl(): string {
  if (!tsxApi) {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("tsx/package.json"));
    tsxApi = pathToFileURL(path.join(dir, "dist", "esm", "api", "index.mjs")).href;
  }
  return tsxApi;
}

/**
 * A worker's young generation (where V8 allocates first): 8 MB instead of V8's default, which a worker drawing a
 * thousand badges filled to the top. Measured on the compiled server, 1,000 badges with names in every script: peak
 * RSS 481–501 → 442–476 MB, the same seconds and CPU (bench/RESULTS.md, 5 Dec 2026 21:40–21:47).
 */
const resourceLimits = { maxYoungGenerationSizeMb: 8 };

/** Starts the worker at `url` (from `workerUrl`) with `workerData`. */
export function startWorker(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith(".ts")) return new Worker(url, { workerData, resourceLimits });
  const bootstrap =
    `import { register } from ${JSON.stringify(tsxApiUrl())};\n` +
    `register();\n` +
    `await import(${JSON.stringify(url.href)});\n`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData, resourceLimits });
}
