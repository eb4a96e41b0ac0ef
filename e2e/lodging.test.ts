/**
 * Hotels and rooming (issue 14, point 2). The ICD opens the hotels of ACCSM 21, reads the rooming of a night with
 * its flags, changes one room block key by key in JW Marriott's grid (the flag turns while typing, and stays after
 * saving), and downloads the hotel's Excel rooming list. A phone shows the same page. axe on the page.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { describeWithFocal, text, typeInto } from "./harness";

const M = "0a0c5321-0000-4000-8000-000000000021";
const MARRIOTT = "0a0c5321-0000-4000-8000-00000000e001";
const HOTEL = "JW Marriott Hotel Hanoi";

interface RoomingNight {
  hotels: { hotelId: string; rooms: { roomType: string; blocked: number; used: number; flag: string | null }[] }[];
}

describeWithFocal("hotels and rooming", (focal) => {
  it("the ICD reads a night's rooming, changes a block and sees the flag change, downloads the Excel", async () => {
    const api = await focal().apiAs("icd@demo.focal");
    const page = await focal().newPage({ locale: "en-GB" });
    await focal().login(page, "icd@demo.focal", { lang: "en" });
    await page.goto(`${focal().url}/meetings/${M}/logistics`);
    await page
      .getByRole("navigation", { name: text("en", "logistics.nav.label") })
      .getByRole("link", { name: text("en", "logistics.nav.lodging") })
      .click();
    await page.getByRole("heading", { name: text("en", "lodging.title"), level: 2 }).waitFor();

    // The rooming of the first night: rooms used against held, and a flag (rooms held that nobody sleeps in yet).
    const counts = page.getByRole("table", { name: text("en", "lodging.counts.caption", { hotel: HOTEL }) });
    await counts.waitFor();
    await expect.poll(() => counts.getByText(/unused|Over-booked/).count()).toBeGreaterThan(0);
    await focal().expectAccessible(page, "hotels and rooming (en)");

    // JW Marriott's suites on the night of 3 August: hold one fewer than are used.
    const night = "2022-08-03";
    const before = await api.get<RoomingNight>(`/meetings/${M}/rooming?night=${night}`);
    const suites = before.hotels.find((h) => h.hotelId === MARRIOTT)!.rooms.find((r) => r.roomType === "suite")!;
    expect(suites.used).toBeGreaterThan(0);
    const grid = page.getByRole("table", { name: text("en", "lodging.grid.caption", { hotel: HOTEL }) });
    const overbooked = grid.getByText(/^Over-booked by/);
    const flaggedBefore = await overbooked.count();

    await page.getByRole("button", { name: text("en", "lodging.grid.editOf", { hotel: HOTEL }) }).click();
    const cell = grid.getByRole("textbox", {
      name: text("en", "lodging.grid.cell", { type: text("en", "lodging.room.suite"), night: "03/08/2022" }),
    });
    await typeInto(cell, String(suites.used - 1));
    // The flag turns while typing.
    await expect.poll(() => overbooked.count()).toBe(flaggedBefore + 1);
    await page.getByRole("button", { name: text("en", "lodging.grid.save") }).click();
    await page.getByRole("status").getByText(text("en", "lodging.grid.saved")).waitFor();
    await expect.poll(() => overbooked.count()).toBe(flaggedBefore + 1);
    await grid
      .getByText(`${suites.used} / ${suites.used - 1}`)
      .first()
      .waitFor();
    const after = await api.get<RoomingNight>(`/meetings/${M}/rooming?night=${night}`);
    expect(after.hotels.find((h) => h.hotelId === MARRIOTT)!.rooms.find((r) => r.roomType === "suite")).toEqual({
      roomType: "suite",
      blocked: suites.used - 1,
      used: suites.used,
      flag: "overbooked",
    });
    await focal().expectAccessible(page, "a changed block (en)");
    await focal().screenshot(page, "e2e-lodging-desktop-en");

    // The hotel's Excel rooming list: guests, rooms, roommates; no passports (the hotel needs none).
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: text("en", "lodging.hotel.excelOf", { hotel: HOTEL }) }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "focal-rooming-")), "rooming.xlsx");
    await file.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toContain("Sharing with");
    expect(header).not.toContain("Passport number");
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(5);
    fs.rmSync(path.dirname(saved), { recursive: true, force: true });
  });

  it("on a phone, in Vietnamese, the page reads", async () => {
    const page = await focal().newPage({ viewport: "phone" });
    await focal().login(page, "icd@demo.focal", { lang: "vi" });
    await page.goto(`${focal().url}/meetings/${M}/logistics/hotels`);
    await page.getByRole("heading", { name: text("vi", "lodging.title"), level: 2 }).waitFor();
    await page.getByRole("table", { name: text("vi", "lodging.grid.caption", { hotel: HOTEL }) }).waitFor();
    await focal().expectAccessible(page, "hotels and rooming on a phone (vi)");
    await focal().screenshot(page, "e2e-lodging-phone-vi");
  });
});
