/**
 * Work-plan journeys (issue 4): an ICD officer opens the ACCSM review as of 03/08/2022, sees 23 / 16 / 61 as seed 001
 * reports them, and exports the meeting document to Word whose text carries the numbers; Japan's focal point, in
 * English, updates an activity Japan leads, cannot update another country's, and meets a version conflict.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";

const ACCSM = demoIds.workplanAccsm;
const PLUS3 = demoIds.workplanAccsmPlus3;

/** The count and share cells of one row of the review table. */
async function reviewRow(page: Page, status: string) {
  const row = page.locator(`[data-testid=review-table] tr[data-status=${status}]`);
  return {
    count: ((await row.locator("[data-cell=count]").textContent()) ?? "").trim(),
    percent: ((await row.locator("[data-cell=percent]").textContent()) ?? "").trim(),
  };
}

describeWithFocal("work-plan journeys", (focal) => {
  it("an ICD officer reviews ACCSM as of 03/08/2022 (23 / 16 / 61) and exports it to Word", async () => {
    const page = await focal().newPage();
    await focal().login(page, "icd@demo.focal", { lang: "vi" });
    await page.locator("#app-navbar a[data-area=workplans]").click();
    await page.getByRole("heading", { level: 1, name: text("vi", "workplans.title") }).waitFor();
    const card = page.getByRole("article", { name: "Kế hoạch làm việc ACCSM giai đoạn 2021–2025" });
    await card.getByRole("link", { name: text("vi", "workplans.openReview") }).click();

    // The date field (the snapshots table has a column of the same name).
    const asOf = page.getByRole("textbox", { name: text("vi", "workplans.review.asOf"), exact: true });
    await typeInto(asOf, "03/08/2022");
    const title = text("vi", "workplans.review.title", { date: "03/08/2022" });
    await page.getByRole("heading", { name: title }).waitFor();
    await expect.poll(() => reviewRow(page, "completed")).toEqual({ count: "7", percent: "23%" });
    expect(await reviewRow(page, "ongoing")).toEqual({ count: "5", percent: "16%" });
    expect(await reviewRow(page, "planned")).toEqual({ count: "19", percent: "61%" });
    expect(await reviewRow(page, "cancelled")).toEqual({ count: "0", percent: "0%" });
    expect(await reviewRow(page, "total")).toEqual({ count: "31", percent: "100%" });
    expect(await reviewRow(page, "completedOrOngoing")).toEqual({ count: "12", percent: "39%" });
    expect(await page.getByTestId("judgement").textContent()).toBe(text("vi", "workplans.review.judgement.on_track"));
    await page.getByText(text("vi", "workplans.review.rule", { margin: 10 })).waitFor();
    expect(new URL(page.url()).searchParams.get("asOf")).toBe("2022-08-03");
    await focal().expectAccessible(page, "the review page");
    await focal().screenshot(page, "e2e-workplans-review-vi");

    const download = page.waitForEvent("download");
    await page.getByTestId("export-docx").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("ACCSM-review-2022-08-03.docx");
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "focal-docx-")), file.suggestedFilename());
    await file.saveAs(saved);
    const zip = await JSZip.loadAsync(fs.readFileSync(saved));
    const xml = await zip.file("word/document.xml")!.async("string");
    const words = xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain("Kế hoạch làm việc ACCSM giai đoạn 2021–2025");
    expect(words).toContain("Tính đến ngày 03/08/2022");
    for (const s of ["23%", "16%", "61%", "39%", "Đã hoàn thành", "Đúng tiến độ"]) expect(words).toContain(s);
    fs.rmSync(path.dirname(saved), { recursive: true, force: true });
    await page.context().close();
  });

  it("Japan's focal point, in English, updates an activity Japan leads and no other, and meets a conflict", async () => {
    const page = await focal().newPage({ locale: "en-GB" });
    await focal().login(page, "focal.japan@demo.focal", { lang: "en" });
    await page.locator("#app-navbar a[data-area=workplans]").click();
    await expect.poll(() => page.getByRole("article").count()).toBe(1);
    await page.getByRole("article", { name: "ACCSM+3 Work Plan 2021–2025" }).waitFor();

    // An activity Japan leads, still planned.
    await page.goto(`${focal().url}/workplans/${PLUS3}?country=JPN&status=planned`);
    const first = page.locator("table a").first();
    await first.waitFor();
    await first.click();
    await page.locator("#activity-history").waitFor();
    await page.getByRole("combobox", { name: text("en", "workplans.activity.record.status") }).click();
    await page.getByRole("option", { name: text("en", "workplans.status.ongoing") }).click();
    await typeInto(page.getByLabel(text("en", "workplans.activity.record.effectiveOn")), "01/02/2023");
    await typeInto(
      page.getByLabel(text("en", "workplans.activity.record.note")),
      "Preparations started in Tokyo (e2e)",
    );
    await focal().expectAccessible(page, "an activity the focal point may update");
    await page.getByRole("button", { name: text("en", "workplans.activity.record.submit") }).click();
    // The notice says so (it used to be lost: the answer remounts the form, keyed by the version).
    const recorded = text("en", "workplans.activity.record.saved", { code: "\u0000" }).split("\u0000");
    await page
      .locator(".mantine-Notification-root")
      .filter({ hasText: recorded[0]! })
      .filter({ hasText: recorded[1]! })
      .first()
      .waitFor();
    const history = page.locator("section[aria-labelledby=activity-history]");
    const newest = history.locator("tbody tr").first();
    await expect.poll(() => newest.textContent()).toContain("Preparations started in Tokyo (e2e)");
    expect(await newest.textContent()).toContain("Sato Haruka");
    expect(await newest.textContent()).toContain("01 Feb 2023");

    // Someone else records a change meanwhile: the form that was read earlier gets a conflict, not a lost update.
    const activityId = new URL(page.url()).pathname.split("/").pop()!;
    const icd = await focal().apiAs("icd@demo.focal");
    const current = await icd.get<{ version: number }>(`/workplans/${PLUS3}/activities/${activityId}`);
    await icd.post(`/workplans/${PLUS3}/activities/${activityId}/status`, {
      version: current.version,
      status: "ongoing",
      effectiveOn: "2023-03-01",
      note: "Checked by the ICD (e2e)",
    });
    await typeInto(page.getByLabel(text("en", "workplans.activity.record.note")), "A stale update (e2e)");
    await typeInto(page.getByLabel(text("en", "workplans.activity.record.effectiveOn")), "01/04/2023");
    await page.getByRole("button", { name: text("en", "workplans.activity.record.submit") }).click();
    await page.getByText(text("en", "common.conflict.title")).waitFor();
    await page.getByRole("button", { name: text("en", "common.conflict.reload") }).click();
    await expect.poll(() => newest.textContent()).toContain("Checked by the ICD (e2e)");
    expect(await history.textContent()).not.toContain("A stale update (e2e)");

    // Another country's activity: no form, a plain explanation.
    await page.goto(`${focal().url}/workplans/${PLUS3}?country=CHN`);
    await page.locator("table a").first().click();
    await page.locator("#activity-history").waitFor();
    await page.getByText(text("en", "workplans.activity.record.notAllowed")).waitFor();
    expect(await page.getByRole("button", { name: text("en", "workplans.activity.record.submit") }).count()).toBe(0);

    // The other programme is not theirs.
    await page.goto(`${focal().url}/workplans/${ACCSM}`);
    await page.getByText("You are not allowed to do this.").waitFor();
    await focal().screenshot(page, "e2e-workplans-forbidden-en");
    await page.context().close();
  });
});
