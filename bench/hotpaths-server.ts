/**
 * The server side of `bench/hotpaths.ts`: one process, one database (PGlite in FOCAL_DATA_DIR, or DATABASE_URL),
 * the ACCSM 21 demo data, a badge for every accredited delegate and BENCH_ACTIVITIES (1,000) more cooperation
 * activities (a third of them approved, ended and routed by the current rule table, so their results-due date is
 * computed), and two HTTP servers on it:
 *   - Focal itself (buildApp) on FOCAL_PORT;
 *   - a bare Fastify on BARE_PORT whose routes run the SQL each Focal route needs and nothing else (no session, no
 *     CSRF, no validation, no policy, no presentation, no response schema):
 *       `GET /bare-me`          no SQL: the signed-in user's answer held in memory (what /api/me can be at best);
 *       `POST /bare-scan`       the badge, the meeting, the delegate, the insert of the scan;
 *       `GET /bare-programme`   the meeting, its sessions, their agenda and delegations, its rooms with venues;
 *       `GET /bare-activities`  the count and the first page of 50 activities, their units, partners and route steps.
 * Once its routes' schemas are compiled (the background warm-up after a start), it writes the badge tokens and ids to
 * INFO_FILE and prints "ready".
 */
import fs from "node:fs";
import Fastify from "fastify";
import { desc, sql } from "drizzle-orm";
import { loadConfig } from "../src/server/config.js";
import { openDatabase, queryRows } from "../src/server/db/client.js";
import { createMailer } from "../src/server/mail/mailer.js";
import { buildApp, schemasOf } from "../src/server/app.js";
import { seedDemoIfEmpty } from "../src/server/seed/demo.js";
import { demoIds } from "../src/server/seed/ids.js";
import { listDelegateRows } from "../src/server/modules/meetings/delegates.js";
import { badgeCredentials, issueMissingBadgesTx } from "../src/server/modules/badges/service.js";
import { activitySearchText } from "../src/server/modules/cooperation/repo.js";
import { coopActivities, coopRuleVersions } from "../src/server/modules/cooperation/schema.js";
import { allUnits } from "../src/server/modules/people/repo.js";
import { coopKinds, leaderRanks } from "../src/shared/cooperation.js";
import { parseToken } from "../src/shared/badges.js";

const N = Number(process.env.BENCH_ACTIVITIES ?? 1000);
const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
await seedDemoIfEmpty(database.db);

const M = demoIds.meetingAccsm21;
const people = (await listDelegateRows(ctx.db, { meetingId: M })).filter(
  (p) => p.row.accreditationStatus === "accredited",
);
const badges = await ctx.db.transaction((tx) =>
  issueMissingBadgesTx(
    tx,
    { id: crypto.randomUUID(), name: "bench" },
    M,
    people.map((p) => p.row.id),
  ),
);
const tokens: string[] = [];
for (const b of badges.values()) tokens.push((await badgeCredentials(ctx.db, b)).token);

// N activities dated in the future (so they fill the list's first page), written as the module writes them.
const [rules] = await ctx.db.select().from(coopRuleVersions).orderBy(desc(coopRuleVersions.version)).limit(1);
const rule = rules?.rules[0];
const unitIds = (await allUnits(ctx.db)).map((u) => u.id);
const rows = Array.from({ length: N }, (_, i) => {
  const startDate = `2031-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const approved = i % 3 === 0;
  const row = {
    id: crypto.randomUUID(),
    code: `2031-H${String(i).padStart(5, "0")}`,
    unitId: unitIds[i % unitIds.length]!,
    kind: coopKinds[i % coopKinds.length]!,
    status: approved ? ("approved" as const) : ("draft" as const),
    titleVi: `Hội thảo về cải cách hành chính ${i + 1}`,
    titleEn: `Activity ${i + 1}`,
    countries: ["FRA"],
    startDate,
    endDate: startDate,
    place: "Hà Nội",
    leaderName: "Nguyễn Văn A",
    leaderRank: leaderRanks[i % leaderRanks.length]!,
    ...(approved && rule && rules ? { ruleId: rule.id, ruleVersion: rules.version } : {}),
  };
  return { ...row, searchText: activitySearchText(row, []) };
});
for (let i = 0; i < rows.length; i += 500) await ctx.db.insert(coopActivities).values(rows.slice(i, i + 500));

const app = await buildApp(ctx, { serveWeb: false });
await app.listen({ port: Number(process.env.FOCAL_PORT), host: "127.0.0.1" });

const bare = Fastify({ logger: false });
const officer = crypto.randomUUID();
bare.post("/bare-scan", async (req) => {
  const body = req.body as { token: string; meetingId: string; nonce: string; scannedAt: string };
  const badgeId = parseToken(body.token)!.payload!.badgeId;
  const [badge] = await queryRows<{ id: string; delegate_id: string; meeting_id: string; status: string }>(
    ctx.db,
    sql`select id, delegate_id, meeting_id, status from badges where id = ${badgeId}`,
  );
  const [meeting] = await queryRows<{ purged_at: string | null }>(
    ctx.db,
    sql`select purged_at from meetings where id = ${body.meetingId}`,
  );
  const [person] = await queryRows<{ accreditation_status: string }>(
    ctx.db,
    sql`select accreditation_status from delegates where id = ${badge!.delegate_id}`,
  );
  const admitted = badge!.status === "active" && !meeting!.purged_at && person!.accreditation_status === "accredited";
  await ctx.db.execute(sql`
    insert into checkin_scans (id, nonce, meeting_id, session_id, badge_id, delegate_id, result, reason, scanned_at, officer_id, officer_name)
    values (${crypto.randomUUID()}, ${body.nonce}, ${body.meetingId}, null, ${badge!.id}, ${badge!.delegate_id},
            ${admitted ? "admitted" : "refused"}, null, ${body.scannedAt}, ${officer}, 'bench')
    on conflict (nonce) do nothing`);
  return { result: admitted ? "admitted" : "refused" };
});

bare.get("/bare-programme", async () => {
  const [meeting] = await queryRows<Record<string, unknown>>(ctx.db, sql`select * from meetings where id = ${M}`);
  const sessions = await queryRows<{ id: string }>(
    ctx.db,
    sql`select * from meeting_sessions where meeting_id = ${M} order by starts_at, ends_at`,
  );
  const ids = sessions.map((s) => s.id);
  const inIds = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const agenda = ids.length
    ? await queryRows(ctx.db, sql`select * from agenda_items where session_id in (${inIds}) order by position`)
    : [];
  const attending = ids.length
    ? await queryRows(ctx.db, sql`select * from session_delegations where session_id in (${inIds})`)
    : [];
  const rooms = await queryRows(
    ctx.db,
    sql`select r.*, v.name_vi as venue_name_vi, v.name_en as venue_name_en from rooms r join venues v on v.id = r.venue_id where r.meeting_id = ${M}`,
  );
  return { meeting, sessions, agenda, attending, rooms };
});

bare.get("/bare-activities", async () => {
  const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from coop_activities`,
  );
  const page = await queryRows<{ id: string; unit_id: string }>(
    ctx.db,
    sql`select * from coop_activities order by start_date desc nulls last, code desc limit 50 offset 0`,
  );
  const ids = sql.join(
    page.map((a) => sql`${a.id}`),
    sql`, `,
  );
  const units = sql.join(
    [...new Set(page.map((a) => a.unit_id))].map((u) => sql`${u}`),
    sql`, `,
  );
  const [u, p, s] = await Promise.all([
    queryRows(ctx.db, sql`select * from units where id in (${units})`),
    queryRows(
      ctx.db,
      sql`select ap.activity_id, p.* from coop_activity_partners ap join coop_partners p on p.id = ap.partner_id where ap.activity_id in (${ids})`,
    ),
    queryRows(
      ctx.db,
      sql`select activity_id, step, status from coop_route_steps where activity_id in (${ids}) and status <> 'waiting'`,
    ),
  ]);
  return { total: n, page, units: u, partners: p, steps: s };
});

// The /api/me answer of a signed-in user, taken once from Focal and then served from memory.
let meAnswer: unknown = null;
bare.get("/bare-me", async () => meAnswer);
bare.post("/me-answer", async (req) => {
  meAnswer = req.body;
  return { ok: true };
});
await bare.listen({ port: Number(process.env.BARE_PORT), host: "127.0.0.1" });
// A listening Focal compiles its routes' schemas in the background for a second or two after the start (decision
// 031); the hot paths are measured once that is over, as a running server is.
while (schemasOf(app).waiting > 0) await new Promise((r) => setTimeout(r, 50));
const infoFile = process.env.INFO_FILE!;
fs.writeFileSync(`${infoFile}.part`, JSON.stringify({ meetingId: M, tokens }));
fs.renameSync(`${infoFile}.part`, infoFile);
console.log(`ready ${tokens.length} tokens, ${N} activities`);

process.on("SIGTERM", () => {
  void Promise.all([app.close(), bare.close()])
    .then(() => database.close())
    .then(() => process.exit(0));
});
