/**
 * Airport transfers (issue 14, point 3). The ICD opens ACCSM 21's transfers for 2 August (en): the arrivals grouped
 * by time window, each with its vehicles and liaison line as the API sends them; downloads a vehicle's manifest as a
 * PDF; adds a vehicle typed key by key and sees it in the fleet. axe on the page; a phone-width screenshot.
 */
import { expect, it } from "vitest";
import { describeWithFocal, typeInto } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";

interface Transfer {
  id: string;
  window: { from: string; to: string };
  people: { name: string }[];
  vehicles: { id: string; label: string }[];
  shortBy: number;
}

describeWithFocal("airport transfers", (focal) => {
  it("the ICD reads 2 August's arrivals, downloads a manifest and adds a vehicle (en)", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    const expected = await api.get<Transfer[]>(`/meetings/${M}/transfers?date=2022-08-02`);
    expect(expected.length).toBeGreaterThan(3);
    const page = await focal().newPage();
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/logistics/transfers?date=2022-08-02`);
    await page.getByRole("heading", { name: "Airport transfers", level: 2 }).waitFor();

    const first = expected[0]!;
    const card = page.getByRole("region", {
      name: `Arrival pick-up HAN · ${first.window.from.slice(11, 16)}–${first.window.to.slice(11, 16)}`,
    });
    await card.waitFor();
    for (const p of first.people) await card.getByRole("cell", { name: p.name, exact: true }).waitFor();
    await card.getByText(/^Liaison officer/).waitFor();
    expect(await page.locator("section[data-transfer]").count()).toBe(expected.length);
    await focal().expectAccessible(page, "transfers of 2 August (en)");

    const v = first.vehicles[0]!;
    const download = page.waitForEvent("download");
    await card.getByRole("button", { name: `Download the passenger manifest of ${v.label}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`${first.id}.*\\.pdf$`));

    const form = page.getByRole("region", { name: "Add a vehicle" });
    await form.scrollIntoViewIfNeeded();
    await typeInto(form.getByRole("textbox", { name: /^Vehicle name/ }), "Xe 08 — Ford Everest");
    await typeInto(form.getByRole("textbox", { name: /^Seats/ }), "6", { clear: true });
    await typeInto(form.getByRole("textbox", { name: /^Driver$/ }), "Ngô Văn Tài");
    await typeInto(form.getByRole("textbox", { name: /^Driver's phone/ }), "+84 912 300 108");
    await typeInto(form.getByRole("textbox", { name: /^Number plate/ }), "29A-888.08");
    await form.getByRole("button", { name: "Save the vehicle" }).click();
    await page
      .getByRole("table", { name: "The vehicles for transfers" })
      .getByRole("cell", { name: "Xe 08 — Ford Everest", exact: true })
      .waitFor();
    const fleet = await api.get<{ label: string; seats: number; plate: string | null }[]>(`/meetings/${M}/vehicles`);
    expect(fleet.find((x) => x.label === "Xe 08 — Ford Everest")).toMatchObject({ seats: 6, plate: "29A-888.08" });

    await focal().screenshot(page, "transfers-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await focal().screenshot(page, "transfers-phone");
  });
});
