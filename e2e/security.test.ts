/**
 * Issue 11, point 5, in a browser: the app runs under its Content-Security-Policy without a single violation (the
 * sign-in page, Mantine's styles, the meetings area with a delegate's page, the administration, the check-in page
 * with its service worker), and no other page can frame it.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;

/** Collects CSP violations two ways: the page's own securitypolicyviolation events and Chromium's console. */
async function watchCsp(page: Page) {
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => {
    const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return [...console, ...events];
  };
}

async function visit(page: Page, url: string, waitFor: string) {
  await page.goto(url);
  await page.locator(waitFor).first().waitFor();
}

describeWithFocal("security headers in the browser", (focal) => {
  it("the app runs under its CSP with no violation, from sign-in through the meetings and administration", async () => {
    const page = await focal().newPage();
    const violations = await watchCsp(page);
    await page.goto(`${focal().url}/sign-in`);
    await focal().login(page, "admin@demo.focal", { lang: "en" });
    await visit(page, `${focal().url}/admin/users`, "table");
    await visit(page, `${focal().url}/admin/mail`, "main");
    await visit(page, `${focal().url}/admin/audit`, "main");
    expect(await violations()).toEqual([]);
    await focal().logout(page);

    await focal().login(page, "icd@demo.focal", { lang: "vi" });
    await visit(page, `${focal().url}/meetings`, "main");
    await visit(page, `${focal().url}/meetings/${M}/delegations/${THA}/registration`, "main table");
    await visit(page, `${focal().url}/meetings/${M}/exports`, "main button");
    await visit(page, `${focal().url}/checkin/${M}`, "main");
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("cannot be framed by another page", async () => {
    const page = await focal().newPage();
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/frame-ancestors|Refused to (display|frame)/i.test(m.text())) refused.push(m.text());
    });
    const consoleSaid = page.waitForEvent("console", {
      predicate: (m) => /frame-ancestors|Refused to (display|frame)/i.test(m.text()),
      timeout: 30_000,
    });
    await page.setContent(`<iframe id="f" src="${focal().url}/sign-in" width="800" height="600"></iframe>`);
    await consoleSaid;
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame ? await frame.locator("input[name=email]").count() : 0).toBe(0);
    expect(refused.join("\n")).toMatch(/frame-ancestors 'none'/);
    await page.context().close();
  });
});
