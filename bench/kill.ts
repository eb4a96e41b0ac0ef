/**
 * `npx tsx bench/kill.ts [--rounds N] [--db pglite|postgres] [--connections C] [--ci] [--record]` (issue 15, point 6):
 * the compiled Focal (`node scripts/start.mjs`) killed with SIGKILL at a random moment under write load, N rounds
 * (20 unless told) on one PGlite data directory or one fresh PostgreSQL database (created and dropped here).
 * Each round:
 *   1. queues a badge batch (a job, so the restart must resume or keep it);
 *   2. C (16) connections send small writes through the API, each the moment the last was answered: half create
 *      cooperation activities (a unit officer's drafts, each with its audit row), half send check-in scans with fresh
 *      nonces. Every write whose 2xx answer arrived is acknowledged and remembered;
 *   3. a random 0.5–4 s after the first write was acknowledged, SIGKILL;
 *   4. restart on the same data: it must serve /api/health (on PGlite: taking over the dead process's lock file),
 *      the badge batch must reach "done" and its PDF download, and every acknowledged activity must be listed by
 *      the API (GET /api/cooperation/activities).
 * After the last round Focal is stopped and the database read directly: every acknowledged scan's nonce must be
 * stored. Lost writes are counted (must be 0); a round whose restart is not clean counts as unclean. Exits 1 on any
 * lost write or unclean restart. `--ci` prints only the report; `--record` adds it to bench/RESULTS.md under
 * "## Faults (issue 15)".
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { freePort, median, recordRun, request, sleep } from "./lib.js";
import {
  arg,
  field,
  makeTarget,
  seedWithBadges,
  signInAs,
  startFocal,
  stopFocal,
  type Focal,
  type Session,
} from "./focal-process.js";
import { openDatabase, queryRows } from "../src/server/db/client.js";
import { demoIds } from "../src/server/seed/ids.js";
import { demoDelegationIds } from "../src/server/modules/meetings/seed.js";

const ROUNDS = Number(arg("rounds", "20"));
const DB = arg("db", "pglite");
const CONNECTIONS = Number(arg("connections", "16"));
const CI = process.argv.includes("--ci");
const RECORD = process.argv.includes("--record");
const M = demoIds.meetingAccsm21;
const BATCH_DELEGATIONS = [demoDelegationIds.LAO, demoDelegationIds.KHM, demoDelegationIds.BRN];

const log = (s: string) => {
  if (!CI) console.log(s);
};

interface Round {
  acked: number;
  ackedScans: number;
  lostActivities: number;
  killAfterMs: number;
  restartMs: number;
  clean: boolean;
  problem: string;
}

/** Every activity title the API lists for `q`, page by page. */
async function listedTitles(port: number, s: Session, q: string): Promise<Set<string> | null> {
  const titles = new Set<string>();
  for (let offset = 0; ; offset += 200) {
    const res = await request(
      port,
      "GET",
      `/api/cooperation/activities?q=${encodeURIComponent(q)}&limit=200&offset=${offset}`,
      { headers: s.headers, timeoutMs: 60_000 },
    );
    if (res.status !== 200) return null;
    const page: unknown = JSON.parse(res.body);
    if (!Array.isArray(page)) return null;
    for (const a of page) {
      const t: unknown =
        typeof a === "object" && a !== null ? Object.entries(a).find(([k]) => k === "titleVi")?.[1] : null;
      if (typeof t === "string") titles.add(t);
    }
    if (page.length < 200) return titles;
  }
}

/** Polls a badge batch until it is done or failed (3 minutes at most); its final status. */
async function batchOutcome(port: number, s: Session, id: string): Promise<string> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const res = await request(port, "GET", `/api/badge-jobs/${id}`, { headers: s.headers, timeoutMs: 30_000 });
    const status = res.status === 200 ? field(res.body, "status") : `HTTP ${res.status}`;
    if (status === "done") {
      const pdf = await request(port, "GET", `/api/badge-jobs/${id}/file`, { headers: s.headers, timeoutMs: 60_000 });
      return pdf.status === 200 && pdf.body.startsWith("%PDF-") ? "done" : `done, but its file: HTTP ${pdf.status}`;
    }
    if (status !== "queued" && status !== "running") return String(status);
    await sleep(250);
  }
  return "still not done after 3 minutes";
}

async function main() {
  const loadStart = os.loadavg();
  const t0 = Date.now();
  const target = await makeTarget(DB, "focal_kill_");
  const work = path.dirname(target.dataDir);
  const serverLog = path.join(work, "focal.log");
  const run = Math.random().toString(36).slice(2, 8);
  const rounds: Round[] = [];
  const ackedNonces: string[] = [];
  let exitCode = 1;
  try {
    const tokens = await seedWithBadges(target);
    const port = await freePort();
    let focal: Focal = await startFocal(target, port, serverLog);
    log(`Focal (compiled, ${DB}) on :${port}; ${ROUNDS} rounds, ${CONNECTIONS} writing connections`);
    for (let r = 0; r < ROUNDS; r++) {
      const round: Round = {
        acked: 0,
        ackedScans: 0,
        lostActivities: 0,
        killAfterMs: 0,
        restartMs: 0,
        clean: true,
        problem: "",
      };
      rounds.push(round);
      const fail = (problem: string) => {
        round.clean = false;
        round.problem ||= problem;
      };
      const host = await signInAs(port, "icd@demo.focal");
      const officer = await signInAs(port, "unit.archives@demo.focal");
      const guard = await signInAs(port, "security@demo.focal");
      const access = await request(port, "GET", "/api/cooperation/access", { headers: officer.headers });
      const units = field(access.body, "units");
      const unit: unknown = Array.isArray(units) && units.length ? field(JSON.stringify(units[0]), "id") : null;
      if (typeof unit !== "string") throw new Error(`the unit officer has no unit: ${access.body}`);

      // 1. A job in flight (or queued) when the process dies.
      const queued = await request(port, "POST", `/api/meetings/${M}/badge-jobs`, {
        headers: host.headers,
        body: JSON.stringify({ size: "a6", delegationId: BATCH_DELEGATIONS[r % BATCH_DELEGATIONS.length] }),
      });
      const batchId = field(queued.body, "id");
      if (queued.status !== 202 || typeof batchId !== "string") throw new Error(`badge batch: ${queued.status}`);

      // 2 and 3. Writes until SIGKILL at a random moment.
      const ackedTitles: string[] = [];
      const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
      let killed = false;
      let n = 0;
      const writer = async (i: number) => {
        while (!killed) {
          const k = n++;
          try {
            if (i % 2 === 0) {
              const title = `Kill ${run} r${r} w${k}`;
              const res = await request(port, "POST", "/api/cooperation/activities", {
                agent,
                headers: officer.headers,
                body: JSON.stringify({ unitId: unit, titleVi: title }),
                timeoutMs: 60_000,
              });
              if (res.status >= 200 && res.status < 300) ackedTitles.push(title);
              else if (!killed) fail(`activity answered ${res.status}: ${res.body.slice(0, 200)}`);
            } else {
              const nonce = `kill${run}r${r}w${k}`;
              const res = await request(port, "POST", "/api/checkin/scan", {
                agent,
                headers: guard.headers,
                body: JSON.stringify({
                  token: tokens[k % tokens.length],
                  sessionId: null,
                  meetingId: M,
                  nonce,
                  scannedAt: new Date().toISOString(),
                }),
                timeoutMs: 60_000,
              });
              if (res.status >= 200 && res.status < 300) {
                ackedNonces.push(nonce);
                round.ackedScans++;
              } else if (!killed) fail(`scan answered ${res.status}: ${res.body.slice(0, 200)}`);
            }
          } catch {
            if (!killed) await sleep(10); // the connection died with the process, or a reset: not acknowledged
          }
        }
      };
      const writers = Array.from({ length: CONNECTIONS }, (_, i) => writer(i));
      // The random moment counts from the first acknowledged write, so that every round kills under write load.
      const firstAckBy = Date.now() + 120_000;
      while (ackedTitles.length + round.ackedScans === 0 && Date.now() < firstAckBy) await sleep(20);
      if (ackedTitles.length + round.ackedScans === 0) fail("no write was acknowledged within 2 minutes");
      round.killAfterMs = 500 + Math.floor(Math.random() * 3500);
      await sleep(round.killAfterMs);
      const pid = focal.child.pid ?? 0;
      focal.child.kill("SIGKILL");
      killed = true;
      const code = await focal.exited;
      await Promise.all(writers);
      agent.destroy();
      if (code !== 128 + 9) fail(`the process ended with ${code}, not by SIGKILL`);
      round.acked = ackedTitles.length + round.ackedScans;
      const lock = path.join(target.dataDir, "focal.lock");
      if (target.kind === "pglite" && !(fs.existsSync(lock) && Number(fs.readFileSync(lock, "utf8")) === pid))
        fail("the dead process's lock file was not there to take over");

      // 4. Restart on the same data.
      const s0 = performance.now();
      try {
        focal = await startFocal(target, port, serverLog);
      } catch (err) {
        fail(`restart failed: ${err instanceof Error ? err.message.slice(0, 500) : String(err)}`);
        break;
      }
      round.restartMs = performance.now() - s0;
      if (target.kind === "pglite" && Number(fs.readFileSync(lock, "utf8")) !== focal.child.pid)
        fail("the lock file does not name the new process");
      const host2 = await signInAs(port, "icd@demo.focal");
      const outcome = await batchOutcome(port, host2, batchId);
      if (outcome !== "done") fail(`the badge batch after the restart: ${outcome}`);
      const listed = await listedTitles(port, host2, `Kill ${run} r${r} `);
      if (!listed) fail("the activity list did not answer");
      else round.lostActivities = ackedTitles.filter((t) => !listed.has(t)).length;
      const phases = /^Started: .*$/m.exec(fs.readFileSync(serverLog, "utf8").split("\n").reverse().join("\n"));
      log(
        `  round ${r + 1}: ${phases?.[0].slice(0, 160) ?? ""}\n    killed after ${round.killAfterMs} ms, ${round.acked} acknowledged (${ackedTitles.length} activities, ` +
          `${round.ackedScans} scans), ${round.lostActivities} activities lost, restart ${(round.restartMs / 1000).toFixed(1)} s, ` +
          `badge batch ${outcome}${round.clean ? "" : ` — UNCLEAN: ${round.problem}`}`,
      );
    }
    const stopCode = await stopFocal(focal);
    const last = rounds.at(-1);
    if (stopCode !== 0 && last) {
      last.clean = false;
      last.problem ||= `the last process stopped with exit code ${stopCode}`;
    }

    // Every acknowledged scan, read from the database itself.
    const database = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    let lostScans = 0;
    try {
      const stored = await queryRows<{ nonce: string }>(
        database.db,
        sql`select nonce from checkin_scans where nonce like ${`kill${run}%`}`,
      );
      const have = new Set(stored.map((s) => s.nonce));
      lostScans = ackedNonces.filter((n) => !have.has(n)).length;
    } finally {
      await database.close();
    }

    const acked = rounds.reduce((s, r) => s + r.acked, 0);
    const lostActivities = rounds.reduce((s, r) => s + r.lostActivities, 0);
    const lost = lostActivities + lostScans;
    const clean = rounds.filter((r) => r.clean).length;
    const passed = lost === 0 && clean === ROUNDS && rounds.length === ROUNDS;
    const loadEnd = os.loadavg();
    const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
    const lines: string[] = [];
    const say = (s: string) => {
      console.log(s);
      lines.push(s);
    };
    say(`### ${new Date(t0).toISOString().slice(0, 16).replace("T", " ")} UTC — ${ROUNDS} rounds on ${DB}`);
    say("");
    say(
      `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}; compiled Focal (\`node scripts/start.mjs\`), ` +
        `${CONNECTIONS} writing connections. Load average (1/5/15 min) at start ${la(loadStart)}, at end ${la(loadEnd)}.`,
    );
    say("");
    say(
      "| rounds | clean restarts | acknowledged writes | lost (activities + scans) | killed (median ms after the first acknowledged write) | restart → /api/health (median, max) |",
    );
    say("| ---: | ---: | ---: | ---: | ---: | ---: |");
    say(
      `| ${rounds.length} | ${clean} | ${acked} (${acked - ackedNonces.length} activities, ${ackedNonces.length} scans) | ` +
        `${lost} (${lostActivities} + ${lostScans}) | ${median(rounds.map((r) => r.killAfterMs)).toFixed(0)} ms | ` +
        `${(median(rounds.map((r) => r.restartMs)) / 1000).toFixed(1)} s, ${(Math.max(...rounds.map((r) => r.restartMs)) / 1000).toFixed(1)} s |`,
    );
    say("");
    say(
      `Each restart served /api/health${DB === "pglite" ? ", took over the dead process's lock file" : ""} and finished the badge batch queued before the kill. ${passed ? "PASS" : "FAIL"}.`,
    );
    say("");
    for (const [i, r] of rounds.entries()) if (!r.clean) console.log(`  round ${i + 1} unclean: ${r.problem}`);
    if (RECORD) {
      recordRun(
        "## Faults (issue 15)",
        "npx tsx bench/kill.ts --rounds 20 --db pglite --record; npx tsx bench/kill.ts --rounds 5 --db postgres --record",
        lines,
      );
      console.log("recorded in bench/RESULTS.md");
    }
    if (!passed) console.log(fs.readFileSync(serverLog, "utf8").slice(-3000));
    exitCode = passed ? 0 : 1;
  } finally {
    await target.dispose();
  }
  process.exit(exitCode);
}

await main();
