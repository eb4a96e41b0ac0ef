/**
 * `npm run bench [-- --record]`: Focal's foundation benchmarks, loopback only, every loop bounded in time and count.
 *   1. time from process start (`node scripts/start.mjs`, what `npm start` runs: a no-op build when nothing changed,
 *      then the compiled server) to a served sign-in page, on a new and on an existing data directory; the build
 *      (`node scripts/build.mjs --force`: vite and the esbuild bundle of the server) is timed once on its own;
 *   2. memory (RSS) at rest after start, and after the load below;
 *   3. sign-in and /api/me throughput at 50 connections, as a ratio to a bare Fastify route measured in the same run.
 * With --record the report is added to bench/RESULTS.md (newest first).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, load as loadRoute, median, request, root, sleep, spawnTs, signIn, type LoadResult } from "./lib.js";

const CONNECTIONS = 50;
const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 8000);
const MAX_REQUESTS = 2_000_000;
const STARTS = Number(process.env.BENCH_STARTS ?? 3);
const record = process.argv.includes("--record");

/**
 * Stops a Focal: SIGTERM goes to the Focal process itself (the pid in its lock file; with `node scripts/start.mjs` that
 * is the child itself, there is no wrapper), as a terminal's Ctrl-C or a service manager would.
 */
async function stopProcess(child: ChildProcess, lockFile?: string) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  const pid = lockFile && fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8")) : 0;
  if (pid > 0) process.kill(pid, "SIGTERM");
  else child.kill("SIGTERM");
  const timer = setTimeout(() => {
    if (pid > 0) process.kill(pid, "SIGKILL");
    child.kill("SIGKILL");
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

/** `node scripts/start.mjs`, as `npm start` runs it: one process (Focal itself), output appended to `log`. */
function spawnStart(env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  return child;
}

/** Polls until the sign-in page is served; returns the milliseconds since `started`. */
async function untilSignInPage(port: number, started: number, child: ChildProcess): Promise<number> {
  const deadline = started + 180_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const res = await request(port, "GET", "/login");
      if (res.status === 200 && String(res.headers["content-type"]).includes("text/html")) {
        return performance.now() - started;
      }
    } catch {
      /* not listening yet */
    }
    await sleep(25);
  }
  throw new Error("the sign-in page was not served within 3 minutes");
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CONNECTIONS keep-alive connections for LOAD_MS on one route. */
function load(
  port: number,
  method: string,
  urlPath: string,
  opts: { headers?: (i: number) => Record<string, string>; body?: string; expect: number },
): Promise<LoadResult> {
  const { body } = opts;
  return loadRoute(port, urlPath, {
    connections: CONNECTIONS,
    ms: LOAD_MS,
    maxRequests: MAX_REQUESTS,
    method,
    headers: opts.headers,
    body: body === undefined ? undefined : () => body,
    expect: opts.expect,
  });
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-"));
  const log = path.join(work, "server.log");
  const loadBefore = os.loadavg()[0]!;
  const lines: string[] = [];
  const say = (s: string) => {
    console.log(s);
    lines.push(s);
  };
  try {
    // 0. The build, once (at install, or at the first `npm start` after the sources changed); starts below find it.
    const b0 = performance.now();
    const build = spawn(process.execPath, [path.join(root, "scripts", "build.mjs"), "--force", "--quiet"], {
      cwd: root,
      stdio: "inherit",
    });
    const code = await new Promise<number | null>((r) => build.on("exit", r));
    if (code !== 0) throw new Error("the build failed");
    const buildMs = performance.now() - b0;

    const env = (dir: string, port: number) => ({ FOCAL_DATA_DIR: dir, PORT: String(port), HOST: "127.0.0.1" });

    // 1. Start on a new data directory (migrations and the demo data), then on the same directory again.
    const fresh: number[] = [];
    const existing: number[] = [];
    let dir = "";
    for (let i = 0; i < STARTS; i++) {
      dir = path.join(work, `data-${i}`);
      const port = await freePort();
      const t0 = performance.now();
      const child = spawnStart(env(dir, port), log);
      fresh.push(await untilSignInPage(port, t0, child));
      await stopProcess(child, path.join(dir, "focal.lock"));
      console.log(`  new data directory: ${(fresh.at(-1)! / 1000).toFixed(2)} s`);
    }
    for (let i = 0; i < STARTS; i++) {
      const port = await freePort();
      const t0 = performance.now();
      const child = spawnStart(env(dir, port), log);
      existing.push(await untilSignInPage(port, t0, child));
      await stopProcess(child, path.join(dir, "focal.lock"));
      console.log(`  existing data directory: ${(existing.at(-1)! / 1000).toFixed(2)} s`);
    }

    // 2 and 3. One Focal on the existing directory and one bare Fastify, measured one after the other.
    const focalPort = await freePort();
    const focal = spawnStart(env(dir, focalPort), log);
    await untilSignInPage(focalPort, performance.now(), focal);
    const focalPid = Number(fs.readFileSync(path.join(dir, "focal.lock"), "utf8"));
    await sleep(5000);
    const rssRest = rssMb(focalPid);

    const barePort = await freePort();
    const bare = spawnTs("bench/bare-server.ts", { PORT: String(barePort) }, log);
    for (let i = 0; i < 400; i++) {
      try {
        if ((await request(barePort, "GET", "/bare")).status === 200) break;
      } catch {
        await sleep(25);
      }
    }

    const creds = JSON.stringify({ email: "icd@demo.focal", password: "focal-demo-2022" });
    const { cookie } = await signIn(focalPort, "icd@demo.focal");

    // A short warm-up of each path, then the measured runs.
    for (const p of [
      () => request(barePort, "GET", "/bare"),
      () => request(focalPort, "GET", "/api/me", { headers: { cookie } }),
    ]) {
      for (let i = 0; i < 200; i++) await p();
    }
    console.log(`  load: ${CONNECTIONS} connections, ${LOAD_MS / 1000} s each`);
    const bareRes = await load(barePort, "GET", "/bare", { expect: 200 });
    const meRes = await load(focalPort, "GET", "/api/me", { headers: () => ({ cookie }), expect: 200 });
    const healthRes = await load(focalPort, "GET", "/api/health", { expect: 200 });
    const loginRes = await load(focalPort, "POST", "/api/auth/login", { body: creds, expect: 200 });
    const rssAfter = rssMb(focalPid);
    await stopProcess(bare);
    await stopProcess(focal, path.join(dir, "focal.lock"));

    const cpu = os.cpus()[0]?.model ?? "unknown CPU";
    const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const row = (name: string, r: LoadResult) =>
      `| ${name} | ${r.rps.toFixed(0)} | ${(r.rps / bareRes.rps).toFixed(3)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.errors} |`;
    say(`### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
    say("");
    say(
      `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, ` +
        `Node ${process.version}. Load average at start: ${loadBefore.toFixed(2)}, at end: ${os.loadavg()[0]!.toFixed(2)}.`,
    );
    say("");
    say("| measure | median | runs |");
    say("| --- | --- | --- |");
    say(
      `| build (\`node scripts/build.mjs --force\`: vite + esbuild; \`npm start\` skips it when nothing changed) | ${fmt(buildMs)} | 1 |`,
    );
    say(
      `| process start → sign-in page served, new data directory (migrations + demo data) | ${fmt(median(fresh))} | ${fresh.map(fmt).join(", ")} |`,
    );
    say(
      `| process start → sign-in page served, existing data directory | ${fmt(median(existing))} | ${existing.map(fmt).join(", ")} |`,
    );
    say(
      `| RSS of the Focal process at rest (5 s after start) | ${rssRest.toFixed(0)} MB | compiled, no wrapper process |`,
    );
    say(`| RSS of the Focal process after the load below | ${rssAfter.toFixed(0)} MB | |`);
    say("");
    say(
      `Throughput, ${CONNECTIONS} keep-alive connections for ${LOAD_MS / 1000} s each, load generator in a third process on the same 2 cores:`,
    );
    say("");
    say("| route | req/s | ratio to bare Fastify | p50 ms | p99 ms | requests | errors |");
    say("| --- | --- | --- | --- | --- | --- | --- |");
    say(row("bare Fastify `GET /bare`", bareRes));
    say(row("Focal `GET /api/me` (session lookup + grants + profile)", meRes));
    say(row("Focal `GET /api/health`", healthRes));
    say(row("Focal `POST /api/auth/login` (argon2id verify)", loginRes));
    say("");
    if (record) {
      const file = path.join(root, "bench", "RESULTS.md");
      const text = fs.readFileSync(file, "utf8");
      const marker = "<!-- runs: newest first -->";
      if (!text.includes(marker)) throw new Error(`${file} has no "${marker}" line`);
      fs.writeFileSync(file, text.replace(marker, `${marker}\n\n${lines.join("\n")}`));
      console.log(`recorded in ${path.relative(root, file)}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
