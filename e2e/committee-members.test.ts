/**
 * The organising committee's members (issue 13, point 1): the ICD officer, in Vietnamese, opens ACCSM 21's committee
 * tab, adds a member from another agency typed key by key, seats them in the Security and Health sub-committee and
 * sees them there; a second seat in the same sub-committee is refused with the server's message; axe is clean in
 * Vietnamese and English. A committee member reads the same page on a phone, with phones to tap and nothing to edit.
 */
import { expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";

const M = demoIds.meetingAccsm21;
const vi = (key: string, p?: Record<string, string | number>) => text("vi", key, p);
const SECURITY = "Tiểu ban An ninh và Y tế";
const NAME = "Đinh Thị Mai Hương";

describeWithFocal("the organising committee's members", (focal) => {
  it("the ICD adds a member from another agency, seats them in Security and Health; a second seat is refused", async () => {
    const f = focal();
    const page = await f.newPage();
    await f.login(page, "icd@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/meetings/${M}`);
    await page.getByRole("link", { name: vi("committee.tab") }).click();
    await page.getByRole("heading", { name: vi("committee.subs.title") }).waitFor();
    const security = page.getByRole("region", { name: SECURITY });
    await security.waitFor();
    await f.expectAccessible(page, "the committee (vi)");

    // A member from the Ministry of Health, typed key by key.
    await page.getByRole("button", { name: vi("committee.members.add") }).click();
    let dialog = page.getByRole("dialog", { name: vi("committee.members.addTitle") });
    await dialog.waitFor();
    await typeInto(dialog.getByRole("textbox", { name: new RegExp(`^${vi("committee.field.fullName")}`) }), NAME);
    await typeInto(dialog.getByRole("textbox", { name: /^Cơ quan \(tiếng Việt\)/ }), "Bộ Y tế");
    await typeInto(dialog.getByRole("textbox", { name: /^Cơ quan \(tiếng Anh\)/ }), "Ministry of Health");
    await typeInto(
      dialog.getByRole("textbox", { name: vi("committee.field.position") }),
      "Phó Cục trưởng Cục Y tế dự phòng",
    );
    await typeInto(dialog.getByRole("textbox", { name: vi("committee.field.phone") }), "0912 000 321");
    await typeInto(dialog.getByRole("textbox", { name: vi("committee.field.email") }), "huong.dtm@moh.example.vn");
    await f.expectAccessible(page, "the member dialog (vi)");
    await dialog.getByRole("button", { name: vi("committee.members.addShort"), exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    const listed = page.getByRole("listitem").filter({ hasText: NAME });
    await listed.first().waitFor();
    expect(
      await listed
        .first()
        .getByRole("link", { name: vi("committee.call", { phone: "0912 000 321" }) })
        .getAttribute("href"),
    ).toBe("tel:0912000321");

    // Seated in the Security and Health sub-committee.
    const seat = async (role: string) => {
      await security.getByRole("button", { name: vi("committee.seat.addTo", { name: SECURITY }) }).click();
      dialog = page.getByRole("dialog", { name: vi("committee.seat.title") });
      await dialog.waitFor();
      await typeInto(
        dialog.getByRole("combobox", { name: new RegExp(`^${vi("committee.seat.member")}`) }),
        "dinh thi mai",
      );
      await page.getByRole("option", { name: `${NAME} — Bộ Y tế` }).click();
      await dialog.getByRole("combobox", { name: vi("committee.seat.role") }).click();
      await page.getByRole("option", { name: role, exact: true }).click();
      await dialog.getByRole("button", { name: vi("committee.seat.add"), exact: true }).click();
    };
    await seat(vi("committee.seatRole.member"));
    await dialog.waitFor({ state: "hidden" });
    await security.getByText(NAME, { exact: true }).waitFor();

    // A second seat in the same sub-committee: refused, with the message, and nothing changes.
    await seat(vi("committee.seatRole.deputy"));
    const alert = dialog.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `${NAME} đã có trong ${SECURITY}: mỗi thành viên chỉ được phân công một lần vào một tiểu ban.`,
    );
    await f.expectAccessible(page, "the refused seat (vi)");
    await dialog.getByRole("button", { name: vi("common.cancel") }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await security.getByText(NAME, { exact: true }).count()).toBe(1);
    const icd = await f.apiAs("icd@demo.focal");
    const c = await icd.get<{ subcommittees: { id: string; members: { fullName: string; role: string }[] }[] }>(
      `/meetings/${M}/committee`,
    );
    const sec = c.subcommittees.find((s) => s.id === demoIds.subcommitteeSecurity)!;
    expect(sec.members.filter((m) => m.fullName === NAME)).toEqual([expect.objectContaining({ role: "member" })]);

    // The ICD makes them deputy head: they move under the deputies' heading.
    await security.getByRole("button", { name: vi("committee.seat.roleOf", { name: NAME }) }).click();
    dialog = page.getByRole("dialog", { name: vi("committee.seat.roleTitle", { name: NAME }) });
    await dialog.getByRole("combobox", { name: vi("committee.seat.role") }).click();
    await page.getByRole("option", { name: vi("committee.seatRole.deputy"), exact: true }).click();
    await dialog.getByRole("button", { name: vi("common.save") }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect
      .poll(async () => {
        const now = await icd.get<typeof c>(`/meetings/${M}/committee`);
        return now.subcommittees
          .find((s) => s.id === demoIds.subcommitteeSecurity)!
          .members.find((m) => m.fullName === NAME)?.role;
      })
      .toBe("deputy");

    await f.setLanguage(page, "en");
    await page.getByRole("heading", { name: text("en", "committee.subs.title") }).waitFor();
    await page.getByRole("region", { name: "Security and Health Sub-committee" }).waitFor();
    await f.expectAccessible(page, "the committee (en)");
  });

  it("a committee member reads the committee on a phone: phones to tap, nothing to add or edit", async () => {
    const f = focal();
    const page = await f.newPage({ viewport: "phone" });
    await f.login(page, "committee@demo.focal", { lang: "vi" });
    await page.goto(`${f.url}/meetings/${M}/committee`);
    await page.getByRole("heading", { name: vi("committee.members.title") }).waitFor();
    const security = page.getByRole("region", { name: SECURITY });
    await security.waitFor();
    expect(await security.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    for (const key of ["committee.members.add", "committee.subs.add"])
      expect(await page.getByRole("button", { name: vi(key) }).count()).toBe(0);
    expect(await page.getByRole("button", { name: vi("committee.edit") }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Phân công/ }).count()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1),
      "nothing overflows the phone's width",
    ).toBe(false);
    await f.expectAccessible(page, "the committee on a phone (vi)");
  });
});
