import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "server",
          include: ["src/**/*.test.ts"],
          // Builds the template databases each test file copies (src/server/test/global-setup.ts).
          globalSetup: ["src/server/test/global-setup.ts"],
          environment: "node",
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          // One seeded data directory every journey's Focal copies (e2e/global-setup.ts).
          globalSetup: ["e2e/global-setup.ts"],
          environment: "node",
          pool: "forks",
          // Files run side by side as `npm test` says (--maxWorkers): each starts its own Focal on its own port and data
          // directory, and its own Chromium.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
