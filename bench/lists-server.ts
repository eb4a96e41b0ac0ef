/**
 * The server side of `bench/lists.ts`: Focal (buildApp, serving the built web app) on FOCAL_PORT over one database
 * (PGlite in FOCAL_DATA_DIR, or DATABASE_URL) with the ACCSM 21 demo data and BENCH_DELEGATES (5,000) more delegates
 * in Thailand's delegation, written as an upload's confirmation writes them (`insertDelegatesTx`). Prints "ready".
 */
import { loadConfig } from "../src/server/config.js";
import { openDatabase } from "../src/server/db/client.js";
import { createMailer } from "../src/server/mail/mailer.js";
import { buildApp } from "../src/server/app.js";
import { seedDemoIfEmpty } from "../src/server/seed/demo.js";
import { demoIds } from "../src/server/seed/ids.js";
import { insertDelegatesTx, type DelegateInput } from "../src/server/modules/meetings/delegates.js";
import { demoDelegationIds } from "../src/server/modules/meetings/seed.js";
import { getMeetingRow } from "../src/server/modules/meetings/service.js";

const N = Number(process.env.BENCH_DELEGATES ?? 5000);
const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
await seedDemoIfEmpty(database.db);

const family = ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakul", "Phongphan", "Kittisak", "Boonmee", "Saetang"];
const given = ["Anan", "Busaba", "Chanida", "Decha", "Kanya", "Malee", "Niran", "Pranee", "Somchai", "Wichai"];
const meeting = (await getMeetingRow(ctx.db, demoIds.meetingAccsm21))!;
const inputs: DelegateInput[] = Array.from(
  { length: N },
  (_, i) =>
    ({
      fullName: `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]} Bench ${i} (sample)`,
      role: "member",
      nationality: "THA",
      passportNumber: `BL${String(i).padStart(7, "0")}`,
      passportExpiry: "2031-01-31",
      position: "Officer (sample)",
    }) as DelegateInput,
);
const started = Date.now();
await ctx.db.transaction((tx) =>
  insertDelegatesTx(tx, { id: null as unknown as string, name: "bench" }, meeting, demoDelegationIds.THA, inputs),
);
const app = await buildApp(ctx, { serveWeb: true });
await app.listen({ port: Number(process.env.FOCAL_PORT), host: "127.0.0.1" });
console.log(`ready: ${N} delegates added in ${((Date.now() - started) / 1000).toFixed(1)} s`);

process.on("SIGTERM", () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
