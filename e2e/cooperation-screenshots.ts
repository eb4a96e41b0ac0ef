/**
 * Screenshots of the cooperation register's pages, desktop and phone, Vietnamese and English, into /tmp/coop-shots
 * (SHOTS_DIR). Not a test: run `npx vite build && npx tsx e2e/cooperation-screenshots.ts [vi-phone] ` and look at the
 * PNGs. The phone is 375 × 812 (the narrowest common phone). SHOTS_PAGES=coop-list,calendar-admin shoots only those.
 */
import fs from "node:fs";
import type { Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { startFocal, type Focal } from "./harness";
import type { Lang } from "../src/web/i18n/index";

const dir = process.env.SHOTS_DIR ?? "/tmp/coop-shots";
fs.mkdirSync(dir, { recursive: true });
const findings: string[] = [];
async function axe(page: Page, name: string) {
  const r = await new AxeBuilder({ page }).analyze();
  for (const v of r.violations.filter((x) => x.impact === "serious" || x.impact === "critical"))
    findings.push(
      `${name}: ${v.id} ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
    );
}
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready);
}

/** A draft outbound delegation of the Archives department, so the pages have something to show. */
async function seed(focal: Focal): Promise<string> {
  const unit = await focal.apiAs("unit.archives@demo.focal");
  const access = await unit.get<{ units: { id: string }[] }>("/cooperation/access");
  const a = await unit.post<{ id: string }>("/cooperation/activities", {
    unitId: access.units[0]!.id,
    kind: "outbound",
    titleVi: "Đoàn công tác trao đổi kinh nghiệm lưu trữ tại Pháp (dữ liệu mẫu)",
    titleEn: "Study visit on archives to France (sample data)",
    countries: ["FRA"],
    startDate: "2027-03-08",
    endDate: "2027-03-14",
    place: "Paris",
    leaderName: "Nguyễn Văn A (dữ liệu mẫu)",
    leaderRank: "deputy_minister",
    fundingSource: "state_budget",
    fundingEstimate: 450000000,
    purpose: "Trao đổi kinh nghiệm số hóa tài liệu lưu trữ.",
    outOfPlanReason: "Lời mời của Lưu trữ quốc gia Pháp đến sau khi kế hoạch năm được phê duyệt.",
    members: [{ name: "Trần Thị B (dữ liệu mẫu)", position: "Chuyên viên chính" }],
  });
  return a.id;
}

async function shoot(
  focal: Focal,
  id: string,
  lang: Lang,
  viewport: "desktop" | "phone",
  who: string,
  pages: [string, string][],
) {
  const tag = `${lang}-${viewport}`;
  const wanted = process.env.SHOTS_PAGES?.split(",");
  pages = pages.filter(([, name]) => !wanted || wanted.includes(name));
  if (!pages.length) return;
  const page = await focal.newPage({
    viewport: viewport === "phone" ? { width: 375, height: 812 } : viewport,
    locale: lang === "vi" ? "vi-VN" : "en-GB",
  });
  page.setDefaultTimeout(60_000);
  await focal.login(page, who, { lang });
  for (const [p, name] of pages) {
    await page.goto(focal.url + p.replace(":id", id));
    await settle(page);
    await page.waitForTimeout(300);
    await axe(page, `${name}-${tag}`);
    await page.screenshot({ path: `${dir}/${name}-${tag}.png`, fullPage: true });
  }
  await page.context().close();
}

const focal = await startFocal();
try {
  const id = await seed(focal);
  const only = process.argv[2];
  for (const lang of ["vi", "en"] as const)
    for (const vp of ["desktop", "phone"] as const) {
      if (only && only !== `${lang}-${vp}`) continue;
      await shoot(focal, id, lang, vp, "icd@demo.focal", [
        ["/cooperation", "coop-list"],
        ["/cooperation?view=calendar&month=2027-03", "coop-calendar"],
        ["/cooperation?kind=agreement", "coop-list-nomatch"],
        ["/cooperation/activities/:id", "coop-activity-icd"],
        ["/cooperation/queue", "coop-queue"],
        ["/cooperation/plan/2027", "coop-plan"],
        ["/cooperation/rules", "coop-rules"],
        ["/cooperation/partners", "coop-partners"],
        ["/cooperation/register", "coop-register"],
      ]);
      await shoot(focal, id, lang, vp, "unit.archives@demo.focal", [
        ["/cooperation", "coop-list-unit"],
        ["/cooperation/new", "coop-new"],
        ["/cooperation/activities/:id/edit", "coop-edit"],
        ["/cooperation/activities/:id", "coop-activity-unit"],
      ]);
      await shoot(focal, id, lang, vp, "admin@demo.focal", [["/admin/calendar", "calendar-admin"]]);
    }
  console.log("screenshots in", dir);
  console.log(
    findings.length ? `axe serious/critical:\n${findings.join("\n")}` : "axe: no serious or critical findings",
  );
} finally {
  await focal.stop();
}
