/**
 * Screenshots of the work-plans pages, desktop and phone, Vietnamese and English, into /tmp/shots (SHOTS_DIR).
 * Not a test: run `npx vite build && npx tsx e2e/workplans-screenshots.ts` and look at the PNGs.
 */
import type { Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { startFocal, type Focal } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import type { Lang } from "../src/web/i18n/index";

/** Serious and critical axe findings, printed at the end (this script is not a test). */
const findings: string[] = [];
async function axe(page: Page, name: string) {
  const r = await new AxeBuilder({ page }).analyze();
  for (const v of r.violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
    findings.push(
      `${name}: ${v.id} ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
    );
  }
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

async function shoot(focal0: Focal, lang: Lang, viewport: "desktop" | "phone") {
  const tag = `${lang}-${viewport}`;
  const focal = {
    ...focal0,
    async screenshot(page: Page, name: string) {
      await axe(page, name);
      if (viewport === "desktop") return focal0.screenshot(page, name);
      const dir = process.env.SHOTS_DIR ?? "/tmp/shots";
      await page.screenshot({ path: `${dir}/${name}.png` });
      await page.mouse.wheel(0, 760);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${dir}/${name}-2.png` });
      return "";
    },
  };
  const page = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  page.setDefaultTimeout(60_000); // the shared machine is often busy; this script is not a test
  await focal.login(page, "icd@demo.focal", { lang });
  const acc = `/workplans/${demoIds.workplanAccsm}`;
  const plus3 = `/workplans/${demoIds.workplanAccsmPlus3}`;
  const pages: [string, string][] = [
    ["/workplans", "wp-list"],
    [acc, "wp-activities"],
    [`${acc}?q=thich%20ung`, "wp-activities-search"],
    [`${acc}/review?asOf=2022-08-03`, "wp-review"],
    [`${acc}/review?asOf=2020-06-01`, "wp-review-empty"],
    [`${plus3}/proposals`, "wp-proposals"],
    [`${plus3}/changes`, "wp-changes"],
  ];
  for (const [p, name] of pages) {
    await page.goto(focal.url + p);
    await settle(page);
    await focal.screenshot(page, `${name}-${tag}`);
  }
  await page.goto(focal.url + acc);
  await settle(page);
  await page.locator("table a").first().click();
  await page.locator("#activity-history").waitFor();
  await settle(page);
  await focal.screenshot(page, `wp-activity-${tag}`);
  await page.goto(`${focal.url}${plus3}/proposals`);
  await settle(page);
  await page
    .getByRole("button", { name: /Ghi nhận thông qua|Record the adoption/ })
    .first()
    .click();
  await page.getByRole("dialog").waitFor();
  await focal.screenshot(page, `wp-adopt-${tag}`);
  await page.keyboard.press("Escape");
  await page.goto(`${focal.url}${acc}/review?asOf=2022-08-03`);
  await settle(page);
  await page.getByRole("button", { name: /So sánh|Compare/ }).click();
  await settle(page);
  await focal.screenshot(page, `wp-review-compare-${tag}`);
  await page.context().close();

  const jp = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  jp.setDefaultTimeout(60_000);
  await focal.login(jp, "focal.japan@demo.focal", { lang });
  await jp.goto(`${focal.url}/workplans`);
  await settle(jp);
  await focal.screenshot(jp, `wp-focal-list-${tag}`);
  await jp.goto(`${focal.url}${plus3}?country=JPN`);
  await settle(jp);
  await focal.screenshot(jp, `wp-focal-activities-${tag}`);
  await jp.locator("table a").first().click();
  await jp.locator("#activity-history").waitFor();
  await settle(jp);
  await focal.screenshot(jp, `wp-focal-activity-${tag}`);
  await jp.goto(`${focal.url}${plus3}/proposals`);
  await settle(jp);
  await focal.screenshot(jp, `wp-focal-proposals-${tag}`);
  await jp.context().close();
}

const focal = await startFocal();
try {
  const only = process.argv[2];
  for (const lang of ["vi", "en"] as const)
    for (const vp of ["desktop", "phone"] as const) if (!only || only === `${lang}-${vp}`) await shoot(focal, lang, vp);
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
  console.log(
    findings.length ? `axe serious/critical:\n${findings.join("\n")}` : "axe: no serious or critical findings",
  );
} finally {
  await focal.stop();
}
