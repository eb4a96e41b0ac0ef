/**
 * `npx tsx bench/cooperation.ts [--record]`: the cooperation register's list and search over 100,000 activities
 * (issue 12, "Benchmark"): 10 years × 60 units, inserted in batches with the search text the module writes
 * (`activitySearchText`), then the ICD's list as a person uses it — one request at a time over loopback HTTP, each
 * query BENCH_SAMPLES times, p50/p95 — and a unit officer's list of their own unit. PGlite by default (a fresh data
 * directory); BENCH_DATABASE_URL=postgres://… (an empty database) for PostgreSQL. Measurements, not tests.
 * `--record` adds the run to bench/RESULTS.md under "Cooperation register".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, pct, recordRun, request, signIn } from "./lib.js";

const N = Number(process.env.BENCH_ACTIVITIES ?? 100_000);
const UNITS = 60;
const YEARS = 10;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const record = process.argv.includes("--record");

const { loadConfig } = await import("../src/server/config.js");
const { openDatabase, queryRows } = await import("../src/server/db/client.js");
const { createMailer } = await import("../src/server/mail/mailer.js");
const { buildApp } = await import("../src/server/app.js");
const { seedDemoIfEmpty } = await import("../src/server/seed/demo.js");
const { insertUnitTx, findUserByEmail } = await import("../src/server/modules/people/repo.js");
const { insertGrantTx } = await import("../src/server/modules/people/repo.js");
const { activitySearchText } = await import("../src/server/modules/cooperation/repo.js");
const { coopActivities } = await import("../src/server/modules/cooperation/schema.js");
const { coopKinds, coopStatuses, leaderRanks } = await import("../src/shared/cooperation.js");

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-coop-"));
const config = loadConfig({
  ...process.env,
  LOG_LEVEL: "warn",
  FOCAL_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
});
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
await seedDemoIfEmpty(database.db);

// 60 units (the demo has fewer): sample units, written through the people module's insert.
const unitIds: string[] = [];
await ctx.db.transaction(async (tx) => {
  for (let i = 0; i < UNITS; i++) {
    const u = await insertUnitTx(tx, {
      id: crypto.randomUUID(),
      code: `BENCH${i}`,
      nameVi: `Đơn vị thử nghiệm số ${i + 1}`,
      nameEn: `Benchmark unit ${i + 1}`,
      kind: "department",
    });
    unitIds.push(u.id);
  }
  const officer = await findUserByEmail(tx, "unit.archives@demo.focal");
  if (officer)
    await insertGrantTx(tx, { userId: officer.id, role: "unit_officer", scopeKind: "unit", scopeId: unitIds[0]! });
});

const words = [
  "Hội thảo về cải cách hành chính",
  "Đoàn công tác nghiên cứu kinh nghiệm quản lý lưu trữ",
  "Tiếp khách quốc tế",
  "Ký kết bản ghi nhớ hợp tác đào tạo công chức",
  "Dự án hỗ trợ chính quyền địa phương",
  "Diễn đàn ASEAN về công vụ",
];
const countries = ["FRA", "USA", "RUS", "CUB", "BGD", "LAO", "KOR", "JPN", "SGP", "THA", "DEU", "AUS"];
// Fields drawn from a seeded generator, not from `i % n`: with moduli, fields that share a factor are tied together
// (unit 7 only ever had one kind; the "đào tạo công chức" titles never fell in an even year), and combined filters
// found nothing.
let seed = 0x2022_0824;
function rand(n: number): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const t0 = performance.now();
const BATCH = 2000;
for (let start = 0; start < N; start += BATCH) {
  const rows = [];
  for (let i = start; i < Math.min(N, start + BATCH); i++) {
    const year = 2017 + rand(YEARS);
    const month = 1 + rand(12);
    const day = 1 + rand(28);
    const startDate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const row = {
      id: crypto.randomUUID(),
      code: `${year}-B${String(i).padStart(6, "0")}`,
      unitId: unitIds[rand(UNITS)]!,
      kind: coopKinds[rand(coopKinds.length)]!,
      status: coopStatuses[rand(coopStatuses.length)]!,
      titleVi: `${words[rand(words.length)]} ${i + 1}`,
      titleEn: `Activity ${i + 1}`,
      countries: [countries[rand(countries.length)]!],
      startDate,
      endDate: startDate,
      place: rand(3) ? "Hà Nội" : "Paris",
      leaderName: `Nguyễn Văn ${String.fromCharCode(65 + rand(26))}`,
      leaderRank: leaderRanks[rand(leaderRanks.length)]!,
    };
    // The search text the module writes for an activity without partners (repo.ts `activitySearchText`).
    rows.push({ ...row, searchText: activitySearchText(row, []) });
  }
  await ctx.db.insert(coopActivities).values(rows);
}
const insertMs = performance.now() - t0;

// BENCH_EXPLAIN=1: the query plans of the ICD's list (the page and its count) for a few of the cases below.
if (process.env.BENCH_EXPLAIN) {
  const { sql, and, count } = await import("drizzle-orm");
  const { filterCondition, pageOrder } = await import("../src/server/modules/cooperation/list.js");
  const cases: [string, Record<string, unknown>, number][] = [
    ["first page", {}, 0],
    ["country FRA", { country: "FRA" }, 0],
    ["search luu tru", { q: "luu tru" }, 0],
    ["year 2024", { year: 2024 }, 0],
    ["offset 5000", {}, 5000],
  ];
  for (const [label, q, offset] of cases) {
    const cond = and(filterCondition(q));
    const page = ctx.db
      .select()
      .from(coopActivities)
      .where(cond)
      .orderBy(...pageOrder())
      .offset(offset)
      .limit(50);
    const n = ctx.db.select({ n: count() }).from(coopActivities).where(cond);
    for (const [what, query] of [
      ["page", page],
      ["count", n],
    ] as const) {
      const rows = await queryRows<Record<string, string>>(ctx.db, sql`explain analyze ${query}`);
      console.log(`--- ${label} (${what})\n${rows.map((r) => Object.values(r)[0]).join("\n")}`);
    }
  }
}

const port = await freePort();
const app = await buildApp(ctx, { serveWeb: false });
await app.listen({ port, host: "127.0.0.1" });
const icd = await signIn(port, "icd@demo.focal");
const unit = await signIn(port, "unit.archives@demo.focal");

async function time(label: string, who: { cookie: string }, url: string) {
  const ms: number[] = [];
  let total = "";
  for (let i = 0; i < SAMPLES; i++) {
    const s = performance.now();
    const res = await request(port, "GET", url, { headers: { cookie: who.cookie } });
    ms.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 300)}`);
    total = String(res.headers["x-total-count"] ?? "");
  }
  ms.sort((a, b) => a - b);
  return { label, url, total, p50: pct(ms, 0.5), p95: pct(ms, 0.95) };
}

const B = "/api/cooperation/activities";
const results = [
  await time("ICD: all activities, first page", icd, `${B}?limit=50`),
  await time("ICD: one year", icd, `${B}?year=2024&limit=50`),
  await time("ICD: year + unit + kind", icd, `${B}?year=2024&unitId=${unitIds[7]}&kind=outbound&limit=50`),
  await time("ICD: status submitted", icd, `${B}?status=submitted&limit=50`),
  await time("ICD: country France", icd, `${B}?country=FRA&limit=50`),
  await time('ICD: search "luu tru" (no diacritics)', icd, `${B}?q=luu%20tru&limit=50`),
  await time('ICD: search "phap" (finds Pháp)', icd, `${B}?q=phap&limit=50`),
  await time('ICD: search "dao tao cong chuc" + year', icd, `${B}?q=dao%20tao%20cong%20chuc&year=2021&limit=50`),
  await time("ICD: page 100 of everything", icd, `${B}?offset=5000&limit=50`),
  await time("unit officer: own unit", unit, `${B}?limit=50`),
];
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const lines = [
  `### ${when} UTC — ${databaseUrl ? "PostgreSQL" : "PGlite"}, ${N.toLocaleString("en")} activities (${YEARS} years × ${UNITS} units), load ${os.loadavg()[0]!.toFixed(1)}`,
  "",
  `Inserted in ${(insertMs / 1000).toFixed(1)} s (batches of ${BATCH}). ${SAMPLES} sequential requests each, loopback HTTP:`,
  "",
  "| query | total | p50 ms | p95 ms |",
  "| --- | ---: | ---: | ---: |",
  ...results.map((r) => `| ${r.label} | ${r.total} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} |`),
  "",
];
console.log(lines.join("\n"));
if (record)
  recordRun(
    "## Cooperation register: list and search over 100,000 activities",
    "npx tsx bench/cooperation.ts --record",
    lines,
  );
process.exit(0);
