/**
 * More cooperation register journeys (issue 12): the annual plan (a unit proposes, the ICD includes), the rule table
 * (the ICD edits a rule's reason and a new version appears), the partner directory (the ICD adds a partner and finds
 * it without diacritics), attachments on an activity (a real PDF listed, a program renamed .pdf refused) and the
 * documents register. Each journey makes its own data; none relies on another's changes.
 */
import PDFDocument from "pdfkit";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto, type Focal } from "./harness";

/** Opens a Select by its label and clicks the option a person sees. */
async function pick(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label }).first().click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function signIn(focal: Focal, email: string, lang: "vi" | "en" = "vi") {
  const page = await focal.newPage({ locale: lang === "vi" ? "vi-VN" : "en-GB" });
  await focal.login(page, email, { lang });
  await page.locator("#app-navbar a[data-area=cooperation]").click();
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

/** Opens one of the register's tabs as a person does. */
async function tab(page: Page, key: string, lang: "vi" | "en" = "vi") {
  await page
    .getByRole("navigation", { name: text(lang, "cooperation.tabs.label") })
    .getByRole("link", { name: text(lang, key) })
    .click();
}

/** A one-page PDF written by pdfkit. */
function smallPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.text("Invitation letter (sample data)");
    doc.end();
  });
}

describeWithFocal("more cooperation journeys", (focal) => {
  it("the annual plan: a unit officer proposes an item, the ICD includes it", async () => {
    const year = String(Number(new Date().toISOString().slice(0, 4)) + 1);
    const title = "Đoàn nghiên cứu quản lý hồ sơ điện tử tại Hàn Quốc (dữ liệu mẫu)";
    const unit = await signIn(focal(), "unit.archives@demo.focal");
    await tab(unit, "cooperation.tabs.plan");
    await pick(unit, text("vi", "cooperation.plan.year"), year);
    await unit.getByRole("heading", { level: 1, name: text("vi", "cooperation.plan.title", { year }) }).waitFor();
    await unit.getByRole("button", { name: text("vi", "cooperation.plan.propose") }).click();
    const dialog = unit.getByRole("dialog", { name: text("vi", "cooperation.plan.propose") });
    await typeInto(dialog.getByRole("textbox", { name: text("vi", "cooperation.form.titleVi") }), title);
    await typeInto(dialog.getByRole("textbox", { name: text("vi", "cooperation.plan.monthFrom") }), "5");
    await typeInto(dialog.getByRole("textbox", { name: text("vi", "cooperation.plan.monthTo") }), "6");
    await focal().expectAccessible(unit, "the plan item form");
    await dialog.getByRole("button", { name: text("vi", "cooperation.plan.propose") }).click();
    await dialog.waitFor({ state: "hidden" });
    const unitRow = unit.locator("tr[data-item]", { hasText: title });
    await unitRow.getByText(text("vi", "cooperation.itemStatus.proposed")).waitFor();
    await focal().expectAccessible(unit, "the plan with the proposed item");

    const icd = await signIn(focal(), "icd@demo.focal", "en");
    await tab(icd, "cooperation.tabs.plan", "en");
    await pick(icd, text("en", "cooperation.plan.year"), year);
    const row = icd.locator("tr[data-item]", { hasText: title });
    await row.getByRole("button", { name: text("en", "cooperation.plan.include") }).click();
    await row.getByText(text("en", "cooperation.itemStatus.included")).waitFor();
    await expect.poll(() => row.getByRole("button", { name: text("en", "cooperation.plan.include") }).count()).toBe(0);
    await focal().expectAccessible(icd, "the plan after the ICD included the item");

    // The unit sees it included.
    await unit.reload();
    await unit
      .locator("tr[data-item]", { hasText: title })
      .getByText(text("vi", "cooperation.itemStatus.included"))
      .waitFor();
    for (const p of [unit, icd]) await p.context().close();
  });

  it("the rule table: the ICD edits a rule's reason and a new version appears", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    const before = await api.get<{ version: number; rules: { id: string; reasonVi: string }[] }>("/cooperation/rules");
    const page = await signIn(focal(), "icd@demo.focal");
    await tab(page, "cooperation.tabs.rules");
    await page.getByRole("heading", { level: 1, name: text("vi", "cooperation.rules.title") }).waitFor();
    await page.getByText(text("vi", "cooperation.rules.version", { version: before.version })).waitFor();
    const first = page.locator("li[data-rule]").first();
    const ruleId = await first.getAttribute("data-rule");
    await first.getByRole("button", { name: text("vi", "cooperation.rules.edit") }).click();
    const dialog = page.getByRole("dialog");
    const reason = "Hoạt động ngoài kế hoạch cần Bộ trưởng cho phép (sửa thử).";
    await typeInto(dialog.getByRole("textbox", { name: text("vi", "cooperation.rules.reasonVi") }), reason);
    await typeInto(dialog.getByRole("textbox", { name: text("vi", "cooperation.rules.note") }), "Sửa lý do");
    await focal().expectAccessible(page, "the rule editor");
    await dialog.getByRole("button", { name: text("vi", "cooperation.rules.save") }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText(text("vi", "cooperation.rules.version", { version: before.version + 1 })).waitFor();
    await page.locator(`li[data-rule="${ruleId}"]`).getByText(reason).waitFor();
    const after = await api.get<{ version: number; rules: { id: string; reasonVi: string }[] }>("/cooperation/rules");
    expect(after.version).toBe(before.version + 1);
    expect(after.rules.find((r) => r.id === ruleId)?.reasonVi).toBe(reason);
    await focal().expectAccessible(page, "the rule table after the edit");
    await page.context().close();
  });

  it("the partner directory: the ICD adds a partner and finds it without diacritics", async () => {
    const page = await signIn(focal(), "icd@demo.focal");
    await tab(page, "cooperation.tabs.partners");
    await page.getByRole("heading", { level: 1, name: text("vi", "cooperation.partners.title") }).waitFor();
    await page.getByRole("button", { name: text("vi", "cooperation.partners.add") }).click();
    const dialog = page.getByRole("dialog", { name: text("vi", "cooperation.partners.add") });
    await typeInto(
      dialog.getByRole("textbox", { name: text("vi", "cooperation.partners.nameVi") }),
      "Học viện Công vụ Đan Mạch (dữ liệu mẫu)",
    );
    await typeInto(
      dialog.getByRole("textbox", { name: text("vi", "cooperation.partners.nameEn") }),
      "Danish School of Public Service (sample data)",
    );
    await typeInto(dialog.getByRole("textbox", { name: text("vi", "cooperation.partners.shortName") }), "DSPS");
    await pick(page, text("vi", "cooperation.partners.col.kind"), text("vi", "cooperation.partnerKind.university"));
    await typeInto(dialog.getByLabel(text("vi", "cooperation.partners.col.country"), { exact: true }), "dan mach");
    await page.getByRole("option", { name: "Đan Mạch (DNK)" }).click();
    await focal().expectAccessible(page, "the partner form");
    await dialog.getByRole("button", { name: text("vi", "cooperation.partners.add") }).click();
    await dialog.waitFor({ state: "hidden" });

    await typeInto(
      page.getByRole("searchbox", { name: text("vi", "cooperation.partners.search") }),
      "hoc vien cong vu dan mach",
    );
    const row = page.getByRole("row", { name: /Học viện Công vụ Đan Mạch/ });
    await row.waitFor();
    await row.getByText("Đan Mạch", { exact: true }).waitFor();
    await expect.poll(() => page.getByRole("row").count()).toBe(2); // the header and the partner
    await focal().expectAccessible(page, "the partner found without diacritics");
    await page.context().close();
  });

  it("attachments: a PDF is listed; a program renamed .pdf is refused with the reason", async () => {
    const api = await focal().apiAs("unit.archives@demo.focal");
    const access = await api.get<{ units: { id: string }[] }>("/cooperation/access");
    const title = "Tiếp Đoàn Lưu trữ quốc gia Hoa Kỳ (dữ liệu mẫu)";
    const draft = await api.post<{ id: string }>("/cooperation/activities", {
      unitId: access.units[0]!.id,
      kind: "guests",
      titleVi: title,
    });
    const page = await signIn(focal(), "unit.archives@demo.focal");
    await page.goto(`${focal().url}/cooperation/activities/${draft.id}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const section = page.getByRole("region", { name: text("vi", "cooperation.activity.attachments") });
    await section.getByText(text("vi", "cooperation.activity.noAttachments")).waitFor();

    const choose = async (name: string, mimeType: string, buffer: Buffer) => {
      const chooser = page.waitForEvent("filechooser");
      await section.getByRole("button", { name: text("vi", "cooperation.activity.attachFile") }).click();
      await (await chooser).setFiles({ name, mimeType, buffer });
      await section.getByText(name).waitFor();
      await section.getByRole("button", { name: text("vi", "cooperation.activity.attach"), exact: true }).click();
    };

    await choose("thu-moi.pdf", "application/pdf", await smallPdf());
    await section.getByRole("button", { name: "thu-moi.pdf" }).waitFor();
    await section.getByText(text("vi", "cooperation.attachment.invitation")).first().waitFor();
    await focal().expectAccessible(page, "the activity with its attachment");

    // A Windows program (MZ header) renamed .pdf: refused, and nothing added.
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), Buffer.alloc(512)]);
    await choose("chuong-trinh.pdf", "application/pdf", exe);
    await section.getByRole("alert").getByText("Chỉ nhận tệp PDF, Word (.doc, .docx), JPEG hoặc PNG.").waitFor();
    expect(await section.getByRole("button", { name: "chuong-trinh.pdf" }).count()).toBe(0);
    const stored = await api.get<{ attachments: { fileName: string }[] }>(`/cooperation/activities/${draft.id}`);
    expect(stored.attachments.map((f) => f.fileName)).toEqual(["thu-moi.pdf"]);
    await focal().expectAccessible(page, "the refused attachment");
    await page.context().close();
  });

  it("the documents register: numbers by issuer and year, each linked to its activity", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    const year = new Date().toISOString().slice(0, 4);
    const icdNumbers = await api.get<{ number: string; recordLabel: string | null }[]>(
      `/documents/register?issuer=ICD&year=${year}`,
    );
    const personnelNumbers = await api.get<{ number: string }[]>(`/documents/register?issuer=PERSONNEL&year=${year}`);
    expect(icdNumbers.length).toBeGreaterThan(0); // the demo's routes issued submissions this year

    const page = await signIn(focal(), "icd@demo.focal");
    await tab(page, "cooperation.tabs.register");
    await page.getByRole("heading", { level: 1, name: text("vi", "cooperation.register.title") }).waitFor();
    const first = icdNumbers[0]!;
    const row = page.locator(`tr[data-number="${first.number}"]`);
    await row.waitFor();
    expect(first.number).toMatch(/\/TTr-HTQT$/);
    await page.getByText(text("vi", "cooperation.register.count", { n: icdNumbers.length })).waitFor();
    await focal().expectAccessible(page, "the ICD's register");

    // The Personnel Department's register of the year, then back to the activity a submission belongs to.
    await pick(
      page,
      text("vi", "cooperation.register.issuerLabel"),
      text("vi", "cooperation.register.issuer.PERSONNEL"),
    );
    await expect.poll(() => new URL(page.url()).searchParams.get("issuer")).toBe("PERSONNEL");
    if (personnelNumbers.length) await page.locator(`tr[data-number="${personnelNumbers[0]!.number}"]`).waitFor();
    else
      await page
        .getByText(
          text("vi", "cooperation.register.empty", {
            issuer: text("vi", "cooperation.register.issuer.PERSONNEL"),
            year,
          }),
        )
        .waitFor();
    await pick(page, text("vi", "cooperation.register.issuerLabel"), text("vi", "cooperation.register.issuer.ICD"));
    const label = first.recordLabel ?? "";
    expect(label).not.toBe("");
    await page.locator(`tr[data-number="${first.number}"]`).getByRole("link", { name: label }).click();
    await page.getByRole("heading", { level: 1, name: label.split(" · ").slice(1).join(" · ") }).waitFor();

    // The personnel officer reads only the Personnel Department's register.
    const personnel = await signIn(focal(), "personnel@demo.focal", "en");
    await tab(personnel, "cooperation.tabs.register", "en");
    await personnel.getByRole("heading", { level: 1, name: text("en", "cooperation.register.title") }).waitFor();
    await personnel.getByRole("combobox", { name: text("en", "cooperation.register.issuerLabel") }).click();
    const options = await personnel.getByRole("option").allTextContents();
    expect(options).toEqual([text("en", "cooperation.register.issuer.PERSONNEL")]);
    await personnel.keyboard.press("Escape");
    await focal().expectAccessible(personnel, "the personnel officer's register in English");
    for (const p of [page, personnel]) await p.context().close();
  });

  it("on a 375 px phone: the filters fold behind a button with their count; the working calendar fits", async () => {
    const page = await focal().newPage({ viewport: { width: 375, height: 812 }, locale: "en-GB" });
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/cooperation?kind=agreement`);
    await page.getByRole("heading", { level: 1, name: text("en", "cooperation.title") }).waitFor();
    const toggle = page.getByTestId("coop-filters-toggle");
    expect(await toggle.textContent()).toBe(text("en", "cooperation.list.moreFilters", { n: 1 }));
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await expect
      .poll(() => page.getByRole("combobox", { name: text("en", "cooperation.list.status") }).count())
      .toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await pick(page, text("en", "cooperation.list.status"), text("en", "cooperation.status.approved"));
    await expect.poll(() => new URL(page.url()).searchParams.get("status")).toBe("approved");
    await expect.poll(() => toggle.textContent()).toBe(text("en", "cooperation.list.moreFilters", { n: 2 }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await focal().expectAccessible(page, "the phone's open filters");
    await focal().screenshot(page, "e2e-coop-phone-filters-en");

    await page.context().close();
    const admin = await focal().newPage({ viewport: { width: 375, height: 812 }, locale: "vi-VN" });
    await focal().login(admin, "admin@demo.focal", { lang: "vi" });
    await admin.goto(`${focal().url}/admin/calendar`);
    await admin.getByRole("table").waitFor();
    // Nothing scrolls sideways: neither the page nor the table's own container.
    const overflow = await admin
      .getByRole("table")
      .evaluate((el) => [el.scrollWidth, el.parentElement!.clientWidth, document.documentElement.scrollWidth]);
    expect(overflow[0]).toBeLessThanOrEqual(overflow[1]!);
    expect(overflow[2]).toBeLessThanOrEqual(375);
    await focal().expectAccessible(admin, "the working calendar on a phone");
    await admin.context().close();
  });
});
