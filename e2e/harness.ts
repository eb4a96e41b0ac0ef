/**
 * Browser journeys against a real Focal: a server process on a free port and a fresh data directory, and Debian's
 * Chromium driven by playwright-core. The web app and the server must be built first (`npm run test:e2e` runs `scripts/build.mjs`).
 *
 *   import { describeWithFocal } from "./harness";
 *   describeWithFocal("work plans", (focal) => {
 *     it("an ICD officer sees the review", async () => {
 *       const page = await focal().newPage();              // desktop, Vietnamese browser
 *       await focal().login(page, "icd@demo.focal");       // lands on the home page
 *       await page.goto(focal().url + "/workplans");
 *       await focal().expectAccessible(page, "work plans");
 *     });
 *   });
 *
 * Without /usr/bin/chromium the suite is replaced by one test that says so loudly; with CI=true that test fails.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "../src/server/seed/ids";
import { messages, type Lang } from "../src/web/i18n/index";
import { formatMessage } from "../src/shared/message";

export { DEMO_PASSWORD };
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const repoRoot = path.resolve(import.meta.dirname, "..");
export const shotsDir = process.env.SHOTS_DIR ?? "/tmp/shots";

/** Phone and desktop viewports for `newPage`. */
export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** The web app's text for a key in a language (the same dictionaries the app uses). */
export function text(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = messages[lang][key];
  if (template === undefined) throw new Error(`No translation key ${key}`);
  return formatMessage(lang, template, params);
}

export interface NewPageOptions {
  viewport?: keyof typeof viewports | { width: number; height: number };
  /** The browser's language; decides the app's language before sign-in. Default vi-VN. */
  locale?: string;
  /** The device's time zone (IANA); the machine's when omitted. */
  timezoneId?: string;
  /** The system's motion preference; "reduce" by default (see newPage). */
  reducedMotion?: "reduce" | "no-preference";
}

export interface LoginOptions {
  password?: string;
  /** Pick this language on the sign-in page first (it is then saved to the account). */
  lang?: Lang;
}

export interface ApiClient {
  get<T = unknown>(p: string): Promise<T>;
  post<T = unknown>(p: string, body?: unknown): Promise<T>;
  patch<T = unknown>(p: string, body?: unknown): Promise<T>;
  put<T = unknown>(p: string, body?: unknown): Promise<T>;
  delete<T = unknown>(p: string): Promise<T>;
}

export interface Focal {
  /** http://127.0.0.1:<port> */
  url: string;
  dataDir: string;
  browser: Browser;
  /** The server's output so far (printed when it fails to start). */
  log(): string;
  /** A page in a fresh browser context (own cookies and storage). */
  newPage(opts?: NewPageOptions): Promise<Page>;
  /** Signs in through the sign-in page and waits for the signed-in layout. */
  login(page: Page, email: string, opts?: LoginOptions): Promise<void>;
  /** Signs out through the user menu and waits for the sign-in page. */
  logout(page: Page): Promise<void>;
  /** Clicks VI or EN in the language switch and waits for <html lang> to follow. */
  setLanguage(page: Page, lang: Lang): Promise<void>;
  /** The language the page is showing (<html lang>). */
  lang(page: Page): Promise<Lang>;
  /** Fails on axe violations of impact serious or critical, listing them. */
  expectAccessible(page: Page, what: string): Promise<void>;
  /** Saves a full-page PNG to /tmp/shots (SHOTS_DIR) and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Calls the API directly as a user (for setting up data a journey needs). Throws on non-2xx. */
  apiAs(email: string, password?: string): Promise<ApiClient>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Focal exited with code ${child.exitCode} before it was ready:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Focal did not answer /api/health within ${timeoutMs / 1000} s:\n${log()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal); // the whole group
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    kill("SIGTERM");
  });
}

/**
 * The seeded data directory the e2e project's global setup built (e2e/global-setup.ts), or null outside vitest
 * (the screenshot scripts), where each Focal seeds its own.
 */
function seededTemplate(): string | null {
  try {
    const dir = inject("focalE2eTemplate");
    return dir && fs.existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

/**
 * Starts Focal (demo data seeded) on a fresh data directory — a copy of the seeded template when there is one —
 * and launches Chromium. Focal runs as `npm start` runs it: the compiled server (scripts/start.mjs).
 */
export async function startFocal(opts: { env?: Record<string, string> } = {}): Promise<Focal> {
  if (!fs.existsSync(path.join(repoRoot, "dist/web/index.html"))) {
    throw new Error("dist/web is not built. Run `node scripts/build.mjs` first (`npm run test:e2e` does it).");
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-e2e-"));
  const template = seededTemplate();
  if (template) fs.cpSync(template, dataDir, { recursive: true, filter: (src) => path.basename(src) !== "focal.lock" });
  let output = "";
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: repoRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      FOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      SMTP_URL: "",
      // The journeys sign in dozens of times a minute from one address, as no person does; the per-address limit
      // (30 a minute) is the server tests' to prove (auth/signin.security.test.ts), not something to trip over here.
      RATE_LIMIT_SIGNIN: "1000",
      ...opts.env,
    },
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const log = () => output;
  let stopping = false;
  let died: string | null = null;
  child.once("exit", (code, signal) => {
    if (!stopping)
      died = `Focal exited unexpectedly (code ${code}, signal ${signal}). Last output:\n${output.slice(-4000)}`;
  });

  let browser: Browser | null = null;
  try {
    await waitForHealth(url, child, log);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  } catch (err) {
    await stopProcess(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const contexts: BrowserContext[] = [];

  const focal: Focal = {
    url,
    dataDir,
    browser,
    log,

    async newPage(o = {}) {
      if (died) throw new Error(died);
      const vp = o.viewport ?? "desktop";
      const viewport = typeof vp === "string" ? viewports[vp] : vp;
      const context = await browser!.newContext({
        viewport,
        locale: o.locale ?? "vi-VN",
        baseURL: url,
        // People at the desk who asked their system for less motion: dialogs and menus appear without transitions
        // (Mantine's respectReducedMotion), so the journeys wait for what is shown, not for animations.
        reducedMotion: o.reducedMotion ?? "reduce",
        ...(o.timezoneId ? { timezoneId: o.timezoneId } : {}),
      });
      contexts.push(context);
      context.setDefaultTimeout(15_000);
      return context.newPage();
    },

    async login(page, email, o = {}) {
      if (died) throw new Error(died);
      await page.goto(`${url}/sign-in`);
      await page.locator("input[name=email]").waitFor();
      if (o.lang) {
        // A pick the user makes: switch away first when the page already shows the language.
        if ((await focal.lang(page)) === o.lang) await focal.setLanguage(page, o.lang === "vi" ? "en" : "vi");
        await focal.setLanguage(page, o.lang);
      }
      await typeInto(page.locator("input[name=email]"), email);
      await typeInto(page.locator("input[name=password]"), o.password ?? DEMO_PASSWORD);
      await page.locator("form button[type=submit]").click();
      await page.locator("#main").waitFor();
      if (o.lang) await page.waitForFunction((l) => document.documentElement.lang === l, o.lang);
    },

    async logout(page) {
      const lang = await focal.lang(page);
      await page.getByRole("button", { name: new RegExp(`^${text(lang, "user.menu")}:`) }).click();
      await page.getByRole("menuitem", { name: text(lang, "user.signOut") }).click();
      await page.locator("input[name=email]").waitFor();
    },

    async setLanguage(page, lang) {
      // Mantine's SegmentedControl: a radio per language, its label the visible VI / EN.
      await page.locator(`label:has(> span[lang=${lang}]), label:has(span[lang=${lang}])`).first().click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    },

    async lang(page) {
      const l = await page.evaluate(() => document.documentElement.lang);
      return l === "en" ? "en" : "vi";
    },

    async expectAccessible(page, what) {
      // Two frames first: what the last action started (a list that begins to load after its address changed, a
      // dialog that begins to open) has been rendered before the page is judged quiet.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // A dialog that is still fading in has colours halfway to its own: wait, as a person does, until every dialog
      // stands at full opacity and no transition runs (a synchronous check, polled on each frame).
      await page.waitForFunction(() => {
        const opaque = (el: Element | null): boolean =>
          el === null || (getComputedStyle(el).opacity === "1" && opaque(el.parentElement));
        return (
          // A spinner turns for ever: only animations that end are waited for.
          document
            .getAnimations()
            .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity) &&
          // Dialogs and notifications at full opacity; no list still loading its next rows (it stands dimmed,
          // aria-busy, until they come: a person reads it once it has loaded).
          [...document.querySelectorAll("[role=dialog], .mantine-Notification-root")].every((d) => opaque(d)) &&
          !document.querySelector("[aria-busy=true]")
        );
      });
      // Only the violations are read, so axe is asked for nothing else: collecting every passing node as well took a
      // fifth of each check's time (2.4 → 1.9 s on a page of the register, 113 checks in the journeys).
      const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      const summary = bad.map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help}\n` +
          v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(" ")} — ${n.failureSummary ?? ""}`)
            .join("\n"),
      );
      expect(summary, `axe on ${what}`).toEqual([]);
    },

    async screenshot(page, name) {
      fs.mkdirSync(shotsDir, { recursive: true });
      const file = path.join(shotsDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },

    async apiAs(email, password = DEMO_PASSWORD) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
      if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
      const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
      const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
      const call = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
        const r = await fetch(`${url}/api${p}`, {
          method,
          headers: {
            cookie: cookies.join("; "),
            "x-csrf-token": csrf,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const t = await r.text();
        if (!r.ok) throw new Error(`${method} ${p}: ${r.status} ${t}`);
        return (t ? JSON.parse(t) : undefined) as T;
      };
      return {
        get: (p) => call("GET", p),
        post: (p, b) => call("POST", p, b ?? {}),
        patch: (p, b) => call("PATCH", p, b ?? {}),
        put: (p, b) => call("PUT", p, b ?? {}),
        delete: (p) => call("DELETE", p),
      };
    },

    async stop() {
      stopping = true;
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser!.close().catch(() => undefined);
      await stopProcess(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return focal;
}

export const chromiumAvailable = fs.existsSync(CHROMIUM);

/**
 * A suite that runs against one Focal started for it. Without Chromium it becomes a single test that reports
 * the journeys could not run — and fails under CI=true — so a missing browser is never silent.
 */
export function describeWithFocal(name: string, fn: (focal: () => Focal) => void): void {
  if (!chromiumAvailable) {
    describe(name, () => {
      it(`could not run: ${CHROMIUM} is missing`, () => {
        const msg = `\n${"!".repeat(78)}\n!! BROWSER JOURNEYS NOT RUN: ${CHROMIUM} is missing (apt-get install chromium).\n${"!".repeat(78)}\n`;
        console.warn(msg);
        if (process.env.CI === "true") expect.fail(`Chromium is required under CI: ${CHROMIUM} is missing`);
      });
    });
    return;
  }
  describe(name, () => {
    let focal: Focal | null = null;
    beforeAll(async () => {
      focal = await startFocal();
    });
    afterAll(async () => {
      await focal?.stop();
    });
    fn(() => {
      if (!focal) throw new Error("Focal did not start");
      return focal;
    });
  });
}

/**
 * Types into a field as a person does: clears it, then presses key by key with a small delay, so a form that
 * re-renders (or crashes) on the second keystroke fails here as it would for a user. Use this, never `fill`, for
 * anything a person types.
 */
export async function typeInto(field: Locator, value: string, opts: { clear?: boolean; delay?: number } = {}) {
  await field.click();
  if (opts.clear !== false) {
    await field.press("ControlOrMeta+a");
    await field.press("Backspace");
  }
  // A person typing a long text takes longer than the page's default wait (15 s): the wait grows with the text, so a
  // 250-character name on a busy machine is not cut off halfway (each key is a round trip to the browser).
  const delay = opts.delay ?? 15;
  await field.pressSequentially(value, { delay, timeout: Math.max(15_000, [...value].length * (delay + 100)) });
}
