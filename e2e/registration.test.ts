/**
 * Registration by a delegation, end to end: the host invites Thailand's contact; the contact opens the personal link
 * (taken from the outbox) in English, submits the list as it stands, downloads the template, fills it in with two bad
 * rows, uploads it, sees the problems, fixes both and confirms, then submits again; the host sees the difference
 * between the two submissions and accredits a new delegate.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";
import { demoIds } from "../src/server/seed/ids";

const M = demoIds.meetingAccsm21;
const THA = "0a0c5321-0000-4000-8000-0000000d0010";

/** Column number of an English header in row 1 of the template's Delegates sheet. */
function col(ws: ExcelJS.Worksheet, startsWith: string): number {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(1, c).text.startsWith(startsWith)) return c;
  throw new Error(`no column ${startsWith}`);
}

describeWithFocal("registration by a delegation", (focal) => {
  it("invite → link in English → upload with two bad rows → fix → submit → the host sees the diff and accredits", async () => {
    const f = focal();
    const en = (key: string, p?: Record<string, string | number>) => text("en", key, p);
    const vi = (key: string, p?: Record<string, string | number>) => text("vi", key, p);

    // The host (ICD, in Vietnamese) invites Thailand's contact from the delegation's registration tab.
    const host = await f.newPage();
    await f.login(host, "icd@demo.focal");
    await host.goto(`${f.url}/meetings/${M}/delegations/${THA}/registration`);
    await host.getByRole("heading", { name: vi("registration.invite.title") }).waitFor();
    await expect.poll(() => host.locator("input[name=email]").inputValue()).toBe("contact.thailand@demo.focal");
    await host.getByRole("button", { name: vi("registration.invite.send") }).click();
    await host.getByText(vi("registration.link.status.active"), { exact: true }).first().waitFor();
    await f.expectAccessible(host, "the host's registration tab");

    // Without SMTP the e-mail waits in the outbox, without its link (issue 11); the host's answer carries the link
    // once. The host sends it again through the API to read that answer (the earlier link is withdrawn).
    const admin = await f.apiAs("admin@demo.focal");
    const outbox = await admin.get<{ mode: string; messages: { to: string; topic: string; text: string }[] }>("/mail");
    expect(outbox.mode).toBe("outbox");
    const mail = outbox.messages.find((m) => m.topic === "registration_link" && m.to === "contact.thailand@demo.focal");
    expect(mail?.text).not.toMatch(/register\/link#[A-Za-z0-9_-]{16,}/);
    const hostApi = await f.apiAs("icd@demo.focal");
    const { url: link } = await hostApi.post<{ url: string }>(`/meetings/${M}/delegations/${THA}/invitations`, {
      email: "contact.thailand@demo.focal",
      language: "en",
    });
    expect(link).toMatch(/\/register\/link#/);

    // The contact opens it in an English browser: signed in without a password, on their delegation, in English.
    const contact = await f.newPage({ locale: "en-GB" });
    await contact.goto(link!);
    await contact.waitForURL(`**/register/${M}/${THA}`);
    await contact
      .getByRole("heading", { level: 1, name: en("registration.portal.title", { delegation: "Thailand" }) })
      .waitFor();
    expect(await f.lang(contact)).toBe("en");
    expect(contact.url()).not.toContain("#");
    await f.expectAccessible(contact, "the contact's delegates");

    // First submission: the list as the host registered it.
    await contact.getByRole("button", { name: en("registration.submit.button") }).click();
    await contact.getByText(en("registration.submit.done", { n: 1 })).waitFor();

    // The template, downloaded from the page and filled in with four rows, two of them bad.
    await contact.getByRole("link", { name: en("registration.portal.tab.upload") }).click();
    const download = contact.waitForEvent("download");
    await contact.getByRole("button", { name: en("registration.upload.templateXlsx") }).click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "focal-reg-")), "thailand.xlsx");
    await (await download).saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Delegates")!;
    const sessionCol = [...Array(ws.columnCount).keys()]
      .map((i) => i + 1)
      .find((c) => /\[#[0-9a-f]{8}\]$/.test(ws.getCell(1, c).text))!;
    const rows: Record<string, string | Date>[] = [
      {
        "Full name": "Anan Rattanakul (sample)",
        Gender: "Male",
        "Role in delegation": "Adviser",
        "Passport number": "AA7100001",
        "Passport expiry": new Date(Date.UTC(2031, 0, 31)),
      },
      { "Full name": "", Gender: "Female", "Role in delegation": "Member", "Passport number": "AA7100002" },
      {
        "Full name": "Bad Date Boonmee (sample)",
        "Role in delegation": "Member",
        "Date of birth": "31/02/1980",
        "Passport number": "AA7100003",
      },
      {
        "Full name": "Chai Sukjai (sample)",
        "Role in delegation": "Interpreter",
        "Passport expiry": "2030-12-31",
        "Passport number": "AA7100004",
      },
    ];
    rows.forEach((r, i) => {
      for (const [k, v] of Object.entries(r)) ws.getCell(3 + i, col(ws, k)).value = v;
      ws.getCell(3 + i, sessionCol).value = "Yes";
    });
    await wb.xlsx.writeFile(file);

    await contact.setInputFiles("input[type=file][name=spreadsheet]", file);
    await contact.getByRole("button", { name: en("registration.upload.send") }).click();
    await contact.getByText(en("registration.upload.withProblems", { n: 2 }), { exact: true }).waitFor();
    await contact.getByText("Full name (as in passport) is missing.").waitFor();
    await contact.getByText("Date of birth: “31/02/1980” is not a valid date (dd/mm/yyyy or yyyy-mm-dd).").waitFor();
    expect(await contact.getByRole("button", { name: en("registration.upload.commit", { n: 2 }) }).isDisabled()).toBe(
      true,
    );
    await f.expectAccessible(contact, "the upload's problems");
    await f.screenshot(contact, "registration-upload-problems-en-desktop");

    // Fix both rows inline.
    await contact.getByRole("button", { name: en("registration.upload.fixRow", { row: 4 }) }).click();
    let dialog = contact.getByRole("dialog");
    await typeInto(dialog.getByLabel(en("registration.field.fullName")), "Dara Srisai (sample)");
    await dialog.getByRole("button", { name: en("registration.upload.recheck") }).click();
    await dialog.waitFor({ state: "detached" });
    await contact.getByRole("button", { name: en("registration.upload.fixRow", { row: 5 }) }).click();
    dialog = contact.getByRole("dialog");
    await typeInto(dialog.getByLabel(en("registration.field.dateOfBirth")), "28/02/1980");
    await dialog.getByRole("button", { name: en("registration.upload.recheck") }).click();
    await dialog.waitFor({ state: "detached" });
    await contact.getByText(en("registration.upload.allOk", { n: 4 })).waitFor();
    await contact.getByRole("button", { name: en("registration.upload.commit", { n: 4 }) }).click();
    await contact.getByText(en("registration.upload.committed", { n: 4 })).waitFor();

    // Submit the list again: submission 2.
    await contact.getByRole("link", { name: en("registration.portal.tab.delegates") }).click();
    await contact.getByText(en("registration.submit.changes", { added: 4, removed: 0, changed: 0 })).waitFor();
    await contact.getByRole("button", { name: en("registration.submit.button") }).click();
    await contact.getByText(en("registration.submit.done", { n: 2 })).waitFor();

    // The host sees what changed between 1 and 2, and accredits a new delegate.
    await host.reload();
    await host.getByText(vi("registration.host.diffAgainst", { a: 1, b: 2 })).waitFor();
    const added = host.getByRole("region", { name: vi("registration.diff.added") });
    for (const name of [
      "Anan Rattanakul (sample)",
      "Dara Srisai (sample)",
      "Bad Date Boonmee (sample)",
      "Chai Sukjai (sample)",
    ]) {
      await added.getByText(name).waitFor();
    }
    await host
      .getByRole("button", { name: vi("registration.accreditation.accreditOf", { name: "Anan Rattanakul (sample)" }) })
      .click();
    await host
      .getByText(vi("registration.accreditation.done.accredited", { name: "Anan Rattanakul (sample)" }))
      .waitFor();
    await f.expectAccessible(host, "the host's registration tab after the submission");

    const icd = await f.apiAs("icd@demo.focal");
    const list = await icd.get<
      { fullName: string; accreditationStatus: string; dateOfBirth: string | null; sessionIds: string[] }[]
    >(`/meetings/${M}/delegations/${THA}/delegates`);
    expect(list.find((d) => d.fullName === "Anan Rattanakul (sample)")!.accreditationStatus).toBe("accredited");
    expect(list.find((d) => d.fullName === "Bad Date Boonmee (sample)")!.dateOfBirth).toBe("1980-02-28");
    expect(list.find((d) => d.fullName === "Dara Srisai (sample)")!.sessionIds.length).toBe(1);
    const diff = await icd.get<{ added: unknown[]; removed: unknown[]; changed: unknown[] }>(
      `/meetings/${M}/delegations/${THA}/versions/1/diff/2`,
    );
    expect([diff.added.length, diff.removed.length, diff.changed.length]).toEqual([4, 0, 0]);
    await host.context().close();
    await contact.context().close();
  });
});
