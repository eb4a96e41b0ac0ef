/**
 * `npx tsx bench/soak.ts [--minutes N] [--db pglite|postgres] [--connections C] [--ci] [--record]` (issue 15, point 5):
 * the compiled Focal (`node scripts/start.mjs`, as `npm start` runs it) under N minutes (30 unless told) of mixed load
 * at C (50) keep-alive connections, on PGlite (a temporary data directory) or PostgreSQL (a fresh database on
 * BENCH_ADMIN_URL's server, else TEST_DATABASE_URL's, else postgres://postgres@127.0.0.1:5432; created and dropped here).
 *   - connection 0 uploads a delegates spreadsheet (CSV, 20 rows) through the registration import routes, polls it
 *     until checked, confirms it and polls until stored; then again, 10 s later;
 *   - connection 1 prints one delegation's badges (a badge batch), polls it until done and downloads the PDF; again
 *     15 s later;
 *   - the others, each request picked at random: sign-in + sign-out, /api/me, a page of the meeting's delegates, the
 *     programme, the cooperation activity list, check-in scans (a fresh nonce, or one sent before again).
 * RSS of the Focal process is sampled every 10 s. Errors are any status other than the one expected and any failed
 * request. The report: per kind count, errors, p50 and p99; RSS after warm-up (the median of the samples in the
 * window after the first fifth of the run, the window a fifth of the run long, both at least 60 s) against the end
 * (the median of the last such window); the load average at start and
 * end. Exits 1 when there was an error, or (runs of 10 minutes or more) when RSS grew by 10% or more. `--ci` prints only the report; `--record` adds it
 * to bench/RESULTS.md under "## Soak (issue 15)".
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { freePort, pct, recordRun, request, sleep, type Response } from "./lib.js";
import { arg, field, makeTarget, rssMb, seedWithBadges, signInAs, startFocal, stopFocal } from "./focal-process.js";
import { demoIds } from "../src/server/seed/ids.js";
import { demoDelegationIds } from "../src/server/modules/meetings/seed.js";

const MINUTES = Number(arg("minutes", "30"));
const DB = arg("db", "pglite");
const CONNECTIONS = Number(arg("connections", "50"));
const CI = process.argv.includes("--ci");
const RECORD = process.argv.includes("--record");
const M = demoIds.meetingAccsm21;
const UPLOAD_DELEGATION = demoDelegationIds.THA;
const BADGE_DELEGATION = demoDelegationIds.LAO;
const UPLOAD_ROWS = 20;

const log = (s: string) => {
  if (!CI) console.log(s);
};

/** Latencies and errors per kind of request. */
const stats = new Map<string, { ms: number[]; errors: number }>();
const errorSamples: string[] = [];
function note(kind: string, ms: number, ok: boolean, detail: string) {
  let s = stats.get(kind);
  if (!s) stats.set(kind, (s = { ms: [], errors: 0 }));
  if (ok) s.ms.push(ms);
  else {
    s.errors++;
    if (errorSamples.length < 20) errorSamples.push(`${kind}: ${detail}`);
  }
}

async function main() {
  const loadStart = os.loadavg();
  const t0 = Date.now();
  const target = await makeTarget(DB, "focal_soak_");
  const work = path.dirname(target.dataDir);
  const serverLog = path.join(work, "focal.log");
  let exitCode = 1;
  try {
    const tokens = await seedWithBadges(target);
    const port = await freePort();
    const focal = await startFocal(target, port, serverLog);
    const pid = focal.child.pid ?? 0;
    log(
      `Focal (compiled, ${DB}) pid ${pid} on :${port}, ${tokens.length} badges; ${MINUTES} min at ${CONNECTIONS} connections`,
    );
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS + 4 });
    const host = await signInAs(port, "icd@demo.focal");
    const guard = await signInAs(port, "security@demo.focal");
    const unitOfficer = await signInAs(port, "unit.archives@demo.focal");
    const readers = [host, unitOfficer];
    const signInUsers = ["icd@demo.focal", "security@demo.focal", "unit.archives@demo.focal", "unit.napa@demo.focal"];

    const started = Date.now();
    const end = started + MINUTES * 60_000;
    const running = () => Date.now() < end && focal.child.exitCode === null;

    /** One request, timed and noted under `kind`; `expect` is the one status that counts as an answer. */
    async function call(
      kind: string,
      method: string,
      url: string,
      expect: number,
      opts: { headers?: Record<string, string>; body?: unknown } = {},
    ): Promise<Response | null> {
      const a = performance.now();
      try {
        const res = await request(port, method, url, {
          agent,
          headers: opts.headers,
          body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
          timeoutMs: 60_000,
        });
        const ok = res.status === expect;
        note(kind, performance.now() - a, ok, `${method} ${url} → ${res.status} ${res.body.slice(0, 200)}`);
        return ok ? res : null;
      } catch (err) {
        note(
          kind,
          performance.now() - a,
          false,
          `${method} ${url} → ${err instanceof Error ? err.message : String(err)}`,
        );
        return null;
      }
    }

    // Scans: a nonce per scan; one in five sends a nonce already sent (a phone retrying), which counts once.
    const run = Math.random().toString(36).slice(2, 8);
    let scanN = 0;
    const sentNonces: string[] = [];
    const scanBody = (repeat: boolean) => {
      const nonce =
        repeat && sentNonces.length
          ? sentNonces[Math.floor(Math.random() * sentNonces.length)]!
          : `soak${run}${scanN++}`;
      if (!repeat) {
        if (sentNonces.length < 2000) sentNonces.push(nonce);
        else sentNonces[Math.floor(Math.random() * sentNonces.length)] = nonce;
      }
      return {
        token: tokens[Math.floor(Math.random() * tokens.length)],
        sessionId: null,
        meetingId: M,
        nonce,
        scannedAt: new Date().toISOString(),
      };
    };

    const light: [number, () => Promise<unknown>][] = [
      [
        4,
        async () => {
          const s = await call("sign-in", "POST", "/api/auth/login", 200, {
            body: {
              email: signInUsers[Math.floor(Math.random() * signInUsers.length)],
              password: "focal-demo-2022",
            },
          });
          if (!s) return;
          const cookie = [s.headers["set-cookie"] ?? []]
            .flat()
            .map((c) => c.split(";")[0])
            .join("; ");
          const csrf = field(s.body, "csrfToken");
          await call("sign-out", "POST", "/api/auth/logout", 200, {
            headers: { cookie, "x-csrf-token": typeof csrf === "string" ? csrf : "" },
          });
        },
      ],
      [30, () => call("/api/me", "GET", "/api/me", 200, { headers: readers[Math.floor(Math.random() * 2)]!.headers })],
      [
        18,
        () =>
          call(
            "delegates page",
            "GET",
            `/api/meetings/${M}/delegates?limit=50&offset=${Math.floor(Math.random() * 4) * 50}`,
            200,
            { headers: host.headers },
          ),
      ],
      [12, () => call("programme", "GET", `/api/meetings/${M}/sessions`, 200, { headers: host.headers })],
      [10, () => call("activity list", "GET", "/api/cooperation/activities", 200, { headers: unitOfficer.headers })],
      [
        20,
        () =>
          call("scan (new nonce)", "POST", "/api/checkin/scan", 200, { headers: guard.headers, body: scanBody(false) }),
      ],
      [
        6,
        () => call("scan (repeat)", "POST", "/api/checkin/scan", 200, { headers: guard.headers, body: scanBody(true) }),
      ],
    ];
    const totalWeight = light.reduce((s, [w]) => s + w, 0);
    const pick = () => {
      let r = Math.random() * totalWeight;
      for (const [w, f] of light) if ((r -= w) < 0) return f;
      return light[0]![1];
    };

    /** Polls `url` every 250 ms until its status leaves `while`; the final body or null. */
    async function poll(kind: string, url: string, whileStatus: string[]): Promise<string | null> {
      for (;;) {
        const res = await call(kind, "GET", url, 200, { headers: host.headers });
        if (!res) return null;
        const status = field(res.body, "status");
        if (typeof status !== "string" || !whileStatus.includes(status)) return res.body;
        await sleep(250);
      }
    }

    let uploads = 0;
    let uploaded = 0;
    const uploadFlow: number[] = [];
    async function uploader() {
      const url = `/api/meetings/${M}/delegations/${UPLOAD_DELEGATION}/imports`;
      while (running()) {
        const a = performance.now();
        const stamp = `${run}${uploads++}`.toUpperCase();
        const csv = ["Full name,Passport number"];
        for (let i = 0; i < UPLOAD_ROWS; i++)
          csv.push(`Soak Person ${stamp} ${i},S${stamp}${String(i).padStart(3, "0")}`);
        const posted = await call("upload: send", "POST", url, 202, {
          headers: host.headers,
          body: { fileName: `soak-${stamp}.csv`, data: Buffer.from(csv.join("\r\n")).toString("base64") },
        });
        const id = posted ? field(posted.body, "id") : undefined;
        if (typeof id === "string") {
          const ready = await poll("upload: poll", `${url}/${id}`, ["parsing"]);
          if (ready && field(ready, "status") !== "ready")
            note("upload: checked", 0, false, `status ${String(field(ready, "status"))}`);
          const version = ready ? field(ready, "version") : undefined;
          if (ready && field(ready, "status") === "ready") {
            const committed = await call("upload: confirm", "POST", `${url}/${id}/commit`, 200, {
              headers: host.headers,
              body: { version },
            });
            const done = committed ? await poll("upload: poll", `${url}/${id}`, ["committing"]) : null;
            if (done && field(done, "status") === "committed") {
              uploaded++;
              uploadFlow.push(performance.now() - a);
            } else if (done) note("upload: stored", 0, false, `status ${String(field(done, "status"))}`);
          }
        }
        await sleep(10_000);
      }
    }

    let batches = 0;
    const batchFlow: number[] = [];
    async function printer() {
      while (running()) {
        const a = performance.now();
        const queued = await call("badge batch: queue", "POST", `/api/meetings/${M}/badge-jobs`, 202, {
          headers: host.headers,
          body: { size: "a6", delegationId: BADGE_DELEGATION },
        });
        const id = queued ? field(queued.body, "id") : undefined;
        if (typeof id === "string") {
          const done = await poll("badge batch: poll", `/api/badge-jobs/${id}`, ["queued", "running"]);
          if (done && field(done, "status") === "done") {
            const file = await call("badge batch: PDF", "GET", `/api/badge-jobs/${id}/file`, 200, {
              headers: host.headers,
            });
            if (file && file.body.startsWith("%PDF-")) {
              batches++;
              batchFlow.push(performance.now() - a);
            } else if (file) note("badge batch: PDF", 0, false, "not a PDF");
          } else if (done) note("badge batch: done", 0, false, `status ${String(field(done, "status"))}`);
        }
        await sleep(15_000);
      }
    }

    async function worker() {
      while (running()) await pick()();
    }

    // RSS every 10 s.
    const rss: { at: number; mb: number }[] = [];
    const sampler = setInterval(() => {
      try {
        rss.push({ at: (Date.now() - started) / 1000, mb: rssMb(pid) });
      } catch {
        /* the process is gone: the load loops notice */
      }
    }, 10_000);
    const progress = setInterval(() => {
      const n = [...stats.values()].reduce((s, v) => s + v.ms.length, 0);
      const e = [...stats.values()].reduce((s, v) => s + v.errors, 0);
      log(
        `  ${((Date.now() - started) / 60_000).toFixed(1)} min: ${n} answers, ${e} errors, RSS ${rss.at(-1)?.mb.toFixed(0) ?? "?"} MB, ` +
          `${uploaded} uploads stored, ${batches} badge batches, load ${os.loadavg()[0]!.toFixed(2)}`,
      );
    }, 60_000);
    await Promise.all([uploader(), printer(), ...Array.from({ length: CONNECTIONS - 2 }, () => worker())]);
    clearInterval(sampler);
    clearInterval(progress);
    const died = focal.child.exitCode !== null;
    if (died) note("Focal process", 0, false, `exited with ${focal.child.exitCode}`);
    agent.destroy();
    const stopCode = await stopFocal(focal);
    if (stopCode !== 0) note("Focal process", 0, false, `stopped with exit code ${stopCode}`);

    // RSS after warm-up against the end.
    const warmUp = Math.max(60, (MINUTES * 60) / 5);
    const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    // RSS saws up and down with the garbage collector (±30% between samples 10 s apart): medians over windows of a
    // fifth of the run (at least 60 s) — the one right after the warm-up against the last one.
    const span = Math.max(60, (MINUTES * 60) / 5);
    const afterWarm = medianOf(rss.filter((s) => s.at >= warmUp && s.at < warmUp + span).map((s) => s.mb));
    const last = rss.at(-1)?.at ?? 0;
    const atEnd = medianOf(rss.filter((s) => s.at > last - span).map((s) => s.mb));
    const growth = (atEnd - afterWarm) / afterWarm;
    const peak = Math.max(...rss.map((s) => s.mb));
    const errors = [...stats.values()].reduce((s, v) => s + v.errors, 0);
    const loadEnd = os.loadavg();
    // RSS growth is judged on runs of 10 minutes or more: in a short run the windows after warm-up and at the end are
    // a minute each, and the garbage collector's saw (±30%) decides the figure. The CI's 3-minute run reports it only.
    const judgesRss = MINUTES >= 10;
    const passed = errors === 0 && (!judgesRss || (growth < 0.1 && Number.isFinite(growth)));

    const lines: string[] = [];
    const say = (s: string) => {
      console.log(s);
      lines.push(s);
    };
    const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
    say(`### ${new Date(t0).toISOString().slice(0, 16).replace("T", " ")} UTC — ${MINUTES} min on ${DB}`);
    say("");
    say(
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; compiled Focal (\`node scripts/start.mjs\`), ` +
        `${CONNECTIONS} connections, load generator on the same machine. Load average (1/5/15 min) at start ${la(loadStart)}, at end ${la(loadEnd)}.`,
    );
    say("");
    say("| kind | answers | errors | p50 ms | p99 ms |");
    say("| --- | ---: | ---: | ---: | ---: |");
    for (const [kind, s] of [...stats.entries()].sort()) {
      say(`| ${kind} | ${s.ms.length} | ${s.errors} | ${pct(s.ms, 0.5).toFixed(1)} | ${pct(s.ms, 0.99).toFixed(1)} |`);
    }
    say(
      `| upload flow (send → checked → confirmed → stored, ${UPLOAD_ROWS} rows) | ${uploaded} | | ${pct(uploadFlow, 0.5).toFixed(0)} | ${pct(uploadFlow, 0.99).toFixed(0)} |`,
    );
    say(
      `| badge batch flow (queue → done → PDF downloaded) | ${batches} | | ${pct(batchFlow, 0.5).toFixed(0)} | ${pct(batchFlow, 0.99).toFixed(0)} |`,
    );
    say("");
    say(
      `RSS of the Focal process (medians over ${span.toFixed(0)} s): ${afterWarm.toFixed(0)} MB after warm-up (${warmUp.toFixed(0)} s), ${atEnd.toFixed(0)} MB at the end ` +
        `(${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%), peak ${peak.toFixed(0)} MB; ${rss.length} samples every 10 s. ` +
        `Errors: ${errors}.${judgesRss ? "" : " (RSS growth is judged on runs of 10 minutes or more.)"} ${passed ? "PASS" : "FAIL"}.`,
    );
    if (!CI) say(`RSS samples (MB): ${rss.map((s) => s.mb.toFixed(0)).join(" ")}`);
    say("");
    for (const e of errorSamples) console.log(`  error: ${e}`);
    if (RECORD) {
      recordRun(
        "## Soak (issue 15)",
        "npx tsx bench/soak.ts --minutes 30 --db postgres --record (CI: npx tsx bench/soak.ts --minutes 3 --db postgres --ci)",
        lines,
      );
      console.log("recorded in bench/RESULTS.md");
    }
    if (!passed && fs.existsSync(serverLog)) console.log(fs.readFileSync(serverLog, "utf8").slice(-3000));
    exitCode = passed ? 0 : 1;
  } finally {
    await target.dispose();
  }
  process.exit(exitCode);
}

await main();
