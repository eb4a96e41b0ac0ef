/**
 * `npx tsx bench/logistics.ts [--record]`: people and logistics at COP scale (issue 14, "Benchmark"): ACCSM 21's demo
 * plus 5,000 delegates in 50 more delegations, written through the meetings module's own bulk insert
 * (`insertDelegatesTx`): arrivals over 1–2 August at HAN, SGN and DAD at any minute (some after midnight), departures
 * over 5–7 August, a dietary need for one in four (vegetarian, halal, no pork, allergies), three sessions each. A
 * hotel with 2,000 singles and 2,000 twins a night; every delegate placed by the lodging module's "assign
 * automatically". Then, one request at a time over loopback HTTP, BENCH_SAMPLES times each, p50/p95: the transfers of
 * each arrival day, the shuttles of a session day, the rooming list of a night, the meal counts of every meal event.
 * PGlite by default (a fresh data directory); BENCH_DATABASE_URL=postgres://… (an empty database) for PostgreSQL.
 * Measurements, not tests. `--record` adds the run to bench/RESULTS.md under "People and logistics".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, pct, recordRun, request, signIn } from "./lib.js";
import type { DelegateInput } from "../src/shared/schemas/meetings.js";

const DELEGATES = Number(process.env.BENCH_DELEGATES ?? 5_000);
const DELEGATIONS = 50;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const record = process.argv.includes("--record");

const { loadConfig } = await import("../src/server/config.js");
const { openDatabase } = await import("../src/server/db/client.js");
const { createMailer } = await import("../src/server/mail/mailer.js");
const { buildApp } = await import("../src/server/app.js");
const { seedDemoIfEmpty } = await import("../src/server/seed/demo.js");
const { demoIds } = await import("../src/server/seed/ids.js");
const { getMeetingRow, insertDelegationTx, meetingSessionRows } =
  await import("../src/server/modules/meetings/repo.js");
const { insertDelegatesTx } = await import("../src/server/modules/meetings/delegates-write.js");
const { listDelegationsOf } = await import("../src/server/modules/meetings/delegations.js");
const countries = (await import("i18n-iso-countries")).default;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-logistics-"));
const config = loadConfig({ ...process.env, LOG_LEVEL: "warn", FOCAL_DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
await seedDemoIfEmpty(database.db);
const meetingId = demoIds.meetingAccsm21;
const meeting = await getMeetingRow(ctx.db, meetingId);
if (!meeting) throw new Error("bench: the demo meeting is missing");
const sessions = await meetingSessionRows(ctx.db, meetingId);

// 50 more delegations, of countries the demo does not have.
const taken = new Set((await listDelegationsOf(ctx.db, meetingId)).map((d) => d.country));
const codes = Object.keys(countries.getAlpha3Codes())
  .filter((c) => !taken.has(c))
  .slice(0, DELEGATIONS);
const diets = ["Vegetarian", "Halal", "Không ăn thịt lợn", "Allergic to peanuts", "Ăn chay", "Gluten free"];
const airports = ["HAN", "HAN", "HAN", "SGN", "DAD"];
const roles = ["member", "member", "member", "adviser", "focal_point"] as const;
const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const t0 = performance.now();
let n = 0;
for (const [k, code] of codes.entries()) {
  const delegationId = crypto.randomUUID();
  const per = Math.ceil(DELEGATES / DELEGATIONS);
  const rows: DelegateInput[] = [];
  for (let i = 0; i < per && n < DELEGATES; i++, n++) {
    const minute = (n * 37) % (48 * 60); // any minute of 1–2 August
    const back = (n * 53) % (48 * 60);
    rows.push({
      fullName: `Delegate ${n + 1} of ${code}`,
      role: i === 0 ? "head" : (roles[i % roles.length] ?? "member"),
      nationality: code,
      arrivalDate: minute < 24 * 60 ? "2022-08-01" : "2022-08-02",
      arrivalTime: hhmm(minute),
      arrivalFlight: `XX${100 + (n % 400)}`,
      arrivalAirport: airports[n % airports.length] ?? "HAN",
      departureDate: back < 24 * 60 ? "2022-08-06" : "2022-08-07",
      departureTime: hhmm(back),
      departureFlight: `XX${500 + (n % 400)}`,
      departureAirport: "HAN",
      dietary: n % 4 === 0 ? (diets[n % diets.length] ?? null) : null,
      sessionIds: sessions.filter((_, j) => (j + n) % 3 === 0).map((s) => s.id),
    });
  }
  await ctx.db.transaction(async (tx) => {
    await insertDelegationTx(tx, {
      id: delegationId,
      meetingId,
      country: code,
      nameVi: countries.getName(code, "vi") ?? code,
      nameEn: countries.getName(code, "en") ?? code,
      category: "observer",
    });
    await insertDelegatesTx(tx, null, meeting, delegationId, rows, { sample: true });
  });
  void k;
}
const insertMs = performance.now() - t0;

const port = await freePort();
const app = await buildApp(ctx, { serveWeb: false });
await app.listen({ port, host: "127.0.0.1" });
const icd = await signIn(port, "icd@demo.focal");
const M = `/api/meetings/${meetingId}`;
const post = async (url: string, body: unknown) => {
  const res = await request(port, "POST", url, {
    headers: { cookie: icd.cookie, "x-csrf-token": icd.csrfToken, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body) as Record<string, unknown>;
};

// A big hotel and every delegate placed.
const hotel = await post(`${M}/hotels`, {
  name: "Bench Grand Hotel",
  address: "Hà Nội",
  contractFrom: "2022-07-31",
  contractTo: "2022-08-07",
});
const nights = ["2022-07-31", "2022-08-01", "2022-08-02", "2022-08-03", "2022-08-04", "2022-08-05", "2022-08-06"];
const blocks = nights.flatMap((night) => [
  { night, roomType: "single", rooms: 2000 },
  { night, roomType: "twin", rooms: 2000 },
  { night, roomType: "suite", rooms: 100 },
]);
const putRes = await request(port, "PUT", `${M}/hotels/${String(hotel.id)}/blocks`, {
  headers: { cookie: icd.cookie, "x-csrf-token": icd.csrfToken, "content-type": "application/json" },
  body: JSON.stringify({ version: hotel.version, blocks }),
});
if (putRes.status !== 200) throw new Error(`blocks: ${putRes.status} ${putRes.body.slice(0, 300)}`);
const t1 = performance.now();
const assigned = await post(`${M}/stays/assign`, {});
const assignMs = performance.now() - t1;

async function time(label: string, url: string) {
  const ms: number[] = [];
  let size = "";
  for (let i = 0; i < SAMPLES; i++) {
    const s = performance.now();
    const res = await request(port, "GET", url, { headers: { cookie: icd.cookie } });
    ms.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 300)}`);
    size = `${Math.round(res.body.length / 1024)} KB`;
  }
  return { label, size, p50: pct(ms, 0.5), p95: pct(ms, 0.95) };
}
const sessionDay = "2022-08-03";
const results = [
  await time("transfers of 1 August (arrivals and departures)", `${M}/transfers?date=2022-08-01`),
  await time("transfers of 2 August", `${M}/transfers?date=2022-08-02`),
  await time(`hotel–venue shuttles of ${sessionDay}`, `${M}/transfers/shuttles?date=${sessionDay}`),
  await time(`rooming list of the night of ${sessionDay}`, `${M}/rooming?night=${sessionDay}`),
  await time("meal counts of every meal event, by diet", `${M}/meals`),
];
const t2 = performance.now();
const allocated = await post(`${M}/transfers/allocate`, { date: "2022-08-02" });
const allocateMs = performance.now() - t2;
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const lines = [
  `### ${when} UTC — ${databaseUrl ? "PostgreSQL" : "PGlite"}, ${n.toLocaleString("en")} more delegates in ${codes.length} delegations, load ${os.loadavg()[0]?.toFixed(1)}`,
  "",
  `Delegates inserted in ${(insertMs / 1000).toFixed(1)} s (insertDelegatesTx per delegation); "assign automatically" placed them in ${(assignMs / 1000).toFixed(1)} s (${JSON.stringify(assigned).slice(0, 120)}); allocating vehicles to 2 August's transfers took ${(allocateMs / 1000).toFixed(1)} s (${JSON.stringify(allocated).slice(0, 80)}…). ${SAMPLES} sequential requests each, loopback HTTP:`,
  "",
  "| request | size | p50 ms | p95 ms |",
  "| --- | ---: | ---: | ---: |",
  ...results.map((r) => `| ${r.label} | ${r.size} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} |`),
];
console.log(lines.join("\n"));
if (record) recordRun("## People and logistics: 5,000 delegates", "npx tsx bench/logistics.ts --record", lines);
