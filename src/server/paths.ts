/**
 * Where Focal's files are, the same whether the server runs from its TypeScript sources (tsx, tests) or from the
 * compiled bundle (`dist/server/main.js`, what `npm start` runs): found by walking up from this module to the
 * repository's package.json, never by counting `..` from a file whose place differs between the two.
 */
import fs from "node:fs";
import path from "node:path";

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      try {
        const parsed: unknown = JSON.parse(fs.readFileSync(pkg, "utf8"));
        if (typeof parsed === "object" && parsed !== null && "name" in parsed && parsed.name === "focal") return dir;
      } catch {
        // not ours: keep walking up
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`Focal's package.json was not found above ${from}`);
    dir = up;
  }
}

/** The repository root (where package.json and `npm start` are). */
export const repoRoot = findRoot(import.meta.dirname);
/** The built web app (`vite build`). */
export const webRoot = path.join(repoRoot, "dist/web");
/** The compiled server (`scripts/build.mjs`). */
export const serverDist = path.join(repoRoot, "dist/server");
/** The generated migrations, applied at every open. */
export const migrationsFolder = path.join(repoRoot, "src/server/db/migrations");
/** The build's dump of an empty, migrated embedded database (db/template.ts). */
export const dbTemplate = path.join(repoRoot, "dist/db-template.tar");
/** True when this code runs from the compiled bundle rather than from the TypeScript sources. */
export const compiled = import.meta.url.includes("/dist/server/");
