/**
 * The administrator keeps the working calendar (issue 12, item 4), in Vietnamese: opens it from the administration
 * navigation, counts the working days across Tết 2026, moves the 2027 National Day's adjacent day (a computed law
 * day) to a working day, adds an announced day off and removes it again. Typed key by key; axe on the page and the
 * dialog.
 */
import { expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";

describeWithFocal("working calendar", (focal) => {
  it("counts working days, overrides a law day, adds and removes a day off", async () => {
    const page = await focal().newPage();
    await focal().login(page, "admin@demo.focal", { lang: "vi" });
    await page.goto(`${focal().url}/admin`);
    const nav = page.getByRole("navigation", { name: text("vi", "admin.nav.label") });
    await nav.getByRole("link", { name: "Lịch ngày nghỉ" }).click();
    await page.getByRole("heading", { name: "Lịch ngày nghỉ" }).waitFor();
    await page.getByRole("table").waitFor();
    await focal().expectAccessible(page, "working calendar (vi)");

    // The count across Tết 2026: Friday 13/02 and Monday 23/02 are the only working days.
    const check = page.getByRole("region", { name: "Đếm ngày làm việc" });
    await typeInto(check.getByRole("textbox", { name: "Từ ngày" }), "13/02/2026");
    await typeInto(check.getByRole("textbox", { name: "Đến ngày" }), "23/02/2026");
    await check.getByRole("button", { name: "Đếm" }).click();
    await check
      .getByRole("status")
      .filter({ hasText: "Từ 13/02/2026 đến 23/02/2026 (tính cả hai ngày) có 2 ngày làm việc." })
      .waitFor();

    // 2027: the law's default puts Quốc khánh's adjacent day on Friday 03/09; the announcement says otherwise.
    await page.getByRole("combobox", { name: "Năm" }).click();
    await page.getByRole("option", { name: "2027" }).click();
    await page.getByRole("table", { name: "Ngày lễ, ngày nghỉ và ngày làm bù năm 2027" }).waitFor();
    const summary = page.getByText(/^Năm 2027 có \d+ ngày làm việc\.$/);
    const before = Number((await summary.textContent())!.match(/có (\d+)/)![1]);
    await page.getByRole("button", { name: "Thay đổi ngày 03/09/2027 (tự tính theo luật)" }).click();
    const dialog = page.getByRole("dialog", { name: "Sửa ngày 03/09/2027" });
    await dialog.waitFor();
    await focal().expectAccessible(page, "working calendar dialog (vi)");
    await dialog.getByRole("combobox", { name: "Loại" }).click();
    await page.getByRole("option", { name: "Ngày làm việc (làm bù)" }).click();
    await typeInto(dialog.getByRole("textbox", { name: /^Tên tiếng Việt/ }), "Làm việc (Quốc khánh nghỉ 01/09)");
    await typeInto(dialog.getByRole("textbox", { name: /^Tên tiếng Anh/ }), "Working (National Day on 01/09)");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").filter({ hasText: "Đã thêm ngày 03/09/2027." }).waitFor();
    const row = page.getByRole("row").filter({ hasText: "03/09/2027" });
    await row.getByText("Thay cho: Quốc khánh (ngày liền kề)").waitFor();
    await page.getByText(`Năm 2027 có ${before + 1} ngày làm việc.`).waitFor();

    // An announced day off, typed in, then removed.
    await page.getByRole("button", { name: "Thêm ngày" }).click();
    const add = page.getByRole("dialog", { name: "Thêm ngày vào lịch" });
    await typeInto(add.getByRole("textbox", { name: /^Ngày/ }), "01/09/2027");
    await typeInto(add.getByRole("textbox", { name: /^Tên tiếng Việt/ }), "Nghỉ Quốc khánh (theo thông báo)");
    await typeInto(add.getByRole("textbox", { name: /^Tên tiếng Anh/ }), "National Day break (announced)");
    await add.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").filter({ hasText: "Đã thêm ngày 01/09/2027." }).waitFor();
    await page.getByText(`Năm 2027 có ${before} ngày làm việc.`).waitFor();
    expect(await page.getByRole("row").filter({ hasText: "01/09/2027" }).textContent()).toContain("Thứ Tư");

    await page.getByRole("button", { name: "Xóa ngày 01/09/2027" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Xóa ngày" }).click();
    await page.getByRole("status").filter({ hasText: "Đã xóa ngày 01/09/2027." }).waitFor();
    await expect.poll(() => page.getByRole("row").filter({ hasText: "01/09/2027" }).count()).toBe(0);
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByText(`Năm 2027 có ${before + 1} ngày làm việc.`).waitFor();
    await focal().expectAccessible(page, "working calendar after edits (vi)");
  });
});
