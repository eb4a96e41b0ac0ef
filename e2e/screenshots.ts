/**
 * Screenshots of the foundation's pages, desktop and phone, Vietnamese and English, into /tmp/shots (SHOTS_DIR).
 * Not a test: run `npx vite build && npx tsx e2e/screenshots.ts` and look at the PNGs.
 */
import type { Page } from "playwright-core";
import { startFocal, type Focal, typeInto } from "./harness";
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
  await typeInto(page.locator("input[name=email]"), "admin@demo.focal");
  await typeInto(page.locator("input[name=password]"), "wrong-password");
  await page.locator("form button[type=submit]").click();
  await page.getByRole("alert").waitFor();
  await focal.screenshot(page, `sign-in-error-${tag}`);

  await focal.login(page, "admin@demo.focal", { lang });
  await settle(page);
  await focal.screenshot(page, `home-admin-${tag}`);
  const admin = await focal.apiAs("admin@demo.focal");
  await admin.post("/users", {
    name: `Nguyễn Văn Thử ${tag} (mẫu)`,
    email: `thu.${tag}@example.org`,
    language: lang,
    grants: [{ role: "approver", scopeId: "chief_of_office" }],
  });
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
  await page.goto(focal.url + "/admin/mail");
  await settle(page);
  await page.locator("li button[aria-expanded]").first().click();
  await page.waitForTimeout(400);
  await focal.screenshot(page, `admin-mail-open-${tag}`);
  await page.goto(focal.url + "/admin/users");
  await page.locator("table a").first().click();
  await settle(page);
  await focal.screenshot(page, `admin-user-${tag}`);
  await page.goto(focal.url + "/admin/audit");
  await settle(page);
  await page.locator("li button[aria-expanded]").first().click();
  await page.waitForTimeout(400);
  await focal.screenshot(page, `admin-audit-open-${tag}`);
  // A record's history with an edit opened: the readable before/after.
  const api = await focal.apiAs("admin@demo.focal");
  const [duc] = await api.get<{ id: string; version: number }[]>("/users?q=tran%20van%20duc");
  await api.patch(`/users/${duc!.id}`, { version: duc!.version, title: `Chuyên viên chính (${tag})`, language: "en" });
  await page.goto(`${focal.url}/admin/audit?entity=user&entityId=${duc!.id}`);
  await settle(page);
  await page.locator("li button[aria-expanded]").first().click();
  await page.waitForTimeout(400); // the panel unfolds
  await focal.screenshot(page, `admin-history-open-${tag}`);
  if (viewport === "phone") {
    await page.goto(focal.url + "/");
    await settle(page);
    await page.locator("header button[aria-controls=app-navbar]").click();
    await page.waitForTimeout(500); // the drawer slides in
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
  for (const lang of ["vi", "en"] as const)
    for (const vp of ["desktop", "phone"] as const) await shoot(focal, lang, vp);
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
} finally {
  await focal.stop();
}
