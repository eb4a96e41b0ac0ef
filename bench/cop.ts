/**
 * `npx tsx bench/cop.ts [--record]`: a COP-scale meeting (issue 15, point 8) — 50,000 participants in 1,000
 * delegations — on loopback, every loop bounded. The script spawns itself with `--serve` (Focal, a bare Fastify route
 * and the set-up in one process on one database) and drives it over HTTP:
 *   1. the host's delegate list (a page of 100, meeting-wide), its search and filters, a delegation's page, and
 *      attendance per session (summary and one session's page of 100): p50/p95 of sequential requests as the ICD;
 *   2. the delegates list page at 50 keep-alive connections as a ratio to a bare Fastify route running the same SQL
 *      (`pageDelegateRows`) in the same run: the COP meeting's first page and the demo's Thailand delegation;
 *   3. an upload of 5,000 rows end to end: the xlsx handed to `startImport`, polled until checked (`ready`), then
 *      `commitImport`.
 * Participants are written as an upload's confirmation writes them (`insertDelegatesTx`, 50 per delegation); photos,
 * accreditation and 70,000 door and session scans are written directly. PGlite by default;
 * BENCH_DATABASE_URL=postgres://… (an empty database) for PostgreSQL. `--record` adds the run to bench/RESULTS.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, load as loadRoute, pct, recordRun, request, signIn, sleep, spawnTs, untilReady } from "./lib.js";
import type { LoadResult } from "./lib.js";

const CONNECTIONS = 50;
const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 8000);
const MAX_REQUESTS = 500_000;
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);
const DELEGATIONS = Number(process.env.BENCH_DELEGATIONS ?? 1000);
const PER_DELEGATION = Number(process.env.BENCH_PER_DELEGATION ?? 50);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const SESSIONS = 20;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "";
const record = process.argv.includes("--record");

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
  const { pageDelegateRows, insertDelegatesTx } = await import("../src/server/modules/meetings/delegates.js");
  const { insertMeetingTx, insertDelegationTx, getMeetingRow } = await import("../src/server/modules/meetings/repo.js");
  const { delegates, delegatePhotos, meetingSessions } = await import("../src/server/modules/meetings/schema.js");
  const { checkinScans } = await import("../src/server/modules/badges/schema.js");
  const { startImport, getImport, commitImport, downloadTemplate } =
    await import("../src/server/modules/registration/imports.js");

  const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
  await seedDemoIfEmpty(database.db);
  const [icd] = await queryRows<{ id: string; name: string }>(
    ctx.db,
    sql`select id, name from users where email = 'icd@demo.focal'`,
  );
  if (!icd) throw new Error("no icd@demo.focal");
  const actor = {
    id: icd.id,
    name: icd.name,
    email: "icd@demo.focal",
    language: "en" as const,
    grants: [{ role: "icd_officer" as const, scopeKind: "ministry" as const, scopeId: null }],
    sessionId: "bench",
  };

  const app = await buildApp(ctx, { serveWeb: false });
  await app.listen({ port: Number(process.env.FOCAL_PORT), host: "127.0.0.1" });

  const bare = Fastify({ logger: false });
  // The same SQL the Focal list runs for a page (`pageDelegateRows`), nothing else: no session, policy or audit.
  bare.get("/bare/:meetingId", async (req) => {
    const p = req.params as { meetingId: string };
    const q = req.query as { limit?: string; offset?: string; delegationId?: string };
    const { rows, total } = await pageDelegateRows(ctx.db, p.meetingId, {
      limit: Number(q.limit ?? 100),
      offset: Number(q.offset ?? 0),
      delegationId: q.delegationId,
    });
    return { rows, total };
  });

  let cop: { meetingId: string; delegationIds: string[]; sessionIds: string[] } | null = null;

  bare.post("/control/setup", async () => {
    const meetingId = crypto.randomUUID();
    await insertMeetingTx(ctx.db, {
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
    const meeting = await getMeetingRow(ctx.db, meetingId);
    if (!meeting) throw new Error("no meeting");
    const delegationIds = Array.from({ length: DELEGATIONS }, () => crypto.randomUUID());
    for (const [i, id] of delegationIds.entries())
      await insertDelegationTx(ctx.db, {
        id,
        meetingId,
        nameVi: `Đoàn ${i + 1} (mẫu)`,
        nameEn: `Delegation ${i + 1} (sample)`,
        category: i === 0 ? "host" : "observer",
      });
    const sessionIds = Array.from({ length: SESSIONS }, () => crypto.randomUUID());
    await ctx.db.insert(meetingSessions).values(
      sessionIds.map((id, i) => ({
        id,
        meetingId,
        kind: "forum" as const,
        titleVi: `Phiên ${i + 1} (mẫu)`,
        titleEn: `Session ${i + 1} (sample)`,
        startsAt: new Date(Date.UTC(2026, 10, 9 + Math.floor(i / 2), 2 + (i % 2) * 5)),
        endsAt: new Date(Date.UTC(2026, 10, 9 + Math.floor(i / 2), 4 + (i % 2) * 5)),
      })),
    );
    const families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Vũ", "Đỗ", "Bùi", "Müller", "García", "Dubois"];
    const middles = ["Thị", "Văn", "Đức", "Ngọc", "Thanh", "Minh", "Hữu", "Anh"];
    const givens = ["An", "Ánh", "Bảo", "Chi", "Dũng", "Đạt", "Hà", "Hương", "Hùng", "Khánh", "Lan", "Linh", "Mai"];
    const givens2 = ["Minh", "Nam", "Ngọc", "Oanh", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tú", "Uyên", "Yến"];
    const given = [...givens, ...givens2, "José", "Zoë", "Chloé", "Łukasz"];
    const t0 = performance.now();
    let n = 0;
    for (const delegationId of delegationIds) {
      const inputs = Array.from({ length: PER_DELEGATION }, () => {
        const k = n++;
        return {
          fullName: `${families[k % families.length]} ${middles[Math.floor(k / 7) % middles.length]} ${given[Math.floor(k / 3) % given.length]}`,
          role: "member" as const,
          position: "Negotiator (sample)",
          organisation: "Ministry of Environment (sample)",
          sessionIds: [sessionIds[0]!, sessionIds[1 + (k % (SESSIONS - 1))]!],
        };
      });
      await ctx.db.transaction((tx) => insertDelegatesTx(tx, actor, meeting, delegationId, inputs, { sample: true }));
    }
    const insertMs = performance.now() - t0;
    // Four in five accredited; every other one with a photo.
    await ctx.db.execute(
      sql`update delegates set accreditation_status = 'accredited', accredited_at = now()
          where meeting_id = ${meetingId} and ('x' || substr(id::text, 1, 2))::bit(8)::int % 5 <> 0`,
    );
    const ids = (
      await ctx.db
        .select({ id: delegates.id })
        .from(delegates)
        .where(sql`${delegates.meetingId} = ${meetingId}`)
    ).map((r) => r.id);
    const photo = Buffer.from("ffd8ffe000104a46494600", "hex");
    for (let i = 0; i < ids.length; i += 2000)
      await ctx.db.insert(delegatePhotos).values(
        ids
          .slice(i, i + 2000)
          .filter((_, j) => j % 2 === 0)
          .map((delegateId) => ({
            delegateId,
            contentType: "image/jpeg",
            bytes: photo,
            size: photo.length,
            etag: "b",
          })),
      );
    // Scans: 40,000 admitted at the door, 30,000 at the first session (some twice), 200 refused there.
    const scans = [];
    const at = Date.UTC(2026, 10, 9, 1);
    for (let i = 0; i < 40_000; i++)
      scans.push({ sessionId: null, delegateId: ids[i % ids.length]!, result: "admitted" as const });
    for (let i = 0; i < 30_000; i++)
      scans.push({ sessionId: sessionIds[0]!, delegateId: ids[(i * 7) % ids.length]!, result: "admitted" as const });
    for (let i = 0; i < 200; i++)
      scans.push({
        sessionId: sessionIds[0]!,
        delegateId: ids[i % ids.length]!,
        result: "refused" as const,
        reason: "revoked",
      });
    for (let i = 0; i < scans.length; i += 2000)
      await ctx.db.insert(checkinScans).values(
        scans.slice(i, i + 2000).map((s, j) => ({
          id: crypto.randomUUID(),
          nonce: crypto.randomUUID(),
          meetingId,
          sessionId: s.sessionId,
          delegateId: s.delegateId,
          result: s.result,
          reason: "reason" in s ? ("revoked" as const) : null,
          scannedAt: new Date(at + (i + j) * 50),
          officerId: icd.id,
          officerName: icd.name,
        })),
      );
    if (!databaseUrl) await ctx.db.execute(sql`analyze`);
    else await ctx.db.execute(sql`vacuum analyze`);
    cop = { meetingId, delegationIds, sessionIds };
    const [c] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from delegates where meeting_id = ${meetingId}`,
    );
    return { ...cop, insertMs, count: Number(c?.n), photos: Math.ceil(ids.length / 2) };
  });

  bare.post("/control/import", async () => {
    if (!cop) throw new Error("set up first");
    const M = cop.meetingId;
    const D = cop.delegationIds[1]!;
    const tpl = await downloadTemplate(ctx, actor, M, D, "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(tpl.bytes).buffer);
    const ws = wb.getWorksheet("Delegates");
    if (!ws) throw new Error("no Delegates sheet");
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
      r.getCell(cPass).value = `C${run}${String(i).padStart(5, "0")}`;
      r.getCell(cExp).value = "17/05/2031";
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const t0 = performance.now();
    const started = await startImport(ctx, actor, M, D, { fileName: "bench.xlsx", data: bytes.toString("base64") });
    const uploadMs = performance.now() - t0;
    let view = started;
    while (view.status === "parsing") {
      await new Promise((r) => setTimeout(r, 50));
      view = await getImport(ctx, actor, M, D, started.id);
    }
    const checkMs = performance.now() - t0;
    if (view.status !== "ready") return { error: JSON.stringify(view).slice(0, 2000), checkMs };
    const t1 = performance.now();
    const done = await commitImport(ctx, actor, M, D, started.id, view.version);
    const commitMs = performance.now() - t1;
    const [c] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from delegates where delegation_id = ${D}`,
    );
    return {
      rows: IMPORT_ROWS,
      fileBytes: bytes.length,
      uploadMs,
      checkMs,
      commitMs,
      totalMs: performance.now() - t0,
      created: done.created,
      inDelegation: Number(c?.n),
    };
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

function load(port: number, urlPath: string, headers: Record<string, string>, ms = LOAD_MS): Promise<LoadResult> {
  return loadRoute(port, urlPath, { connections: CONNECTIONS, ms, maxRequests: MAX_REQUESTS, headers: () => headers });
}

/** `n` sequential GETs; p50/p95 in ms, the total (X-Total-Count or `admittedTotal`) and the size of the last answer. */
async function sample(port: number, paths: string[], headers: Record<string, string>, n = SAMPLES) {
  const ms: number[] = [];
  let total = "";
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const p = paths[i % paths.length]!;
    const t0 = performance.now();
    const res = await request(port, "GET", p, { headers, timeoutMs: 120_000 });
    ms.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${p}: ${res.status} ${res.body.slice(0, 300)}`);
    total = String(res.headers["x-total-count"] ?? "");
    bytes = res.body.length;
  }
  return { p50: pct(ms, 0.5), p95: pct(ms, 0.95), n, total, bytes };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-cop-"));
  const focalPort = await freePort();
  const barePort = await freePort();
  const log = path.join(work, "server.log");
  const lines: string[] = [];
  const say = (s: string) => {
    console.log(s);
    lines.push(s);
  };
  const load0 = os.loadavg()[0]!.toFixed(2);
  let commit = "";
  try {
    const { execSync } = await import("node:child_process");
    commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  } catch {
    commit = "?";
  }
  const child = spawnTs(
    "bench/cop.ts",
    {
      FOCAL_DATA_DIR: path.join(work, "data"),
      DATABASE_URL: databaseUrl,
      FOCAL_PORT: String(focalPort),
      BARE_PORT: String(barePort),
    },
    log,
    ["--serve"],
  );
  try {
    await untilReady(child, log);
    // `untilReady` looks for "ready" anywhere, and pg's deprecation warning ("…is already executing…") holds it.
    for (let i = 0; i < 720 && !/^ready$/m.test(fs.readFileSync(log, "utf8")); i++) await sleep(250);
    const { cookie } = await signIn(focalPort, "icd@demo.focal");
    const headers = { cookie };
    const setup = JSON.parse((await request(barePort, "POST", "/control/setup", { timeoutMs: 1_800_000 })).body) as {
      meetingId: string;
      delegationIds: string[];
      sessionIds: string[];
      insertMs: number;
      count: number;
    };
    if (!setup.meetingId) throw new Error(JSON.stringify(setup));
    const M = setup.meetingId;
    const D = setup.delegationIds[Math.floor(setup.delegationIds.length / 2)]!;
    const S = setup.sessionIds[0]!;
    say(
      `### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${databaseUrl ? "PostgreSQL" : "PGlite"}, commit ${commit}, Node ${process.version}, ${os.cpus().length} cores, load ${load0} at start`,
    );
    say("");
    say(
      `${setup.count} participants in ${setup.delegationIds.length} delegations written in ${(setup.insertMs / 1000).toFixed(1)} s (\`insertDelegatesTx\`, ${PER_DELEGATION} per delegation); four in five accredited, every other one with a photo, 70,200 scans. Sequential requests as the ICD (full view, each list read audited), ${SAMPLES} each:`,
    );
    say("");
    say("| request | total | p50 ms | p95 ms | bytes |");
    say("| --- | ---: | ---: | ---: | ---: |");
    const base = `/api/meetings/${M}/delegates?limit=100`;
    const cases: [string, string[]][] = [
      ["host's list, page 1 of 100 (meeting-wide)", [base]],
      ["host's list, page 250 (offset 24,900)", [`${base}&offset=24900`]],
      [
        "search, two words (`nguyen huong`, `tran lan`, `dang dat`)",
        ["nguyen huong", "tran lan", "dang dat"].map((q) => `${base}&q=${encodeURIComponent(q)}`),
      ],
      ["search, one person's full name (`Đặng Văn Ánh`)", [`${base}&q=${encodeURIComponent("Đặng Văn Ánh")}`]],
      ["filter: accredited", [`${base}&status=accredited`]],
      ["filter: pending, page 10", [`${base}&status=pending&offset=900`]],
      ["filter: no photo", [`${base}&photo=missing`]],
      ["filter: one delegation (meeting-wide list)", [`${base}&delegationId=${D}`]],
      ["search + accredited + photo", [`${base}&q=nguyen&status=accredited&photo=present`]],
      ["a delegation's own list (50)", [`/api/meetings/${M}/delegations/${D}/delegates?limit=100`]],
      ["attendance per session (summary of 20 sessions and the door)", [`/api/meetings/${M}/attendance`]],
      ["attendance of one session, page of 100", [`/api/meetings/${M}/attendance/sessions/${S}?limit=100`]],
      ["attendance at the door, page of 100", [`/api/meetings/${M}/attendance/door?limit=100`]],
    ];
    for (const [what, paths] of cases) {
      await sample(focalPort, paths, headers, 2);
      const r = await sample(focalPort, paths, headers);
      say(`| ${what} | ${r.total} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.bytes} |`);
    }

    // The list page at 50 connections against the bare route.
    const { demoIds } = await import("../src/server/seed/ids.js");
    const { demoDelegationIds } = await import("../src/server/modules/meetings/seed.js");
    const pairs: [string, string, string][] = [
      [`COP meeting-wide list, page 1 of 100 (of ${setup.count})`, base, `/bare/${M}?limit=100`],
      [
        "demo's Thailand delegation, page of 100",
        `/api/meetings/${demoIds.meetingAccsm21}/delegations/${demoDelegationIds.THA}/delegates?limit=100`,
        `/bare/${demoIds.meetingAccsm21}?limit=100&delegationId=${demoDelegationIds.THA}`,
      ],
    ];
    say("");
    say(`Delegates list page at ${CONNECTIONS} keep-alive connections, ${LOAD_MS / 1000} s each:`);
    say("");
    say("| list | route | req/s | ratio to bare | p50 ms | p99 ms | requests | errors |");
    say("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const [what, focalPath, barePath] of pairs) {
      await load(focalPort, focalPath, headers, 1500);
      await load(barePort, barePath, {}, 1500);
      const f = await load(focalPort, focalPath, headers);
      const b = await load(barePort, barePath, {});
      const row = (name: string, r: LoadResult) =>
        `| ${what} | ${name} | ${r.rps.toFixed(0)} | ${(r.rps / b.rps).toFixed(3)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.errors} |`;
      say(row("bare Fastify, same SQL (`pageDelegateRows`)", b));
      say(row("Focal", f));
    }

    const imp = JSON.parse((await request(barePort, "POST", "/control/import", { timeoutMs: 1_800_000 })).body) as {
      rows?: number;
      fileBytes?: number;
      uploadMs?: number;
      checkMs?: number;
      commitMs?: number;
      totalMs?: number;
      created?: number;
      error?: string;
    };
    say("");
    if (imp.error || imp.totalMs === undefined) say(`Upload of ${IMPORT_ROWS} rows failed: ${JSON.stringify(imp)}`);
    else
      say(
        `Upload of ${imp.rows} rows (xlsx, ${Math.round((imp.fileBytes ?? 0) / 1024)} kB) into a delegation of the COP meeting: upload ${((imp.uploadMs ?? 0) / 1000).toFixed(1)} s, checked (\`ready\`) after ${((imp.checkMs ?? 0) / 1000).toFixed(1)} s, confirmation ${((imp.commitMs ?? 0) / 1000).toFixed(1)} s — **${(imp.totalMs / 1000).toFixed(1)} s end to end** (${imp.created} created).`,
      );
    say("");
    say(`Load average at end: ${os.loadavg()[0]!.toFixed(2)}.`);
    say("");
    if (record)
      recordRun("## Meetings: delegate list, import, 50,000 participants", "npx tsx bench/meetings.ts", lines);
  } catch (e) {
    console.error(fs.readFileSync(log, "utf8").slice(-3000));
    throw e;
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
