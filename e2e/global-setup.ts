/**
 * Runs once per `vitest run --project e2e`: builds one data directory with the migrations and the ACCSM 21 demo
 * data, which every journey's Focal starts from (a copy of it), instead of running initdb, the migrations and the
 * seeds again for each test file (~10 s of CPU each on this machine).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/server/db/client.js";
import { seedDemoIfEmpty } from "../src/server/seed/demo.js";

declare module "vitest" {
  export interface ProvidedContext {
    focalE2eTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-e2e-template-"));
  const database = await openDatabase({ databaseUrl: null, dataDir: dir });
  try {
    await seedDemoIfEmpty(database.db);
  } finally {
    await database.close();
  }
  project.provide("focalE2eTemplate", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
