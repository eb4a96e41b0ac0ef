/**
 * Lists that outgrow a page (issue 9, point 4): Thailand's delegation grows by 3,003 delegates through an upload
 * (the API, not the browser). The contact's Delegates tab (Vietnamese) and the host's accreditation panel and
 * delegation page (English) show one page of 100 with "1–100 trên 3.0xx" / "1–100 of 3,0xx"; a search typed key
 * by key narrows the list on the server, and the next page shows the next hundred.
 */
import { expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const ADDED = 3003;
const given = ["Anan", "Busaba", "Chanida", "Decha", "Kanya", "Malee", "Niran", "Pranee", "Somchai", "Wichai"];
const family = ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakul", "Phongphan", "Kittisak", "Boonmee", "Saetang"];

const vi = (key: string, p?: Record<string, string | number>) => text("vi", key, p);
const en = (key: string, p?: Record<string, string | number>) => text("en", key, p);
const num = (n: number, lang: "vi" | "en") => new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(n);

describeWithFocal("lists of thousands", (focal) => {
  it("3,003 more delegates: a page of 100 with the count, a server-side search, the next page", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");

    // Setup through the API: one CSV upload of 3,003 rows, confirmed.
    const header =
      "Full name (as in passport),Role in delegation,Nationality (ISO code),Passport number,Passport expiry";
    const lines = Array.from(
      { length: ADDED },
      (_, i) =>
        `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]},Member,THA,LT${String(i).padStart(7, "0")},31/01/2031`,
    );
    const data = Buffer.from([header, ...lines].join("\n")).toString("base64");
    const path = `/meetings/${M}/delegations/${THA}/imports`;
    const started = await icd.post<{ id: string }>(path, { fileName: "thailand-3003.csv", data });
    let upload = { status: "parsing", version: 1, rows: [] as { problems: unknown[] }[] };
    await expect
      .poll(
        async () => {
          upload = await icd.get(`${path}/${started.id}`);
          return upload.status;
        },
        { timeout: 180_000, interval: 1000 },
      )
      .toBe("ready");
    expect(upload.rows.filter((r) => r.problems.length)).toEqual([]);
    await icd.post(`${path}/${started.id}/commit`, { version: upload.version });
    const counts = (await icd.get<{ counts: { total: number; pending: number } }>(`/meetings/${M}/delegations/${THA}`))
      .counts;
    expect(counts.total).toBeGreaterThanOrEqual(ADDED);
    const somchai = (await icd.get<unknown[]>(`/meetings/${M}/delegations/${THA}/delegates?q=somchai&limit=500`))
      .length;
    expect(somchai).toBeGreaterThan(200);

    // The contact, in Vietnamese: one page of 100 cards and the count of all.
    const contact = await f.newPage();
    await f.login(contact, "contact.thailand@demo.focal", { lang: "vi" });
    await contact.goto(`${f.url}/register/${M}/${THA}`);
    const range = contact.getByTestId("list-range");
    await expect.poll(() => range.textContent(), { timeout: 30_000 }).toBe(`1–100 trên ${num(counts.total, "vi")}`);
    expect(await contact.locator("article").count()).toBe(100);
    await f.screenshot(contact, "lists-contact-vi");

    // A search typed as a person types narrows it on the server; the next page is the next hundred.
    await typeInto(contact.getByRole("searchbox", { name: vi("registration.delegates.search") }), "sômchai");
    await expect.poll(() => range.textContent(), { timeout: 30_000 }).toBe(`1–100 trên ${num(somchai, "vi")}`);
    const firstPage = await contact.locator("article h3").allTextContents();
    expect(firstPage.every((n) => n.includes("Somchai"))).toBe(true);
    await contact.getByRole("button", { name: vi("lists.pageNext") }).click();
    await expect.poll(() => range.textContent()).toBe(`101–200 trên ${num(somchai, "vi")}`);
    const secondPage = await contact.locator("article h3").allTextContents();
    expect(secondPage).toHaveLength(100);
    expect(secondPage.every((n) => n.includes("Somchai"))).toBe(true);
    expect(secondPage.filter((n) => firstPage.includes(n)).length).toBeLessThan(100);
    await f.expectAccessible(contact, "the contact's paged delegates");

    // The host, in English: the accreditation panel (pending first) pages the same way.
    const host = await f.newPage({ locale: "en-GB" });
    await f.login(host, "icd@demo.focal", { lang: "en" });
    await host.goto(`${f.url}/meetings/${M}/delegations/${THA}/registration`);
    const panel = host.locator("section[aria-labelledby=accreditation-title]");
    const hostRange = panel.getByTestId("list-range");
    await expect.poll(() => hostRange.textContent(), { timeout: 30_000 }).toBe(`1–100 of ${num(counts.pending, "en")}`);
    expect(await panel.locator("tbody tr").count()).toBe(100);
    await typeInto(panel.getByRole("searchbox", { name: en("registration.delegates.search") }), "kanya boonmee");
    const kanya = (
      await icd.get<unknown[]>(`/meetings/${M}/delegations/${THA}/delegates?q=kanya%20boonmee&status=pending&limit=500`)
    ).length;
    expect(kanya).toBeGreaterThan(0);
    await expect.poll(() => hostRange.textContent(), { timeout: 30_000 }).toBe(`1–${kanya} of ${kanya}`);
    const names = await panel.locator("tbody tr td:first-child").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes("Kanya Boonmee"))).toBe(true);
    await f.screenshot(host, "lists-accreditation-en");

    // The host's delegation page: 50 a page when asked, and the next page by keyboard.
    await host.goto(`${f.url}/meetings/${M}/delegations/${THA}`);
    const listRange = host.getByTestId("list-range");
    await expect.poll(() => listRange.textContent(), { timeout: 30_000 }).toBe(`1–100 of ${num(counts.total, "en")}`);
    await host.getByLabel(en("lists.pageSize")).selectOption("50");
    await expect.poll(() => listRange.textContent()).toBe(`1–50 of ${num(counts.total, "en")}`);
    await host.getByRole("button", { name: en("lists.pageNext") }).focus();
    await host.keyboard.press("Enter");
    await expect.poll(() => listRange.textContent()).toBe(`51–100 of ${num(counts.total, "en")}`);
    await f.screenshot(host, "lists-delegation-en");
    await f.expectAccessible(host, "the host's paged delegation page");
  });
});
