/**
 * `npx tsx bench/lists.ts [--record]` (after `npx vite build`): how long a delegation of 5,000 delegates takes to
 * become usable in Debian's Chromium, on loopback. bench/lists-server.ts serves Focal with the demo data and
 * BENCH_DELEGATES (5,000) more delegates in Thailand's delegation; for each page below, signed in, the browser
 * navigates to it (a full load of the web app) and we time
 *   - first row: from navigation until the first of the added delegates is visible;
 *   - responsive: from navigation until the page's main thread next runs a script we send it (a frozen page
 *     answers only once it is free again);
 * and count the page's DOM elements. Pages: the contact's Delegates tab (/register/…), the host's delegation page
 * (its delegates table) and the host's Registration tab (the accreditation panel). Each is bounded by
 * BENCH_TIMEOUT_S (300 s). `--record` adds the run to bench/RESULTS.md under "Long lists". Measurements, not tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";
import { chromium, type Page, type Request } from "playwright-core";
import { freePort, median, root, spawnTs, untilReady } from "./lib.js";
import { demoIds } from "../src/server/seed/ids.js";
import { demoDelegationIds } from "../src/server/modules/meetings/seed.js";

const N = Number(process.env.BENCH_DELEGATES ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_S ?? 300) * 1000;
const record = process.argv.includes("--record");
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;

const pages = [
  { what: "contact's Delegates tab", email: "contact.thailand@demo.focal", path: `/register/${M}/${THA}` },
  {
    what: "host's delegation page (delegates table)",
    email: "icd@demo.focal",
    path: `/meetings/${M}/delegations/${THA}`,
  },
  {
    what: "host's Registration tab (accreditation panel)",
    email: "icd@demo.focal",
    path: `/meetings/${M}/delegations/${THA}/registration`,
  },
];

async function signIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/sign-in`);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill("focal-demo-2022");
  await page.locator("form button[type=submit]").click();
  await page.locator("#main").waitFor({ timeout: 60_000 });
}

async function measure(page: Page, url: string) {
  await page.goto(`${url}/`, { waitUntil: "networkidle" });
  await page.locator("#main").waitFor({ timeout: 60_000 });
  const t0 = Date.now();
  const trace: string[] = [];
  const onDone = (r: Request) => {
    if (!r.url().includes("/api/")) return;
    const t = r.timing();
    trace.push(`${(t.responseEnd / 1000).toFixed(2)} s ${new URL(r.url()).pathname.split("/").slice(-2).join("/")}`);
  };
  if (process.env.BENCH_TRACE) page.on("requestfinished", onDone);
  await page.goto(url, { waitUntil: "commit", timeout: TIMEOUT });
  await page
    .getByText(/ Bench \d+ \(sample\)/)
    .first()
    .waitFor({ state: "visible", timeout: TIMEOUT });
  const firstRow = Date.now() - t0;
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const responsive = Date.now() - t0;
  const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
  page.off("requestfinished", onDone);
  if (trace.length) console.error(trace.join("\n"));
  return { firstRow, responsive, elements };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "focal-bench-lists-"));
  const lines: string[] = [];
  const say = (s: string) => {
    console.log(s);
    lines.push(s);
  };
  const port = await freePort();
  const log = path.join(work, "server.log");
  const child = spawnTs(
    "bench/lists-server.ts",
    { FOCAL_DATA_DIR: path.join(work, "data"), FOCAL_PORT: String(port), DATABASE_URL: "", BENCH_DELEGATES: String(N) },
    log,
  );
  const url = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    let commit = "";
    try {
      commit = execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim();
    } catch {
      // not a git checkout
    }
    say(
      `### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${N.toLocaleString("en")} delegates, commit ${commit}, Node ${process.version}, Chromium, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`,
    );
    say("");
    await untilReady(child, log);
    say(
      fs
        .readFileSync(log, "utf8")
        .split("\n")
        .find((l) => l.startsWith("ready")) ?? "",
    );
    say("");
    say("| page | first row visible (median) | page responsive (median) | runs (responsive) | DOM elements |");
    say("| ---- | -------------------------- | ------------------------ | ----------------- | ------------ |");
    for (const p of pages) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await signIn(page, url, p.email);
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        try {
          runs.push(await measure(page, url + p.path));
        } catch (e) {
          console.error(`${p.what}: ${(e as Error).message.split("\n")[0]}`);
          break;
        }
      }
      await context.close();
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      say(
        runs.length
          ? `| ${p.what} | ${s(median(runs.map((r) => r.firstRow)))} | ${s(median(runs.map((r) => r.responsive)))} | ${runs.map((r) => s(r.responsive)).join(", ")} | ${runs[0]!.elements.toLocaleString("en")} |`
          : `| ${p.what} | over ${s(TIMEOUT)} | — | — | — |`,
      );
    }
    say("");
    say(`Load average after: ${os.loadavg()[0]!.toFixed(2)}.`);
  } finally {
    await browser.close();
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 2000));
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (record) {
    const file = path.join(root, "bench", "RESULTS.md");
    const text = fs.readFileSync(file, "utf8");
    const marker = "<!-- lists runs: newest first -->";
    const section = [
      "## Long lists",
      "",
      "`npx tsx bench/lists.ts` (bench/lists.ts, bench/lists-server.ts), after `npx vite build`: a delegation of 5,000",
      "delegates (Thailand's, added as an upload's confirmation adds them) opened in Chromium on loopback — the",
      "contact's Delegates tab, the host's delegation page and the host's Registration tab (accreditation). Timed from",
      "navigation (a full load of the web app) to the first added delegate visible, and to the page's main thread",
      "answering a script again; DOM elements counted then. `--record` adds a run below. Measurements, not tests.",
      "",
      marker,
      "",
    ].join("\n");
    const base = text.includes(marker) ? text : `${text.trimEnd()}\n\n${section}`;
    fs.writeFileSync(file, base.replace(marker, `${marker}\n\n${lines.join("\n")}\n`));
    console.log(`recorded in ${file}`);
  }
}

await main();
process.exit(0);
