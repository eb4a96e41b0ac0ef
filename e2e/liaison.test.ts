/**
 * Liaison officers and volunteers (issue 14, point 1). A liaison officer on a phone (390 px) signs in and sees the
 * delegation they accompany — Japan — with its head's name and arrival flight and its contact's e-mail, and no passport number. The
 * ICD asks for suggestions and accepts one for Japan, then gives Thailand an officer by hand, typing in the picker
 * key by key; the roster and the API agree. axe on both pages.
 */
import { expect, it } from "vitest";
import { describeWithFocal, typeInto } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";

interface Liaison {
  officers: { id: string; fullName: string }[];
  delegations: { id: string; nameEn: string; officerId: string | null }[];
}

describeWithFocal("liaison officers", (focal) => {
  it("a liaison officer on a phone sees their delegation and the head's contacts, no passport data", async () => {
    const page = await focal().newPage({ viewport: "phone", locale: "en-GB" });
    await focal().login(page, "liaison@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/logistics/liaison`);
    await page.getByRole("heading", { name: "My delegations", level: 2 }).waitFor();
    const japan = page.getByRole("region", { name: "Japan" });
    await japan.waitFor();
    await japan.getByText("Tanaka Kenji").first().waitFor();
    await japan.getByText(/VN311/).first().waitFor();
    // The demo's delegates carry no phone of their own: the delegation's contact is one tap away.
    await japan.getByRole("link", { name: "E-mail Watanabe Hiroshi" }).first().waitFor();
    // Only their own delegation, and nothing of a passport.
    expect(await page.getByRole("region").count()).toBe(1);
    expect(await page.content()).not.toMatch(/\bTK\d{5,}/);
    expect(await page.content()).not.toMatch(/passport/i);
    // The page fits the phone: nothing wider than the screen.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    await focal().expectAccessible(page, "liaison officer's delegations (en, phone)");
    await focal().screenshot(page, "liaison-mine-phone");
  });

  it("the ICD accepts a suggested officer for Japan and assigns Thailand's by hand", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    const before = await api.get<Liaison>(`/meetings/${M}/liaison`);
    const jp = before.delegations.find((d) => d.nameEn === "Japan")!;
    const th = before.delegations.find((d) => d.nameEn === "Thailand")!;
    await api.put(`/meetings/${M}/liaison/assignments`, { assignments: [{ delegationId: jp.id, officerId: null }] });

    const page = await focal().newPage({ locale: "en-GB" });
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/logistics/liaison`);
    await page.getByRole("heading", { name: "Liaison officers and volunteers", level: 2 }).waitFor();
    await page.getByRole("table", { name: /Delegations, arrival day/ }).waitFor();
    await focal().expectAccessible(page, "liaison (en)");

    await page.getByRole("button", { name: "Suggest assignments", exact: true }).click();
    const proposals = page.getByRole("table", { name: /Officers proposed by language/ });
    const row = proposals.getByRole("row", { name: /^Japan/ });
    await row.getByText("Ngô Thu Trang").waitFor();
    await row.getByRole("button", { name: "Accept the proposal for Japan" }).click();
    await page.getByText("1 delegation assigned.").waitFor();

    const picker = page.getByRole("combobox", { name: "Liaison officer of Thailand" });
    await typeInto(picker, "Vu Hoang");
    await page.getByRole("option", { name: /Vũ Hoàng Long/ }).click();
    await expect
      .poll(async () => {
        const l = await api.get<Liaison>(`/meetings/${M}/liaison`);
        const long = l.officers.find((o) => o.fullName === "Vũ Hoàng Long")!;
        const trang = l.officers.find((o) => o.fullName === "Ngô Thu Trang")!;
        const of = (id: string) => l.delegations.find((d) => d.id === id)!.officerId;
        return [of(jp.id) === trang.id, of(th.id) === long.id];
      })
      .toEqual([true, true]);
    await focal().screenshot(page, "liaison-host");
  });
});
