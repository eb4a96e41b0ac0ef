import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { promisify } from "node:util";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const outDir = path.resolve(import.meta.dirname, "dist/web");
const stagingDir = path.resolve(import.meta.dirname, `dist/.web-build-${process.pid}`);
const MANIFEST = ".vite/manifest.json";

/** The asset files a build produced, from its manifest (empty when there is none). */
function builtAssets(dir: string): string[] {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) return [];
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<
    string,
    { file: string; css?: string[]; assets?: string[] }
  >;
  return [...new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? []), ...(c.assets ?? [])]))];
}

/**
 * Builds into a staging directory and swaps it in place of dist/web at the end, so a Focal already serving
 * dist/web (an e2e run, `npm start`) never sees it half-emptied by a concurrent `vite build`. The previous build's
 * hashed assets are kept beside the new ones (one build back, never more): a page opened before the swap still
 * fetches the areas it has not loaded yet.
 */
function swapIntoPlace(): Plugin {
  return {
    name: "focal-swap-build",
    apply: "build",
    closeBundle() {
      if (!fs.existsSync(path.join(stagingDir, "index.html"))) return;
      for (const f of builtAssets(outDir)) {
        const to = path.join(stagingDir, f);
        if (fs.existsSync(to)) continue;
        for (const ext of ["", ".br", ".gz"]) {
          if (fs.existsSync(path.join(outDir, f + ext))) fs.copyFileSync(path.join(outDir, f + ext), to + ext);
        }
      }
      const old = `${outDir}.old-${process.pid}`;
      if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
      fs.renameSync(stagingDir, outDir);
      fs.rmSync(old, { recursive: true, force: true });
    },
  };
}

/**
 * Brotli at quality 10 (11 saves ~1.5% more and takes twice as long on a fresh build) and gzip -9, off the main
 * thread; each file is compressed once per content (see `precompress`).
 */
const brotli = (raw: Buffer) =>
  promisify(zlib.brotliCompress)(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 10,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
const gzip = (raw: Buffer) => promisify(zlib.gzip)(raw, { level: 9 });

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text asset of the build; the server sends the one the
 * browser accepts (@fastify/static `preCompressed`). Asset names carry a hash of their content, so a file the
 * previous build already compressed (still in dist/web) is copied, not compressed again: `npm start` without
 * changes to the web app costs no compression.
 */
function precompress(): Plugin {
  return {
    name: "focal-precompress",
    apply: "build",
    async writeBundle(options, bundle) {
      const dir = options.dir ?? stagingDir;
      const names = [...Object.keys(bundle), "index.html"].filter((n) => /\.(js|css|html|svg|json)$/.test(n));
      await Promise.all(
        names.map(async (name) => {
          const file = path.join(dir, name);
          if (!fs.existsSync(file)) return;
          const raw = fs.readFileSync(file);
          if (raw.length < 1024) return;
          const prev = path.join(outDir, name);
          const hashed = name.startsWith("assets/");
          for (const [ext, compress] of [
            [".br", brotli],
            [".gz", gzip],
          ] as const) {
            if (hashed && fs.existsSync(prev + ext)) fs.copyFileSync(prev + ext, file + ext);
            else fs.writeFileSync(file + ext, await compress(raw));
          }
        }),
      );
    },
  };
}

/**
 * Each area of the app in one chunk, fetched when the area is first opened (`lazyPage` in its routes.tsx, which itself
 * stays in the entry: it registers the area's routes and tabs). Only the area's own modules: what areas share stays
 * in the chunks the bundler makes for it.
 */
const areas = ["admin", "meetings", "registration", "checkin", "exports", "workplans", "targets", "cooperation"].map(
  (name) => ({
    name,
    test: new RegExp(`src[\\\\/]web[\\\\/]features[\\\\/]${name}[\\\\/](?!routes\\.tsx$)`),
    includeDependenciesRecursively: false,
  }),
);

/**
 * The app's own shared parts (components, lib, shared rules) in two chunks instead of a dozen small ones: what the
 * first page needs, and what only the areas use (date fields, country names…), fetched with the first area.
 */
const sharedTest = /src[\\/](web[\\/](components|lib|app|i18n)|shared)[\\/]/;
const shared = [
  { name: "shared", test: sharedTest, tags: ["$initial" as const], priority: 2, includeDependenciesRecursively: false },
  { name: "shared-areas", test: sharedTest, priority: 1, includeDependenciesRecursively: false },
];

/** The libraries every page needs, in chunks of their own that stay cached when only the app changes. */
const vendor = [
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  {
    name: "mantine",
    test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll[^\\/]*|react-transition-group|use-sidecar|use-callback-ref|react-style-singleton|get-nonce|tslib|clsx|react-textarea-autosize)[\\/]/,
  },
  { name: "query", test: /node_modules[\\/]@tanstack[\\/]/ },
];

/**
 * The web app lives in src/web and is built to dist/web, which the Fastify server serves with an SPA fallback.
 * Each area (meetings, registration, badges, work plans, targets, administration) is its own chunk, loaded when
 * first opened (`lazyPage`); file names carry a content hash, so the server marks /assets/* immutable.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, "src/web"),
  publicDir: false,
  plugins: [react(), precompress(), swapIntoPlace()],
  build: {
    outDir: stagingDir,
    emptyOutDir: true,
    manifest: MANIFEST,
    rolldownOptions: {
      output: {
        entryFileNames: "assets/[name]-[hash].js",
        chunkFileNames: "assets/[name]-[hash].js",
        assetFileNames: "assets/[name]-[hash][extname]",
        codeSplitting: { groups: [...vendor, ...shared, ...areas] },
      },
    },
  },
  server: {
    // `npx vite` during development proxies the API to a Focal started with `npm run dev`.
    proxy: { "/api": "http://localhost:3000" },
  },
});
