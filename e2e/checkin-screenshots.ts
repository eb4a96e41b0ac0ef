/**
 * Screenshots of the badges, attendance, exports and door pages, Vietnamese and English, desktop and phone, into
 * /tmp/shots (SHOTS_DIR). Not a test: `npx vite build && npx tsx e2e/checkin-screenshots.ts`, then look at the PNGs.
 */
import type { Page } from "playwright-core";
import { startFocal } from "./harness";
import { demoIds } from "../src/server/seed/ids";

const M = demoIds.meetingAccsm21;

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

const focal = await startFocal();
try {
  for (const lang of ["vi", "en"] as const) {
    for (const viewport of ["desktop", "phone"] as const) {
      const tag = `${lang}-${viewport}`;
      const host = await focal.newPage({ viewport });
      await focal.login(host, "icd@demo.focal", { lang });
      for (const tab of ["badges", "attendance", "exports"]) {
        await host.goto(`${focal.url}/meetings/${M}/${tab}`);
        await settle(host);
        await focal.screenshot(host, `checkin-tab-${tab}-${tag}`);
      }
      await host.context().close();
      const door = await focal.newPage({ viewport });
      await focal.login(door, "security@demo.focal", { lang });
      await door.goto(`${focal.url}/checkin/${M}`);
      await door.getByTestId("pack-ready").waitFor();
      await settle(door);
      await focal.screenshot(door, `checkin-door-empty-${tag}`);
      await door.context().close();
    }
  }
  const contact = await focal.newPage({ viewport: "phone" });
  await focal.login(contact, "contact.thailand@demo.focal");
  await contact.goto(`${focal.url}/meetings/${M}/exports`);
  await settle(contact);
  await focal.screenshot(contact, "checkin-tab-exports-contact-en-phone");
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
} finally {
  await focal.stop();
}
