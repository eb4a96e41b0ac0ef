/**
 * Screenshots of the foundation's pages, desktop and phone, Vietnamese and English, into /tmp/shots (SHOTS_DIR).
 * Not a test: run `npx vite build && npx tsx e2e/screenshots.ts` and look at the PNGs.
 */
import type { Page } from "playwright-core";
import { startFocal, type Focal } from "./harness";
import type { Lang } from "../src/web/i18n/index";

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

async function shoot(focal: Focal, lang: Lang, viewport: "desktop" | "phone") {
  const tag = `${lang}-${viewport}`;
  const page = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await page.goto(`${focal.url}/sign-in`);
  await focal.setLanguage(page, lang);
  await settle(page);
  await focal.screenshot(page, `sign-in-${tag}`);
  await page.locator("input[name=email]").fill("admin@demo.focal");
  await page.locator("input[name=password]").fill("wrong-password");
  await page.locator("form button[type=submit]").click();
  await page.getByRole("alert").waitFor();
  await focal.screenshot(page, `sign-in-error-${tag}`);

  await focal.login(page, "admin@demo.focal", { lang });
  await settle(page);
  await focal.screenshot(page, `home-admin-${tag}`);
  const pages: [string, string][] = [
    ["/admin/users", "admin-users"],
    ["/admin/users?q=nguyen", "admin-users-search"],
    ["/admin/users/new", "admin-invite"],
    ["/admin/audit", "admin-audit"],
    ["/admin/mail", "admin-mail"],
    ["/no-such-page", "not-found"],
    ["/meetings", "meetings-missing"],
  ];
  for (const [p, name] of pages) {
    await page.goto(focal.url + p);
    await settle(page);
    await focal.screenshot(page, `${name}-${tag}`);
  }
  await page.goto(focal.url + "/admin/users");
  await page.locator("table a").first().click();
  await settle(page);
  await focal.screenshot(page, `admin-user-${tag}`);
  await page.goto(focal.url + "/admin/audit");
  await settle(page);
  await page.locator("li button[aria-expanded]").first().click();
  await focal.screenshot(page, `admin-audit-open-${tag}`);
  if (viewport === "phone") {
    await page.goto(focal.url + "/");
    await settle(page);
    await page.locator("header button[aria-controls=app-navbar]").click();
    await focal.screenshot(page, `nav-open-${tag}`);
  }
  await focal.logout(page);
  await focal.login(page, "unit.archives@demo.focal", { lang });
  await settle(page);
  await focal.screenshot(page, `home-unit-${tag}`);
  await focal.logout(page);
  await page.goto(`${focal.url}/invitation/not-a-real-token-123`);
  await settle(page);
  await focal.screenshot(page, `invitation-${tag}`);
  await page.context().close();
}

const focal = await startFocal();
try {
  for (const lang of ["vi", "en"] as const) for (const vp of ["desktop", "phone"] as const) await shoot(focal, lang, vp);
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
} finally {
  await focal.stop();
}
