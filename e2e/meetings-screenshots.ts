/**
 * Screenshots of the meetings pages (desktop and phone, Vietnamese and English) into /tmp/shots (SHOTS_DIR) as mtg-*.png, with an
 * axe check of each page. Not a test: run `npx vite build && npx tsx e2e/meetings-screenshots.ts` and look at the PNGs.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { startFocal, type Focal } from "./harness";
import { addClashingBilateral } from "./fixtures";
import type { Lang } from "../src/web/i18n/index";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const problems: string[] = [];

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

async function visit(focal: Focal, page: Page, path: string, name: string) {
  await page.goto(focal.url + path);
  await settle(page);
  await focal.screenshot(page, `mtg-${name}`);
  const res = await new AxeBuilder({ page }).analyze();
  for (const v of res.violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
    problems.push(
      `${name}: ${v.impact} ${v.id} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
    );
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  if (overflow) problems.push(`${name}: wider than the viewport`);
}

async function shoot(focal: Focal, lang: Lang, viewport: "desktop" | "phone", clashId: string) {
  const tag = `${lang}-${viewport}`;
  const page = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await focal.login(page, "icd@demo.focal", { lang });
  const icd = await focal.apiAs("icd@demo.focal");
  const tha = await icd.get<{ id: string }[]>(`/meetings/${M}/delegations/${THA}/delegates`);
  const pages: [string, string][] = [
    ["/meetings", "list"],
    [`/meetings/${M}`, "overview"],
    [`/meetings/${M}/programme`, "programme"],
    [`/meetings/${M}/programme?view=grid`, "programme-grid"],
    [`/meetings/${M}/programme?view=list`, "programme-list"],
    [`/meetings/${M}/programme/${clashId}`, "session-clash"],
    [`/meetings/${M}/programme/${clashId}/edit`, "session-form"],
    [`/meetings/${M}/venues`, "venues"],
    [`/meetings/${M}/delegations`, "delegations"],
    [`/meetings/${M}/delegations/${THA}`, "delegation"],
    [`/meetings/${M}/delegations/${THA}/delegates/${tha[0]!.id}`, "delegate"],
    [`/meetings/${M}/delegations/${THA}/delegates/${tha[0]!.id}/edit`, "delegate-form"],
    [`/meetings/${M}/edit`, "meeting-form"],
  ];
  for (const [p, name] of pages) await visit(focal, page, p, `${name}-${tag}`);
  await page.context().close();
  // Each other reader in a fresh browser context.
  const as = async (email: string, path: string, name: string) => {
    const p = await focal.newPage({ viewport, locale: lang === "vi" ? "vi-VN" : "en-GB" });
    await focal.login(p, email, { lang });
    await visit(focal, p, path, `${name}-${tag}`);
    await p.context().close();
  };
  await as("security@demo.focal", `/meetings/${M}/delegations/${THA}`, "security-delegation");
  await as("committee@demo.focal", `/meetings/${M}/delegations/${THA}/delegates/${tha[0]!.id}`, "committee-delegate");
  await as("contact.thailand@demo.focal", `/meetings/${M}/delegations`, "contact-delegations");
}

const focal = await startFocal();
try {
  // A deliberate double booking so the clash flag shows: a bilateral in the plenary hall during the Heads meeting.
  const icd = await focal.apiAs("icd@demo.focal");
  const clashId = await addClashingBilateral(icd);
  for (const lang of ["vi", "en"] as const)
    for (const vp of ["desktop", "phone"] as const) await shoot(focal, lang, vp, clashId);
  console.log("screenshots in", process.env.SHOTS_DIR ?? "/tmp/shots");
  console.log(problems.length ? problems.join("\n") : "no serious/critical axe violations, no horizontal overflow");
} finally {
  await focal.stop();
}
