/**
 * The health log (issue 14, point 6). In English, the meeting's health officer writes an entry for a Lao delegate
 * (the delegate picked by typing a name without diacritics, the time typed key by key) and shares that the delegate
 * needs medical attention. The ICD officer then cannot open it: no Health tab on the meeting, the app's "no such
 * section" on its address, 403 from the API and the export — and on the Lao delegation's page only the flag, no
 * content. axe on the health page and its dialog.
 */
import { expect, it } from "vitest";
import { describeWithFocal, typeInto } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";
const LAO = "0a0c5321-0000-4000-8000-0000000d0005";
const WHAT = "Headache and mild fever after lunch";

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();

describeWithFocal("health log", (focal) => {
  it("the health officer writes an entry that the ICD officer cannot open", async () => {
    const api = await focal().apiAs("health@demo.focal");
    const options = await api.get<{ delegates: { id: string; fullName: string; delegationId: string }[] }>(
      `/meetings/${M}/health/options`,
    );
    const lao = options.delegates.find((d) => d.delegationId === LAO)!;
    expect(lao).toBeTruthy();

    const page = await focal().newPage();
    await focal().login(page, "health@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/health`);
    await page.getByRole("heading", { name: "Health log", level: 2 }).waitFor();
    await page.getByRole("table").getByText("Sample data").first().waitFor();
    await focal().expectAccessible(page, "health log (en)");

    await page.getByRole("button", { name: "New entry" }).click();
    const dialog = page.getByRole("dialog", { name: "New health log entry" });
    await dialog.waitFor();
    // Saving empty names what is missing.
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByText("What happened: required for a health event").waitFor();

    await typeInto(
      dialog.getByRole("combobox", { name: /^Delegate/ }),
      fold(lao.fullName).split(" ").slice(-2).join(" "),
    );
    await page.getByRole("option", { name: new RegExp(`^${lao.fullName}`) }).click();
    await typeInto(dialog.getByRole("textbox", { name: "Date" }), "04/08/2022");
    await typeInto(dialog.getByRole("textbox", { name: "Time" }), "13:40");
    await typeInto(dialog.getByRole("textbox", { name: /^What happened/ }), WHAT);
    await typeInto(dialog.getByRole("textbox", { name: "Action taken" }), "Paracetamol, rest at the hotel");
    await typeInto(dialog.getByRole("textbox", { name: "Temperature (°C)" }), "37,8");
    await dialog.getByRole("checkbox", { name: /needs medical attention: yes/ }).check();
    await focal().expectAccessible(page, "health entry dialog (en)");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.getByText("Health log entry saved").waitFor();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByRole("row").filter({ hasText: WHAT });
    await row.getByText(lao.fullName).waitFor();
    await row.getByText("Temperature (°C): 37.8").waitFor();
    await row.getByText("Needs medical attention").waitFor();

    // The ICD officer: no Health tab, "no such section" on the address, 403 from the API and the export.
    const icd = await focal().newPage();
    await focal().login(icd, "icd@demo.focal", { lang: "en" });
    await icd.goto(`${focal().url}/meetings/${M}`);
    await icd.getByRole("link", { name: "Logistics" }).first().waitFor();
    expect(await icd.getByRole("link", { name: "Health", exact: true }).count()).toBe(0);
    await icd.goto(`${focal().url}/meetings/${M}/health`);
    await icd.getByText("There is no such section.").waitFor();
    expect(await icd.getByText(WHAT).count()).toBe(0);
    for (const path of [`health`, `delegates/${lao.id}/health`, `health.xlsx`, `health/options`]) {
      const res = await icd.request.get(`${focal().url}/api/meetings/${M}/${path}`);
      expect(res.status(), path).toBe(403);
    }
    // On the Lao delegation's page, the ICD sees only that the delegate needs medical attention.
    await icd.goto(`${focal().url}/meetings/${M}/delegations/${LAO}/health`);
    await icd.getByRole("heading", { name: "Delegates who need medical attention" }).waitFor();
    await icd.getByText(lao.fullName).waitFor();
    expect(await icd.getByText(WHAT).count()).toBe(0);
    expect(await icd.getByText("Paracetamol", { exact: false }).count()).toBe(0);
    await focal().expectAccessible(icd, "delegation health tab (en)");
  });
});
