import Fastify from "fastify";
import { loadConfig } from "../src/server/config.js";
import { openDatabase } from "../src/server/db/client.js";
import { createMailer } from "../src/server/mail/mailer.js";
import { buildApp } from "../src/server/app.js";
import { seedDemoIfEmpty } from "../src/server/seed/demo.js";
import { DEMO_PASSWORD } from "../src/server/seed/ids.js";

const config = loadConfig({ ...process.env, LOG_LEVEL: "warn", FOCAL_DATA_DIR: "memory://" });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: "memory://" });
const ctx = { db: database.db, database, config, mailer: createMailer(null, config.mailFrom) };
await seedDemoIfEmpty(database.db);
const app = await buildApp(ctx, { serveWeb: false, jobs: false });
await app.ready();
const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "icd@demo.focal", password: DEMO_PASSWORD } });
const cookie = login.headers["set-cookie"] as string[];
const cookieHeader = cookie.map((c) => c.split(";")[0]).join("; ");
const me = await app.inject({ method: "GET", url: "/api/me", headers: { cookie: cookieHeader } });
console.log("me", me.statusCode, me.body.length, "bytes");
const bare = Fastify();
const answer = JSON.parse(me.body);
bare.get("/bare-me", async () => answer);
await bare.ready();
const N = Number(process.env.N ?? 20000);
async function time(label: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 2000; i++) await f();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await f();
  const us = ((performance.now() - t0) * 1000) / N;
  console.log(label, us.toFixed(1), "µs per request");
  return us;
}
const b = await time("bare", () => bare.inject({ method: "GET", url: "/bare-me" }));
const f = await time("focal", () => app.inject({ method: "GET", url: "/api/me", headers: { cookie: cookieHeader } }));
console.log("ratio", (b / f).toFixed(3));
await app.close();
await database.close();
process.exit(0);
