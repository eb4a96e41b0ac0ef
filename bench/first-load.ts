/**
 * `npx tsx bench/first-load.ts [--root DIR] [--label TEXT] [--runs N]`: what a person's browser downloads, and how
 * long it waits, the first time it opens Focal — the sign-in page, and the ACCSM 21 programme signed in as the ICD.
 *
 * A Focal is started from DIR (default: this tree; its dist/web must be built) on a new data directory, and Debian's
 * Chromium (playwright-core) opens each page in a new browser context (empty cache) — "cold" — and then once more in
 * the same context — "warm", what a returning person pays. Measured per load, median of N runs:
 *   - bytes transferred: the sum of Chromium's `encodedDataLength` (headers and bodies as sent over the wire);
 *   - requests made, and those answered from the cache;
 *   - time from navigation to what a person waits for: the sign-in form's e-mail field, the first day of the timetable.
 * Both on loopback and on an emulated 10 Mbit/s, 40 ms link (Chromium's network emulation), where size shows as time.
 * Prints a Markdown table for bench/RESULTS.md. Nothing asserts on it: these are measurements, not tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { chromium, type BrowserContext, type CDPSession, type Page } from "playwright-core";
import { freePort, median, request, root, signIn, sleep } from "./lib.js";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = path.resolve(arg("--root") ?? root);
const label = arg("--label") ?? path.basename(dir);
const RUNS = Number(arg("--runs") ?? 3);
const MEETING = "0a0c5321-0000-4000-8000-000000000021";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"];

interface Sample {
  bytes: number;
  requests: number;
  cached: number;
  ms: number;
}

interface Network {
  name: string;
  /** Chromium's network emulation, or null for plain loopback. */
  conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}
const networks: Network[] = [
  { name: "loopback", conditions: null },
  {
    name: "10 Mbit/s, 40 ms",
    conditions: { latency: 40, downloadThroughput: (10e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 },
  },
];

/** Counts what goes over the wire for one navigation, until `ready` resolves and the network has settled. */
async function measure(page: Page, cdp: CDPSession, url: string, ready: () => Promise<void>): Promise<Sample> {
  let bytes = 0;
  let requests = 0;
  let cached = 0;
  const onDone = (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength);
  const onSent = () => (requests += 1);
  const onCache = () => (cached += 1);
  cdp.on("Network.loadingFinished", onDone);
  cdp.on("Network.requestWillBeSent", onSent);
  cdp.on("Network.requestServedFromCache", onCache);
  const started = performance.now();
  await page.goto(url, { waitUntil: "commit" });
  await ready();
  const ms = performance.now() - started;
  await page.waitForLoadState("networkidle");
  cdp.off("Network.loadingFinished", onDone);
  cdp.off("Network.requestWillBeSent", onSent);
  cdp.off("Network.requestServedFromCache", onCache);
  return { bytes, requests, cached, ms };
}

async function newContext(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  net: Network,
  cookie?: string,
  base?: string,
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ locale: "vi-VN" });
  if (cookie && base) {
    await context.addCookies(
      cookie.split("; ").map((c) => {
        const [name, ...v] = c.split("=");
        return { name: name!, value: v.join("="), url: base };
      }),
    );
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (net.conditions) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...net.conditions });
  return { context, page, cdp };
}

async function main() {
  if (!fs.existsSync(path.join(dir, "dist/web/index.html"))) throw new Error(`${dir}/dist/web is not built`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-first-load-"));
  const child: ChildProcess = spawn(path.join(dir, "node_modules/.bin/tsx"), ["src/server/main.ts"], {
    cwd: dir,
    stdio: "ignore",
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: base,
      FOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      SMTP_URL: "",
    },
  });
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`Focal exited with ${child.exitCode}`);
      if (i > 900) throw new Error("Focal did not start within 3 minutes");
      const ok = await request(port, "GET", "/api/health").then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      await sleep(200);
    }
    const { cookie } = await signIn(port, "icd@demo.focal");
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
    const pages = [
      {
        name: "sign-in page",
        url: `${base}/sign-in`,
        cookie: undefined,
        ready: (p: Page) => p.locator('input[type="email"], input[name="email"]').first().waitFor(),
      },
      {
        name: "programme (ICD)",
        url: `${base}/meetings/${MEETING}/programme`,
        cookie,
        ready: (p: Page) => p.locator("[data-timetable]").first().waitFor(),
      },
    ];
    const rows: string[] = [];
    for (const net of networks) {
      for (const pg of pages) {
        const cold: Sample[] = [];
        const warm: Sample[] = [];
        for (let r = 0; r < RUNS; r++) {
          const { context, page, cdp } = await newContext(browser, net, pg.cookie, base);
          cold.push(await measure(page, cdp, pg.url, () => pg.ready(page)));
          warm.push(await measure(page, cdp, pg.url, () => pg.ready(page)));
          await context.close();
        }
        for (const [kind, s] of [
          ["cold", cold],
          ["warm", warm],
        ] as const) {
          const kb = (median(s.map((x) => x.bytes)) / 1024).toFixed(0);
          rows.push(
            `| ${label} | ${pg.name} | ${net.name} | ${kind} | ${kb} | ${median(s.map((x) => x.requests))} | ` +
              `${median(s.map((x) => x.cached))} | ${median(s.map((x) => x.ms)).toFixed(0)} |`,
          );
        }
      }
    }
    await browser.close();
    console.log(
      `load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}; ${RUNS} runs each, medians`,
    );
    console.log("| build | page | network | cache | kB transferred | requests | from cache | ms to usable |");
    console.log("| ----- | ---- | ------- | ----- | -------------: | -------: | ---------: | -----------: |");
    for (const r of rows) console.log(r);
  } finally {
    // The process group this script started (tsx and the Focal it runs), by its id.
    const stop = (sig: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, sig);
      } catch {
        /* already gone */
      }
    };
    stop("SIGTERM");
    await new Promise((r) => setTimeout(r, 3000));
    stop("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
