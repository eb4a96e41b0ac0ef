import path from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** The web app lives in src/web and is built to dist/web, which the Fastify server serves with an SPA fallback. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, "src/web"),
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite` during development proxies the API to a Focal started with `npm run dev`.
    proxy: { "/api": "http://localhost:3000" },
  },
});
