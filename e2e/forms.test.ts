/**
 * Dates and times in forms are typed as dd/mm/yyyy and 24-hour hh:mm in both languages, whatever the browser's
 * locale (a native date input in an en-US browser shows mm/dd/yyyy and AM/PM). An ICD officer in an en-US browser
 * edits ACCSM 21: the start date reads 02/08/2022, a new registration deadline (date + time, the meeting's time zone)
 * is saved and shown again after a reload, and an impossible date is named and not saved. In Vietnamese, a session's
 * times are typed as 9:30 / 1045, a time that does not exist is refused in Vietnamese, and the session is saved.
 * A Thailand delegate is edited (passport and birth dates as dd/mm/yyyy, arrival typed 1415, 31/04/2030 refused)
 * and added; the delegation is edited; Thailand's contact edits a delegate's times in the registration portal; the
 * purge date on the Exports tab is typed the same way. Every save shows its notice and goes where the app sends it.
 * These journeys run with the system's motion preference unset, so dialogs and notices slide and fade as most people
 * see them (the other journeys ask for reduced motion).
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;

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

interface DelegateBody {
  id: string;
  fullName: string;
  gender: string | null;
  passportExpiry: string | null;
  dateOfBirth: string | null;
  arrivalDate: string | null;
  arrivalTime: string | null;
  departureTime: string | null;
  accreditationStatus: string;
  version: number;
}
interface DelegationBody {
  contactName: string | null;
  version: number;
}

/** ISO "2030-04-15" → "15/04/2030". */
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The app's English date, day first and never ambiguous: ISO "2030-04-15" → "15 Apr 2030". */
const enDate = (iso: string) => `${iso.slice(8, 10)} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The notice a save shows in the corner (Mantine's notification). */
const notice = (page: Page, message: string) =>
  page.locator(".mantine-Notification-root").filter({ hasText: message }).first();

/** No native date, time or date-time inputs (they follow the browser's locale). */
const nativeInputs = (page: Page) =>
  page.locator("input[type=date], input[type=time], input[type=datetime-local]").count();

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

    const page = await f.newPage({ locale: "en-US", reducedMotion: "no-preference" });
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
    await typeInto(deadlineDate, "20/07/2022");
    await typeInto(deadlineTime, "1730");
    await deadlineTime.blur();
    await expect.poll(() => deadlineTime.inputValue()).toBe("17:30");
    await f.expectAccessible(page, "the meeting form");
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.waitForURL(`**/meetings/${M}`);
    await notice(page, en("common.saved")).waitFor();
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
    await typeInto(start2, "31/02/2022");
    await start2.blur();
    await page.getByText(en("common.date.invalid")).waitFor();
    expect(await start2.getAttribute("aria-invalid")).toBe("true");
    // A time that does not exist (24:00 is the next day's 00:00) is refused too.
    const time2 = deadlineGroup(page).getByLabel(en("common.time.label"));
    await typeInto(time2, "24:00");
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

    const page = await f.newPage({ locale: "en-US", reducedMotion: "no-preference" });
    await f.login(page, "icd@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/meetings/${M}/programme/${s.id}/edit`);
    await page.getByRole("heading", { name: vi("meetings.session.editTitle") }).waitFor();
    const dayField = page.getByLabel(vi("meetings.session.day"));
    await expect.poll(() => dayField.inputValue()).toBe(dmy);
    const from = page.getByLabel(vi("meetings.session.from"));
    const to = page.getByLabel(vi("meetings.session.to"));
    expect(await from.inputValue()).toBe(s.start.slice(11, 16));

    await typeInto(from, "24:00");
    await from.blur();
    await page.getByText(vi("common.time.invalid")).waitFor();
    await page.getByRole("button", { name: vi("common.save"), exact: true }).click();
    expect(page.url()).toMatch(/\/edit$/);
    await f.expectAccessible(page, "the session form showing an invalid time");

    await typeInto(from, "9:30");
    await typeInto(to, "1045");
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

describeWithFocal("dates and times in the delegate forms, and where their saves lead", (focal) => {
  const en = (key: string, p?: Record<string, string | number>) => text("en", key, p);
  const delegatesPath = `/meetings/${M}/delegations/${THA}/delegates`;

  it("the ICD officer in an en-US browser edits a Thailand delegate: dd/mm/yyyy dates, arrival typed 1415, 31/04/2030 refused", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const list = await icd.get<DelegateBody[]>(delegatesPath);
    const d = list.find((x) => x.passportExpiry && x.dateOfBirth && x.arrivalDate && x.arrivalTime)!;
    expect(d, "a Thailand delegate with passport, birth and arrival details").toBeTruthy();

    const page = await f.newPage({ locale: "en-US", reducedMotion: "no-preference" });
    await f.login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${f.url}${delegatesPath}/${d.id}/edit`);
    await page.getByRole("heading", { name: en("meetings.delegate.editTitle", { name: d.fullName }) }).waitFor();
    expect(await nativeInputs(page)).toBe(0);

    // Day first, as typed text, whatever the browser's locale.
    const expiry = page.getByLabel(en("meetings.delegate.passportExpiry"), { exact: true });
    const birth = page.getByLabel(en("meetings.delegate.dateOfBirth"), { exact: true });
    const arrival = page.getByLabel(en("meetings.delegate.arrivalTime"), { exact: true });
    await expect.poll(() => expiry.inputValue()).toBe(dmy(d.passportExpiry!));
    expect(await expiry.getAttribute("placeholder")).toBe("dd/mm/yyyy");
    expect(await birth.inputValue()).toBe(dmy(d.dateOfBirth!));
    expect(await page.getByLabel(en("meetings.delegate.arrivalDate"), { exact: true }).inputValue()).toBe(
      dmy(d.arrivalDate!),
    );
    expect(await arrival.inputValue()).toBe(d.arrivalTime);

    // 31 April does not exist: named at the field when it is left, and the form is not sent.
    await typeInto(expiry, "31/04/2030");
    await expiry.blur();
    const expiryError = page.getByText(en("common.date.invalid"));
    await expiryError.waitFor();
    expect(await expiry.getAttribute("aria-invalid")).toBe("true");
    expect(await expiry.getAttribute("aria-describedby")).toContain(await expiryError.getAttribute("id"));
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/\/edit$/);
    await f.expectAccessible(page, "the delegate form showing an impossible date");
    expect((await icd.get<DelegateBody>(`${delegatesPath}/${d.id}`)).version).toBe(d.version);

    // A real day typed with dots is shown as dd/mm/yyyy; the arrival time typed as four digits reads 14:15.
    await typeInto(expiry, "15.4.2030");
    await expiry.blur();
    await expect.poll(() => expiry.inputValue()).toBe("15/04/2030");
    await typeInto(arrival, "1415");
    await arrival.blur();
    await expect.poll(() => arrival.inputValue()).toBe("14:15");
    expect(await page.getByText(en("common.date.invalid")).count()).toBe(0);
    await f.expectAccessible(page, "the delegate form");
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();

    // Saved: the notice, and the delegate's page (not the form).
    await page.waitForURL(`**${delegatesPath}/${d.id}`);
    const saved = await icd.get<DelegateBody>(`${delegatesPath}/${d.id}`);
    await notice(
      page,
      d.accreditationStatus === "accredited" && saved.accreditationStatus === "pending"
        ? en("meetings.delegate.backToPending")
        : en("common.saved"),
    ).waitFor();
    expect(saved.passportExpiry).toBe("2030-04-15");
    expect(saved.dateOfBirth).toBe(d.dateOfBirth);
    expect(saved.arrivalTime).toBe("14:15");
    expect(saved.departureTime).toBe(d.departureTime);
    expect(saved.version).toBe(d.version + 1);

    // The delegate's page in English: the time as 24-hour 14:15, days never month first ("15 Apr 2030").
    const identity = page.locator("section[aria-labelledby=delegate-identity]");
    const travel = page.locator("section[aria-labelledby=delegate-travel]");
    await expect.poll(() => travel.textContent()).toContain(`${enDate(d.arrivalDate!)} 14:15`);
    expect(await identity.textContent()).toContain(enDate("2030-04-15"));
    expect(await identity.textContent()).toContain(enDate(d.dateOfBirth!));
    await f.expectAccessible(page, "the delegate page after the save");
    // In Vietnamese the same page shows the days as dd/mm/yyyy.
    await f.setLanguage(page, "vi");
    await expect.poll(() => travel.textContent()).toContain(`${dmy(d.arrivalDate!)} 14:15`);
    expect(await identity.textContent()).toContain("15/04/2030");
    expect(await identity.textContent()).toContain(dmy(d.dateOfBirth!));

    // The form opened again shows what was saved, as typed.
    await f.setLanguage(page, "en");
    await page.goto(`${f.url}${delegatesPath}/${d.id}/edit`);
    await expect
      .poll(() => page.getByLabel(en("meetings.delegate.passportExpiry"), { exact: true }).inputValue())
      .toBe("15/04/2030");
    expect(await page.getByLabel(en("meetings.delegate.arrivalTime"), { exact: true }).inputValue()).toBe("14:15");
    await page.context().close();
  });

  it("a delegate added with a name and typed arrival only (no gender) lands on its page; the delegation's edit lands on the delegation", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const page = await f.newPage({ locale: "en-US", reducedMotion: "no-preference" });
    await f.login(page, "icd@demo.focal", { lang: "en" });

    await page.goto(`${f.url}${delegatesPath}/new`);
    await page.getByRole("heading", { name: en("meetings.delegate.new") }).waitFor();
    expect(await nativeInputs(page)).toBe(0);
    await typeInto(page.getByLabel(en("meetings.delegate.fullName")), "Added Without Gender (e2e)");
    await typeInto(page.getByLabel(en("meetings.delegate.arrivalDate"), { exact: true }), "3/8/2022");
    const time = page.getByLabel(en("meetings.delegate.arrivalTime"), { exact: true });
    await typeInto(time, "24:00");
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.getByText(en("common.time.invalid")).waitFor();
    expect(page.url()).toMatch(/\/delegates\/new$/);
    await typeInto(time, "9.05");
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.waitForURL((u) => /\/delegates\/[0-9a-f-]{36}$/.test(u.pathname));
    await notice(page, en("common.saved")).waitFor();
    const id = new URL(page.url()).pathname.split("/").pop()!;
    const added = await icd.get<DelegateBody>(`${delegatesPath}/${id}`);
    expect(added.fullName).toBe("Added Without Gender (e2e)");
    expect(added.gender).toBeNull();
    expect([added.arrivalDate, added.arrivalTime]).toEqual(["2022-08-03", "09:05"]);
    await notice(page, en("common.saved")).waitFor({ state: "detached" });

    // The delegation: saving an edit shows the notice and returns to the delegation.
    const before = await icd.get<DelegationBody>(`/meetings/${M}/delegations/${THA}`);
    await page.goto(`${f.url}/meetings/${M}/delegations/${THA}/edit`);
    await page.getByRole("heading", { name: en("meetings.delegation.editTitle") }).waitFor();
    await typeInto(page.getByLabel(en("meetings.delegation.contactName"), { exact: true }), "Contact Renamed (e2e)");
    await page.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.waitForURL(`**/meetings/${M}/delegations/${THA}`);
    await notice(page, en("common.saved")).waitFor();
    const after = await icd.get<DelegationBody>(`/meetings/${M}/delegations/${THA}`);
    expect(after.contactName).toBe("Contact Renamed (e2e)");
    expect(after.version).toBe(before.version + 1);
    await page.context().close();
  });

  it("Thailand's contact types a delegate's arrival and departure times in the portal; 25:00 is refused at the field", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    // The demo keeps registration open (no deadline): the contact's edits are saved directly.
    expect((await icd.get<MeetingBody>(`/meetings/${M}`)).registrationDeadline).toBeNull();
    const d = (await icd.get<DelegateBody[]>(delegatesPath)).find((x) => x.arrivalDate && x.arrivalTime)!;

    const page = await f.newPage({ locale: "en-US", reducedMotion: "no-preference" });
    await f.login(page, "contact.thailand@demo.focal", { lang: "en" });
    await page.goto(`${f.url}/register/${M}/${THA}`);
    await page.getByRole("button", { name: en("registration.card.editOf", { name: d.fullName }) }).click();
    const dialog = page.getByRole("dialog");
    const arrival = dialog.getByLabel(en("registration.field.arrivalTime"), { exact: true });
    const departure = dialog.getByLabel(en("registration.field.departureTime"), { exact: true });
    await expect.poll(() => arrival.inputValue()).toBe(d.arrivalTime);
    expect(await nativeInputs(page)).toBe(0);

    await typeInto(arrival, "25:00");
    await arrival.blur();
    await dialog.getByText(en("common.time.invalid")).waitFor();
    expect(await arrival.getAttribute("aria-invalid")).toBe("true");
    await dialog.getByRole("button", { name: en("common.save"), exact: true }).click();
    await page.waitForTimeout(500);
    expect(await dialog.count()).toBe(1);
    await f.expectAccessible(page, "the portal's delegate form showing an impossible time");
    expect((await icd.get<DelegateBody>(`${delegatesPath}/${d.id}`)).version).toBe(d.version);

    await typeInto(arrival, "0905");
    await typeInto(departure, "18.40");
    await departure.blur();
    await expect.poll(() => departure.inputValue()).toBe("18:40");
    await dialog.getByRole("button", { name: en("common.save"), exact: true }).click();
    await notice(page, en("registration.form.saved", { name: d.fullName })).waitFor();
    await dialog.waitFor({ state: "detached" });
    const saved = await icd.get<DelegateBody>(`${delegatesPath}/${d.id}`);
    expect([saved.arrivalTime, saved.departureTime]).toEqual(["09:05", "18:40"]);
    await page.context().close();
  });

  it("the purge date on the Exports tab is typed as dd/mm/yyyy; 31/04/2030 is refused at the field and not saved", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const page = await f.newPage({ locale: "en-US", reducedMotion: "no-preference" });
    await f.login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${f.url}/meetings/${M}/exports`);
    const field = page.getByLabel(en("exports.privacy.setDate"), { exact: true });
    await field.waitFor();
    expect(await nativeInputs(page)).toBe(0);
    const before = await icd.get<MeetingBody & { purgeAt: string | null }>(`/meetings/${M}`);

    await typeInto(field, "31/04/2030");
    await page.getByRole("button", { name: en("exports.privacy.saveDate") }).click();
    await page.getByText(en("common.date.invalid")).waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await f.expectAccessible(page, "the Exports tab showing an impossible purge date");
    expect((await icd.get<MeetingBody>(`/meetings/${M}`)).version).toBe(before.version);

    await typeInto(field, "6.9.2022");
    await field.blur();
    await expect.poll(() => field.inputValue()).toBe("06/09/2022");
    await page.getByRole("button", { name: en("exports.privacy.saveDate") }).click();
    await page.getByText(en("exports.privacy.date", { date: enDate("2022-09-06") })).waitFor();
    const after = await icd.get<MeetingBody & { purgeAt: string | null }>(`/meetings/${M}`);
    expect(after.purgeAt).toBe("2022-09-06");
    expect(after.version).toBe(before.version + 1);
    await page.context().close();
  });

  it("a venue and a room added on the Venues tab: the venue form closes, the room form empties, both are listed", async () => {
    const f = focal();
    const icd = await f.apiAs("icd@demo.focal");
    const page = await f.newPage({ locale: "en-US", reducedMotion: "no-preference" });
    await f.login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${f.url}/meetings/${M}/venues`);
    await page.getByRole("button", { name: en("meetings.venue.new") }).click();
    const venueForm = page.getByRole("form", { name: en("meetings.venue.new") });
    await typeInto(venueForm.getByLabel(en("meetings.venue.nameVi")), "Nhà khách (e2e)");
    await typeInto(venueForm.getByLabel(en("meetings.venue.nameEn")), "Guest House (e2e)");
    await venueForm.getByRole("button", { name: en("common.save"), exact: true }).click();
    await venueForm.waitFor({ state: "detached" });
    const card = page.getByRole("region", { name: "Guest House (e2e)" });
    await card.waitFor();

    const roomForm = card.getByRole("form", { name: en("meetings.room.new") });
    await typeInto(roomForm.getByLabel(en("meetings.room.nameVi")), "Phòng A (e2e)");
    await typeInto(roomForm.getByLabel(en("meetings.room.nameEn")), "Room A (e2e)");
    await roomForm.getByRole("button", { name: en("meetings.room.add") }).click();
    await card.getByRole("cell", { name: "Room A (e2e)" }).waitFor();
    await expect.poll(() => roomForm.getByLabel(en("meetings.room.nameEn")).inputValue()).toBe("");
    await f.expectAccessible(page, "the Venues tab after adding a venue and a room");
    const venues = await icd.get<{ nameEn: string; rooms: { nameEn: string }[] }[]>(`/meetings/${M}/venues`);
    expect(venues.find((v) => v.nameEn === "Guest House (e2e)")?.rooms.map((r) => r.nameEn)).toEqual(["Room A (e2e)"]);
    await page.context().close();
  });
});
