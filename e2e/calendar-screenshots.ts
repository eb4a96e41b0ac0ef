/**
 * Screenshots of Administration → Working calendar, Vietnamese and English, desktop and phone, into /tmp/shots
 * (SHOTS_DIR). Not a test: `npx vite build && npx tsx e2e/calendar-screenshots.ts`, then look at the PNGs.
 */
import type { Page } from "playwright-core";
import { startFocal } from "./harness";

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

const focal = await startFocal();
try {
  for (const lang of ["vi", "en"] as const) {
    for (const viewport of ["desktop", "phone"] as const) {
      const tag = `${lang}-${viewport}`;
      const page = await focal.newPage({ viewport });
      await focal.login(page, "admin@demo.focal", { lang });
      await page.goto(`${focal.url}/admin/calendar`);
      await page.getByRole("table").waitFor();
      await settle(page);
      await focal.screenshot(page, `calendar-${tag}`);
      await page.getByRole("button", { name: lang === "vi" ? "Thêm ngày" : "Add a day" }).click();
      await page.getByRole("dialog").waitFor();
      await settle(page);
      await focal.screenshot(page, `calendar-add-${tag}`);
      await page.keyboard.press("Escape");
      await page.context().close();
    }
  }
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
} finally {
  await focal.stop();
}
