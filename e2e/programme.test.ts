/**
 * The meeting programme as a timetable: an ICD officer on a desktop sees ACCSM 21 day by day as rooms × time, a
 * double booking in the plenary hall shows both sessions side by side with the clash flag, switches to the list
 * and back (the URL keeps the choice), and reaches every session by Tab; on a phone the list is the default and
 * nothing overflows the page, even when a link asks for the timetable.
 */
import { beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text } from "./harness";
import { addClashingBilateral } from "./fixtures";
import { demoIds } from "../src/server/seed/ids";

const M = demoIds.meetingAccsm21;
const HEADS = "Hội nghị những người đứng đầu nền công vụ các nước ASEAN lần thứ 21 (ACCSM Heads)";
const SOM = "Cuộc họp cán bộ cấp cao ACCSM lần thứ 21 (SOM ACCSM 21)";
const SOM3 = "Cuộc họp cán bộ cấp cao ACCSM+3 lần thứ 6 (SOM+3)";

interface SessionRow {
  id: string;
  titleVi: string;
  start: string;
}

/** Mantine's SegmentedControl: a hidden radio per choice, clicked through its label. */
async function choose(page: Page, name: string) {
  const id = await page.getByRole("radio", { name }).getAttribute("id");
  await page.locator(`label[for="${id}"]`).click();
}

const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describeWithFocal("the programme timetable", (focal) => {
  let sessions: SessionRow[] = [];

  beforeAll(async () => {
    // The demo has no double booking; make one: a bilateral in the plenary hall during the Heads meeting.
    const icd = await focal().apiAs("icd@demo.focal");
    await addClashingBilateral(icd);
    sessions = await icd.get<SessionRow[]>(`/meetings/${M}/sessions`);
  });

  it("an ICD officer on a desktop sees the days as a timetable, clashes side by side, and keeps the view in the URL", async () => {
    const f = focal();
    const page = await f.newPage();
    await f.login(page, "icd@demo.focal");
    await page.goto(`${f.url}/meetings/${M}/programme`);

    // Wide screen: the timetable is the default.
    const gridRadio = page.getByRole("radio", { name: text("vi", "meetings.programme.viewGrid") });
    const listRadio = page.getByRole("radio", { name: text("vi", "meetings.programme.viewList") });
    await page.locator("[data-timetable]").first().waitFor();
    expect(await gridRadio.isChecked()).toBe(true);

    // 5 August: the Heads meeting and the bilateral booked into the same hall, both visible, both flagged.
    const fri = page.getByRole("region", { name: "Thứ Sáu, 05/08/2022" });
    await fri.locator('[data-timetable="2022-08-05"]').waitFor();
    const heads = fri.locator("li", { has: page.getByRole("link", { name: HEADS }) });
    const tha = fri.locator("li", { has: page.getByRole("link", { name: /Thái Lan/ }) });
    for (const block of [heads, tha]) {
      await expect.poll(() => block.isVisible()).toBe(true);
      expect(await block.getAttribute("data-clash")).toBe("true");
      expect(await block.getByText(`⚠ ${text("vi", "meetings.clash.flag")}`, { exact: true }).isVisible()).toBe(true);
    }
    expect(await tha.textContent()).toContain("10:30–11:15");
    const [a, b] = [(await heads.boundingBox())!, (await tha.boundingBox())!];
    expect(b.x, "the bilateral stands beside the Heads meeting, not on it").toBeGreaterThanOrEqual(a.x + a.width - 1);
    expect(b.y).toBeGreaterThan(a.y); // it starts later
    // The room is text in the block, not only its column.
    expect(await tha.textContent()).toContain("Phòng họp toàn thể");

    // 3 August: SOM at 08:30 and SOM+3 at 14:00, each on its time line.
    const wed = page.getByRole("region", { name: "Thứ Tư, 03/08/2022" });
    const grid = wed.locator('[data-timetable="2022-08-03"]');
    const som = wed.locator("li", { has: page.getByRole("link", { name: SOM }) });
    const som3 = wed.locator("li", { has: page.getByRole("link", { name: SOM3 }) });
    expect(await som.textContent()).toContain("08:30–12:00");
    expect(await som3.textContent()).toContain("14:00–17:00");
    for (const [block, at] of [
      [som, "08:30"],
      [som3, "14:00"],
    ] as const) {
      const label = (await grid.getByText(at, { exact: true }).boundingBox())!;
      const box = (await block.boundingBox())!;
      expect(Math.abs(box.y - (label.y + label.height / 2)), `block at ${at}`).toBeLessThan(6);
    }

    // Every session is a link in time order, and Tab reaches each one.
    const hrefs = await page
      .locator("[data-timetable] li a")
      .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
    expect(hrefs).toEqual(
      [...sessions].sort((x, y) => x.start.localeCompare(y.start)).map((s) => `/meetings/${M}/programme/${s.id}`),
    );
    await gridRadio.focus();
    const reached = new Set<string>();
    for (let i = 0; i < 60 && reached.size < hrefs.length; i++) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
      if (hrefs.includes(href)) reached.add(href);
    }
    expect([...reached].sort()).toEqual([...hrefs].sort());
    await f.expectAccessible(page, "programme timetable");

    // To the list: the URL says so, a reload keeps it; and back.
    await choose(page, text("vi", "meetings.programme.viewList"));
    await page.waitForURL(/[?&]view=list/);
    await page.locator("[data-timetable]").first().waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("link", { name: HEADS }).waitFor();
    expect(await page.locator("[data-timetable]").count()).toBe(0);
    expect(await listRadio.isChecked()).toBe(true);
    const listed = page.getByRole("region", { name: "Thứ Sáu, 05/08/2022" }).locator("li[data-clash]");
    expect(await listed.count()).toBe(2);
    await f.expectAccessible(page, "programme list");

    // A session opened from the list, and its "back to the programme" link, come back to the list.
    await page.getByRole("link", { name: HEADS }).click();
    await page.getByRole("link", { name: `← ${text("vi", "meetings.session.back")}`, exact: true }).click();
    await page.getByRole("link", { name: HEADS }).waitFor();
    expect(await listRadio.isChecked()).toBe(true);
    expect(await page.locator("[data-timetable]").count()).toBe(0);

    await choose(page, text("vi", "meetings.programme.viewGrid"));
    await page.waitForURL(/[?&]view=grid/);
    await page.reload();
    await page.locator('[data-timetable="2022-08-05"]').waitFor();
    expect(await gridRadio.isChecked()).toBe(true);
    expect(await overflows(page)).toBe(false);
  });

  it("on a phone the list is the default, in English, and nothing is wider than the screen", async () => {
    const f = focal();
    const page = await f.newPage({ viewport: "phone", locale: "en-GB" });
    await f.login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${f.url}/meetings/${M}/programme`);
    await page.getByRole("link", { name: "21st ACCSM Heads Meeting" }).waitFor();
    expect(await page.locator("[data-timetable]").count()).toBe(0);
    expect(await page.getByRole("radio", { name: text("en", "meetings.programme.viewList") }).isChecked()).toBe(true);
    expect(await page.getByRole("region", { name: "Friday, 05 Aug 2022" }).locator("li[data-clash]").count()).toBe(2);
    expect(await overflows(page)).toBe(false);
    // English readers see the chair in English.
    expect(await page.getByText("Chair: Minister of Home Affairs Pham Thi Thanh Tra").count()).toBeGreaterThan(0);
    expect(await page.getByText("Chair: Bộ trưởng").count()).toBe(0);
    await f.expectAccessible(page, "programme list on a phone");

    // A link that asks for the timetable gets it; the day scrolls sideways inside its frame, not the page.
    await page.goto(`${f.url}/meetings/${M}/programme?view=grid`);
    const grid = page.locator('[data-timetable="2022-08-05"]');
    await grid.waitFor();
    expect(await overflows(page)).toBe(false);
    expect(await grid.evaluate((g) => g.parentElement!.scrollWidth > g.parentElement!.clientWidth)).toBe(true);
    await f.expectAccessible(page, "programme timetable on a phone");
  });
});
