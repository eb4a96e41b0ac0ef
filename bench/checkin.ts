/**
 * `npx tsx bench/checkin.ts [--record]`: the badges-and-door benchmarks, loopback only, every loop bounded.
 *   1. `POST /api/checkin/scan` at 100 keep-alive connections, as a ratio to a bare Fastify route that runs the same
 *      SQL on the same database in the same run (bench/checkin-server.ts);
 *   2. 1,000 badges (each with a photo) to one PDF through the batch job, A6 and card, over HTTP as the page does it
 *      (queue, poll, download to disk): time, pages, size, peak RSS, and `GET /api/health` latency during the batch.
 * PGlite by default; set BENCH_DATABASE_URL=postgres://… (an empty database) for PostgreSQL; BENCH_SKIP_PDF=1 skips 2,
 * BENCH_SKIP_SCAN=1 skips 1; BENCH_SIZES=a6 renders only that size; BENCH_NAMES=scripts gives the delegates names in every script the delegations write (Thai,
 * Lao, Khmer, Myanmar, Chinese, Japanese, Korean, Tamil, Jawi, Vietnamese) instead of Vietnamese ones. With --record the report is added to
 * bench/RESULTS.md under "Badges and check-in" (newest first).
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import {
  freePort,
  load as loadRoute,
  pct,
  request,
  root,
  signIn,
  sleep,
  spawnTs,
  untilReady,
  type LoadResult,
} from "./lib.js";

const CONNECTIONS = 100;
const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 8000);
const MAX_REQUESTS = 500_000;
const BADGES = Number(process.env.BENCH_BADGES ?? 1000);
const record = process.argv.includes("--record");
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const scripts = process.env.BENCH_NAMES === "scripts";
/** Names in every script, for BENCH_NAMES=scripts (a long Myanmar one among them). */
const scriptNames = [
  "Nguyễn Văn Thử",
  "สมชาย ใจดี",
  "ສົມພອນ ພົມມະວົງ",
  "សុខ ចាន់ដារ៉ា",
  "ဦးမောင်မောင်ကျော်ဇောဝင်းထွန်းအောင်မြင့်",
  "王小明",
  "山田 太郎（やまだ たろう）",
  "김민준",
  "முருகன் செல்வம்",
  "محمد بن عبدالله",
];

/** CONNECTIONS keep-alive connections, each sending its next scan (a new nonce) as soon as the last is answered. */
function load(
  port: number,
  urlPath: string,
  headers: Record<string, string>,
  body: (n: number) => string,
  ms = LOAD_MS,
): Promise<LoadResult> {
  return loadRoute(port, urlPath, {
    connections: CONNECTIONS,
    ms,
    maxRequests: MAX_REQUESTS,
    method: "POST",
    headers: () => headers,
    body,
  });
}

async function scanBenchmark(work: string, say: (s: string) => void) {
  const focalPort = await freePort();
  const barePort = await freePort();
  const tokensFile = path.join(work, "tokens.json");
  const log = path.join(work, "server.log");
  const child = spawnTs(
    "bench/checkin-server.ts",
    {
      FOCAL_DATA_DIR: path.join(work, "data"),
      DATABASE_URL: databaseUrl,
      FOCAL_PORT: String(focalPort),
      BARE_PORT: String(barePort),
      TOKENS_FILE: tokensFile,
    },
    log,
  );
  try {
    await untilReady(child, log);
    const { meetingId, tokens } = JSON.parse(fs.readFileSync(tokensFile, "utf8")) as {
      meetingId: string;
      tokens: string[];
    };
    const { cookie, csrfToken } = await signIn(focalPort, "security@demo.focal");
    const headers = { cookie, "x-csrf-token": csrfToken };
    const run = Math.random().toString(36).slice(2, 8);
    const body = (kind: string) => (n: number) =>
      JSON.stringify({
        token: tokens[n % tokens.length],
        sessionId: null,
        meetingId,
        nonce: `bench${kind}${run}${n}`,
        scannedAt: new Date().toISOString(),
      });
    // Warm both up, then measure one after the other.
    await load(focalPort, "/api/checkin/scan", headers, body("wf"), 1500);
    await load(barePort, "/bare-scan", {}, body("wb"), 1500);
    const focal = await load(focalPort, "/api/checkin/scan", headers, body("f"));
    const bare = await load(barePort, "/bare-scan", {}, body("b"));
    const row = (name: string, r: LoadResult) =>
      `| ${name} | ${r.rps.toFixed(0)} | ${(r.rps / bare.rps).toFixed(3)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.errors} |`;
    say(
      `Scans at ${CONNECTIONS} keep-alive connections for ${LOAD_MS / 1000} s each, ${tokens.length} badges, every scan a new nonce:`,
    );
    say("");
    say("| route | req/s | ratio to bare | p50 ms | p99 ms | requests | errors |");
    say("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    say(row("bare Fastify `POST /bare-scan` (same SQL: badge, meeting, delegate, insert)", bare));
    say(row("Focal `POST /api/checkin/scan`", focal));
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

/** A 240 × 300 RGB PNG (a face-like drawing), made here so the benchmark needs no image files. */
function photoPng(seed: number): Buffer {
  const w = 240;
  const h = 300;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const dx = (x - w / 2) / (w * 0.22);
      const dy = (y - h * 0.38) / (h * 0.22);
      const face = dx * dx + dy * dy < 1;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = face ? 224 : (150 + ((y + seed) % 60)) & 255;
      raw[o + 1] = face ? 185 : 170;
      raw[o + 2] = face ? 150 : 200 - (x % 40);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Latencies of `GET /api/health`, one request at a time every `everyMs`, until `stop()`: what a user waits. */
function healthProbe(port: number, everyMs = 50) {
  const latencies: number[] = [];
  let errors = 0;
  let running = true;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const done = (async () => {
    while (running) {
      const t0 = performance.now();
      try {
        const res = await request(port, "GET", "/api/health", { agent });
        if (res.status === 200) latencies.push(performance.now() - t0);
        else errors++;
      } catch {
        errors++;
      }
      await sleep(everyMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      agent.destroy();
      return {
        n: latencies.length,
        errors,
        p50: pct(latencies, 0.5),
        p99: pct(latencies, 0.99),
        max: Math.max(...latencies),
      };
    },
  };
}

/** Resident memory and CPU time of a process: this one, or another (`pid`) read from /proc. */
function processStats(pid: number | null): { rss: number; hwm: number; cpuSecs: number } {
  if (pid === null) {
    const cpu = process.cpuUsage();
    return { rss: process.memoryUsage().rss, hwm: 0, cpuSecs: (cpu.user + cpu.system) / 1e6 };
  }
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  // utime and stime, in clock ticks (100 a second on Linux), after the command name in parentheses.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { rss: kb("VmRSS"), hwm: kb("VmHWM"), cpuSecs: (Number(fields[11]) + Number(fields[12])) / 100 };
}

/** Peak RSS of the server's process (PGlite and worker threads together), sampled every 100 ms. */
function rssSampler(pid: number | null) {
  let peak = processStats(pid).rss;
  const timer = setInterval(() => (peak = Math.max(peak, processStats(pid).rss)), 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, processStats(pid).rss);
    },
  };
}

/**
 * BENCH_SERVER=start: the batch is asked of Focal as `npm start` runs it — the compiled server (`node
 * scripts/start.mjs`) in a process of its own on the data this bench made — and that process's memory is measured,
 * not this one's (which also holds tsx, sharp and the data it made).
 */
async function startServer(dataDir: string, log: string) {
  const port = await freePort();
  const out = fs.openSync(log, "a");
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      FOCAL_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      RATE_LIMIT_ANONYMOUS: "1000000",
    },
    stdio: ["ignore", out, out],
  });
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`the server did not start:\n${fs.readFileSync(log, "utf8")}`);
    const res = await request(port, "GET", "/login").catch(() => null);
    if (res?.status === 200) break;
    await sleep(100);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error("the server has no process id");
  return {
    port,
    pid,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGINT");
      }),
  };
}

async function pdfBenchmark(work: string, say: (s: string) => void) {
  const { openDatabase } = await import("../src/server/db/client.js");
  const { loadConfig } = await import("../src/server/config.js");
  const { createMailer } = await import("../src/server/mail/mailer.js");
  const { seedDemoIfEmpty } = await import("../src/server/seed/demo.js");
  const { buildApp } = await import("../src/server/app.js");
  const { meetings, delegations, delegates, delegatePhotos } = await import("../src/server/modules/meetings/schema.js");
  const { fold } = await import("../src/shared/text.js");
  // Photos normalised at upload (issue 15) where the code has it; before it, photos were stored as uploaded.
  const photosModule: { normalisePhoto?: (b: Buffer) => Promise<Buffer> } =
    await import("../src/server/modules/meetings/photos.js").catch(() => ({}));
  const config = loadConfig({
    ...process.env,
    FOCAL_DATA_DIR: path.join(work, "pdf-data"),
    LOG_LEVEL: "warn",
    // The health probe below asks every 50 ms: more than the anonymous limit allows one address.
    RATE_LIMIT_ANONYMOUS: "1000000",
  });
  const database = await openDatabase({ databaseUrl: databaseUrl || null, dataDir: config.dataDir });
  const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
  await seedDemoIfEmpty(database.db);
  const app = await buildApp(ctx, { serveWeb: false });
  let port = await freePort();
  await app.listen({ port, host: "127.0.0.1" });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  let closed = false;
  try {
    // A meeting of BADGES accredited delegates in 20 delegations, each with a photo (inserted directly: a benchmark).
    const meetingId = crypto.randomUUID();
    const code = `BENCH${Date.now().toString(36).toUpperCase()}`;
    await ctx.db.insert(meetings).values({
      id: meetingId,
      code,
      titleVi: "Hội nghị thử tải (mẫu)",
      titleEn: "Load-test meeting (sample)",
      startDate: "2026-03-02",
      endDate: "2026-03-06",
      cityVi: "Hà Nội",
      cityEn: "Hanoi",
      timeZone: "Asia/Ho_Chi_Minh",
    });
    const dIds = Array.from({ length: 20 }, () => crypto.randomUUID());
    await ctx.db.insert(delegations).values(
      dIds.map((id, i) => ({
        id,
        meetingId,
        nameVi: `Đoàn ${i + 1} (mẫu)`,
        nameEn: `Delegation ${i + 1} (sample)`,
        category: i === 0 ? ("host" as const) : ("asean_member" as const),
      })),
    );
    const rows = Array.from({ length: BADGES }, (_, i) => ({
      id: crypto.randomUUID(),
      meetingId,
      delegationId: dIds[i % dIds.length]!,
      fullName: `${scripts ? scriptNames[i % scriptNames.length] : "Nguyễn Văn Thử"} ${i + 1} (sample)`,
      honorific: "Mr.",
      position: "Senior official, Department of International Cooperation (sample)",
      organisation: "Ministry of Home Affairs (sample)",
      accreditationStatus: "accredited" as const,
      sample: true,
      searchText: fold(`Nguyen Van Thu ${i + 1}`),
    }));
    for (let i = 0; i < rows.length; i += 250) await ctx.db.insert(delegates).values(rows.slice(i, i + 250));
    const normalise = photosModule.normalisePhoto;
    let normaliseMs = 0;
    const photos = [];
    for (const [i, r] of rows.entries()) {
      const png = photoPng(i);
      const t0 = performance.now();
      const bytes = normalise ? await normalise(png) : png;
      normaliseMs += performance.now() - t0;
      photos.push({
        delegateId: r.id,
        contentType: normalise ? "image/jpeg" : "image/png",
        bytes,
        size: bytes.length,
        etag: String(i),
        ...(normalise ? { normalisedAt: new Date() } : {}),
      });
    }
    for (let i = 0; i < photos.length; i += 100) await ctx.db.insert(delegatePhotos).values(photos.slice(i, i + 100));
    if (process.env.BENCH_SERVER === "start") {
      await app.close();
      await database.close();
      closed = true;
      server = await startServer(config.dataDir, path.join(work, "server.log"));
      port = server.port;
    }
    const pid = server?.pid ?? null;
    const { cookie, csrfToken } = await signIn(port, "icd@demo.focal");
    const headers = { cookie, "x-csrf-token": csrfToken };
    say("");
    say(
      `${BADGES} badges with a photo each (a ${photoPng(0).length} B PNG uploaded${normalise ? `, stored as a ${photos[0]!.size} B JPEG of the badge's photo box: normalised at upload in ${(normaliseMs / BADGES).toFixed(1)} ms a photo` : ", stored as it came"}), names ${scripts ? "in ten scripts (Vietnamese, Thai, Lao, Khmer, Myanmar, Chinese, Japanese, Korean, Tamil, Jawi)" : "in Vietnamese"}; ` +
        "through HTTP as the page does it: `POST /api/meetings/:id/badge-jobs`, polled every 250 ms until done, then the file downloaded to disk; " +
        "`GET /api/health` asked every 50 ms meanwhile (one at a time), against the same probe with nothing running:",
    );
    say("");
    say(
      "| size | seconds to done | badges/s | download s | CPU seconds | pages | PDF MB | RSS MB at rest | peak RSS MB | health p50 / p99 / max ms (idle) | health p50 / p99 / max ms (during the batch) |",
    );
    say("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
    const sizes = (process.env.BENCH_SIZES ?? "a6,card").split(",") as ("a6" | "card")[];
    for (const size of sizes) {
      const idleProbe = healthProbe(port);
      await sleep(3000);
      const idle = await idleProbe.stop();
      const rest = processStats(pid).rss;
      const rss = rssSampler(pid);
      const probe = healthProbe(port);
      const t0 = performance.now();
      // CPU time of the server's process (user + system, worker threads included): what the batch costs.
      const cpu0 = processStats(pid).cpuSecs;
      const created = await request(port, "POST", `/api/meetings/${meetingId}/badge-jobs`, {
        headers,
        body: JSON.stringify({ size }),
      });
      if (created.status !== 202) throw new Error(`batch refused: ${created.status} ${created.body}`);
      let job = JSON.parse(created.body) as {
        id: string;
        status: string;
        error: string | null;
        downloadUrl: string | null;
      };
      const deadline = Date.now() + 15 * 60_000;
      while ((job.status === "queued" || job.status === "running") && Date.now() < deadline) {
        await sleep(250);
        job = JSON.parse((await request(port, "GET", `/api/badge-jobs/${job.id}`, { headers })).body) as typeof job;
      }
      const secs = (performance.now() - t0) / 1000;
      if (job.status !== "done" || !job.downloadUrl) throw new Error(`job ${job.status}: ${job.error}`);
      const file = path.join(work, `badges-${size}.pdf`);
      const t1 = performance.now();
      const bytes = await download(port, job.downloadUrl, headers, file);
      const downloadSecs = (performance.now() - t1) / 1000;
      const cpuSecs = processStats(pid).cpuSecs - cpu0;
      const peak = rss.stop();
      const busy = await probe.stop();
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? 0);
      fs.rmSync(file);
      const h = (x: { p50: number; p99: number; max: number; errors: number }) =>
        `${x.p50.toFixed(1)} / ${x.p99.toFixed(1)} / ${x.max.toFixed(1)}${x.errors ? ` (${x.errors} errors)` : ""}`;
      say(
        `| ${size} | ${secs.toFixed(1)} | ${(BADGES / secs).toFixed(0)} | ${downloadSecs.toFixed(2)} | ${cpuSecs.toFixed(1)} | ${pages} | ${(bytes / 1e6).toFixed(1)} | ${(rest / 1e6).toFixed(0)} | ${(peak / 1e6).toFixed(0)} | ${h(idle)} | ${h(busy)} |`,
      );
    }
    if (pid !== null)
      say(
        `\nThe server's process (\`node scripts/start.mjs\`): peak RSS over its life (VmHWM) ${(processStats(pid).hwm / 1e6).toFixed(0)} MB.`,
      );
  } finally {
    await server?.stop();
    if (!closed) {
      await app.close();
      await database.close();
    }
  }
}

/** Downloads `urlPath` to `file` as it arrives; the byte count. */
function download(port: number, urlPath: string, headers: Record<string, string>, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: urlPath, headers }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`download: ${res.statusCode}`));
      let n = 0;
      res.on("data", (c: Buffer) => (n += c.length));
      res
        .pipe(fs.createWriteStream(file))
        .on("finish", () => resolve(n))
        .on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-checkin-"));
  const lines: string[] = [];
  const say = (s: string) => {
    console.log(s);
    lines.push(s);
  };
  const loadBefore = os.loadavg()[0]!;
  try {
    say(
      `### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${databaseUrl ? "PostgreSQL" : "PGlite"}, Node ${process.version}, ${os.cpus().length} cores, load ${loadBefore.toFixed(2)}`,
    );
    say("");
    if (process.env.BENCH_SKIP_SCAN !== "1") await scanBenchmark(work, say);
    if (process.env.BENCH_SKIP_PDF !== "1") await pdfBenchmark(work, say);
    say("");
    say(`Load average after: ${os.loadavg()[0]!.toFixed(2)}.`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (record) {
    const file = path.join(root, "bench", "RESULTS.md");
    const text = fs.readFileSync(file, "utf8");
    const marker = "<!-- checkin runs: newest first -->";
    const section = [
      "## Badges and check-in",
      "",
      "`npx tsx bench/checkin.ts` (bench/checkin.ts, bench/checkin-server.ts) measures, on loopback only and bounded:",
      "`POST /api/checkin/scan` at 100 keep-alive connections as a ratio to a bare Fastify route running the same SQL",
      "on the same database in the same process and run (no session lookup, CSRF, validation, Ed25519 verification or",
      "answer presentation there — so the ratio is what those cost), and 1,000 badges with photos rendered to one PDF",
      "through the batch job. `--record` adds a run below. Measurements, not tests; the machine has 2 shared cores.",
      "",
      marker,
      "",
    ].join("\n");
    const base = text.includes(marker) ? text : `${text.trimEnd()}\n\n${section}`;
    fs.writeFileSync(file, base.replace(marker, `${marker}\n\n${lines.join("\n")}\n`));
    console.log(`recorded in ${file}`);
  }
}

await main();
process.exit(0);
