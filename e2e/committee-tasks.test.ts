/**
 * The organising committee's tasks (issue 13, point 2), in Vietnamese: Vũ Đăng Minh (committee@demo.focal, Chief of
 * the Ministry Office) sees "my tasks", moves one of his tasks on the board with the keyboard (the move is announced
 * and the card lands in the next column), and completes a checklist by clicking and typing. The list, the board and
 * the timeline are axe-clean in Vietnamese and English.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto, type Focal } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";
const FACILITIES = "Chuẩn bị cơ sở vật chất cho sự kiện";
const PRINTING = "In ấn tài liệu, quà tặng";

async function openTasks(focal: Focal, lang: "vi" | "en"): Promise<Page> {
  const page = await focal.newPage({ locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await focal.login(page, "committee@demo.focal", { lang });
  await page.goto(`${focal.url}/meetings/${M}/committee`);
  await page.getByRole("link", { name: text(lang, "committee.nav.tasks") }).click();
  await page.getByRole("heading", { name: text(lang, "tasks.title") }).waitFor();
  return page;
}

/** axe on the page with the pointer resting in an empty corner (not hovering the link just clicked). */
async function accessible(focal: Focal, page: Page, what: string) {
  await page.mouse.move(1270, 790);
  await focal.expectAccessible(page, what);
}

describeWithFocal("committee tasks", (focal) => {
  it("a committee member sees his tasks, moves one on the board with the keyboard and completes a checklist", async () => {
    const page = await openTasks(focal(), "vi");
    // My tasks: kept in the address. The list's count changes when his tasks have come (until then the whole list
    // stands dimmed: the address changes a moment before the list starts loading).
    const range = page.getByTestId("list-range");
    const everyone = await range.textContent();
    await page.getByRole("checkbox", { name: text("vi", "tasks.filter.mine") }).click();
    await page.waitForURL(/mine=true/);
    await expect.poll(() => range.textContent()).not.toBe(everyone);
    const table = page.getByRole("table");
    await table.getByRole("link", { name: PRINTING }).waitFor();
    await table.getByRole("link", { name: FACILITIES }).waitFor();
    // Overdue tasks say so in words.
    await expect(table.getByText(text("vi", "tasks.overdue")).first().isVisible()).resolves.toBe(true);
    await accessible(focal(), page, "tasks list (vi)");

    // The board, still "mine": the facilities task moves from "not started" to "in progress" with → .
    await page.getByRole("link", { name: text("vi", "tasks.view.board") }).click();
    const notStarted = page.getByTestId("column-not_started");
    const card = notStarted.getByRole("group", { name: new RegExp(FACILITIES) });
    await card.waitFor();
    await accessible(focal(), page, "tasks board (vi)");
    await card.focus();
    await page.keyboard.press("ArrowRight");
    const announce = page.getByTestId("board-announce");
    await announce.getByText(text("vi", "tasks.status.in_progress"), { exact: false }).waitFor();
    expect(await announce.textContent()).toContain(FACILITIES);
    await page
      .getByTestId("column-in_progress")
      .getByRole("group", { name: new RegExp(FACILITIES) })
      .waitFor();
    expect(await notStarted.getByRole("group", { name: new RegExp(FACILITIES) }).count()).toBe(0);

    // The timeline.
    await page.getByRole("link", { name: text("vi", "tasks.view.timeline") }).click();
    await page.getByRole("link", { name: new RegExp(PRINTING) }).waitFor();
    await accessible(focal(), page, "tasks timeline (vi)");

    // The printing task's checklist: tick what is left, add an item by typing, tick it.
    await page.getByRole("link", { name: new RegExp(PRINTING) }).click();
    await page.getByRole("heading", { name: new RegExp(PRINTING) }).waitFor();
    for (const item of ["Duyệt maket tài liệu", "Nhận hàng và kiểm đếm"]) {
      const box = page.getByRole("checkbox", { name: item });
      if (!(await box.isChecked())) await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await typeInto(page.getByRole("textbox", { name: text("vi", "tasks.checklist.add") }), "Gửi quà cho các đoàn");
    await page.getByRole("button", { name: text("vi", "tasks.checklist.addButton") }).click();
    const added = page.getByRole("checkbox", { name: "Gửi quà cho các đoàn" });
    await added.click();
    await expect.poll(() => added.isChecked()).toBe(true);
    const checklist = page.getByRole("heading", { name: new RegExp(text("vi", "tasks.checklist.title")) });
    await expect.poll(async () => (await checklist.textContent()) ?? "").toContain("4/4");
    await accessible(focal(), page, "task page (vi)");
  }, 180_000);

  it("the list, the board and the timeline are accessible in English", async () => {
    const page = await openTasks(focal(), "en");
    await page.getByRole("table").waitFor();
    await accessible(focal(), page, "tasks list (en)");
    await page.getByRole("link", { name: text("en", "tasks.view.board") }).click();
    await page.getByTestId("column-done").waitFor();
    await accessible(focal(), page, "tasks board (en)");
    await page.getByRole("link", { name: text("en", "tasks.view.timeline") }).click();
    await page
      .getByRole("heading", { level: 3, name: /^Week / })
      .first()
      .waitFor();
    await accessible(focal(), page, "tasks timeline (en)");
  }, 180_000);

  it("the ICD types a new task with its due date and time, read on the meeting's clock", async () => {
    const f = focal();
    const page = await f.newPage({ locale: "vi-VN" });
    await f.login(page, "icd@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/meetings/${M}/committee`);
    await page.getByRole("link", { name: text("vi", "committee.nav.tasks") }).click();
    await page.getByRole("link", { name: text("vi", "tasks.new") }).click();
    await page.getByRole("heading", { name: text("vi", "tasks.new") }).waitFor();
    await typeInto(page.getByRole("textbox", { name: text("vi", "tasks.field.title") }), "Đặt hoa tại sảnh chính");
    const due = page.getByRole("group", { name: text("vi", "tasks.col.due") });
    await typeInto(due.getByLabel(text("vi", "common.date.label")), "30/07/2022");
    const time = due.getByLabel(text("vi", "common.time.label"));
    await time.clear();
    await typeInto(time, "0930");
    await time.blur();
    await expect.poll(() => time.inputValue()).toBe("09:30");
    await f.expectAccessible(page, "new task form (vi)");
    await page.getByRole("button", { name: text("vi", "tasks.create") }).click();
    await page.getByRole("heading", { name: /Đặt hoa tại sảnh chính/ }).waitFor();
    // What was typed is what is shown: 09:30 on the meeting's (Hanoi) clock, whatever the browser's own zone.
    await page.getByText("30/07/2022 09:30").first().waitFor();
  }, 180_000);

  it("on a phone, the ICD finds a task without diacritics and is told why a dependency cycle is refused", async () => {
    const f = focal();
    const page = await f.newPage({ viewport: "phone" });
    await f.login(page, "icd@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/meetings/${M}/committee`);
    await page.getByRole("link", { name: text("vi", "committee.nav.tasks") }).click();
    await typeInto(page.getByRole("searchbox", { name: text("vi", "tasks.filter.search") }), "ke hoach tuyen truyen");
    await page.waitForURL(/q=ke/);
    const plan = page.getByRole("link", { name: "Xây dựng kế hoạch tuyên truyền trước, trong và sau sự kiện" });
    await plan.click();
    await page.getByRole("button", { name: text("vi", "tasks.edit") }).click();
    await typeInto(page.getByLabel(text("vi", "tasks.deps.pick"), { exact: true }).first(), "thông cáo");
    await page.getByRole("option", { name: /Xây dựng các thông cáo báo chí/ }).click();
    await page.getByRole("button", { name: text("vi", "tasks.save") }).click();
    const alert = page.getByRole("alert").filter({ hasText: "vòng lặp" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("«Xây dựng các thông cáo báo chí»");
    await accessible(f, page, "task page with an error, phone (vi)");
  }, 180_000);
});
