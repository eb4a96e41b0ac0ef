/**
 * The administrator's journey through the administration area (issue 9 point 7), in Vietnamese: the audit trail
 * read in words and filtered by a person picked by name, the sign-ins, renaming a unit, taking a backup.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { auditActions } from "../src/shared/audit";

// Backups of this journey go to a folder of its own (the server inherits the environment).
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-e2e-backups-"));
process.env.FOCAL_BACKUP_DIR = backupDir;
afterAll(() => fs.rmSync(backupDir, { recursive: true, force: true }));

describeWithFocal("administration: audit trail, sign-ins, units, backups", (focal) => {
  it("reads the trail in Vietnamese, filters by a person picked by name, renames a unit and takes a backup", async () => {
    // The ICD officer changes the meeting's English city name: a change the administrator will read.
    const icd = await focal().apiAs("icd@demo.focal");
    const m = await icd.get<{ version: number }>(`/meetings/${demoIds.meetingAccsm21}`);
    await icd.patch(`/meetings/${demoIds.meetingAccsm21}`, { version: m.version, cityEn: "Ha Noi" });

    const page = await focal().newPage();
    await focal().login(page, "admin@demo.focal", { lang: "vi" });
    const nav = page.getByRole("navigation", { name: text("vi", "admin.nav.label") });
    await page.goto(`${focal().url}/admin/audit`);
    await page.locator("ol li").first().waitFor();
    await focal().expectAccessible(page, "audit trail (vi)");

    // The person, picked by name typed without diacritics — never an id.
    const person = page.locator("#audit-person");
    await typeInto(person, "nguyen thi hong");
    await page.getByRole("option", { name: "Nguyễn Thị Hồng Nhung (icd@demo.focal)" }).click();
    await expect.poll(() => page.url()).toContain("actorId=");
    const entry = page
      .locator("ol li")
      .filter({ hasText: `Nguyễn Thị Hồng Nhung đã sửa thông tin hội nghị: ACCSM21 — ` })
      .first();
    await entry.waitFor();
    // Every entry shown is the picked person's (once the filtered page has replaced the whole trail).
    await expect
      .poll(async () => {
        const all = await page.locator("ol li").allTextContents();
        return all.length > 0 && all.every((x) => x.startsWith("Nguyễn Thị Hồng Nhung"));
      })
      .toBe(true);
    expect(await entry.textContent()).toContain(auditActions["meeting.update"].vi);
    await page
      .getByRole("status")
      .filter({ hasText: /^Mục 1–\d+ trong tổng số \d+$/ })
      .waitFor();

    // Before → after, by the field's label.
    await entry.getByRole("button", { name: /^Xem thay đổi/ }).click();
    const row = entry.getByRole("row").filter({ hasText: "Thành phố (tiếng Anh)" });
    await row.waitFor();
    expect((await row.locator("td").allTextContents()).map((s) => s.trim())).toEqual([
      "Thành phố (tiếng Anh)",
      "Hanoi",
      "→ Ha Noi",
    ]);
    await focal().expectAccessible(page, "audit trail filtered, a change open (vi)");
    await focal().screenshot(page, "admin-audit-person-vi");

    // Sign-ins in their own view.
    await nav.getByRole("link", { name: text("vi", "admin.nav.signIns") }).click();
    await page.locator("h1", { hasText: text("vi", "admin.signIns.title") }).waitFor();
    const signIn = page
      .getByRole("row")
      .filter({ hasText: "Quản trị hệ thống (admin@demo.focal)" })
      .filter({ hasText: text("vi", "admin.signIns.outcome.success") })
      .first();
    await signIn.waitFor();
    await focal().expectAccessible(page, "sign-ins (vi)");
    await focal().screenshot(page, "admin-sign-ins-vi");

    // Rename a unit.
    await nav.getByRole("link", { name: text("vi", "admin.nav.units") }).click();
    await page.getByRole("button", { name: text("vi", "admin.units.renameOf", { name: "Vụ Pháp chế" }) }).click();
    const dialog = page.getByRole("dialog");
    const nameVi = dialog.getByLabel(text("vi", "admin.units.nameVi"));
    await typeInto(nameVi, "Vụ Pháp chế và Thanh tra");
    await focal().expectAccessible(page, "rename a unit (vi)");
    await dialog.getByRole("button", { name: text("vi", "admin.units.save") }).click();
    await dialog.waitFor({ state: "hidden" });
    await page
      .getByRole("status")
      .filter({ hasText: text("vi", "admin.units.renamed", { name: "Vụ Pháp chế và Thanh tra" }) })
      .waitFor();
    await page
      .getByRole("button", { name: text("vi", "admin.units.renameOf", { name: "Vụ Pháp chế và Thanh tra" }) })
      .waitFor();
    await focal().expectAccessible(page, "units (vi)");
    await focal().screenshot(page, "admin-units-vi");

    // The rename is in the trail, in words.
    await page.goto(`${focal().url}/admin/audit?module=people`);
    const renamed = page
      .locator("ol li")
      .filter({ hasText: "Quản trị hệ thống đã sửa đơn vị: Vụ Pháp chế và Thanh tra" });
    await renamed.waitFor();

    // Take a backup and see it listed.
    await nav.getByRole("link", { name: text("vi", "admin.nav.backups") }).click();
    await page.locator("h1", { hasText: text("vi", "admin.backups.title") }).waitFor();
    await page.getByRole("button", { name: text("vi", "admin.backups.take") }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Đã tạo bản sao lưu focal-/ })
      .waitFor({ timeout: 60_000 });
    const listed = page
      .getByRole("table", { name: text("vi", "admin.backups.list") })
      .getByRole("row")
      .filter({
        hasText: /focal-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?\.tar\.gz/,
      });
    await listed.first().waitFor();
    expect(fs.readdirSync(backupDir).filter((f) => f.endsWith(".tar.gz"))).toHaveLength(1);
    await focal().expectAccessible(page, "backups (vi)");
    await focal().screenshot(page, "admin-backups-vi");
    await page.context().close();
  });
});
