#!/usr/bin/env node
// `npm start`: builds what changed since the last build (nothing, usually: scripts/build.mjs compares fingerprints)
// and runs the compiled server in this same process, so signals from a terminal or a service manager reach Focal itself.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildIfStale } from "./build.mjs";

const root = path.resolve(import.meta.dirname, "..");
try {
  await buildIfStale();
} catch (err) {
  console.error(`Focal cannot start: the build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(path.join(root, "dist/server/main.js")).href);
