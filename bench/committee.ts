/**
 * `npx tsx bench/committee.ts [--record]`: the organising committee at the scale of a large meeting (issue 13,
 * "Benchmark"): ACCSM 21's demo committee plus 2,000 tasks (three sub-committees, owners, due dates over four months,
 * every status, a chain of dependencies every 20 tasks, a status history) and 5,000 cues spread over the meeting's
 * sessions, written through the module's own insert (`insertTaskRowsTx`) and cue rows. Then, one request at a time
 * over loopback HTTP, BENCH_SAMPLES times each, p50/p95: the task list as its pages ask for it (first page, filters,
 * search), the board and the timeline (which read up to 500 tasks by due date), readiness today and as of a past day,
 * a session's script, the live revision. And the live-update latency between two clients: one marks a cue delayed,
 * the other polls the revision (every 20 ms here; the live page polls every 2 s, which a person adds on top).
 * PGlite by default (a fresh data directory); BENCH_DATABASE_URL=postgres://… (an empty database) for PostgreSQL.
 * Measurements, not tests. `--record` adds the run to bench/RESULTS.md under "Organising committee".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, pct, recordRun, request, signIn, sleep } from "./lib.js";
import type { NewTaskRow } from "../src/server/modules/committee/task-rows.js";

const TASKS = Number(process.env.BENCH_TASKS ?? 2_000);
const CUES = Number(process.env.BENCH_CUES ?? 5_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const MARKS = Number(process.env.BENCH_MARKS ?? 30);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const record = process.argv.includes("--record");

const { loadConfig } = await import("../src/server/config.js");
const { openDatabase } = await import("../src/server/db/client.js");
const { createMailer } = await import("../src/server/mail/mailer.js");
const { buildApp } = await import("../src/server/app.js");
const { seedDemoIfEmpty } = await import("../src/server/seed/demo.js");
const { demoIds } = await import("../src/server/seed/ids.js");
const { insertTaskRowsTx } = await import("../src/server/modules/committee/task-rows.js");
const { committeeCues, committeeMembers } = await import("../src/server/modules/committee/schema.js");
const { meetingSessionRows } = await import("../src/server/modules/meetings/repo.js");
const { taskStatuses, taskPriorities, cueNeeds } = await import("../src/shared/committee.js");
const { eq } = await import("drizzle-orm");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-committee-"));
const config = loadConfig({ ...process.env, LOG_LEVEL: "warn", FOCAL_DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
await seedDemoIfEmpty(database.db);
const meetingId = demoIds.meetingAccsm21;
const subs = [demoIds.subcommitteeContent, demoIds.subcommitteeProtocol, demoIds.subcommitteeSecurity];
const members = await ctx.db
  .select({ id: committeeMembers.id })
  .from(committeeMembers)
  .where(eq(committeeMembers.meetingId, meetingId));

const t0 = performance.now();
const words = [
  "Chuẩn bị tài liệu",
  "Liên hệ Ban Thư ký",
  "Bố trí xe đưa đón",
  "Kiểm tra an ninh",
  "In ấn",
  "Dịch thuật",
];
const BATCH = 200;
const start = Date.parse("2022-04-01T01:00:00Z");
let made = 0;
let previous: string[] = [];
while (made < TASKS) {
  const rows: NewTaskRow[] = [];
  const ids: string[] = [];
  for (let i = made; i < Math.min(TASKS, made + BATCH); i++) {
    const id = crypto.randomUUID();
    ids.push(id);
    const status = taskStatuses[(i * 7) % taskStatuses.length] ?? "not_started";
    rows.push({
      id,
      subcommitteeId: subs[i % subs.length] ?? demoIds.subcommitteeContent,
      title: `${words[i % words.length]} số ${i + 1}`,
      description: i % 3 ? null : `Mô tả công việc ${i + 1} của Ban Tổ chức`,
      ownerId: members[(i * 5) % members.length]?.id ?? null,
      dueAt: new Date(start + ((i * 97) % 120) * 86_400_000),
      status,
      blockedReason: status === "blocked" ? "Chờ Ban Thư ký trả lời" : null,
      priority: taskPriorities[i % taskPriorities.length] ?? "normal",
      checklist: i % 10 ? [] : ["Bước một", "Bước hai"],
      // A chain: every 20th task depends on the one 20 before it in the previous batch.
      dependsOn: i % 20 === 0 && previous.length ? [previous[(i / 20) % previous.length] ?? ""].filter(Boolean) : [],
    });
  }
  await ctx.db.transaction((tx) => insertTaskRowsTx(tx, meetingId, rows, null));
  previous = ids;
  made += rows.length;
}
const taskMs = performance.now() - t0;

const sessions = await meetingSessionRows(ctx.db, meetingId);
const t1 = performance.now();
const perSession = Math.ceil(CUES / sessions.length);
let cueCount = 0;
for (const s of sessions) {
  const rows = [];
  const slot = (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000;
  const minutes = Math.max(1, Math.floor(slot / perSession));
  for (let i = 0; i < perSession && cueCount < CUES; i++, cueCount++) {
    rows.push({
      id: crypto.randomUUID(),
      meetingId,
      sessionId: s.id,
      position: i + 1000,
      at: new Date(s.startsAt.getTime() + i * minutes * 60_000),
      minutes,
      whatVi: `Mục kịch bản ${i + 1}`,
      whatEn: `Cue ${i + 1}`,
      whoVi: "Người dẫn chương trình",
      whoEn: "Master of ceremonies",
      needs: [cueNeeds[i % cueNeeds.length] ?? "microphone"],
    });
  }
  for (let k = 0; k < rows.length; k += 500) await ctx.db.insert(committeeCues).values(rows.slice(k, k + 500));
}
const cueMs = performance.now() - t1;
const biggest = sessions[0];
if (!biggest) throw new Error("bench: the demo meeting has no sessions");

const port = await freePort();
const app = await buildApp(ctx, { serveWeb: false });
await app.listen({ port, host: "127.0.0.1" });
const icd = await signIn(port, "icd@demo.focal");
const member = await signIn(port, "committee@demo.focal");
const head = await signIn(port, "director.icd@demo.focal");

async function time(label: string, who: { cookie: string }, url: string) {
  const ms: number[] = [];
  let size = "";
  for (let i = 0; i < SAMPLES; i++) {
    const s = performance.now();
    const res = await request(port, "GET", url, { headers: { cookie: who.cookie } });
    ms.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 300)}`);
    size = String(res.headers["x-total-count"] ?? `${Math.round(res.body.length / 1024)} KB`);
  }
  return { label, size, p50: pct(ms, 0.5), p95: pct(ms, 0.95) };
}

const M = `/api/meetings/${meetingId}`;
const results = [
  await time("list: first page (50, by number)", icd, `${M}/tasks?limit=50`),
  await time("list: my tasks (a sub-committee head)", member, `${M}/tasks?mine=true&limit=50`),
  await time("list: overdue", icd, `${M}/tasks?overdue=true&limit=50`),
  await time(
    "list: one sub-committee, in progress",
    icd,
    `${M}/tasks?subcommitteeId=${subs[1]}&status=in_progress&limit=50`,
  ),
  await time('list: search "an ninh" (finds "An ninh")', icd, `${M}/tasks?q=an%20ninh&limit=50`),
  await time("board / timeline: 500 by due date", icd, `${M}/tasks?sort=due&limit=500`),
  await time("readiness today (with the critical path)", icd, `${M}/readiness`),
  await time("readiness as of 15/07/2022", icd, `${M}/readiness?asOf=2022-07-15`),
  await time(`script of one session (${perSession} cues)`, head, `${M}/sessions/${biggest.id}/script`),
  await time("live revision (what open pages poll)", member, `${M}/live/revision`),
];

// Live-update latency: the ICD marks a cue delayed; the head of Content, polling, sees the new revision.
const [cue] = await ctx.db
  .select({ id: committeeCues.id })
  .from(committeeCues)
  .where(eq(committeeCues.sessionId, biggest.id))
  .limit(1);
if (!cue) throw new Error("bench: no cue");
const revisionOf = async () => {
  const res = await request(port, "GET", `${M}/live/revision`, { headers: { cookie: head.cookie } });
  return (JSON.parse(res.body) as { revision: number }).revision;
};
const seen: number[] = [];
const markMs: number[] = [];
for (let i = 0; i < MARKS; i++) {
  const before = await revisionOf();
  const s = performance.now();
  const marking = request(port, "POST", `${M}/sessions/${biggest.id}/script/cues/${cue.id}/mark`, {
    headers: { cookie: icd.cookie, "x-csrf-token": icd.csrfToken },
    body: JSON.stringify({ status: "delayed", delayMinutes: 1 + (i % 30) }),
  }).then((r) => {
    markMs.push(performance.now() - s);
    if (r.status !== 200) throw new Error(`mark: ${r.status} ${r.body.slice(0, 300)}`);
  });
  while ((await revisionOf()) <= before) await sleep(20);
  seen.push(performance.now() - s);
  await marking;
}
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const lines = [
  `### ${when} UTC — ${databaseUrl ? "PostgreSQL" : "PGlite"}, ${TASKS.toLocaleString("en")} tasks and ${cueCount.toLocaleString("en")} cues, load ${os.loadavg()[0]?.toFixed(1)}`,
  "",
  `Tasks inserted in ${(taskMs / 1000).toFixed(1)} s (insertTaskRowsTx, batches of ${BATCH}), cues in ${(cueMs / 1000).toFixed(1)} s. ${SAMPLES} sequential requests each, loopback HTTP:`,
  "",
  "| request | total / size | p50 ms | p95 ms |",
  "| --- | ---: | ---: | ---: |",
  ...results.map((r) => `| ${r.label} | ${r.size} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} |`),
  `| mark a cue delayed (POST, answers the script) | | ${pct(markMs, 0.5).toFixed(0)} | ${pct(markMs, 0.95).toFixed(0)} |`,
  "",
  `Live update between two clients (${MARKS} marks; the watcher polls every 20 ms): seen after p50 ${pct(seen, 0.5).toFixed(0)} ms, p95 ${pct(seen, 0.95).toFixed(0)} ms. The live page polls every 2 s, so a person sees a mark within about 2 s plus this.`,
  "",
];
console.log(lines.join("\n"));
if (record)
  recordRun("## Organising committee: 2,000 tasks and 5,000 cues", "npx tsx bench/committee.ts --record", lines);
process.exit(0);
