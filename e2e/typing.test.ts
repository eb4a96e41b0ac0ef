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

  it("a Vietnamese page names an empty required field in Vietnamese, and a name past its limit is refused, not cut", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const page = await f.newPage();
    await f.login(page, "icd@demo.focal", { lang: "vi" });

    // The host's invitation form, its e-mail emptied: the app's own message, never the browser's English popup
    // (which would also stop the form before the app could say anything).
    await page.goto(`${f.url}/meetings/${M}/delegations/${THA}/registration`);
    await page.getByRole("heading", { name: vi("registration.invite.title") }).waitFor();
    const email = page.locator("input[name=email]");
    await expect.poll(() => email.inputValue()).not.toBe("");
    await typeInto(email, "");
    await page.getByRole("button", { name: vi("registration.invite.send") }).click();
    const required = vi("common.field.required", { field: vi("registration.invite.email") });
    await page.getByText(required).waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    // The form leaves checking to the app: the browser shows no popup of its own.
    expect(await email.evaluate((el) => (el as HTMLInputElement).form?.noValidate)).toBe(true);

    // 201 characters typed into a 200-character name: all kept as typed, the limit said, nothing saved.
    await page.goto(`${f.url}${delegatesPath}/new`);
    await page.getByRole("heading", { name: vi("meetings.delegate.new") }).waitFor();
    const long = "Nguyễn Thị Bích Ngọc ".repeat(10).slice(0, 201);
    expect([...long].length).toBe(201);
    const name = page.getByLabel(label(vi("meetings.delegate.fullName")));
    await typeInto(name, long);
    expect(await name.inputValue()).toBe(long);
    const limit = vi("common.field.tooLong", { max: 200, n: 201 });
    await page.getByText(limit).waitFor();
    await page.getByRole("button", { name: vi("common.save"), exact: true }).click();
    await page.getByText(limit).waitFor();
    await f.screenshot(page, "typing-name-too-long-vi-desktop");
    expect(page.url()).toMatch(/\/delegates\/new$/);
    const list = await icd.get<DelegateBody[]>(delegatesPath);
    expect(list.filter((d) => d.fullName.startsWith("Nguyễn Thị Bích Ngọc Nguyễn"))).toEqual([]);
    // One key less and it is accepted.
    await name.click();
    await name.press("End");
    await name.press("Backspace");
    await expect.poll(() => page.getByText(limit).count()).toBe(0);
    await page.getByRole("button", { name: vi("common.save"), exact: true }).click();
    await page.waitForURL((u) => /\/delegates\/[0-9a-f-]{36}$/.test(u.pathname));
    const id = new URL(page.url()).pathname.split("/").pop()!;
    expect((await icd.get<DelegateBody>(`${delegatesPath}/${id}`)).fullName).toBe(long.slice(0, 200).trim());
    await page.context().close();
  });

  it("titles and names of 300 letters with no space never make a page wider than the screen", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const word = (c: string, n: number) => c.repeat(n);
    const meeting = await icd.post<MeetingBody>("/meetings", {
      code: "LONG-1",
      titleVi: word("Đ", 300),
      titleEn: word("W", 300),
      startDate: "2031-03-02",
      endDate: "2031-03-04",
      cityVi: word("H", 200),
      cityEn: word("H", 200),
      timeZone: "Asia/Ho_Chi_Minh",
    });
    const session = await icd.post<{ id: string }>(`/meetings/${meeting.id}/sessions`, {
      kind: "SOM",
      titleVi: word("Ư", 300),
      titleEn: word("M", 300),
      start: "2031-03-02T09:00",
      end: "2031-03-02T10:00",
      chair: word("C", 300),
    });
    const delegation = await icd.post<{ id: string }>(`/meetings/${meeting.id}/delegations`, {
      nameVi: word("Ơ", 300),
      nameEn: word("Q", 300),
      category: "observer",
    });
    const base = `/meetings/${meeting.id}/delegations/${delegation.id}`;
    const delegate = await icd.post<{ id: string }>(`${base}/delegates`, {
      fullName: word("X", 200),
      position: word("P", 300),
      organisation: word("O", 300),
    });
    const pages = [
      "/meetings",
      `/meetings/${meeting.id}`,
      `/meetings/${meeting.id}/programme`,
      `/meetings/${meeting.id}/programme/${session.id}`,
      `/meetings/${meeting.id}/delegations`,
      base,
      `${base}/delegates/${delegate.id}`,
      `${base}/registration`,
    ];
    for (const viewport of ["phone", "desktop"] as const) {
      const page = await f.newPage({ viewport });
      await f.login(page, "icd@demo.focal", { lang: "vi" });
      for (const path of pages) {
        await page.goto(`${f.url}${path}`);
        await page.locator("#main").waitFor();
        await page.waitForLoadState("networkidle");
        const width = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          // What sticks out, innermost first, to say where the page widened.
          wide: [...document.querySelectorAll("#main *")]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(
              (el) =>
                ![...el.children].some(
                  (c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
                ),
            )
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`),
        }));
        if (path === base) await f.screenshot(page, `long-title-delegation-${viewport}`);
        expect(width.scroll, `${path} at ${viewport} width: ${width.wide.join(", ")}`).toBeLessThanOrEqual(
          width.client,
        );
      }
      await page.context().close();
    }
  });
});
