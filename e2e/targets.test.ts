/**
 * The targets journey (issue 4): Hà Nội's reporting officer files the 2025 figures with an impossible number, reads
 * the message at the field, fixes it and submits; the ICD accepts the report in the review queue; the dashboard as of
 * 31/12/2025 then shows Hà Nội's 2025 figures, accepted, and no longer among those who have not reported.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, type Focal, type LoginOptions, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";

const S = demoIds.scheme1439;

interface ProgressRow {
  code: string;
  periodStatus: string;
  values: { indicatorId: string; numerator: number; denominator: number; period: number }[];
}
interface ProgressBody {
  notReported: string[];
  agencies: ProgressRow[];
}

/** expect.poll with room for a busy machine (its default is one second). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 200 });

/** The notice a save shows in the corner (Mantine's notification). */
const notice = (page: Page, message: string) =>
  page.locator(".mantine-Notification-root").filter({ hasText: message }).first();

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
}

/** Signs in, allowing a slow first paint of the sign-in page on a busy machine. */
async function signIn(focal: Focal, page: Page, email: string, opts: LoginOptions = {}) {
  await page.goto(`${focal.url}/sign-in`);
  await page.locator("input[name=email]").waitFor({ timeout: 60_000 });
  await focal.login(page, email, opts);
}

describeWithFocal("targets: an agency reports, the ICD accepts, the dashboard follows", (focal) => {
  it("Hà Nội submits its 2025 figures, an impossible one is refused first; the ICD accepts; the dashboard shows it", async () => {
    const icdApi = await focal().apiAs("icd@demo.focal");
    const before = await icdApi.get<ProgressBody>(`/schemes/${S}/progress?asOf=2025-12-31`);
    const hanoiBefore = before.agencies.find((a) => a.code === "P-HNI")!;
    expect(hanoiBefore.periodStatus).toBe("missing");
    expect(before.notReported).toContain("P-HNI");

    // The agency: /targets leads straight to its own reports, the latest year open.
    const page = await focal().newPage();
    await signIn(focal(), page, "agency.hanoi@demo.focal");
    await page.goto(`${focal().url}/targets`);
    await page.locator("input[name=numerator-b]").waitFor();
    expect(new URL(page.url()).pathname).toBe(`/targets/${S}/reports`);
    await poll(() => page.locator("h2").filter({ hasText: "2025" }).first().textContent()).toContain(
      text("vi", "targets.form.title", { agency: "Hà Nội", year: 2025 }),
    );
    await focal().expectAccessible(page, "agency report form");

    await page.getByRole("radio", { name: text("vi", "common.yes") }).check();
    await typeInto(page.locator("input[name=achievedOn-a]"), "29/03/2019");
    await typeInto(page.locator("input[name=numerator-b]"), "12000");
    await typeInto(page.locator("input[name=denominator-b]"), "9650");
    await typeInto(page.locator("input[name=numerator-c]"), "7200");
    await typeInto(page.locator("input[name=denominator-c]"), "9650");
    await page.getByRole("button", { name: text("vi", "targets.form.submit") }).click();

    // Refused: the message names the field, in Vietnamese, at the field and above the buttons.
    const alert = page.locator("#report-error");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("không thể lớn hơn «Tổng số công chức» (9.650)");
    await poll(() => page.locator("input[name=numerator-b]").getAttribute("aria-invalid")).toBe("true");
    const fieldMessage = await page.locator("input[name=numerator-b]").getAttribute("aria-describedby");
    expect(fieldMessage).toBeTruthy();
    expect(
      await page.locator(`[id="${fieldMessage!.split(" ").find((id) => id.includes("error"))}"]`).textContent(),
    ).toContain("(12.000) không thể lớn hơn");
    await focal().expectAccessible(page, "agency report form with a refused figure");
    // Nothing was stored.
    expect((await icdApi.get<unknown[]>(`/schemes/${S}/reports?agency=P-HNI&period=2025`)).length).toBe(0);

    // Fixed and submitted.
    await typeInto(page.locator("input[name=numerator-b]"), "9100");
    await page.getByRole("button", { name: text("vi", "targets.form.submit") }).click();
    await poll(() => page.locator("[data-year='2025'] [data-status]").getAttribute("data-status")).toBe("submitted");
    await notice(page, text("vi", "targets.form.submittedMsg", { year: 2025 })).waitFor();
    await poll(() => page.locator("#report-error").count()).toBe(0);
    expect(await page.getByRole("button", { name: text("vi", "targets.form.submit") }).count()).toBe(0);
    await focal().logout(page);

    // The ICD: the report is in the queue; accept it.
    await signIn(focal(), page, "icd@demo.focal");
    await page.goto(`${focal().url}/targets/${S}/review`);
    const card = page.locator("[data-report='P-HNI-2025']");
    await card.waitFor();
    expect(await card.textContent()).toContain("9.100 / 9.650");
    await focal().expectAccessible(page, "review queue");
    await card.getByRole("button", { name: text("vi", "targets.review.accept") }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: text("vi", "targets.review.confirmAccept") })
      .click();
    await poll(() => page.locator("[data-report='P-HNI-2025']").count()).toBe(0);
    await notice(page, text("vi", "targets.review.acceptedMsg", { agency: "Hà Nội", period: 2025 })).waitFor();

    // The dashboard as of 31/12/2025 shows the change.
    await page.goto(`${focal().url}/targets/${S}?asOf=2025-12-31`);
    const row = page.locator("[data-agency='P-HNI']");
    await row.waitFor();
    await settle(page);
    await poll(() => row.locator("[data-status]").getAttribute("data-status")).toBe("accepted");
    expect(await row.textContent()).toContain("94,3%");
    expect(await row.textContent()).toContain("9.100/9.650");
    expect(await page.getByTestId("list-not-reported").textContent()).not.toContain("Hà Nội");
    await focal().expectAccessible(page, "targets dashboard");

    // A former province's 2024 report shows under the province it became part of.
    const tq = page.locator("[data-agency='P-TQU-2025']");
    expect(await tq.textContent()).toContain("Hà Giang (cũ)");

    // The search ignores diacritics and finds every word, anywhere, in any order (`ha` is also in M-MOHA).
    const shownAgencies = () =>
      page.locator("[data-agency]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-agency")).sort());
    await typeInto(page.locator("input[name=agency-search]"), "ha noi");
    await poll(shownAgencies).toEqual(["M-MOHA", "P-HNI"]);
    await typeInto(page.locator("input[name=agency-search]"), "nội hni");
    await poll(shownAgencies).toEqual(["P-HNI"]);

    const after = await icdApi.get<ProgressBody>(`/schemes/${S}/progress?asOf=2025-12-31`);
    const hanoiAfter = after.agencies.find((a) => a.code === "P-HNI")!;
    expect(hanoiAfter.periodStatus).toBe("accepted");
    expect(hanoiAfter.values.every((v) => v.period === 2025)).toBe(true);
    expect(after.notReported).not.toContain("P-HNI");

    // Locked: the agency's 2025 form is read-only now.
    await focal().logout(page);
    await signIn(focal(), page, "agency.hanoi@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/targets/${S}/reports?year=2025`);
    await page.locator("input[name=numerator-b]").waitFor();
    expect(await page.locator("input[name=numerator-b]").getAttribute("readonly")).not.toBeNull();
    expect(await page.getByRole("button", { name: text("en", "targets.form.submit") }).count()).toBe(0);
    expect(await page.locator("main").textContent()).toContain("The period is locked");
    await page.context().close();
  });
});
