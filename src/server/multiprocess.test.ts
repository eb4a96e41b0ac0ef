/**
 * Several Focal processes on one PostgreSQL (issue 15, point 4): two compiled servers (`node dist/server/main.js`,
 * what `npm start` runs) on two ports share one new database, and every step below alternates between them the way a
 * load-balancing reverse proxy would: a sign-in on one holds on the other, a sign-out on one is refused on the other,
 * an upload is checked with its progress polled from both, a badge batch queued on one is followed and downloaded
 * from the other, one scan sent to both counts once, and the rate limit and the sign-in pause count across both.
 *
 * The two start together on an empty database, so they also race for the migrations and the demo seed (the start-up
 * lock, `Database.exclusive`). Needs PostgreSQL: TEST_DATABASE_URL names the server the database is created on.
 * Without it this is one test that says so — and fails under CI=true, where PostgreSQL is always there — unless
 * npm test's PostgreSQL run runs beside it (scripts/test.mjs sets FOCAL_TEST_POSTGRES_RUN in its PGlite run).
 */
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale } from "../../scripts/build.mjs";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows, type Database } from "./db/client.js";
import { freePort, startCompiledFocal, stop, type Proc } from "./test/process.js";
import { DEMO_PASSWORD, demoIds } from "./seed/ids.js";
import { demoDelegationIds } from "./modules/meetings/seed.js";
import { activeBadges, badgeCredentials } from "./modules/badges/service.js";

const serverUrl = process.env.TEST_DATABASE_URL;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
/** Registration-link openings per address per window, for the rate-limit step (nothing else uses that limit). */
const LINK_LIMIT = 6;
/** Wrong passwords before the sign-in pause starts, for the pause step. */
const FREE_FAILURES = 2;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
  json<T = Record<string, unknown>>(): T;
}

type Auth = Record<string, string>;

/** One Focal process as the test calls it. */
interface Focal {
  name: "A" | "B";
  url: string;
  proc: Proc;
}

async function call(f: Focal, method: string, path: string, opts: { headers?: Auth; body?: unknown } = {}) {
  const res = await fetch(f.url + path, {
    method,
    headers: { ...(opts.body === undefined ? {} : { "content-type": "application/json" }), ...opts.headers },
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString("utf8");
  const answer: Answer = {
    status: res.status,
    headers: res.headers,
    text,
    bytes,
    json: <T>() => JSON.parse(text) as T,
  };
  return answer;
}

/** Signs in on one process; the cookie and CSRF token it returns are what the browser sends to any of them. */
async function signIn(f: Focal, email: string): Promise<Auth> {
  const res = await call(f, "POST", "/api/auth/login", { body: { email, password: DEMO_PASSWORD } });
  expect(res.status, `sign-in of ${email} on ${f.name}: ${res.text}`).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, "x-csrf-token": res.json<{ csrfToken: string }>().csrfToken };
}

const errorCode = (a: Answer) => a.json<{ error?: { code?: string } }>().error?.code;

if (!serverUrl) {
  describe("several Focal processes on one PostgreSQL", () => {
    it("could not run: TEST_DATABASE_URL is not set", () => {
      // npm test runs the server tests on PGlite and, beside them, on PostgreSQL: this file runs in the second.
      if (process.env.FOCAL_TEST_POSTGRES_RUN === "1") {
        console.info("multiprocess.test.ts runs in the PostgreSQL run of this npm test, not here");
        return;
      }
      const msg =
        `\n${"!".repeat(78)}\n!! MULTI-PROCESS TEST NOT RUN: it needs PostgreSQL ` +
        `(TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test).\n${"!".repeat(78)}\n`;
      console.warn(msg);
      if (process.env.CI === "true") expect.fail("PostgreSQL is required under CI: TEST_DATABASE_URL is not set");
    });
  });
} else {
  describe("several Focal processes on one PostgreSQL", () => {
    const dbName = `focal_mp_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`;
    const admin = async (q: string) => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(q);
      } finally {
        await c.end();
      }
    };
    const u = new URL(serverUrl);
    u.pathname = `/${dbName}`;
    const databaseUrl = u.toString();
    let a: Focal;
    let b: Focal;
    /** The test's own connection, to read what the processes stored (never to write). */
    let database: Database | null = null;
    const started: Proc[] = [];

    beforeAll(async () => {
      await buildIfStale({ quiet: true });
      await admin(`CREATE DATABASE ${dbName}`);
      const env = (port: number) => ({
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        RATE_LIMIT_LINKS: String(LINK_LIMIT),
        SIGNIN_FREE_FAILURES: String(FREE_FAILURES),
        // Long enough that no pause ends while the test runs, however loaded the machine.
        SIGNIN_PAUSE_FIRST_SECONDS: "600",
      });
      const [pa, pb] = [await freePort(), await freePort()];
      // Both at once on the empty database: they race for the migrations and the demo seed.
      const procA = startCompiledFocal(env(pa));
      const procB = startCompiledFocal(env(pb));
      started.push(procA, procB);
      await Promise.all([procA.waitFor(/Focal is running/, 150_000), procB.waitFor(/Focal is running/, 150_000)]);
      a = { name: "A", url: `http://127.0.0.1:${pa}`, proc: procA };
      b = { name: "B", url: `http://127.0.0.1:${pb}`, proc: procB };
      database = await openDatabase({ databaseUrl, dataDir: "" });
    }, 300_000);

    afterAll(async () => {
      await Promise.all(started.map((p) => stop(p)));
      await database?.close();
      await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    }, 60_000);

    const db = () => {
      if (!database) throw new Error("the database is not open");
      return database.db;
    };

    it("both started on the new database: one loaded the demo, the other found it there", async () => {
      const seeded = [a, b].filter((f) => f.proc.output().includes("demo data loaded"));
      expect(seeded.map((f) => f.name)).toHaveLength(1);
      for (const f of [a, b]) {
        const health = await call(f, "GET", "/api/health");
        expect(health.status).toBe(200);
        expect(health.json()).toMatchObject({ status: "ok", database: "postgres" });
      }
      const [users] = await queryRows<{ n: number }>(
        db(),
        sql`select count(*)::int as n from users where email = ${"icd@demo.focal"}`,
      );
      expect(users?.n).toBe(1);
    });

    it("a sign-in on A holds on B, with the same cookie and CSRF token; a write without the token is refused on both", async () => {
      const icd = await signIn(a, "icd@demo.focal");
      const me = await call(b, "GET", "/api/me", { headers: icd });
      expect(me.status, me.text).toBe(200);
      expect(me.json()).toMatchObject({ email: "icd@demo.focal", csrfToken: icd["x-csrf-token"] });
      const changed = await call(b, "PATCH", "/api/me", { headers: icd, body: { language: "en" } });
      expect(changed.status, changed.text).toBe(200);
      expect((await call(a, "GET", "/api/me", { headers: icd })).json()).toMatchObject({ language: "en" });
      for (const f of [a, b]) {
        const noToken = await call(f, "PATCH", "/api/me", {
          headers: { cookie: icd.cookie ?? "" },
          body: { language: "vi" },
        });
        expect(noToken.status, `${f.name}: ${noToken.text}`).toBe(403);
        expect(errorCode(noToken)).toBe("CSRF_FAILED");
      }
      expect((await call(b, "PATCH", "/api/me", { headers: icd, body: { language: "vi" } })).status).toBe(200);
      // A answered /api/me in English a moment ago and keeps that answer in memory until PostgreSQL's notice of B's
      // change arrives (about a millisecond after the commit, decision 027): asked until it has heard, at most 5 s.
      const deadline = Date.now() + 5_000;
      let lang = (await call(a, "GET", "/api/me", { headers: icd })).json<{ language: string }>().language;
      while (lang !== "vi" && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        lang = (await call(a, "GET", "/api/me", { headers: icd })).json<{ language: string }>().language;
      }
      expect(lang).toBe("vi");
    });

    it("a sign-out on B is refused on A afterwards; another session of the same person goes on", async () => {
      const first = await signIn(a, "registration@demo.focal");
      const second = await signIn(b, "registration@demo.focal");
      expect((await call(a, "GET", "/api/me", { headers: second })).status).toBe(200);
      const out = await call(b, "POST", "/api/auth/logout", { headers: second });
      expect(out.status, out.text).toBe(200);
      // B, where the sign-out ran, refuses the session at once (its own invalidation is pending until the notice
      // returns). A hears PostgreSQL's notice when the sign-out commits — about a millisecond on one host — and refuses
      // from then on (decision 027); a person cannot reach A between the two, a test can, so it asks until A has heard.
      const goneOnB = await call(b, "GET", "/api/me", { headers: second });
      expect(goneOnB.status, `B after the sign-out: ${goneOnB.text}`).toBe(401);
      const deadline = Date.now() + 5_000;
      let goneOnA = await call(a, "GET", "/api/me", { headers: second });
      while (goneOnA.status === 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
        goneOnA = await call(a, "GET", "/api/me", { headers: second });
      }
      expect(goneOnA.status, `A after the sign-out: ${goneOnA.text}`).toBe(401);
      for (const f of [a, b]) {
        const gone = await call(f, "GET", "/api/me", { headers: second });
        expect(gone.status, `${f.name} after the sign-out: ${gone.text}`).toBe(401);
        expect((await call(f, "GET", "/api/me", { headers: first })).status).toBe(200);
      }
    });

    it("an upload of a delegates spreadsheet on A is checked with its progress polled from A and B, and confirmed on B", async () => {
      const tha = await signIn(b, "contact.thailand@demo.focal");
      const base = `/api/meetings/${M}/delegations/${THA}`;
      const template = await call(a, "GET", `${base}/registration/template.csv`, { headers: tha });
      expect(template.status).toBe(200);
      expect(template.text.replace(/^\uFEFF/, "")).toMatch(/^Full name \(as in passport\) \*,/);
      const rows = 250;
      const stamp = crypto.randomBytes(3).toString("hex").toUpperCase();
      const csv =
        "Full name,Passport number\r\n" +
        Array.from({ length: rows }, (_, i) => `Process Row ${i + 1} (sample),MP${stamp}${String(i).padStart(4, "0")}`)
          .join("\r\n")
          .concat("\r\n");
      const before = (await call(b, "GET", `${base}/delegates`, { headers: tha })).json<unknown[]>().length;
      const up = await call(a, "POST", `${base}/imports`, {
        headers: tha,
        body: { fileName: "tha-delegates.csv", data: Buffer.from(csv).toString("base64"), photos: [] },
      });
      expect(up.status, up.text).toBe(202);
      const id = up.json<{ id: string }>().id;
      interface ImportView {
        status: string;
        progress: { done: number; total: number };
        version: number;
        summary: { rows: number; ok: number };
      }
      const seen: { by: string; status: string; done: number; total: number }[] = [];
      let last: ImportView | null = null;
      // Alternate until it is checked, and ask each process at least once more after that.
      for (let i = 0; seen.length < 2 || last?.status === "parsing" || seen.at(-2)?.status === "parsing"; i++) {
        const f = i % 2 === 0 ? b : a;
        const res = await call(f, "GET", `${base}/imports/${id}`, { headers: tha });
        expect(res.status, res.text).toBe(200);
        last = res.json<ImportView>();
        seen.push({ by: f.name, status: last.status, ...last.progress });
        if (last.status === "parsing") await new Promise((r) => setTimeout(r, 25));
      }
      // Whichever process answers, progress only moves forward and ends complete.
      for (const [i, s] of seen.entries()) {
        expect(s.done, JSON.stringify(seen)).toBeLessThanOrEqual(s.total || rows);
        if (i > 0) expect(s.done, JSON.stringify(seen)).toBeGreaterThanOrEqual(seen[i - 1]!.done);
      }
      const final = seen.slice(-2);
      expect(final.map((s) => s.by).sort()).toEqual(["A", "B"]);
      for (const s of final) expect(s).toMatchObject({ status: "ready", done: rows, total: rows });
      expect(last?.summary).toMatchObject({ rows, ok: rows });
      const commit = await call(b, "POST", `${base}/imports/${id}/commit`, {
        headers: tha,
        body: { version: last?.version },
      });
      expect(commit.status, commit.text).toBe(200);
      expect(commit.json()).toMatchObject({ status: "committed", created: rows });
      const after = (await call(a, "GET", `${base}/delegates`, { headers: tha })).json<unknown[]>().length;
      expect(after).toBe(before + rows);
    });

    it("a badge batch queued on A is followed and downloaded from B, and A serves the same file", async () => {
      const icd = await signIn(a, "icd@demo.focal");
      const queued = await call(a, "POST", `/api/meetings/${M}/badge-jobs`, {
        headers: icd,
        body: { size: "card", delegationId: THA },
      });
      expect(queued.status, queued.text).toBe(202);
      interface JobView {
        id: string;
        status: string;
        total: number;
        done: number;
        downloadUrl: string | null;
        error: string | null;
      }
      let job = queued.json<JobView>();
      for (let i = 0; job.status === "queued" || job.status === "running"; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const res = await call(i % 2 === 0 ? b : a, "GET", `/api/badge-jobs/${job.id}`, { headers: icd });
        expect(res.status, res.text).toBe(200);
        const next = res.json<JobView>();
        expect(next.done).toBeGreaterThanOrEqual(job.done);
        job = next;
      }
      expect(job.status, job.error ?? "").toBe("done");
      expect(job.total).toBeGreaterThan(0);
      if (!job.downloadUrl) throw new Error("a finished batch names its file");
      const fromB = await call(b, "GET", job.downloadUrl, { headers: icd });
      expect(fromB.status).toBe(200);
      expect(fromB.headers.get("content-type")).toBe("application/pdf");
      expect(fromB.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const fromA = await call(a, "GET", job.downloadUrl, { headers: icd });
      expect(fromA.status).toBe(200);
      expect(crypto.createHash("sha256").update(fromA.bytes).digest("hex")).toBe(
        crypto.createHash("sha256").update(fromB.bytes).digest("hex"),
      );
    });

    it("one scan sent to A and B at once counts once; both packs carry the same key; a repeat answers as the first", async () => {
      const security = await signIn(a, "security@demo.focal");
      const packs = await Promise.all(
        [a, b].map(async (f) => {
          const res = await call(f, "GET", `/api/meetings/${M}/checkin/pack`, { headers: security });
          expect(res.status, res.text).toBe(200);
          return res.json<{ keyId: string; publicKey: string; badges: { id: string; delegateId: string }[] }>();
        }),
      );
      expect(packs[0]!.keyId).toBe(packs[1]!.keyId);
      expect(packs[0]!.publicKey).toBe(packs[1]!.publicKey);
      const delegateId = packs[0]!.badges[0]?.delegateId;
      if (!delegateId) throw new Error("the batch above issued badges");
      const badge = (await activeBadges(db(), [delegateId])).get(delegateId);
      if (!badge) throw new Error(`no active badge for ${delegateId}`);
      const { token } = await badgeCredentials(db(), badge);
      const body = {
        token,
        sessionId: null,
        meetingId: M,
        nonce: crypto.randomUUID().replace(/-/g, ""),
        scannedAt: new Date().toISOString(),
      };
      const both = await Promise.all(
        [a, b].map((f) => call(f, "POST", "/api/checkin/scan", { headers: security, body })),
      );
      const answers = both.map((r) => {
        expect(r.status, r.text).toBe(200);
        return r.json<{ scanId: string; result: string; duplicate: boolean }>();
      });
      expect(answers.map((x) => x.result)).toEqual(["admitted", "admitted"]);
      expect(answers.map((x) => x.duplicate).sort()).toEqual([false, true]);
      expect(answers[0]!.scanId).toBe(answers[1]!.scanId);
      const again = await call(b, "POST", "/api/checkin/scan", { headers: security, body });
      expect(again.json()).toMatchObject({ scanId: answers[0]!.scanId, duplicate: true });
      const [scans] = await queryRows<{ n: number }>(
        db(),
        sql`select count(*)::int as n from checkin_scans where nonce = ${body.nonce}`,
      );
      expect(scans?.n).toBe(1);
    });

    it("the rate limit counts requests to A and B together", async () => {
      const open = (f: Focal) => call(f, "POST", "/api/registration/links/open", { body: { token: "x".repeat(40) } });
      for (let i = 0; i < LINK_LIMIT; i++) {
        const f = i % 2 === 0 ? a : b;
        const res = await open(f);
        expect(res.status, `${f.name}, opening ${i + 1}: ${res.text}`).not.toBe(429);
      }
      for (const f of [a, b]) {
        const over = await open(f);
        expect(over.status, `${f.name}: ${over.text}`).toBe(429);
        expect(errorCode(over)).toBe("RATE_LIMITED");
        expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    });

    it("the sign-in pause counts wrong passwords sent to A and B together", async () => {
      const wrong = (f: Focal) =>
        call(f, "POST", "/api/auth/login", { body: { email: "nobody@example.org", password: "not-the-password" } });
      const answers: Answer[] = [];
      for (let i = 0; i < FREE_FAILURES; i++) answers.push(await wrong(i % 2 === 0 ? a : b));
      // The last free failure already writes the first pause (modules/auth/service.ts, pauseSeconds).
      expect(answers.map((r) => r.status)).toEqual([...Array<number>(FREE_FAILURES - 1).fill(401), 429]);
      for (const f of [a, b]) {
        const paused = await wrong(f);
        expect(paused.status, `${f.name}: ${paused.text}`).toBe(429);
        expect(errorCode(paused)).toBe("SIGNIN_PAUSED");
      }
    });
  });
}
