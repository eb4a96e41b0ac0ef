#!/usr/bin/env node
// Builds what `npm start` runs, once, and again only when its sources changed:
//   - the web app: `vite build` → dist/web
//   - the server: esbuild bundles src/server/main.ts (and each src/server/**/<name>.worker.ts) → dist/server
// Each target keeps a fingerprint of its inputs (paths, sizes and contents of its source files, package-lock.json and
// its build config) in dist/.<target>.stamp; a target whose fingerprint matches is skipped. `npm ci` runs this
// (postinstall), `npm start` runs it before starting (a no-op when nothing changed), `npm test` runs it as its build.
//   node scripts/build.mjs [--force] [--quiet]
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "dist");

/** Every file under `dir` (relative to root), sorted; node_modules and dot-directories skipped. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(root, p));
    }
  };
  walk(path.join(root, dir));
  return out.sort();
}

function fingerprint(inputs) {
  const h = crypto.createHash("sha256");
  h.update(process.version.split(".")[0]); // a new major Node: build again
  for (const f of inputs) {
    h.update(f);
    h.update("\0");
    h.update(fs.readFileSync(path.join(root, f)));
    h.update("\0");
  }
  return h.digest("hex");
}

const notTest = (f) => !/\.test\.tsx?$/.test(f) && !f.includes("/test/");

const targets = [
  {
    name: "web",
    output: "dist/web/index.html",
    inputs: () =>
      [
        ...filesUnder("src/web"),
        ...filesUnder("src/shared"),
        ...filesUnder("public"),
        "vite.config.ts",
        "package-lock.json",
      ].filter((f) => notTest(f) && fs.existsSync(path.join(root, f))),
    async build() {
      const { build } = await import(pathToFileURL(path.join(root, "node_modules/vite/dist/node/index.js")).href);
      await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "warn" });
    },
  },
  {
    name: "server",
    output: "dist/server/main.js",
    inputs: () =>
      [
        ...filesUnder("src/server"),
        ...filesUnder("src/shared"),
        "tsconfig.json",
        "package-lock.json",
        "scripts/build.mjs",
      ].filter((f) => notTest(f) && !f.startsWith("src/server/db/migrations/")),
    async build() {
      const esbuild = await import("esbuild");
      const workers = filesUnder("src/server").filter((f) => f.endsWith(".worker.ts"));
      const staging = path.join(dist, `.server-build-${process.pid}`);
      fs.rmSync(staging, { recursive: true, force: true });
      const common = {
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        // Packages stay imports of node_modules, except JSON files (country names…): Node's ESM loader wants an
        // import attribute on those, so they are bundled — and TypeBox and Drizzle, whose hundreds of small ES
        // modules took ~0.25 s of every start to load one by one (TypeBox alone 0.16 s, 0.01 s as part of the
        // bundle); no other package loads either at run time, so there is one copy of each.
        plugins: [
          {
            name: "external-packages",
            setup(b) {
              b.onResolve({ filter: /^[^./]/ }, (args) =>
                args.path.endsWith(".json") || /^(typebox|drizzle-orm)(\/|$)/.test(args.path)
                  ? undefined
                  : { path: args.path, external: true },
              );
            },
          },
        ],
        // Stack traces name the TypeScript files and lines; the sources themselves are in the checkout, so the map does
        // not carry them (1 MB instead of 3.5 MB, parsed at every start).
        sourcemap: true,
        sourcesContent: false,
        logLevel: "warning",
        absWorkingDir: root,
      };
      // Split: what the server imports only when needed (the PostgreSQL driver, with DATABASE_URL) stays in a chunk of
      // its own, loaded then, rather than with everything else at start.
      await esbuild.build({
        ...common,
        entryPoints: { main: "src/server/main.ts" },
        outdir: staging,
        splitting: true,
        // Chunks beside main.js: code that finds files from `import.meta.url` finds them from the same folder.
        chunkNames: "[name]-[hash]",
      });
      await esbuild.build({
        ...common,
        entryPoints: ["src/server/db/template.ts"],
        outfile: path.join(staging, "db-template.js"),
      });
      for (const w of workers) {
        await esbuild.build({
          ...common,
          entryPoints: [w],
          outfile: path.join(staging, "workers", path.basename(w, ".ts") + ".js"),
        });
      }
      // Swapped into place whole, so a Focal starting meanwhile never loads half a build.
      const out = path.join(dist, "server");
      const old = `${out}.old-${process.pid}`;
      if (fs.existsSync(out)) fs.renameSync(out, old);
      fs.renameSync(staging, out);
      fs.rmSync(old, { recursive: true, force: true });
    },
  },
  {
    // The embedded database's starting point (src/server/db/template.ts): an empty database with every migration.
    name: "db-template",
    output: "dist/db-template.tar",
    inputs: () => [
      ...filesUnder("src/server/db/migrations"),
      "package-lock.json",
      "src/server/db/template.ts",
      "src/server/db/client.ts",
    ],
    async build() {
      const { writeDatabaseTemplate } = await import(
        pathToFileURL(path.join(root, "dist/server/db-template.js")).href + `?${Date.now()}`
      );
      await writeDatabaseTemplate();
    },
  },
];

/** Builds each target whose inputs changed since its last build. Returns the names of the targets built. */
export async function buildIfStale({ force = false, quiet = false } = {}) {
  fs.mkdirSync(dist, { recursive: true });
  const built = [];
  for (const t of targets) {
    const stampFile = path.join(dist, `.${t.name}.stamp`);
    const stamp = fingerprint(t.inputs());
    const fresh =
      !force &&
      fs.existsSync(path.join(root, t.output)) &&
      fs.existsSync(stampFile) &&
      fs.readFileSync(stampFile, "utf8") === stamp;
    if (fresh) continue;
    const started = Date.now();
    if (!quiet) process.stdout.write(`Building the ${t.name} (its sources changed)… `);
    fs.rmSync(stampFile, { force: true });
    await t.build();
    fs.writeFileSync(stampFile, stamp);
    if (!quiet) process.stdout.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    built.push(t.name);
  }
  return built;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    await buildIfStale({ force: process.argv.includes("--force"), quiet: process.argv.includes("--quiet") });
  } catch (err) {
    console.error(`The build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
