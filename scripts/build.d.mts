// Types of scripts/build.mjs for the TypeScript that imports it (the multi-process test builds dist/server first).

/** Builds each target (the web app, the server) whose inputs changed since its last build; returns the names built. */
export function buildIfStale(opts?: { force?: boolean; quiet?: boolean }): Promise<string[]>;
