/**
 * Cooperation register journeys (issue 12): a unit officer of the State Records and Archives Department proposes an
 * out-of-plan outbound delegation led by a Deputy Minister; the ICD reviews it; the Minister approves; the ICD records
 * the Prime Minister's permission; the personnel officer issues the decision and downloads it; the unit reports the
 * results — in Vietnamese. Then the ICD's list in English finds it without diacritics, with its badges.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto, type Focal } from "./harness";

const TITLE = "Đoàn công tác học tập kinh nghiệm số hóa lưu trữ tại Pháp (dữ liệu mẫu)";

/** Opens a Select by its label and clicks the option a person sees. */
async function pick(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).first().click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Opens the activity from the person's queue "Chờ tôi quyết định". */
async function fromQueue(page: Page) {
  await page.getByRole("link", { name: text("vi", "cooperation.tabs.queue") }).click();
  await page.getByRole("heading", { level: 1, name: text("vi", "cooperation.queue.title") }).waitFor();
  await page.getByTestId("coop-queue").getByRole("link", { name: TITLE }).click();
  await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
}

/** The step the route now waits at, as the stepper shows it. */
const currentStep = (page: Page) => page.locator("[aria-current=step]").getAttribute("data-step");

async function signIn(focal: Focal, email: string, lang: "vi" | "en" = "vi") {
  const page = await focal.newPage({ locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await focal.login(page, email, { lang });
  await page.locator("#app-navbar a[data-area=cooperation]").click();
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

describeWithFocal("cooperation journeys", (focal) => {
  it("an out-of-plan delegation led by a Deputy Minister goes from the unit to the decision and its results", async () => {
    // The unit officer drafts the proposal, key by key.
    const unit = await signIn(focal(), "unit.archives@demo.focal");
    await unit.getByRole("link", { name: text("vi", "cooperation.list.new") }).click();
    await unit.getByRole("heading", { level: 1, name: text("vi", "cooperation.form.newTitle") }).waitFor();
    await pick(unit, text("vi", "cooperation.form.kind"), text("vi", "cooperation.kind.outbound"));
    await typeInto(unit.getByRole("textbox", { name: text("vi", "cooperation.form.titleVi") }), TITLE);
    await typeInto(unit.getByLabel(text("vi", "cooperation.form.countries"), { exact: true }).first(), "phap");
    await unit.getByRole("option", { name: "Pháp (FRA)" }).click();
    await typeInto(unit.getByRole("textbox", { name: text("vi", "cooperation.form.startDate") }), "16/11/2026");
    await typeInto(unit.getByRole("textbox", { name: text("vi", "cooperation.form.endDate") }), "20/11/2026");
    await typeInto(unit.getByRole("textbox", { name: text("vi", "cooperation.form.place") }), "Paris");
    await typeInto(
      unit.getByRole("textbox", { name: text("vi", "cooperation.form.leaderName") }),
      "Thứ trưởng Nguyễn Văn A (dữ liệu mẫu)",
    );
    await pick(unit, text("vi", "cooperation.form.leaderRank"), text("vi", "cooperation.rank.deputy_minister"));
    await unit.getByRole("button", { name: text("vi", "cooperation.form.addMember") }).click();
    await typeInto(
      unit.getByRole("textbox", { name: text("vi", "cooperation.form.memberName") }),
      "Trần Thị B (dữ liệu mẫu)",
    );
    await typeInto(
      unit.getByRole("textbox", { name: text("vi", "cooperation.form.memberPosition") }),
      "Chuyên viên chính",
    );
    await pick(unit, text("vi", "cooperation.form.fundingSource"), text("vi", "cooperation.funding.state_budget"));
    await typeInto(
      unit.getByRole("textbox", { name: text("vi", "cooperation.form.purpose") }),
      "Học tập kinh nghiệm số hóa tài liệu lưu trữ.",
    );
    await typeInto(
      unit.getByRole("textbox", { name: text("vi", "cooperation.form.outOfPlanReason") }),
      "Lời mời của Lưu trữ quốc gia Pháp đến sau khi kế hoạch năm được phê duyệt.",
    );
    await focal().expectAccessible(unit, "the activity form");
    await unit.getByRole("button", { name: text("vi", "cooperation.form.save") }).click();
    await unit.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await unit.locator("[data-flag=outOfPlan]").first().waitFor();
    await focal().expectAccessible(unit, "the draft's page");

    // Submitted: the rules choose ICD → Minister → Prime Minister → Personnel.
    await unit.getByRole("button", { name: text("vi", "cooperation.activity.submit") }).click();
    await expect.poll(() => currentStep(unit)).toBe("icd_review");
    const steps = await unit.locator("[data-step]").evaluateAll((els) => els.map((e) => e.getAttribute("data-step")));
    expect(steps).toEqual(["icd_review", "minister", "pm_permission", "personnel_decision"]);
    await unit.getByTestId("coop-leadtime").waitFor();
    await focal().screenshot(unit, "e2e-coop-submitted-vi");

    // The ICD reviews it from the queue; a return needs a comment.
    const icd = await signIn(focal(), "icd@demo.focal");
    await fromQueue(icd);
    await icd.getByRole("button", { name: text("vi", "cooperation.activity.return") }).click();
    await icd
      .getByText(text("vi", "common.field.required", { field: text("vi", "cooperation.activity.commentLabel") }))
      .waitFor();
    await icd.getByRole("button", { name: text("vi", "cooperation.activity.approve"), exact: true }).click();
    await expect.poll(() => currentStep(icd)).toBe("minister");

    // The Minister approves.
    const minister = await signIn(focal(), "minister@demo.focal");
    await fromQueue(minister);
    await focal().expectAccessible(minister, "the Minister's decision");
    await minister.getByRole("button", { name: text("vi", "cooperation.activity.approve"), exact: true }).click();
    await expect.poll(() => currentStep(minister)).toBe("pm_permission");

    // The ICD records the Prime Minister's permission with its number.
    await icd.reload();
    await icd.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await typeInto(
      icd.getByRole("textbox", { name: text("vi", "cooperation.activity.documentNumberLabel") }),
      "1234/VPCP-QHQT",
    );
    await icd.getByRole("button", { name: text("vi", "cooperation.activity.recordPm") }).click();
    await expect.poll(() => currentStep(icd)).toBe("personnel_decision");
    await icd.getByText(text("vi", "cooperation.activity.documentNumber", { number: "1234/VPCP-QHQT" })).waitFor();

    // The personnel officer issues the decision and downloads it.
    const personnel = await signIn(focal(), "personnel@demo.focal");
    await fromQueue(personnel);
    await personnel.getByRole("button", { name: text("vi", "cooperation.activity.issueDecision") }).click();
    await personnel.locator("[data-status=approved]").first().waitFor();
    await personnel.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await expect.poll(() => personnel.locator("[aria-current=step]").count()).toBe(0);
    const download = personnel.waitForEvent("download");
    await personnel.getByRole("button", { name: text("vi", "cooperation.activity.decisionDoc") }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "focal-coop-")), "decision.docx");
    await file.saveAs(saved);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file("word/document.xml")!.async("string");
    expect(xml.replace(/<[^>]+>/g, "")).toContain("Pháp");
    fs.rmSync(path.dirname(saved), { recursive: true, force: true });
    await focal().expectAccessible(personnel, "the approved activity");
    await focal().screenshot(personnel, "e2e-coop-approved-vi");

    // The activity has ended: its unit reports the results.
    await unit.reload();
    await unit.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await typeInto(
      unit.getByRole("textbox", { name: text("vi", "cooperation.activity.resultsText") }),
      "Ký biên bản ghi nhớ về số hóa tài liệu lưu trữ.",
    );
    await unit.getByRole("button", { name: text("vi", "cooperation.activity.resultsSave") }).click();
    const reported = unit.getByText(/Đã báo cáo ngày \d{2}\/\d{2}\/\d{4}/);
    // The notification "sent" may come before the page shows the date; any other alert is a refusal.
    const refused = unit
      .getByRole("alert")
      .filter({ hasNotText: text("vi", "cooperation.badge.short") })
      .filter({ hasNotText: text("vi", "cooperation.activity.resultsSaved") });
    await reported.or(refused).first().waitFor();
    expect(await refused.allTextContents()).toEqual([]);
    await focal().expectAccessible(unit, "the results report");
    for (const p of [unit, icd, minister, personnel]) await p.context().close();
  });

  it("the ICD's list in English: search without diacritics, filters and badges", async () => {
    const page = await signIn(focal(), "icd@demo.focal", "en");
    await page.getByRole("heading", { level: 1, name: text("en", "cooperation.title") }).waitFor();
    await page.getByTestId("coop-activities").waitFor();
    await typeInto(page.getByRole("searchbox", { name: text("en", "cooperation.list.search") }), "so hoa luu tru phap");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("so hoa luu tru phap");
    await pick(page, text("en", "cooperation.list.plan"), text("en", "cooperation.list.plan.out"));
    await expect.poll(() => new URL(page.url()).searchParams.get("inPlan")).toBe("false");
    await page.getByTestId("list-range").waitFor();
    await page.waitForLoadState("networkidle");
    // The search and the filter have both answered: one out-of-plan row, nothing still loading.
    await page.locator("tr[data-code] [data-flag=outOfPlan]").first().waitFor();
    await expect.poll(() => page.locator("[aria-busy=true], .mantine-Loader-root").count()).toBe(0);
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.locator("[aria-busy=true], .mantine-Loader-root").count()).toBe(0);
    // A refreshing list is dimmed and fades back in: wait until a person sees it at full strength, and still does
    // once the network has been quiet again (the search box and the filter each write the address once more).
    const fullStrength = () =>
      expect
        .poll(() =>
          page
            .locator("main [style*=opacity]")
            .evaluateAll((els) => els.every((e) => getComputedStyle(e).opacity === "1")),
        )
        .toBe(true);
    await fullStrength();
    await page.waitForLoadState("networkidle");
    await fullStrength();
    await focal().expectAccessible(page, "the ICD's list in English");
    await page.getByRole("button", { name: text("en", "cooperation.list.clear") }).click();
    await page.locator("label", { hasText: text("en", "cooperation.list.viewCalendar") }).click();
    await page.getByRole("button", { name: text("en", "cooperation.calendar.next") }).waitFor();
    await focal().expectAccessible(page, "the month calendar");
    await page.context().close();
  });
});
