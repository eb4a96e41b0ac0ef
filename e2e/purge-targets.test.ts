/**
 * Issue 9, points 5 and 6, in one Focal start.
 * After the purge of ACCSM 21: the host opens Japan's first submission and compares two submissions — both show what
 * remains and a notice of what was erased and when, no error; Thailand's contact reads that the meeting is closed.
 * The targets dashboard says who has reported and who meets each target (non-reporters never do, so indicator (a) is
 * not "100%"); accepting a report asks for confirmation (cancel changes nothing); an accepted
 * report is reopened with a typed reason.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const JPN = demoDelegationIds.JPN;
const THA = demoDelegationIds.THA;
const S = demoIds.scheme1439;
const vi = (key: string, p?: Record<string, string | number>) => text("vi", key, p);

/** expect.poll with room for a busy machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 200 });
const notice = (page: Page, message: string) =>
  page.locator(".mantine-Notification-root").filter({ hasText: message }).first();
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

interface Coverage {
  expectedAgencies: number;
  reportedAgencies: number;
  meetingTarget: number;
  meetingPercent: number | null;
}
interface ReportBody {
  status: string;
  version: number;
}

describeWithFocal("after the purge, and a dashboard that does not overstate", (focal) => {
  it("a purged meeting's submissions open and compare with a notice; its contact reads that it is closed", async () => {
    const f = focal();
    const icdApi = await f.apiAs("icd@demo.focal");
    const m = await icdApi.get<{ version: number }>(`/meetings/${M}`);
    await icdApi.patch(`/meetings/${M}`, { version: m.version, status: "closed", purgeAt: "2022-09-06" });
    const purged = await icdApi.post<{ purgedAt: string }>(`/meetings/${M}/purge`, { confirm: "ACCSM21" });

    const host = await f.newPage();
    await f.login(host, "icd@demo.focal");
    await host.goto(`${f.url}/meetings/${M}/delegations/${JPN}/versions`);
    await host.getByRole("button", { name: vi("registration.versions.openOne", { n: 1 }) }).click();
    const version = host.locator("section[aria-labelledby=version-title]");
    const note = version.getByTestId("purge-notice");
    await note.waitFor();
    expect(await note.textContent()).toContain(`Dữ liệu cá nhân của hội nghị đã được xóa ngày ${dmy(purged.purgedAt)}`);
    expect(await note.textContent()).toContain(vi("registration.field.passportNumber"));
    // What remains: the people on the list then.
    expect(await version.locator("tbody tr").count()).toBeGreaterThan(0);

    // The compare view, between the first and the latest submission, works too.
    const compare = host.locator("section[aria-labelledby=compare-title]");
    await compare.getByTestId("purge-notice").waitFor();
    await compare
      .getByText(vi("registration.diff.unchangedCount", { n: 0 }).split(" ")[0]!)
      .first()
      .waitFor();
    expect(await host.getByRole("alert").count()).toBe(0);
    expect(await host.locator("main").textContent()).not.toContain(vi("common.error.unexpected"));
    await f.expectAccessible(host, "a purged delegation's submissions");
    await f.screenshot(host, "purge-versions");

    // Thailand's contact: the meeting is closed — not a deadline with a dash.
    const contact = await f.newPage();
    await f.login(contact, "contact.thailand@demo.focal");
    await contact.goto(`${f.url}/register/${M}/${THA}`);
    await contact.locator("main h1").waitFor();
    const lang = await f.lang(contact);
    await contact.getByText(text(lang, "registration.portal.meetingClosedTitle"), { exact: true }).waitFor();
    const main = (await contact.locator("main").textContent()) ?? "";
    expect(main).toContain(text(lang, "registration.portal.meetingClosed"));
    expect(main).not.toContain(text(lang, "registration.portal.closedTitle"));
    expect(main).not.toContain("(—)");
    await f.expectAccessible(contact, "the contact's portal of a closed meeting");
    await f.screenshot(contact, "purge-contact-closed");
    await host.context().close();
    await contact.context().close();
  });

  it("the dashboard says who reported and who meets each target; accepting asks first; a report is reopened", async () => {
    const f = focal();
    const icdApi = await f.apiAs("icd@demo.focal");
    const progress = await icdApi.get<{ indicators: { code: string; percent: number | null; coverage: Coverage }[] }>(
      `/schemes/${S}/progress?asOf=2025-12-31`,
    );
    const a = progress.indicators.find((i) => i.code === "a")!;
    expect(a.coverage.reportedAgencies).toBeLessThan(a.coverage.expectedAgencies);

    const page = await f.newPage();
    await f.login(page, "icd@demo.focal");
    await page.goto(`${f.url}/targets/${S}?asOf=2025-12-31`);
    const headline = page.getByTestId("coverage-a");
    await headline.waitFor();
    const pct = (x: number | null) => `${String(x).replace(".", ",")}%`;
    expect(await headline.textContent()).toBe(
      vi("targets.indicator.coverage", {
        reported: a.coverage.reportedAgencies,
        expected: a.coverage.expectedAgencies,
        meeting: a.coverage.meetingTarget,
        percent: pct(a.coverage.meetingPercent),
      }),
    );
    // Not "100%": the agencies that have not reported do not count as having an action plan.
    expect(await page.getByTestId("percent-a").textContent()).not.toBe("100%");
    expect(await page.locator("[data-indicator=a]").textContent()).toContain(
      vi("targets.indicator.notReported", { n: a.coverage.expectedAgencies - a.coverage.reportedAgencies }),
    );
    await f.expectAccessible(page, "targets dashboard with coverage");
    await f.screenshot(page, "targets-coverage");

    // Accepting asks first; cancelling changes nothing.
    await page.goto(`${f.url}/targets/${S}/review`);
    const card = page.locator("[data-report='M-MOFA-2025']");
    await card.waitFor();
    await card.getByRole("button", { name: vi("targets.review.accept") }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(vi("targets.review.acceptTitle", { agency: "Bộ Ngoại giao", period: 2025 })).waitFor();
    // Once the dialog has finished appearing (axe would otherwise read its fading colours).
    const opaque = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).opacity);
    await poll(() => opaque(".mantine-Modal-content")).toBe("1");
    await poll(() => opaque(".mantine-Modal-overlay")).toBe("1");
    await f.expectAccessible(page, "accept confirmation");
    await f.screenshot(page, "targets-accept-confirm");
    await dialog.getByRole("button", { name: vi("common.cancel") }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    expect((await icdApi.get<ReportBody>(`/schemes/${S}/reports/M-MOFA/2025`)).status).toBe("submitted");

    await card.getByRole("button", { name: vi("targets.review.accept") }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: vi("targets.review.confirmAccept") })
      .click();
    await notice(page, vi("targets.review.acceptedMsg", { agency: "Bộ Ngoại giao", period: 2025 })).waitFor();
    expect((await icdApi.get<ReportBody>(`/schemes/${S}/reports/M-MOFA/2025`)).status).toBe("accepted");

    // The accepted report is reopened, with a reason typed as a person types it.
    await page
      .locator("label.mantine-SegmentedControl-label")
      .filter({ hasText: vi("targets.periodStatus.accepted") })
      .click();
    const accepted = page.locator("[data-report='M-MOFA-2025']");
    await accepted.getByRole("button", { name: vi("targets.review.reopen") }).click();
    const reopen = page.getByRole("dialog");
    await typeInto(reopen.getByLabel(vi("targets.review.reopenReason")), "Số liệu cần đối chiếu lại");
    await reopen.getByRole("button", { name: vi("targets.review.confirmReopen") }).click();
    await notice(page, vi("targets.review.reopenedMsg", { agency: "Bộ Ngoại giao", period: 2025 })).waitFor();
    const after = await icdApi.get<ReportBody & { returnComment: string }>(`/schemes/${S}/reports/M-MOFA/2025`);
    expect(after).toMatchObject({ status: "returned", returnComment: "Số liệu cần đối chiếu lại" });
    await page.context().close();
  });
});
