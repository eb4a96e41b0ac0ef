import fs from "node:fs";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const outDir = path.resolve(import.meta.dirname, "dist/web");
const stagingDir = path.resolve(import.meta.dirname, `dist/.web-build-${process.pid}`);

/**
 * Builds into a staging directory and swaps it in place of dist/web at the end, so a Focal already serving
 * dist/web (an e2e run, `npm start`) never sees it half-emptied by a concurrent `vite build`.
 */
function swapIntoPlace(): Plugin {
  return {
    name: "focal-swap-build",
    apply: "build",
    closeBundle() {
      if (!fs.existsSync(path.join(stagingDir, "index.html"))) return;
      const old = `${outDir}.old-${process.pid}`;
      if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
      fs.renameSync(stagingDir, outDir);
      fs.rmSync(old, { recursive: true, force: true });
    },
  };
}

/** The web app lives in src/web and is built to dist/web, which the Fastify server serves with an SPA fallback. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, "src/web"),
  publicDir: false,
  plugins: [react(), swapIntoPlace()],
  build: {
    outDir: stagingDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Stable file names: the server registers one static route per file it finds at start (wildcard: false), so
      // a rebuild under a running Focal must not rename the assets. Nothing is cached immutably, so no hashes.
      output: {
        entryFileNames: "assets/[name].js",
        chunkFileNames: "assets/[name].js",
        assetFileNames: "assets/[name][extname]",
      },
    },
  },
  server: {
    // `npx vite` during development proxies the API to a Focal started with `npm run dev`.
    proxy: { "/api": "http://localhost:3000" },
  },
});
