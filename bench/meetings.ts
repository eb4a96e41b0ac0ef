/**
 * `npx tsx bench/meetings.ts`: the meetings module's benchmarks (issue 3, "Benchmarks"), loopback only, bounded.
 *   1. `GET /api/meetings/{id}/delegations/{delegationId}/delegates` at 100 keep-alive connections, as a ratio to a
 *      bare Fastify route running the same SQL (`listDelegateRows`) on the same database in the same run;
 *   2. a 5,000-row bulk upload through the registration services (startImport → ready, then commitImport);
 *   3. a meeting of 50,000 participants (inserted directly, batched, with fold()ed search_text as the core writes):
 *      p50/p95 of one large delegation's list and of a diacritic-insensitive `?q=` search across the meeting.
 * The parent spawns this file with `--serve` (the server, the database, the service-level work) and drives it.
 * PGlite by default; BENCH_DATABASE_URL=postgres://… (an empty database) for PostgreSQL.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, load as loadRoute, pct, request, signIn, spawnTs, untilReady, type LoadResult } from "./lib.js";

const CONNECTIONS = 100;
const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 8000);
const MAX_REQUESTS = 500_000;
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 50_000);
const LARGE_DELEGATION = 2000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";

// ------------------------------------------------------------------------------------------- server (--serve)

async function serve() {
  const Fastify = (await import("fastify")).default;
  const ExcelJS = (await import("exceljs")).default;
  const { sql } = await import("drizzle-orm");
  const { loadConfig } = await import("../src/server/config.js");
  const { openDatabase, queryRows } = await import("../src/server/db/client.js");
  const { createMailer } = await import("../src/server/mail/mailer.js");
  const { buildApp } = await import("../src/server/app.js");
  const { seedDemoIfEmpty } = await import("../src/server/seed/demo.js");
  const { demoIds } = await import("../src/server/seed/ids.js");
  const { demoDelegationIds } = await import("../src/server/modules/meetings/seed.js");
  const { listDelegateRows } = await import("../src/server/modules/meetings/delegates.js");
  const { meetings, delegations, delegates } = await import("../src/server/modules/meetings/schema.js");
  const { startImport, getImport, commitImport, downloadTemplate } =
    await import("../src/server/modules/registration/imports.js");
  const { fold } = await import("../src/shared/text.js");

  const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
  await seedDemoIfEmpty(database.db);
  const M = demoIds.meetingAccsm21;
  const THA = demoDelegationIds.THA;
  const [icd] = await queryRows<{ id: string; name: string }>(
    ctx.db,
    sql`select id, name from users where email = 'icd@demo.focal'`,
  );
  const actor = {
    id: icd!.id,
    name: icd!.name,
    email: "icd@demo.focal",
    language: "en" as const,
    grants: [{ role: "icd_officer" as const, scopeKind: "ministry" as const, scopeId: null }],
    sessionId: "bench",
  };

  const app = await buildApp(ctx, { serveWeb: false });
  await app.listen({ port: Number(process.env.FOCAL_PORT), host: "127.0.0.1" });

  const bare = Fastify({ logger: false });
  // The same SQL the Focal route runs for the list (delegates + photo etag, then their sessions), nothing else.
  bare.get("/bare/:meetingId/:delegationId", async (req) => {
    const p = req.params as { meetingId: string; delegationId: string };
    return listDelegateRows(ctx.db, p);
  });

  bare.post("/control/import", async () => {
    const tpl = await downloadTemplate(ctx, actor, M, THA, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Delegates")!;
    const col = (startsWith: string) => {
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).text.startsWith(startsWith)) return c;
      throw new Error(`no column ${startsWith}`);
    };
    const cName = col("Full name");
    const cGender = col("Gender");
    const cRole = col("Role in delegation");
    const cPass = col("Passport number");
    const cExp = col("Passport expiry");
    const run = Date.now().toString(36).toUpperCase().slice(-5);
    for (let i = 0; i < IMPORT_ROWS; i++) {
      const r = ws.getRow(3 + i);
      r.getCell(cName).value = `Nguyễn Thị Bảo ${i + 1} (sample)`;
      r.getCell(cGender).value = i % 2 ? "Male" : "Female";
      r.getCell(cRole).value = "Member";
      r.getCell(cPass).value = `B${run}${String(i).padStart(5, "0")}`;
      r.getCell(cExp).value = "17/05/2031";
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const t0 = performance.now();
    const started = await startImport(ctx, actor, M, THA, { fileName: "bench.xlsx", data: bytes.toString("base64") });
    let view = started;
    while (view.status === "parsing") {
      await new Promise((r) => setTimeout(r, 100));
      view = await getImport(ctx, actor, M, THA, started.id);
    }
    const checkMs = performance.now() - t0;
    if (view.status !== "ready") return { error: JSON.stringify(view).slice(0, 2000), checkMs };
    const t1 = performance.now();
    try {
      const done = await commitImport(ctx, actor, M, THA, started.id, view.version);
      return {
        rows: IMPORT_ROWS,
        fileBytes: bytes.length,
        checkMs,
        commitMs: performance.now() - t1,
        created: done.created,
      };
    } catch (e) {
      return { checkMs, commitMs: performance.now() - t1, error: String(e).slice(0, 2000), summary: view.summary };
    }
  });

  bare.post("/control/large", async () => {
    const meetingId = crypto.randomUUID();
    await ctx.db.insert(meetings).values({
      id: meetingId,
      code: `COP${Date.now().toString(36).toUpperCase()}`,
      titleVi: "Hội nghị quy mô COP (mẫu)",
      titleEn: "COP-scale meeting (sample)",
      startDate: "2026-11-09",
      endDate: "2026-11-20",
      cityVi: "Hà Nội",
      cityEn: "Hanoi",
      timeZone: "Asia/Ho_Chi_Minh",
    });
    const dIds = Array.from({ length: 198 }, () => crypto.randomUUID());
    await ctx.db.insert(delegations).values(
      dIds.map((id, i) => ({
        id,
        meetingId,
        nameVi: `Đoàn ${i + 1} (mẫu)`,
        nameEn: `Delegation ${i + 1} (sample)`,
        category: i === 0 ? ("host" as const) : ("asean_member" as const),
      })),
    );
    const families = ["Nguyễn", "Trần", "Lê", "Phạm", "Müller", "García", "Ørsted", "Dubois", "Şahin", "Đặng"];
    const givens = ["Hương", "Thảo", "José", "Zoë", "Ngọc", "Łukasz", "Minh", "Chloé", "Dũng", "Aïda"];
    const t0 = performance.now();
    const BATCH = 1000;
    for (let i = 0; i < PARTICIPANTS; i += BATCH) {
      const rows = [];
      for (let j = i; j < Math.min(PARTICIPANTS, i + BATCH); j++) {
        const fullName = `${families[j % 10]} ${givens[Math.floor(j / 10) % 10]} ${j + 1} (sample)`;
        const delegationId = j < LARGE_DELEGATION ? dIds[0]! : dIds[1 + (j % (dIds.length - 1))]!;
        const position = "Negotiator (sample)";
        const organisation = "Ministry of Environment (sample)";
        rows.push({
          id: crypto.randomUUID(),
          meetingId,
          delegationId,
          fullName,
          honorific: "Mx.",
          position,
          organisation,
          sample: true,
          searchText: fold([fullName, "Mx.", position, organisation].join(" ")),
        });
      }
      await ctx.db.insert(delegates).values(rows);
    }
    const insertMs = performance.now() - t0;
    const [n] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from delegates where meeting_id = ${meetingId}`,
    );
    return { meetingId, largeDelegationId: dIds[0], insertMs, count: Number(n!.n) };
  });

  await bare.listen({ port: Number(process.env.BARE_PORT), host: "127.0.0.1" });
  console.log("ready");
  process.on("SIGTERM", () => {
    void Promise.all([app.close(), bare.close()])
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}

// ------------------------------------------------------------------------------------------------- driver

/** CONNECTIONS keep-alive connections, each sending its next GET as soon as the last is answered. */
function load(port: number, urlPath: string, headers: Record<string, string>, ms = LOAD_MS): Promise<LoadResult> {
  return loadRoute(port, urlPath, { connections: CONNECTIONS, ms, maxRequests: MAX_REQUESTS, headers: () => headers });
}

/** `n` sequential GETs; p50/p95 in ms and the size of the last answer. */
async function sample(port: number, paths: string[], headers: Record<string, string>, n = SAMPLES) {
  const ms: number[] = [];
  let items = 0;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await request(port, "GET", paths[i % paths.length]!, { headers, timeoutMs: 120_000 });
    ms.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${paths[i % paths.length]}: ${res.status} ${res.body.slice(0, 300)}`);
    items = (JSON.parse(res.body) as unknown[]).length;
    bytes = res.body.length;
  }
  return { p50: pct(ms, 0.5), p95: pct(ms, 0.95), n, items, bytes };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-meetings-"));
  const focalPort = await freePort();
  const barePort = await freePort();
  const log = path.join(work, "server.log");
  const child = spawnTs(
    "bench/meetings.ts",
    {
      FOCAL_DATA_DIR: path.join(work, "data"),
      DATABASE_URL: databaseUrl,
      FOCAL_PORT: String(focalPort),
      BARE_PORT: String(barePort),
    },
    log,
    ["--serve"],
  );
  const say = (s: string) => console.log(s);
  try {
    say(
      `### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${databaseUrl ? "PostgreSQL" : "PGlite"}, Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`,
    );
    await untilReady(child, log);
    const { cookie } = await signIn(focalPort, "icd@demo.focal");
    const headers = { cookie };
    const { demoIds } = await import("../src/server/seed/ids.js");
    const { demoDelegationIds } = await import("../src/server/modules/meetings/seed.js");
    const M = demoIds.meetingAccsm21;
    const THA = demoDelegationIds.THA;

    // 1. the list at 100 connections, against the bare route
    const focalPath = `/api/meetings/${M}/delegations/${THA}/delegates`;
    const barePath = `/bare/${M}/${THA}`;
    const n = (JSON.parse((await request(focalPort, "GET", focalPath, { headers })).body) as unknown[]).length;
    await load(focalPort, focalPath, headers, 1500);
    await load(barePort, barePath, {}, 1500);
    const focal = await load(focalPort, focalPath, headers);
    const bareR = await load(barePort, barePath, {});
    const row = (name: string, r: LoadResult) =>
      `| ${name} | ${r.rps.toFixed(0)} | ${(r.rps / bareR.rps).toFixed(3)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.errors} |`;
    say("");
    say(
      `Delegate list of the demo's Thailand delegation (${n} delegates), ${CONNECTIONS} connections, ${LOAD_MS / 1000} s each:`,
    );
    say("");
    say("| route | req/s | ratio to bare | p50 ms | p99 ms | requests | errors |");
    say("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    say(row("bare Fastify, same SQL (`listDelegateRows`)", bareR));
    say(row("Focal `GET …/delegations/{delegationId}/delegates`", focal));

    // 2. the bulk upload
    const imp = JSON.parse(
      (await request(barePort, "POST", "/control/import", { timeoutMs: 1_800_000 })).body,
    ) as Record<string, unknown>;
    say("");
    say(`Bulk upload of ${IMPORT_ROWS} rows (xlsx built with exceljs in memory) through the registration services:`);
    say("");
    say("```");
    say(JSON.stringify(imp));
    say("```");

    // 3. 50,000 participants
    const large = JSON.parse((await request(barePort, "POST", "/control/large", { timeoutMs: 1_800_000 })).body) as {
      meetingId: string;
      largeDelegationId: string;
      insertMs: number;
      count: number;
    };
    say("");
    say(
      `${large.count} participants in 198 delegations inserted in ${(large.insertMs / 1000).toFixed(1)} s (batches of 1,000).`,
    );
    say("");
    const list = await sample(
      focalPort,
      [`/api/meetings/${large.meetingId}/delegations/${large.largeDelegationId}/delegates`],
      headers,
      Math.min(SAMPLES, 20),
    );
    const queries = ["nguyen huong", "muller jose", "orsted zoe", "dang aida", "garcia lukasz 1"];
    const search = await sample(
      focalPort,
      queries.map((q) => `/api/meetings/${large.meetingId}/delegates?q=${encodeURIComponent(q)}`),
      headers,
    );
    const exact = await sample(
      focalPort,
      ["Nguyễn Hương 4001", "nguyen huong 4001"].map(
        (q) => `/api/meetings/${large.meetingId}/delegates?q=${encodeURIComponent(q)}`,
      ),
      headers,
      Math.min(SAMPLES, 20),
    );
    const matches: string[] = [];
    for (const q of queries) {
      const res = await request(
        focalPort,
        "GET",
        `/api/meetings/${large.meetingId}/delegates?q=${encodeURIComponent(q)}`,
        {
          headers,
        },
      );
      matches.push(`\`${q}\` → ${(JSON.parse(res.body) as unknown[]).length}`);
    }
    say(`Matches per query: ${matches.join(", ")}.`);
    say("");
    say("| request (sequential) | n | p50 ms | p95 ms | items | bytes |");
    say("| --- | ---: | ---: | ---: | ---: | ---: |");
    const r3 = (name: string, r: Awaited<ReturnType<typeof sample>>) =>
      `| ${name} | ${r.n} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.items} | ${r.bytes} |`;
    say(r3(`list of the ${LARGE_DELEGATION}-person delegation`, list));
    say(r3(`\`?q=\` across the meeting, ${queries.length} two-word queries (last answer's size)`, search));
    say(r3("`?q=` one person (`Nguyễn Hương 4001` / `nguyen huong 4001`)", exact));
    say("");
    say(`Load average after: ${os.loadavg()[0]!.toFixed(2)}.`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv.includes("--serve")) await serve();
else {
  await main();
  process.exit(0);
}
