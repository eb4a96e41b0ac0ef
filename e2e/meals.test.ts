/**
 * Meals (issue 14, point 4): the ICD opens ACCSM 21's meals and reads the welcome dinner's counts by dietary need (the
 * numbers the API gives), adds a working lunch linked to the bilateral session typed key by key — a cut-off after the
 * meal is refused on the page first — and downloads its kitchen sheet. A registration manager reads the page in
 * Vietnamese without edit buttons, on a phone. axe on each.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { describeWithFocal, text, typeInto } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";

interface MealJson {
  id: string;
  nameEn: string;
  nameVi: string;
  counts: Record<string, number>;
}

/** The cells of a counts table's row, by its header. */
const countIn = async (table: Locator, label: string) =>
  (
    await table
      .getByRole("row", { name: new RegExp(`^${label}`) })
      .getByRole("cell")
      .first()
      .textContent()
  )?.trim();

describeWithFocal("meals", (focal) => {
  it("the ICD reads the welcome dinner's counts by diet, adds a lunch linked to a session and prints its kitchen sheet", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    const meals = await api.get<MealJson[]>(`/meetings/${M}/meals`);
    const dinner = meals.find((m) => m.nameEn === "Welcome dinner for heads of delegation")!;
    const page = await focal().newPage({ locale: "en-GB" });
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/logistics/meals`);
    await page.getByRole("heading", { name: text("en", "meals.title"), level: 2 }).waitFor();

    const card = page.getByRole("article", { name: dinner.nameEn });
    const table = card.getByRole("table", { name: text("en", "meals.counts", { name: dinner.nameEn }) });
    await table.waitFor();
    expect(await countIn(table, text("en", "meals.total"))).toBe(String(dinner.counts.total));
    for (const need of ["halal", "vegetarian"] as const)
      if (dinner.counts[need]! > 0)
        expect(await countIn(table, text("en", `meals.diet.${need}`))).toBe(String(dinner.counts[need]));
    await card.getByText(text("en", "meals.frozen")).waitFor();
    await focal().expectAccessible(page, "meals (en)");
    await focal().screenshot(page, "meals-en-desktop");

    await page.getByRole("button", { name: text("en", "meals.add") }).click();
    const dialog = page.getByRole("dialog", { name: text("en", "meals.form.add") });
    await dialog.waitFor();
    await typeInto(
      dialog.getByRole("textbox", { name: text("en", "meals.field.nameVi") }),
      "Ăn trưa làm việc song phương",
    );
    await typeInto(dialog.getByRole("textbox", { name: text("en", "meals.field.nameEn") }), "Working lunch, bilateral");
    const at = dialog.getByRole("group", { name: text("en", "meals.field.at"), exact: true });
    await typeInto(at.getByRole("textbox", { name: text("en", "common.date.label") }), "05/08/2022");
    await typeInto(at.getByRole("textbox", { name: text("en", "common.time.label") }), "12:45");
    await typeInto(dialog.getByRole("textbox", { name: text("en", "meals.field.place") }), "Phòng ăn VIP");
    const cut = dialog.getByRole("group", { name: text("en", "meals.field.cutoff") });
    await typeInto(cut.getByRole("textbox", { name: text("en", "common.date.label") }), "05/08/2022");
    await typeInto(cut.getByRole("textbox", { name: text("en", "common.time.label") }), "13:00");
    const sessions = dialog.getByRole("combobox", { name: text("en", "meals.field.sessions") });
    await typeInto(sessions, "brunei");
    await page.getByRole("option", { name: /Bilateral meeting Viet Nam – Brunei Darussalam/ }).click();
    // A cut-off after the meal is refused before anything is sent.
    await dialog.getByRole("button", { name: text("en", "meals.save") }).click();
    await dialog.getByText(text("en", "meals.cutoffAfter")).waitFor();
    await typeInto(cut.getByRole("textbox", { name: text("en", "common.time.label") }), "09:00", { clear: true });
    await focal().expectAccessible(page, "meal dialog (en)");
    await dialog.getByRole("button", { name: text("en", "meals.save") }).click();
    await page.getByText(text("en", "meals.saved", { name: "Working lunch, bilateral" })).waitFor();
    await dialog.waitFor({ state: "detached" });

    const lunch = (await api.get<MealJson[]>(`/meetings/${M}/meals`)).find(
      (m) => m.nameEn === "Working lunch, bilateral",
    )!;
    expect(lunch.counts.total).toBeGreaterThan(0);
    const lunchCard = page.getByRole("article", { name: "Working lunch, bilateral" });
    await lunchCard.getByText(/Bilateral meeting Viet Nam – Brunei Darussalam/).waitFor();
    const lunchTable = lunchCard.getByRole("table");
    await expect.poll(() => countIn(lunchTable, text("en", "meals.total"))).toBe(String(lunch.counts.total));

    const download = page.waitForEvent("download");
    await lunchCard
      .getByRole("button", { name: text("en", "meals.kitchenOf", { name: "Working lunch, bilateral" }) })
      .click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/kitchen-2022-08-05-1245-en\.pdf$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "focal-kitchen-")), "kitchen.pdf");
    await d.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("a registration manager reads the meals on a phone in Vietnamese, without edit buttons", async () => {
    const page = await focal().newPage({ viewport: "phone" });
    await focal().login(page, "registration@demo.focal", { lang: "vi" });
    await page.goto(`${focal().url}/meetings/${M}/logistics/meals`);
    await page.getByRole("heading", { name: text("vi", "meals.title"), level: 2 }).waitFor();
    await page.getByRole("article", { name: "Tiệc chào mừng các trưởng đoàn" }).waitFor();
    await page.getByText(text("vi", "meals.readOnly")).waitFor();
    expect(await page.getByRole("button", { name: text("vi", "meals.add") }).count()).toBe(0);
    await focal().expectAccessible(page, "meals on a phone (vi)");
    await focal().screenshot(page, "meals-vi-phone");
  });
});
