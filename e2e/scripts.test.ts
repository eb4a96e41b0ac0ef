/**
 * The detailed scripts and the live view (issue 13, points 4 and 6): the head of the Content sub-committee prints the
 * Heads meeting's script in English; on a phone the ICD officer reports a cue delayed and a second browser sees the
 * delay; offline, the live view still shows the script with its "offline" banner. axe in both languages.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto, type Focal } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";

interface SessionRef {
  id: string;
  kind: string;
  titleVi: string;
  titleEn: string;
  start: string;
}

async function sessionOf(focal: Focal, kind: string): Promise<SessionRef> {
  const api = await focal.apiAs("icd@demo.focal");
  const sessions = await api.get<SessionRef[]>(`/meetings/${M}/sessions`);
  const s = sessions.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} session`);
  return s;
}

/** Opens a Select by its label and clicks the option a person sees. */
async function pick(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).first().click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

const optionLabel = (s: SessionRef, lang: "vi" | "en") =>
  `${s.start.slice(8, 10)}/${s.start.slice(5, 7)} ${s.start.slice(11, 16)} · ${lang === "en" ? s.titleEn : s.titleVi}`;

describeWithFocal("scripts and the live view", (focal) => {
  it("the head of Content prints the Heads meeting's script in English", async () => {
    const heads = await sessionOf(focal(), "Heads");
    const page = await focal().newPage({ locale: "en-GB" });
    await focal().login(page, "director.icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/committee/scripts`);
    await page.getByRole("heading", { level: 2, name: text("en", "scripts.title") }).waitFor();
    await pick(page, text("en", "scripts.pickSession"), optionLabel(heads, "en"));
    await page.getByRole("heading", { level: 3, name: heads.titleEn }).waitFor();
    await page.getByRole("cell", { name: "Family photo of the heads of delegation" }).waitFor();
    await page.getByTestId("script-changes").waitFor();
    await focal().expectAccessible(page, "the script of the Heads meeting, in English");
    await focal().screenshot(page, "scripts-heads-en-desktop");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: text("en", "scripts.print.en") }).click();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "focal-script-"));
    const file = path.join(dir, "script.pdf");
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^ACCSM21-script-2022-08-05-0830-en\.pdf$/);
    await d.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    // The print is recorded: the page now compares with it.
    await page
      .getByTestId("script-changes")
      .getByText(text("en", "scripts.changes.none", { revision: 2, at: "" }).split(" (")[0]!)
      .waitFor();

    // The head of Content lengthens the flag ceremony: the script warns (not refuses) and lists the change.
    await page.getByRole("button", { name: text("en", "scripts.editCue", { n: 2 }) }).click();
    const dialog = page.getByRole("dialog", { name: text("en", "scripts.editCue", { n: 2 }) });
    await typeInto(dialog.getByRole("textbox", { name: text("en", "scripts.field.minutes") }), "5");
    await focal().expectAccessible(page, "the cue editor, in English");
    await dialog.getByRole("button", { name: text("en", "scripts.save") }).click();
    await dialog.waitFor({ state: "detached" });
    await page
      .getByTestId("script-warnings")
      .getByText("Cue 2 (08:35) and cue 3 (08:38) overlap by 2 minutes.")
      .waitFor();
    await page
      .getByTestId("script-changes")
      .getByText(
        text("en", "scripts.changes.changed", {
          time: "08:35",
          what: "Flag ceremony: national anthem of Viet Nam and the ASEAN anthem",
          fields: text("en", "scripts.field.minutes"),
        }),
      )
      .waitFor();
    await focal().expectAccessible(page, "the script with warnings, in English");
  });

  it("on a phone the ICD officer reports a cue delayed; a second browser sees the delay", async () => {
    const heads = await sessionOf(focal(), "Heads");
    const url = `${focal().url}/meetings/${M}/live?session=${heads.id}`;
    const phone = await focal().newPage({ viewport: { width: 375, height: 812 } });
    await focal().login(phone, "icd@demo.focal", { lang: "vi" });
    await phone.goto(url);
    const now = phone.locator("[data-cue]").first();
    await now.getByText("Đại biểu vào hội trường, ổn định chỗ ngồi theo sơ đồ").waitFor();

    const other = await focal().newPage();
    await focal().login(other, "director.icd@demo.focal", { lang: "vi" });
    await other.goto(url);
    await other
      .locator("[data-cue]")
      .first()
      .getByText("Đại biểu vào hội trường, ổn định chỗ ngồi theo sơ đồ")
      .waitFor();
    await focal().expectAccessible(phone, "the live view on a phone, in Vietnamese");

    await typeInto(now.getByRole("textbox", { name: text("vi", "scripts.live.delayMinutes") }), "7");
    await now.getByRole("button", { name: text("vi", "scripts.live.delayConfirm", { n: 7 }) }).click();
    await now
      .getByTestId("cue-delay")
      .getByText(text("vi", "scripts.live.delay", { n: 7 }))
      .waitFor();
    // The other browser, which only polls, sees it.
    await other
      .locator("[data-cue]")
      .first()
      .getByTestId("cue-delay")
      .getByText(text("vi", "scripts.live.delay", { n: 7 }))
      .waitFor();
    await focal().screenshot(phone, "scripts-live-delayed-vi-phone");
    await focal().expectAccessible(phone, "the live view with a delay, in Vietnamese");
    // The script in Vietnamese shows the delay too.
    await other.goto(`${focal().url}/meetings/${M}/committee/scripts/${heads.id}`);
    await other.getByRole("heading", { level: 3, name: heads.titleVi }).waitFor();
    await other.getByRole("cell", { name: "Chụp ảnh chung các trưởng đoàn" }).waitFor();
    await focal().expectAccessible(other, "the script of the Heads meeting, in Vietnamese");
    await focal().screenshot(other, "scripts-heads-vi-desktop");
  });

  it("offline, the live view keeps showing the script with a banner", async () => {
    const plus3 = await sessionOf(focal(), "Heads+3");
    const page = await focal().newPage({ viewport: { width: 375, height: 812 }, locale: "en-GB" });
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/committee/scripts/${plus3.id}`);
    await page.getByRole("heading", { level: 3, name: plus3.titleEn }).waitFor();
    await page.getByRole("link", { name: text("en", "scripts.live") }).click();
    await page.getByRole("heading", { level: 1, name: text("en", "scripts.live.title") }).waitFor();
    const list = page.getByTestId("live-script");
    await list.getByText("ASEAN+3 family photo").waitFor();
    await focal().expectAccessible(page, "the live view, in English");

    await page.context().setOffline(true);
    await page.getByTestId("live-offline").waitFor();
    // Navigating within the app and back: the live view comes back from the copy on the device.
    await page.getByRole("link", { name: text("en", "scripts.live.back") }).click();
    await page.getByRole("heading", { level: 2, name: text("en", "scripts.title") }).waitFor();
    await page.goBack();
    await page.getByTestId("live-offline").waitFor();
    await list.getByText("ASEAN+3 family photo").waitFor();
    expect(await page.getByTestId("live-offline").textContent()).toMatch(/^Offline — as of \d{2}:\d{2}$/);
    await focal().screenshot(page, "scripts-live-offline-en-phone");
    await page.context().setOffline(false);
  });
});
