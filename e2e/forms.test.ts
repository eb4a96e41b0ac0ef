/**
 * Dates and times in forms are typed as dd/mm/yyyy and 24-hour hh:mm in both languages, whatever the browser's
 * locale (a native date input in an en-US browser shows mm/dd/yyyy and AM/PM). An ICD officer in an en-US browser
 * edits ACCSM 21: the start date reads 02/08/2022, a new registration deadline (date + time, the meeting's time zone)
 * is saved and shown again after a reload, and an impossible date is named and not saved. In Vietnamese, a session's
 * times are typed as 9:30 / 1045, a time that does not exist is refused in Vietnamese, and the session is saved.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text } from "./harness";
import { demoIds } from "../src/server/seed/ids";

const M = demoIds.meetingAccsm21;

interface MeetingBody {
  startDate: string;
  endDate: string;
  timeZone: string;
  registrationDeadline: string | null;
  version: number;
}
interface SessionBody {
  id: string;
  start: string;
  end: string;
  version: number;
}

const deadlineGroup = (page: Page) =>
  page.getByRole("group", { name: text("en", "meetings.field.registrationDeadline") });

describeWithFocal("dates and times in forms", (focal) => {
  it("an ICD officer in an en-US browser sees dd/mm/yyyy, saves a deadline date and time, and cannot save 31/02", async () => {
    const f = focal();
    const en = (key: string, p?: Record<string, string | number>) => text("en", key, p);
    const icd = await f.apiAs("icd@demo.focal");
    const before = await icd.get<MeetingBody>(`/meetings/${M}`);
    expect(before.startDate).toBe("2022-08-02");
    expect(before.timeZone).toBe("Asia/Ho_Chi_Minh");

    const page = await f.newPage({ locale: "en-US" });
    await f.login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${f.url}/meetings/${M}/edit`);
    await page.getByRole("heading", { name: en("meetings.editTitle") }).waitFor();

    // Day first, as typed text: not the browser's mm/dd/yyyy date picker.
    const start = page.getByLabel(en("meetings.field.startDate"));
    await expect.poll(() => start.inputValue()).toBe("02/08/2022");
    expect(await start.evaluate((el) => (el as HTMLInputElement).type)).toBe("text");
    expect(await start.getAttribute("placeholder")).toBe("dd/mm/yyyy");
    expect(await page.getByLabel(en("meetings.field.endDate")).inputValue()).toBe("06/08/2022");
    expect(await page.locator("input[type=date], input[type=time], input[type=datetime-local]").count()).toBe(0);

    // The registration deadline: a date and a 24-hour time, side by side, in the meeting's time zone.
    const group = deadlineGroup(page);
    const deadlineDate = group.getByLabel(en("common.date.label"));
    const deadlineTime = group.getByLabel(en("common.time.label"));
    await deadlineDate.fill("20/07/2022");
    await deadlineTime.fill("1730");
    await deadlineTime.blur();
    await expect.poll(() => deadlineTime.inputValue()).toBe("17:30");
    await f.expectAccessible(page, "the meeting form");
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.waitForURL(`**/meetings/${M}`);
    await expect
      .poll(async () => (await icd.get<MeetingBody>(`/meetings/${M}`)).registrationDeadline)
      .toBe("2022-07-20T17:30:00+07:00");
    const saved = await icd.get<MeetingBody>(`/meetings/${M}`);
    expect(saved.startDate).toBe("2022-08-02");
    expect(saved.endDate).toBe("2022-08-06");

    // A reload of the form shows what was saved.
    await page.goto(`${f.url}/meetings/${M}/edit`);
    await expect.poll(() => deadlineGroup(page).getByLabel(en("common.date.label")).inputValue()).toBe("20/07/2022");
    expect(await deadlineGroup(page).getByLabel(en("common.time.label")).inputValue()).toBe("17:30");
    expect(await page.getByLabel(en("meetings.field.startDate")).inputValue()).toBe("02/08/2022");

    // An impossible day is named in English when the field is left, and the form is not sent.
    const start2 = page.getByLabel(en("meetings.field.startDate"));
    await start2.fill("31/02/2022");
    await start2.blur();
    await page.getByText(en("common.date.invalid")).waitFor();
    expect(await start2.getAttribute("aria-invalid")).toBe("true");
    // A time that does not exist (24:00 is the next day's 00:00) is refused too.
    const time2 = deadlineGroup(page).getByLabel(en("common.time.label"));
    await time2.fill("24:00");
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.getByText(en("common.time.invalid")).waitFor();
    expect(page.url()).toMatch(/\/edit$/);
    await f.expectAccessible(page, "the meeting form showing invalid fields");
    const after = await icd.get<MeetingBody>(`/meetings/${M}`);
    expect(after.startDate).toBe("2022-08-02");
    expect(after.registrationDeadline).toBe("2022-07-20T17:30:00+07:00");
    expect(after.version).toBe(saved.version);
  });

  it("in Vietnamese, a session's day reads dd/mm/yyyy, times are 24-hour and 24:00 is refused", async () => {
    const f = focal();
    const vi = (key: string, p?: Record<string, string | number>) => text("vi", key, p);
    const icd = await f.apiAs("icd@demo.focal");
    const sessions = await icd.get<SessionBody[]>(`/meetings/${M}/sessions`);
    const s = sessions[0]!;
    const day = s.start.slice(0, 10);
    const dmy = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

    const page = await f.newPage({ locale: "en-US" });
    await f.login(page, "icd@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/meetings/${M}/programme/${s.id}/edit`);
    await page.getByRole("heading", { name: vi("meetings.session.editTitle") }).waitFor();
    const dayField = page.getByLabel(vi("meetings.session.day"));
    await expect.poll(() => dayField.inputValue()).toBe(dmy);
    const from = page.getByLabel(vi("meetings.session.from"));
    const to = page.getByLabel(vi("meetings.session.to"));
    expect(await from.inputValue()).toBe(s.start.slice(11, 16));

    await from.fill("24:00");
    await from.blur();
    await page.getByText(vi("common.time.invalid")).waitFor();
    await page.getByRole("button", { name: vi("common.save"), exact: true }).click();
    expect(page.url()).toMatch(/\/edit$/);
    await f.expectAccessible(page, "the session form showing an invalid time");

    await from.fill("9:30");
    await to.fill("1045");
    await to.blur();
    await expect.poll(() => to.inputValue()).toBe("10:45");
    await page.getByRole("button", { name: vi("common.save"), exact: true }).click();
    await page.waitForURL(`**/meetings/${M}/programme/${s.id}`);
    await expect
      .poll(async () => (await icd.get<SessionBody[]>(`/meetings/${M}/sessions`)).find((x) => x.id === s.id)!.start)
      .toBe(`${day}T09:30:00+07:00`);
    const saved = (await icd.get<SessionBody[]>(`/meetings/${M}/sessions`)).find((x) => x.id === s.id)!;
    expect(saved.end).toBe(`${day}T10:45:00+07:00`);
    expect(saved.version).toBe(s.version + 1);

    await page.goto(`${f.url}/meetings/${M}/programme/${s.id}/edit`);
    await expect.poll(() => page.getByLabel(vi("meetings.session.from")).inputValue()).toBe("09:30");
    expect(await page.getByLabel(vi("meetings.session.to")).inputValue()).toBe("10:45");
    expect(await page.getByLabel(vi("meetings.session.day")).inputValue()).toBe(dmy);
  });
});
