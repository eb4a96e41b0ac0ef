#!/usr/bin/env node
// `npm test`: everything that must hold before a commit, in the order CI runs it.
//   [typecheck ‖ lint ‖ casts budget ‖ build ‖ Node 24] → [server tests on PGlite (Node 20) ‖ on PostgreSQL (Node 24, when
//   TEST_DATABASE_URL is set; includes the two-process test)] → browser journeys (e2e) →
//   [faults: SIGKILL under write load ‖ 3-minute soak on PostgreSQL]
// Steps in brackets run side by side: each is single-threaded (tsc, eslint, one vitest worker each) so on a two-core
// machine they share the cores instead of waiting for each other. A step run beside others writes its output to
// test-results/<step>.log, printed whole when it ends, so the log still reads one step at a time.
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

const slug = (name) => name.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "");

/**
 * Runs a command; resolves to its exit code. Its output goes to test-results/<name>.log and is printed, under the
 * step's banner, when it ends (steps run side by side would otherwise interleave their lines).
 */
function run(name, cmd, args, env = process.env) {
  const logFile = path.join(outDir, `${slug(name)}.log`);
  const fd = fs.openSync(logFile, "w");
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", fd, fd] });
    const done = (code) => {
      fs.closeSync(fd);
      banner(name);
      process.stdout.write(fs.readFileSync(logFile, "utf8"));
      resolve(code);
    };
    child.on("error", (err) => {
      fs.appendFileSync(logFile, `could not start ${cmd}: ${err.message}\n`);
      done(127);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 128 : 1)));
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
  const started = Date.now();
  const code = await run(name, cmd, args, env);
  const secs = (Date.now() - started) / 1000;
  steps.push({ name, ok: code === 0, secs, note: code === 0 ? "" : `exit ${code}, counted as 1 failure` });
  if (code !== 0) failed += 1;
  return code === 0;
}

async function vitest(name, project, env, extra = [], [node, entry] = [null, null]) {
  const report = path.join(outDir, `${slug(name)}.json`);
  const started = Date.now();
  const code = await run(
    name,
    node ?? bin("vitest"),
    [
      ...(entry ? [entry] : []),
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      ...extra,
    ],
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
// src/server/multiprocess.test.ts needs PostgreSQL: the PostgreSQL run beside this one runs it, so in the PGlite run it
// only says so (without either, under CI=true, it fails).
if (process.env.TEST_DATABASE_URL) pgliteEnv.FOCAL_TEST_POSTGRES_RUN = "1";

// Each server run uses one worker (vitest's default on two cores is cores − 1); without TEST_DATABASE_URL the PGlite run
// takes two. Files that test the embedded database itself (its directory lock, its backups, the CLIs on a data
// directory) run the same way whatever TEST_DATABASE_URL says, so the PostgreSQL run leaves them out.
// The PostgreSQL run uses Node 24 (installed from the npm registry by scripts/with-node.mjs) and the PGlite run the
// machine's Node (20.19+), so both supported ends are tested on every run (issue 15, point 7).
// Then the browser journeys (E2E_WORKERS files side by side, each with its own Focal and Chromium; one by default). Run
// beside the server tests they were starved of CPU and timed out. Then the faults (SIGKILL under write
// load) beside the short soak.
const PGLITE_ONLY = ["src/server/db/lock.test.ts", "src/server/cli/**"];
const withPg = Boolean(process.env.TEST_DATABASE_URL);
// One file at a time: two side by side on two cores took twice as long each (measured 5 Dec 2026: foundation 243 →
// 440 s, forms 84 → 161 s; the journeys use both cores already) and journeys typing long texts timed out.
const e2eWorkers = process.env.E2E_WORKERS ?? "1";
let node24 = null;
const [, , , built] = await Promise.all([
  check("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], baseEnv),
  check("lint", bin("eslint"), ["."], baseEnv),
  check("casts budget", process.execPath, ["scripts/count-casts.mjs", "--check"], baseEnv),
  check("build", process.execPath, ["scripts/build.mjs"], baseEnv),
  withPg
    ? check("Node 24 (npm registry)", process.execPath, ["scripts/with-node.mjs", "24"], baseEnv).then(async (ok) => {
        // Installed by the step (its output is in the log); asking again only finds it.
        if (ok) node24 = (await import("./with-node.mjs")).nodeBinary(24, { quiet: true });
      })
    : Promise.resolve(),
]);
const vitestBin = path.join(root, "node_modules", "vitest", "vitest.mjs");
await Promise.all([
  // --no-isolate: a worker keeps its loaded modules from one file to the next instead of importing Fastify, Drizzle and
  // every module again per file (PostgreSQL run 572 → 454 s, 5 Dec 2026); each file still opens its own database.
  vitest("server (PGlite)", "server", pgliteEnv, [`--maxWorkers=${withPg ? 1 : 2}`, "--no-isolate"]),
  withPg
    ? node24
      ? vitest(
          "server (PostgreSQL, Node 24)",
          "server",
          baseEnv,
          ["--maxWorkers=1", "--no-isolate", ...PGLITE_ONLY.map((p) => `--exclude=${p}`)],
          [node24, vitestBin],
        )
      : (failed++, steps.push({ name: "server (PostgreSQL)", ok: false, secs: 0, note: "not run: no Node 24" }))
    : steps.push({ name: "server (PostgreSQL)", ok: true, secs: 0, note: "skipped: TEST_DATABASE_URL is not set" }),
]);
if (built) {
  await vitest("e2e (Chromium)", "e2e", baseEnv, ["--passWithNoTests", `--maxWorkers=${e2eWorkers}`]);
} else {
  failed += 1;
  steps.push({ name: "e2e (Chromium)", ok: false, secs: 0, note: "not run: the build failed; counted as 1 failure" });
}
if (built) {
  const tsx = ["--import", "tsx"];
  await Promise.all([
    check(
      "faults (SIGKILL, PGlite)",
      process.execPath,
      [...tsx, "bench/kill.ts", "--rounds", "3", "--db", "pglite", "--ci"],
      baseEnv,
    ).then(() =>
      withPg
        ? check(
            "faults (SIGKILL, PostgreSQL)",
            process.execPath,
            [...tsx, "bench/kill.ts", "--rounds", "2", "--db", "postgres", "--ci"],
            baseEnv,
          )
        : undefined,
    ),
    withPg
      ? check(
          "soak (3 min, PostgreSQL)",
          process.execPath,
          [...tsx, "bench/soak.ts", "--minutes", "3", "--db", "postgres", "--ci"],
          baseEnv,
        )
      : steps.push({ name: "soak (3 min)", ok: true, secs: 0, note: "skipped: TEST_DATABASE_URL is not set" }),
  ]);
}

banner("summary");
for (const s of steps) {
  console.log(`${s.ok ? "ok    " : "FAILED"}  ${s.name.padEnd(22)} ${s.secs.toFixed(1).padStart(6)} s  ${s.note}`);
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
const allOk = steps.every((s) => s.ok);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allOk && failed === 0 ? 0 : 1);
