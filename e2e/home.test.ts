/**
 * The home page says what waits for the person signed in, with counts, and each item opens the list it counts,
 * already filtered: the registration manager's delegates to accredit, the ICD officer's reports to review, the
 * Thai delegation contact's list not yet submitted (in English). Nothing waiting says so.
 */
import { expect, it } from "vitest";
import { describeWithFocal, text } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";
import type { InboxItem } from "../src/shared/inbox";

const M = demoIds.meetingAccsm21;
const S = demoIds.scheme1439;

describeWithFocal("home: what waits for me", (focal) => {
  it("the registration manager opens the delegations with delegates to accredit from the home page", async () => {
    const f = focal();
    const api = await f.apiAs("registration@demo.focal");
    const rows = await api.get<{ delegationId: string; counts: { pending: number } }[]>(`/meetings/${M}/registration`);
    const pending = rows.reduce((n, r) => n + r.counts.pending, 0);
    const waiting = rows.filter((r) => r.counts.pending > 0).length;

    const page = await f.newPage();
    await f.login(page, "registration@demo.focal");
    await page.getByRole("heading", { name: text("vi", "home.inbox.title") }).waitFor();
    const item = page.getByRole("link", {
      name: new RegExp(text("vi", "home.item.delegates.accredit", { n: pending })),
    });
    await item.waitFor();
    await f.expectAccessible(page, "home (registration manager)");
    await f.screenshot(page, "home-registration-vi-desktop");

    await item.click();
    await page.waitForURL(new RegExp(`/meetings/${M}/registration\\?filter=attention$`));
    const attention = page.getByRole("radio", { name: text("vi", "registration.meeting.filter.attention") });
    await expect.poll(() => attention.isChecked()).toBe(true);
    const table = page.getByRole("table");
    await table.locator("tbody tr").first().waitFor();
    expect(await table.locator("tbody tr").count()).toBe(waiting);
    await f.screenshot(page, "home-registration-to-list-vi-desktop");
  });

  it("the ICD officer reaches the reports waiting for review", async () => {
    const f = focal();
    const api = await f.apiAs("icd@demo.focal");
    const submitted = await api.get<unknown[]>(`/schemes/${S}/reports?status=submitted`);
    const page = await f.newPage();
    await f.login(page, "icd@demo.focal");
    const item = page.getByRole("link", {
      name: new RegExp(text("vi", "home.item.targets.review", { n: submitted.length })),
    });
    await item.click();
    await page.waitForURL(new RegExp(`/targets/${S}/review$`));
    await page.locator("[data-report]").first().waitFor();
    expect(await page.locator("[data-report]").count()).toBe(submitted.length);
  });

  it("a delegation contact, in English, opens their list not yet submitted; nothing waiting says so", async () => {
    const f = focal();
    const api = await f.apiAs("contact.thailand@demo.focal");
    const { items } = await api.get<{ items: InboxItem[] }>("/home");
    const mine = items.find((i) => i.kind === "registration.notSubmitted")!;
    expect(mine).toBeDefined();

    const page = await f.newPage({ locale: "en-GB" });
    await f.login(page, "contact.thailand@demo.focal", { lang: "en" });
    const item = page.getByRole("link", {
      name: new RegExp(text("en", "home.item.registration.notSubmitted", { n: mine.count })),
    });
    await item.waitFor();
    expect(await item.textContent()).toContain("Thailand");
    await f.screenshot(page, "home-contact-en-desktop");
    await item.click();
    await page.waitForURL(new RegExp(`/register/${M}/${mine.link.split("/").pop()}`));
    // The address changes before the list replaces the home page: wait, as a person does, for the list's own heading
    // (the home page's "Hello, …" heading can still be there for a moment).
    const heading = page.locator("#main h1", { hasText: "Thailand" }).first();
    await heading.waitFor();
    expect(await heading.isVisible()).toBe(true);

    const phone = await f.newPage({ viewport: "phone" });
    await f.login(phone, "security@demo.focal");
    await phone.getByText(text("vi", "home.inbox.empty")).waitFor();
    expect(await phone.getByRole("link", { name: /\d+ / }).count()).toBe(0);
    await f.screenshot(phone, "home-empty-vi-phone");
  });

  it("badges to reissue: after a delegate's name changed and they were accredited again, the home page leads to that badge", async () => {
    const f = focal();
    const api = await f.apiAs("registration@demo.focal");
    const lao = { id: demoDelegationIds.LAO };
    const list = await api.get<{ id: string; version: number; fullName: string; accreditationStatus: string }[]>(
      `/meetings/${M}/delegations/${lao.id}/delegates`,
    );
    const d = list.find((x) => x.accreditationStatus === "accredited")!;
    let job = await api.post<{ id: string; status: string }>(`/meetings/${M}/badge-jobs`, {
      size: "card",
      delegateIds: [d.id],
    });
    for (let i = 0; i < 200 && job.status !== "done"; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = await api.get(`/badge-jobs/${job.id}`);
    }
    expect(job.status).toBe("done");
    const edited = await api.patch<{ version: number }>(
      `/meetings/${M}/delegations/${lao.id}/registration/delegates/${d.id}`,
      { fullName: `${d.fullName} Jr`, version: d.version },
    );
    await api.post(`/meetings/${M}/delegations/${lao.id}/delegates/${d.id}/accreditation`, {
      status: "accredited",
      version: edited.version,
    });

    const page = await f.newPage();
    await f.login(page, "registration@demo.focal");
    await page.getByRole("link", { name: new RegExp(text("vi", "home.item.badges.reissue", { n: 1 })) }).click();
    await page.waitForURL(new RegExp(`/meetings/${M}/badges\\?show=reissue$`));
    const rows = page.getByRole("table").locator("tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(`${d.fullName} Jr`);
    expect(await rows.first().textContent()).toContain(text("vi", "checkin.badges.toReissue"));
    await f.screenshot(page, "home-badges-reissue-vi-desktop");
  });
});
