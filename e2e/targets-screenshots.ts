/**
 * Screenshots of the targets pages (dashboard, review queue, agency form with a refused figure), desktop and phone,
 * Vietnamese and English, into /tmp/shots (SHOTS_DIR). Not a test: `npx vite build && npx tsx e2e/targets-screenshots.ts`.
 */
import type { Page } from "playwright-core";
import { startFocal, text, type Focal, typeInto } from "./harness";
import type { Lang } from "../src/web/i18n/index";
import { demoIds } from "../src/server/seed/ids";

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

/** The full page, and the same cut into screen-high pieces that can be read at full size. */
async function snap(focal: Focal, page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await focal.screenshot(page, name);
  const vp = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = vp.width < 600 ? 1100 : 900;
  for (let y = 0, i = 1; y < height && i <= 8; y += step, i++) {
    await page.screenshot({
      path: `${process.env.SHOTS_DIR ?? "/tmp/shots"}/${name}.part${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width: vp.width, height: Math.min(step, height - y) },
    });
  }
}

async function shoot(focal: Focal, lang: Lang, viewport: "desktop" | "phone") {
  const tag = `${lang}-${viewport}`;
  const page = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  // The first load of a cold server on a busy machine can be slow.
  await page.goto(`${focal.url}/sign-in`);
  await page.locator("input[name=email]").waitFor({ timeout: 60_000 });
  await focal.login(page, "icd@demo.focal", { lang });
  const base = `${focal.url}/targets/${demoIds.scheme1439}`;
  await page.goto(`${focal.url}/targets`);
  await page.locator("[data-indicator]").first().waitFor();
  await settle(page);
  await snap(focal, page, `targets-dashboard-${tag}`);
  await page.goto(`${base}?asOf=2024-12-31`);
  await page.locator("[data-indicator]").first().waitFor();
  await settle(page);
  await snap(focal, page, `targets-dashboard-2024-${tag}`);
  await page.goto(`${base}?asOf=2019-06-30`);
  await page.locator("[data-indicator]").first().waitFor();
  await settle(page);
  await snap(focal, page, `targets-dashboard-empty-${tag}`);
  await page.goto(`${base}/review`);
  await page.locator("[data-report]").first().waitFor();
  await settle(page);
  await snap(focal, page, `targets-review-${tag}`);
  await page
    .locator("label")
    .filter({ hasText: text(lang, "targets.periodStatus.returned") })
    .click();
  await page.locator("[data-report]").first().waitFor();
  await settle(page);
  await snap(focal, page, `targets-review-returned-${tag}`);
  await focal.logout(page);

  await focal.login(page, "agency.hanoi@demo.focal", { lang });
  await page.goto(`${focal.url}/targets`);
  await page.locator("input[name=numerator-b]").waitFor();
  await settle(page);
  await snap(focal, page, `targets-agency-${tag}`);
  await typeInto(page.locator("input[name=numerator-b]"), "12000");
  await typeInto(page.locator("input[name=denominator-b]"), "9700");
  await page.locator("form button[type=submit]").click();
  await page.locator("#report-error").waitFor();
  await settle(page);
  await snap(focal, page, `targets-agency-error-${tag}`);
  await page.goto(`${focal.url}/targets/${demoIds.scheme1439}/reports?year=2024`);
  await settle(page);
  await snap(focal, page, `targets-agency-2024-${tag}`);
  await focal.logout(page);
  await page.context().close();
}

const focal = await startFocal();
try {
  for (const lang of ["vi", "en"] as const)
    for (const vp of ["desktop", "phone"] as const) await shoot(focal, lang, vp);
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
} catch (e) {
  console.error(focal.log().slice(-3000));
  throw e;
} finally {
  await focal.stop();
}
