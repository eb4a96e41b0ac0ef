/**
 * The server side of `bench/checkin.ts`: one process, one database (PGlite in a temp directory, or DATABASE_URL),
 * the ACCSM 21 demo data with a badge for every accredited delegate, and two HTTP servers on it:
 *   - Focal itself (buildApp) on FOCAL_PORT: `POST /api/checkin/scan` with a security officer's session;
 *   - a bare Fastify on BARE_PORT whose `POST /bare-scan` runs the same SQL a scan needs — the badge by id, the
 *     meeting, the delegate's accreditation and session, the insert of the scan — and nothing else (no session,
 *     no CSRF, no validation, no signature check, no presentation).
 * It writes the badge tokens to TOKENS_FILE and prints "ready".
 */
import fs from "node:fs";
import Fastify from "fastify";
import { sql } from "drizzle-orm";
import { loadConfig } from "../src/server/config.js";
import { openDatabase, queryRows } from "../src/server/db/client.js";
import { createMailer } from "../src/server/mail/mailer.js";
import { buildApp } from "../src/server/app.js";
import { seedDemoIfEmpty } from "../src/server/seed/demo.js";
import { demoIds } from "../src/server/seed/ids.js";
import { listDelegateRows } from "../src/server/modules/meetings/delegates.js";
import { badgeCredentials, issueMissingBadgesTx } from "../src/server/modules/badges/service.js";
import { parseToken } from "../src/shared/badges.js";

const dataDir = process.env.FOCAL_DATA_DIR!;
const config = loadConfig({ ...process.env, FOCAL_DATA_DIR: dataDir, LOG_LEVEL: "warn" });
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
fs.writeFileSync(process.env.TOKENS_FILE!, JSON.stringify({ meetingId: M, tokens }));

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
await bare.listen({ port: Number(process.env.BARE_PORT), host: "127.0.0.1" });
console.log(`ready ${tokens.length} tokens, ${parseToken(tokens[0]!)!.payloadBytes.length}-byte payloads`);

process.on("SIGTERM", () => {
  void Promise.all([app.close(), bare.close()])
    .then(() => database.close())
    .then(() => process.exit(0));
});
