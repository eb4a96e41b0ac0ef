#!/usr/bin/env node
// `npm test`: everything that must hold before a commit, in the order CI runs it.
//   typecheck → lint → server tests on PGlite → server tests on PostgreSQL (when TEST_DATABASE_URL is set)
//   → vite build → browser journeys (e2e)
// Every step runs even when an earlier one failed (so one run shows every problem), except the browser journeys,
// which need the build. The last line is a plain summary that CI reads: `tests: N passed, M failed`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "test-results");
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command with inherited output; resolves to its exit code. */
function run(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (err) => {
      console.error(`could not start ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Counts a vitest JSON report. A file that failed before any test ran (an import error) counts as one failure. */
function countReport(file) {
  if (!fs.existsSync(file)) return null;
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).length,
  ).length;
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + brokenFiles };
}

const steps = [];
let passed = 0;
let failed = 0;

function banner(title) {
  const line = "─".repeat(Math.max(10, 78 - title.length));
  console.log(`\n── ${title} ${line}`);
}

async function check(name, cmd, args, env) {
  banner(name);
  const started = Date.now();
  const code = await run(cmd, args, env);
  const secs = (Date.now() - started) / 1000;
  steps.push({ name, ok: code === 0, secs, note: code === 0 ? "" : `exit ${code}, counted as 1 failure` });
  if (code !== 0) failed += 1;
  return code === 0;
}

async function vitest(name, project, env, extra = []) {
  banner(name);
  const report = path.join(outDir, `${name.replace(/[^a-z0-9]+/gi, "-")}.json`);
  const started = Date.now();
  const code = await run(
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra],
    env,
  );
  const secs = (Date.now() - started) / 1000;
  const counts = countReport(report);
  let note;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    // A non-zero exit with no failing test (a crash, an unhandled error) still fails the run.
    if (code !== 0 && counts.failed === 0) failed += 1;
    note = `${counts.passed} passed, ${counts.failed} failed`;
  } else {
    failed += 1;
    note = `no report (exit ${code}), counted as 1 failure`;
  }
  steps.push({ name, ok: code === 0, secs, note });
  return code === 0;
}

const started = Date.now();
// Colours only on a terminal: a CI log stays plain text. (FORCE_COLOR=0 would turn them *on* in picocolors.)
const baseEnv = { ...process.env };
if (!process.stdout.isTTY && !process.env.FORCE_COLOR) baseEnv.NO_COLOR = "1";
const pgliteEnv = { ...baseEnv };
delete pgliteEnv.TEST_DATABASE_URL;

await check("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], baseEnv);
await check("lint", bin("eslint"), ["."], baseEnv);
await vitest("server (PGlite)", "server", pgliteEnv);
// Files that test the embedded database itself (its directory lock, its backups, the CLIs on a data directory)
// run the same way whatever TEST_DATABASE_URL says, so the PostgreSQL run leaves them out.
const PGLITE_ONLY = ["src/server/db/lock.test.ts", "src/server/cli/**"];
if (process.env.TEST_DATABASE_URL) {
  await vitest(
    "server (PostgreSQL)",
    "server",
    baseEnv,
    PGLITE_ONLY.map((p) => `--exclude=${p}`),
  );
} else {
  steps.push({ name: "server (PostgreSQL)", ok: true, secs: 0, note: "skipped: TEST_DATABASE_URL is not set" });
}
const built = await check("build", bin("vite"), ["build", "--logLevel", "warn"], baseEnv);
if (built) {
  await vitest("e2e (Chromium)", "e2e", baseEnv, ["--passWithNoTests"]);
} else {
  failed += 1;
  steps.push({ name: "e2e (Chromium)", ok: false, secs: 0, note: "not run: the build failed; counted as 1 failure" });
}

banner("summary");
for (const s of steps) {
  console.log(`${s.ok ? "ok    " : "FAILED"}  ${s.name.padEnd(22)} ${s.secs.toFixed(1).padStart(6)} s  ${s.note}`);
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
const allOk = steps.every((s) => s.ok);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allOk && failed === 0 ? 0 : 1);
