import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { testJpeg } from "../../test/images.js";
import { delegatePhotos, delegates } from "../meetings/schema.js";
import { registrationImportPhotos } from "./schema.js";
import { LAO, M, THA, api, delegateCount, passport, waitForImport, type Headers, type ImportView } from "./testing.js";

let t: TestApp;
let a: ReturnType<typeof api>;
let icd: Headers;
let tha: Headers;
let sessions: { id: string; titleEn: string }[];
const base = `/api/meetings/${M}/delegations/${THA}`;

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  icd = await t.login("icd@demo.focal");
  tha = await t.login("contact.thailand@demo.focal");
  sessions = ((await a.get(`${base}/registration`, tha)).json() as { sessions: { id: string; titleEn: string }[] })
    .sessions;
});
afterAll(async () => t?.close());

async function template(): Promise<ExcelJS.Workbook> {
  const res = await t.app.inject({ method: "GET", url: `${base}/registration/template.xlsx`, headers: tha });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toContain("spreadsheetml");
  expect(res.headers["content-disposition"]).toContain("ACCSM21-THA-delegates.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

/** Column number of an English header in row 1 of the Delegates sheet. */
function col(ws: ExcelJS.Worksheet, startsWith: string): number {
  for (let c = 1; c <= ws.columnCount; c++) {
    const v = ws.getCell(1, c).text;
    if (v.startsWith(startsWith)) return c;
  }
  throw new Error(`no column ${startsWith}`);
}

async function upload(h: Headers, fileName: string, bytes: Buffer, photos: { name: string; data: Buffer }[] = []) {
  const res = await a.post(`${base}/imports`, h, {
    fileName,
    data: bytes.toString("base64"),
    photos: photos.map((p) => ({ name: p.name, data: p.data.toString("base64") })),
  });
  expect(res.statusCode, res.body).toBe(202);
  const started = res.json() as ImportView;
  return waitForImport(t, h, THA, started.id);
}

const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, 1)]);

describe("the template", () => {
  it("downloads as xlsx: English headers, a Vietnamese second row, lists for role, gender, nationality and sessions, instructions", async () => {
    const wb = await template();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Delegates", "Lists", "Instructions"]);
    const ws = wb.getWorksheet("Delegates")!;
    expect(ws.getCell(1, 1).value).toBe("Full name (as in passport) *");
    expect(ws.getCell(2, 1).value).toBe("Họ và tên (như hộ chiếu) *");
    const role = ws.getCell(3, col(ws, "Role in delegation")).dataValidation;
    expect(role).toMatchObject({ type: "list" });
    expect(String(role.formulae[0])).toContain("Lists!");
    expect(ws.getCell(3, col(ws, "Gender")).dataValidation).toMatchObject({ type: "list" });
    // One column per session Thailand attends, each with a Yes list.
    for (const s of sessions) {
      const c = col(ws, s.titleEn);
      expect(ws.getCell(1, c).text).toMatch(/\[#[0-9a-f]{8}\]$/);
      expect(ws.getCell(4, c).dataValidation).toMatchObject({ type: "list" });
    }
    const help = wb.getWorksheet("Instructions")!;
    const text = help
      .getColumn(1)
      .values.map((v) => (typeof v === "string" ? v : ""))
      .join("\n");
    expect(text).toContain("dd/mm/yyyy");
    expect(text).toContain("Hướng dẫn điền tệp");
  });

  it("also as CSV with both header rows", async () => {
    const res = await t.app.inject({ method: "GET", url: `${base}/registration/template.csv`, headers: tha });
    expect(res.statusCode).toBe(200);
    const lines = res.body.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^Full name \(as in passport\) \*,Honorific,Gender/);
    expect(lines[1]).toMatch(/^Họ và tên \(như hộ chiếu\) \*,Danh xưng/);
  });

  it("is not for other delegations' contacts", async () => {
    const lao = await t.login("contact.laos@demo.focal");
    expectError(await a.get(`${base}/registration/template.xlsx`, lao), 403, "FORBIDDEN");
  });
});

describe("uploading", () => {
  it("round trip: the template filled in programmatically is uploaded, checked and stored", async () => {
    const wb = await template();
    const ws = wb.getWorksheet("Delegates")!;
    const pA = passport("RT");
    const pB = passport("RT");
    const rows: Record<string, unknown>[] = [
      {
        "Full name": "Round Trip One (sample)",
        Gender: "Female",
        "Role in delegation": "Head of delegation",
        "Passport number": pA,
        "Passport expiry": new Date(Date.UTC(2031, 4, 17)), // a real Excel date
        "Date of birth": "04/03/1970", // dd/mm/yyyy
        "Arrival date": "2022-08-02", // ISO
        "Arrival time": "14:20",
        "Arrival airport": "han",
        "Photo file name": "one.jpg",
        [sessions[0]!.titleEn]: "Yes",
        [sessions[1]!.titleEn]: "Yes",
      },
      {
        "Full name": "Round Trip Two (sample)",
        Gender: "Nam",
        "Role in delegation": "interpreter",
        "Nationality (ISO code)": "Thailand",
        "Passport number": pB,
        "Passport expiry": 47000, // an Excel serial day number: 2028-09-04
        "E-mail": { text: "two@example.org", hyperlink: "mailto:two@example.org" },
      },
    ];
    rows.forEach((r, i) => {
      for (const [k, v] of Object.entries(r)) ws.getCell(3 + i, col(ws, k)).value = v as ExcelJS.CellValue;
    });
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const n = await delegateCount(t, THA);
    const imp = await upload(tha, "accsm21-tha.xlsx", bytes, [{ name: "one.jpg", data: await testJpeg(120, 160) }]);
    expect(imp.status).toBe("ready");
    expect(imp.progress).toEqual({ done: 2, total: 2 });
    expect(imp.rows.map((r) => r.problems)).toEqual([[], []]);
    expect(imp.summary).toMatchObject({ rows: 2, ok: 2, withProblems: 0, dropped: 0 });
    // Nothing is stored before the contact confirms.
    expect(await delegateCount(t, THA)).toBe(n);
    const done = await a.post(`${base}/imports/${imp.id}/commit`, tha, { version: imp.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "committed", created: 2 });
    expect(await delegateCount(t, THA)).toBe(n + 2);
    const list = (await a.get(`${base}/delegates`, tha)).json() as Record<string, unknown>[];
    const one = list.find((d) => d.fullName === "Round Trip One (sample)")!;
    expect(one).toMatchObject({
      gender: "female",
      role: "head",
      nationality: "THA",
      passportNumber: pA,
      passportExpiry: "2031-05-17",
      dateOfBirth: "1970-03-04",
      arrivalDate: "2022-08-02",
      arrivalTime: "14:20",
      arrivalAirport: "HAN",
      accreditationStatus: "pending",
    });
    expect([...(one.sessionIds as string[])].sort()).toEqual([sessions[0]!.id, sessions[1]!.id].sort());
    expect(one.photoUrl).toBeTruthy();
    const two = list.find((d) => d.fullName === "Round Trip Two (sample)")!;
    expect(two).toMatchObject({
      gender: "male",
      role: "interpreter",
      nationality: "THA",
      passportExpiry: "2028-09-04",
      email: "two@example.org",
    });
    // The waiting photos are gone once stored.
    expect(
      await t.ctx.db.select().from(registrationImportPhotos).where(eq(registrationImportPhotos.importId, imp.id)),
    ).toEqual([]);
  });

  it("a bad spreadsheet lists every bad row with its reason and stores nothing", async () => {
    const existing = (
      (await a.get(`/api/meetings/${M}/delegations/${LAO}/delegates`, icd)).json() as {
        passportNumber: string | null;
      }[]
    )
      .map((d) => d.passportNumber)
      .find(Boolean)!;
    const dup = passport("DU");
    const header = [
      "Full name (as in passport) *",
      "Gender",
      "Role in delegation",
      "Passport number",
      "Passport expiry",
      "Date of birth",
      "Photo file name",
      "Mystery session (03/08 09:00) [#deadbeef]",
    ];
    const csv = [
      header.join(";"),
      ["Good Row (sample)", "F", "Member", passport("OK"), "31/12/2030", "", "", ""],
      ["", "Male", "Member", passport("NN"), "", "", "", ""], // missing name
      ["Bad Date (sample)", "", "", passport("BD"), "31/02/2030", "1980-13-01", "", ""], // not dates
      ["Dup One (sample)", "", "", dup, "", "", "", ""], // duplicate within the file…
      ["Dup Two (sample)", "", "", dup, "", "", "", ""], // …on both rows
      ["Taken (sample)", "", "", existing, "", "", "", ""], // duplicate within the meeting
      ["Unknown Session (sample)", "", "", "", "", "", "", "Yes"],
      ["Bad Role (sample)", "", "Chauffeur", "", "", "", "", ""],
      ["Big Photo (sample)", "", "", "", "", "", "big.jpg", ""],
      ["Lost Photo (sample)", "", "", "", "", "", "nowhere.png", ""],
    ]
      .map((r) => (Array.isArray(r) ? r.join(";") : r))
      .join("\r\n");
    const n = await delegateCount(t, THA);
    const imp = await upload(tha, "bad.csv", Buffer.from("\uFEFF" + csv, "utf8"), [
      { name: "big.jpg", data: jpeg(2 * 1024 * 1024 + 10) },
    ]);
    expect(imp.status).toBe("ready");
    const by = new Map(imp.rows.map((r) => [r.row, r.problems.map((p) => `${p.field}:${p.code}`)]));
    expect(by.get(2)).toEqual([]);
    expect(by.get(3)).toEqual(["fullName:CELL_REQUIRED"]);
    expect(by.get(4)).toEqual(["passportExpiry:CELL_DATE_INVALID", "dateOfBirth:CELL_DATE_INVALID"]);
    expect(by.get(5)).toEqual(["passportNumber:DUPLICATE_IN_FILE"]);
    expect(by.get(6)).toEqual(["passportNumber:DUPLICATE_IN_FILE"]);
    expect(by.get(7)).toEqual(["passportNumber:DUPLICATE_PASSPORT"]);
    expect(by.get(8)).toEqual(["sessions:UNKNOWN_SESSION_COLUMN"]);
    expect(by.get(9)).toEqual(["role:CELL_CHOICE_INVALID"]);
    expect(by.get(10)).toEqual(["photo:PHOTO_TOO_LARGE"]);
    expect(by.get(11)).toEqual(["photo:PHOTO_FILE_MISSING"]);
    // Messages in the contact's language (English), naming the column and the value.
    const msg = (row: number) => imp.rows.find((r) => r.row === row)!.problems[0]!.message;
    expect(msg(3)).toBe("Full name (as in passport) is missing.");
    expect(msg(4)).toBe("Passport expiry: “31/02/2030” is not a valid date (dd/mm/yyyy or yyyy-mm-dd).");
    expect(msg(5)).toContain("rows 5, 6");
    expect(imp.summary).toMatchObject({ rows: 10, ok: 1, withProblems: 9 });

    const refused = await a.post(`${base}/imports/${imp.id}/commit`, tha, { version: imp.version });
    const e = expectError(refused, 400, "IMPORT_HAS_PROBLEMS");
    expect(e.message).toBe("Rows that still have problems: 9. Fix or drop them; nothing has been stored.");
    expect((e.details as { row: number }[]).map((d) => d.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await delegateCount(t, THA)).toBe(n);
    expect(
      await t.ctx.db
        .select()
        .from(delegatePhotos)
        .innerJoin(delegates, eq(delegates.id, delegatePhotos.delegateId))
        .where(eq(delegates.fullName, "Good Row (sample)")),
    ).toEqual([]);

    // Fix some rows inline (as typed in the sheet), drop the rest, then confirm.
    let cur = imp;
    const edit = async (row: number, body: Record<string, unknown>) => {
      const res = await a.patch(`${base}/imports/${cur.id}/rows/${row}`, tha, { version: cur.version, ...body });
      expect(res.statusCode, res.body).toBe(200);
      cur = res.json() as ImportView;
      return cur.rows.find((r) => r.row === row)!;
    };
    expect((await edit(3, { values: { fullName: "Named Now (sample)" } })).problems).toEqual([]);
    expect((await edit(4, { values: { passportExpiry: "28/02/2030", dateOfBirth: "1980-12-01" } })).problems).toEqual(
      [],
    );
    // Dropping one duplicate clears the other.
    await edit(6, { dropped: true });
    expect(cur.rows.find((r) => r.row === 5)!.problems).toEqual([]);
    expect((await edit(8, { sessionIds: [sessions[0]!.id] })).problems).toEqual([]);
    expect((await edit(9, { values: { role: "Adviser" } })).problems).toEqual([]);
    expect((await edit(10, { values: { photo: "" } })).problems).toEqual([]);
    for (const row of [7, 11]) await edit(row, { dropped: true });
    // A stale version is refused.
    expectError(
      await a.patch(`${base}/imports/${cur.id}/rows/2`, tha, { version: cur.version - 1, dropped: true }),
      409,
      "VERSION_CONFLICT",
    );
    expect(cur.summary).toMatchObject({ ok: 7, withProblems: 0, dropped: 3 });
    const ok = await a.post(`${base}/imports/${cur.id}/commit`, tha, { version: cur.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ created: 7 });
    expect(await delegateCount(t, THA)).toBe(n + 7);
    const names = ((await a.get(`${base}/delegates`, tha)).json() as { fullName: string; role: string }[]).map(
      (d) => d.fullName,
    );
    expect(names).toContain("Named Now (sample)");
    expect(names).not.toContain("Dup Two (sample)");
    // Committed is final.
    expectError(
      await a.post(`${base}/imports/${cur.id}/commit`, tha, { version: cur.version + 1 }),
      409,
      "IMPORT_NOT_READY",
    );
  });

  it("rows that were fine when checked are checked again on confirmation: nothing is stored if one is now taken", async () => {
    const pA = passport("RC");
    const csv = `Full name,Passport number\r\nRecheck One (sample),${pA}\r\nRecheck Two (sample),${passport("RC")}\r\n`;
    const imp = await upload(tha, "recheck.csv", Buffer.from(csv));
    expect(imp.summary.ok).toBe(2);
    // Meanwhile the host registers someone with the same passport.
    const host = await a.post(`/api/meetings/${M}/delegations/${LAO}/delegates`, icd, {
      fullName: "Same Passport (sample)",
      passportNumber: pA,
    });
    expect(host.statusCode, host.body).toBe(201);
    const n = await delegateCount(t, THA);
    const e = expectError(
      await a.post(`${base}/imports/${imp.id}/commit`, tha, { version: imp.version }),
      400,
      "IMPORT_HAS_PROBLEMS",
    );
    expect(e.details as { row: number; problems: { code: string }[] }[]).toEqual([
      { row: 2, problems: [expect.objectContaining({ code: "DUPLICATE_PASSPORT" })] },
    ]);
    expect(await delegateCount(t, THA)).toBe(n);
  });

  it("a file that is not a spreadsheet fails with a reason; another delegation's contact cannot see it", async () => {
    const imp = await upload(tha, "photo.xlsx", jpeg(200));
    expect(imp.status).toBe("failed");
    expect(imp.error!.message).toContain("is not an Excel (.xlsx) workbook");
    const lao = await t.login("contact.laos@demo.focal");
    expectError(await a.get(`${base}/imports/${imp.id}`, lao), 403, "FORBIDDEN");
    // Under the Laotian path the Thai upload does not exist.
    expectError(await a.get(`/api/meetings/${M}/delegations/${LAO}/imports/${imp.id}`, lao), 404, "IMPORT_NOT_FOUND");
    expectError(
      await a.post(`${base}/imports`, tha, { fileName: "notes.pdf", data: "JVBERi0x" }),
      400,
      "IMPORT_FILE_INVALID",
    );
  });

  it("a discarded upload stores nothing and cannot be confirmed", async () => {
    const imp = await upload(tha, "discard.csv", Buffer.from(`Full name\r\nNever Stored (sample)\r\n`));
    const n = await delegateCount(t, THA);
    const res = await a.del(`${base}/imports/${imp.id}?version=${imp.version}`, tha);
    expect(res.json()).toMatchObject({ status: "discarded" });
    expectError(
      await a.post(`${base}/imports/${imp.id}/commit`, tha, { version: imp.version + 1 }),
      409,
      "IMPORT_NOT_READY",
    );
    expect(await delegateCount(t, THA)).toBe(n);
  });
});
