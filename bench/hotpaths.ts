/**
 * `npx tsx bench/hotpaths.ts [--label TEXT] [--only TEXT] [--record]`: issue 15's hot paths, each as a ratio to a bare Fastify
 * route running the same SQL (for /api/me: none — the answer in memory) on the same database, in the same process
 * and the same run (bench/hotpaths-server.ts). Loopback only, every loop bounded: BENCH_CONNECTIONS (50) keep-alive
 * connections for BENCH_LOAD_MS (5 s) per route, Focal then bare, after a warm-up of each.
 *   - `GET /api/me` as the ICD officer;
 *   - `POST /api/checkin/scan` as the security officer, every scan a new nonce;
 *   - `GET /api/meetings/:id/sessions` (the programme page's list) as the ICD officer;
 *   - `GET /api/cooperation/activities` (the ICD's list, first page of 50 of ~1,000) as the ICD officer.
 * PGlite by default (a new data directory); BENCH_DATABASE_URL=postgres://… (an empty database) for PostgreSQL.
 * `--record` adds the run to bench/RESULTS.md under "Hot paths against their ceiling (issue 15)".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";
import {
  freePort,
  load,
  sleep,
  recordRun,
  request,
  root,
  signIn,
  spawnTs,
  untilReady,
  type LoadResult,
} from "./lib.js";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 5000);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const record = process.argv.includes("--record");
const labelAt = process.argv.indexOf("--label");
const label = labelAt > 0 ? (process.argv[labelAt + 1] ?? "") : "";
const onlyAt = process.argv.indexOf("--only");
/** `--only scan`: just the routes whose name holds the text (to profile one path). */
const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? "") : "";

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-hot-"));
  const lines: string[] = [];
  const say = (s: string) => {
    console.log(s);
    lines.push(s);
  };
  const focalPort = await freePort();
  const barePort = await freePort();
  const infoFile = path.join(work, "info.json");
  const log = path.join(work, "server.log");
  let commit = "";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim();
  } catch {
    // not a git checkout
  }
  const loadStart = os.loadavg().map((x) => x.toFixed(2));
  const child = spawnTs(
    "bench/hotpaths-server.ts",
    {
      FOCAL_DATA_DIR: path.join(work, "data"),
      DATABASE_URL: databaseUrl,
      FOCAL_PORT: String(focalPort),
      BARE_PORT: String(barePort),
      INFO_FILE: infoFile,
    },
    log,
  );
  try {
    await untilReady(child, log);
    // "ready" may also be read in a PostgreSQL notice ("already exists"): the info file is the server's last step.
    for (let i = 0; i < 720 && !fs.existsSync(infoFile); i++) await sleep(250);
    const { meetingId, tokens } = JSON.parse(fs.readFileSync(infoFile, "utf8")) as {
      meetingId: string;
      tokens: string[];
    };
    const icd = await signIn(focalPort, "icd@demo.focal");
    const security = await signIn(focalPort, "security@demo.focal");
    const icdHeaders = { cookie: icd.cookie };
    const me = await request(focalPort, "GET", "/api/me", { headers: icdHeaders });
    await request(barePort, "POST", "/me-answer", { body: me.body });
    const run = Math.random().toString(36).slice(2, 8);
    const scanBody = (kind: string) => (n: number) =>
      JSON.stringify({
        token: tokens[n % tokens.length],
        sessionId: null,
        meetingId,
        nonce: `hot${kind}${run}${n}`,
        scannedAt: new Date().toISOString(),
      });
    const opts = (ms: number, extra: Partial<Parameters<typeof load>[2]> = {}) => ({
      connections: CONNECTIONS,
      ms,
      maxRequests: 1_000_000,
      ...extra,
    });
    const cases = [
      {
        name: "`GET /api/me`",
        bareName: "bare `GET /bare-me` (the answer in memory, no SQL)",
        focal: (ms: number, k: string) =>
          load(focalPort, "/api/me", opts(ms, { headers: () => icdHeaders, body: undefined, method: "GET" })).then(
            (r) => [r, k] as const,
          ),
        bare: (ms: number, k: string) => load(barePort, "/bare-me", opts(ms)).then((r) => [r, k] as const),
      },
      {
        name: "`POST /api/checkin/scan`",
        bareName: "bare `POST /bare-scan` (badge, meeting, delegate, insert)",
        focal: (ms: number, k: string) =>
          load(
            focalPort,
            "/api/checkin/scan",
            opts(ms, {
              method: "POST",
              headers: () => ({ cookie: security.cookie, "x-csrf-token": security.csrfToken }),
              body: scanBody(`f${k}`),
            }),
          ).then((r) => [r, k] as const),
        bare: (ms: number, k: string) =>
          load(barePort, "/bare-scan", opts(ms, { method: "POST", body: scanBody(`b${k}`) })).then(
            (r) => [r, k] as const,
          ),
      },
      {
        name: "`GET /api/meetings/:id/sessions` (programme)",
        bareName: "bare `GET /bare-programme` (meeting, sessions, agenda, delegations, rooms)",
        focal: (ms: number, k: string) =>
          load(focalPort, `/api/meetings/${meetingId}/sessions`, opts(ms, { headers: () => icdHeaders })).then(
            (r) => [r, k] as const,
          ),
        bare: (ms: number, k: string) => load(barePort, "/bare-programme", opts(ms)).then((r) => [r, k] as const),
      },
      {
        name: "`GET /api/cooperation/activities` (first page of 50)",
        bareName: "bare `GET /bare-activities` (count, page, units, partners, route steps)",
        focal: (ms: number, k: string) =>
          load(focalPort, "/api/cooperation/activities?limit=50", opts(ms, { headers: () => icdHeaders })).then(
            (r) => [r, k] as const,
          ),
        bare: (ms: number, k: string) => load(barePort, "/bare-activities", opts(ms)).then((r) => [r, k] as const),
      },
    ];
    say(
      `### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${label ? `${label}, ` : ""}${databaseUrl ? "PostgreSQL" : "PGlite"}, commit ${commit}, Node ${process.version}, ${os.cpus().length} cores, load average at start ${loadStart.join(" / ")}`,
    );
    say("");
    say(
      `${CONNECTIONS} keep-alive connections for ${LOAD_MS / 1000} s per route, Focal then its bare route, after a warm-up of each; ${tokens.length} badges, every scan a new nonce.`,
    );
    say("");
    say("| route | req/s | ratio to bare | p50 ms | p99 ms | requests | errors |");
    say("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    const row = (name: string, r: LoadResult, bare: LoadResult) =>
      `| ${name} | ${r.rps.toFixed(0)} | ${(r.rps / bare.rps).toFixed(3)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.errors} |`;
    for (const c of cases.filter((x) => x.name.includes(only))) {
      await c.focal(1000, "w");
      await c.bare(1000, "w");
      const [focal] = await c.focal(LOAD_MS, "m");
      const [bare] = await c.bare(LOAD_MS, "m");
      say(row(c.bareName, bare, bare));
      say(row(`Focal ${c.name}`, focal, bare));
    }
    say("");
    say(
      `Load average at end: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" / ")}.`,
    );
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (record) recordRun("## Hot paths against their ceiling (issue 15)", "npx tsx bench/hotpaths.ts --record", lines);
}

await main();
process.exit(0);
