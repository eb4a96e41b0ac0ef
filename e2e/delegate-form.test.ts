/**
 * One delegate form for the host (the add-a-delegate page) and the delegation contact (the "Add a delegate" dialog):
 * the same fields and the same checks in both, typed key by key. Each refuses a missing name by naming the field in
 * the page's language and a departure before the arrival at the field, sends nothing while refusing, then saves what
 * was typed. (The contact's dialog used to be a second copy of the form that did not check the travel dates.)
 */
import { expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { describeWithFocal, text, typeInto, type Focal } from "./harness";
import { demoIds } from "../src/server/seed/ids";
import { demoDelegationIds } from "../src/server/modules/meetings/seed";
import type { Lang } from "../src/web/i18n/index";

const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const delegatesPath = `/meetings/${M}/delegations/${THA}/delegates`;

interface DelegateBody {
  id: string;
  fullName: string;
  position: string | null;
  arrivalDate: string | null;
  departureDate: string | null;
}

/** A field by its label, whether or not the label carries the required asterisk. */
const label = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*\\*)?$`);

/** Types the same delegate into `form` twice: first without a name and with a departure before the arrival. */
async function fillTwice(
  f: Focal,
  page: Page,
  form: Locator,
  lang: Lang,
  words: "meetings.delegate" | "registration.field",
  name: string,
) {
  const icd = await f.apiAs("icd@demo.focal");
  const field = (k: string) => form.getByLabel(label(text(lang, `${words}.${k}`)));
  const before = (await icd.get<DelegateBody[]>(delegatesPath)).length;
  await typeInto(field("position"), "Deputy Director");
  await typeInto(field("arrivalDate"), "10/08/2022");
  await typeInto(field("departureDate"), "08/08/2022");
  await form.getByRole("button", { name: text(lang, "common.save"), exact: true }).click();

  const nameMissing = text(lang, "common.field.required", { field: text(lang, `${words}.fullName`) });
  await form.getByText(nameMissing).waitFor();
  await form.getByText(text(lang, "meetings.delegate.departureBeforeArrival")).waitFor();
  expect(await field("fullName").getAttribute("aria-invalid")).toBe("true");
  expect(await field("position").inputValue()).toBe("Deputy Director");
  expect((await icd.get<DelegateBody[]>(delegatesPath)).length).toBe(before);

  await typeInto(field("fullName"), name);
  await expect.poll(() => form.getByText(nameMissing).count()).toBe(0);
  await typeInto(field("departureDate"), "12/08/2022");
  await form.getByRole("button", { name: text(lang, "common.save"), exact: true }).click();
  await expect
    .poll(async () => (await icd.get<DelegateBody[]>(delegatesPath)).find((d) => d.fullName === name)?.id ?? null)
    .not.toBeNull();
  const id = (await icd.get<DelegateBody[]>(delegatesPath)).find((d) => d.fullName === name)!.id;
  const saved = await icd.get<DelegateBody>(`${delegatesPath}/${id}`);
  expect([saved.position, saved.arrivalDate, saved.departureDate]).toEqual([
    "Deputy Director",
    "2022-08-10",
    "2022-08-12",
  ]);
}

describeWithFocal("one delegate form for the host and the contact", (focal) => {
  it("the host's add-a-delegate page names the missing name, refuses a departure before the arrival, then saves", async () => {
    const f = focal();
    const page = await f.newPage({ locale: "en-US" });
    await f.login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${f.url}${delegatesPath}/new`);
    await page.getByRole("heading", { name: text("en", "meetings.delegate.new") }).waitFor();
    await fillTwice(f, page, page.locator("form"), "en", "meetings.delegate", "Host Form Tester (e2e)");
    await page.waitForURL((u) => /\/delegates\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.context().close();
  });

  it("the contact's Add a delegate dialog does the same in Vietnamese", async () => {
    const f = focal();
    const page = await f.newPage();
    await f.login(page, "contact.thailand@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/register/${M}/${THA}`);
    await page.getByRole("button", { name: text("vi", "registration.delegates.add") }).click();
    const dialog = page.getByRole("dialog");
    await fillTwice(f, page, dialog, "vi", "registration.field", "Contact Form Tester (e2e)");
    await dialog.waitFor({ state: "detached" });
    await page.context().close();
  });
});
