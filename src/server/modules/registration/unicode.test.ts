/**
 * Text on every way in (issue 9, point 3): whatever way a name arrives — a JSON body, a search in the query string,
 * an xlsx or a CSV upload, a registration link — it is stored and searched as NFC, without zero-width or control
 * characters; and a name longer than the one limit (`NAME_MAX`) is refused on every path with a message that says it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { NAME_MAX } from "../../../shared/text.js";
import { delegates } from "../meetings/schema.js";
import { users } from "../people/schema.js";
import {
  LAO,
  M,
  THA,
  api,
  buildDelegate,
  delegateCount,
  invite,
  passport,
  sessionHeaders,
  tokenOf,
  waitForImport,
  type Headers,
  type ImportView,
} from "./testing.js";

let t: TestApp;
let a: ReturnType<typeof api>;
let icd: Headers;
let tha: Headers;
const base = `/api/meetings/${M}/delegations/${THA}`;

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  icd = await t.login("icd@demo.focal");
  tha = await t.login("contact.thailand@demo.focal");
});
afterAll(async () => t?.close());

const ZW = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];
/** `name` as a careless copy and paste sends it: decomposed (NFD), with zero-width and control characters inside. */
function dirty(name: string): string {
  const nfd = name.normalize("NFD");
  const words = nfd.split(" ");
  return `\uFEFF${words[0]}\u200B\u0007 ${words.slice(1).join(" \u200D")}\u2060\u0085\u200C`;
}
const isClean = (s: string) => s === s.normalize("NFC") && !ZW.some((z) => s.includes(z)) && !/\p{Cc}/u.test(s);

async function storedNames(delegationId: string): Promise<string[]> {
  const rows = await t.ctx.db
    .select({ fullName: delegates.fullName })
    .from(delegates)
    .where(eq(delegates.delegationId, delegationId));
  return rows.map((r) => r.fullName);
}

async function upload(h: Headers, fileName: string, bytes: Buffer) {
  const res = await a.post(`${base}/imports`, h, { fileName, data: bytes.toString("base64") });
  expect(res.statusCode, res.body).toBe(202);
  return waitForImport(t, h, THA, (res.json() as ImportView).id);
}

/** A name of exactly `n` characters in NFC whose NFD form is longer (every "ễ" is three code points in NFD). */
function longName(n: number): string {
  const s = "Nguyễn Thị Ánh Tuyết ".repeat(Math.ceil(n / 21)).slice(0, n - 1) + "x";
  expect([...s].length).toBe(n);
  expect(s.normalize("NFD").length).toBeGreaterThan(n);
  return s;
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Delegates");
  ws.addRow(["Full name (as in passport)", "Passport number"]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a JSON body", () => {
  it("stores an NFD name with zero-width and control characters as clean NFC", async () => {
    const res = await a.post(`${base}/delegates`, icd, buildDelegate({ fullName: dirty("Phạm Thị Thanh Trà (mẫu)") }));
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { fullName: string }).fullName).toBe("Phạm Thị Thanh Trà (mẫu)");
    expect(await storedNames(THA)).toContain("Phạm Thị Thanh Trà (mẫu)");
  });

  it("removes the zero-width space a Thai name often carries", async () => {
    const res = await a.post(`${base}/delegates`, icd, buildDelegate({ fullName: "สมชาย\u200B ใจดี\u200B (sample)" }));
    expect(res.statusCode, res.body).toBe(201);
    expect(await storedNames(THA)).toContain("สมชาย ใจดี (sample)");
  });

  it("keeps line breaks in text that may span lines, without other control characters", async () => {
    const res = await a.post(
      `${base}/delegates`,
      icd,
      buildDelegate({ fullName: "Dietary Lines (sample)", dietary: "Halal\r\nno nuts\u0007" }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { dietary: string }).dietary).toBe("Halal\nno nuts");
  });
});

describe("the query string", () => {
  it("searches with NFD text and zero-width characters as with the clean NFC words", async () => {
    const q = `Thanh\u200B Tr${"à".normalize("NFD")}\u2060`;
    const res = await a.get(`/api/meetings/${M}/delegates?q=${encodeURIComponent(q)}`, icd);
    expect(res.statusCode, res.body).toBe(200);
    const names = (res.json() as { fullName: string }[]).map((d) => d.fullName);
    expect(names).toContain("Phạm Thị Thanh Trà (mẫu)");
    // The same words typed cleanly find the same people.
    const clean = await a.get(`/api/meetings/${M}/delegates?q=${encodeURIComponent("Thanh Trà")}`, icd);
    expect((clean.json() as { fullName: string }[]).map((d) => d.fullName)).toEqual(names);
  });
});

describe("an xlsx upload", () => {
  it("stores NFD names with zero-width characters as clean NFC", async () => {
    const imp = await upload(
      tha,
      "nfd.xlsx",
      await xlsx([
        [dirty("Nguyễn Văn Xuân (sample)"), passport("XU")],
        ["ສົມສັກ\u200B ວົງສາ (sample)".normalize("NFD"), passport("XL")],
      ]),
    );
    expect(imp.status).toBe("ready");
    expect(imp.rows.map((r) => r.values.fullName)).toEqual(["Nguyễn Văn Xuân (sample)", "ສົມສັກ ວົງສາ (sample)"]);
    expect(imp.rows.flatMap((r) => r.problems)).toEqual([]);
    const done = await a.post(`${base}/imports/${imp.id}/commit`, tha, { version: imp.version });
    expect(done.statusCode, done.body).toBe(200);
    const names = await storedNames(THA);
    expect(names).toEqual(expect.arrayContaining(["Nguyễn Văn Xuân (sample)", "ສົມສັກ ວົງສາ (sample)"]));
    expect(names.every(isClean)).toBe(true);
  });

  it(`accepts a name of ${NAME_MAX} characters even when NFD makes it longer, and refuses ${NAME_MAX + 1} saying the limit`, async () => {
    const ok = longName(NAME_MAX);
    const tooLong = longName(NAME_MAX + 1);
    const imp = await upload(
      tha,
      "long.xlsx",
      await xlsx([
        [ok.normalize("NFD"), passport("LO")],
        [tooLong.normalize("NFD"), passport("LT")],
      ]),
    );
    expect(imp.status).toBe("ready");
    const [first, second] = imp.rows;
    expect(first!.problems).toEqual([]);
    expect(first!.values.fullName).toBe(ok);
    expect(second!.problems.map((p) => p.code)).toEqual(["CELL_TOO_LONG"]);
    // The contact reads English; the host reads Vietnamese: each is told the limit.
    expect(second!.problems[0]!.message).toBe(`Full name (as in passport): too long (at most ${NAME_MAX} characters).`);
    const vi = (await a.get(`${base}/imports/${imp.id}`, icd)).json() as ImportView;
    expect(vi.rows[1]!.problems[0]!.message).toBe(`Họ và tên (như hộ chiếu): quá dài (tối đa ${NAME_MAX} ký tự).`);
  });
});

describe("a CSV upload", () => {
  it("stores NFD names with zero-width and control characters as clean NFC", async () => {
    const csv = `Full name,Passport number\r\n"${dirty("Trần Thị Ngọc Ánh (sample)")}",${passport("CS")}\r\n`;
    const n = await delegateCount(t, THA);
    const imp = await upload(tha, "nfd.csv", Buffer.from(csv, "utf8"));
    expect(imp.status).toBe("ready");
    expect(imp.rows[0]!.values.fullName).toBe("Trần Thị Ngọc Ánh (sample)");
    const done = await a.post(`${base}/imports/${imp.id}/commit`, tha, { version: imp.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(await delegateCount(t, THA)).toBe(n + 1);
    expect(await storedNames(THA)).toContain("Trần Thị Ngọc Ánh (sample)");
  });

  it(`takes ${NAME_MAX} characters sent as NFD and refuses ${NAME_MAX + 1}, saying the limit`, async () => {
    const csv = `Full name\r\n${longName(NAME_MAX).normalize("NFD")}\r\n${longName(NAME_MAX + 1)}\r\n`;
    const imp = await upload(tha, "long.csv", Buffer.from(csv, "utf8"));
    expect(imp.rows[0]!.problems).toEqual([]);
    expect(imp.rows[0]!.values.fullName).toBe(longName(NAME_MAX));
    expect(imp.rows[1]!.problems.map((p) => p.message)).toEqual([
      `Full name (as in passport): too long (at most ${NAME_MAX} characters).`,
    ]);
  });
});

describe("one limit on every path", () => {
  it(`the form path takes ${NAME_MAX} characters sent as NFD and refuses ${NAME_MAX + 1}, saying the limit`, async () => {
    const ok = await a.post(`${base}/delegates`, icd, buildDelegate({ fullName: longName(NAME_MAX).normalize("NFD") }));
    expect(ok.statusCode, ok.body).toBe(201);
    const n = await delegateCount(t, THA);
    const refused = await a.post(`${base}/delegates`, icd, buildDelegate({ fullName: longName(NAME_MAX + 1) }));
    const e = expectError(refused, 400, "VALIDATION_FAILED");
    expect(e.message).toBe(`Họ và tên: tối đa ${NAME_MAX} ký tự`);
    const en = await t.app.inject({
      method: "POST",
      url: `${base}/registration/delegates`,
      headers: tha,
      payload: buildDelegate({ fullName: longName(NAME_MAX + 1) }),
    });
    expect(expectError(en, 400, "VALIDATION_FAILED").message).toBe(`Full name: at most ${NAME_MAX} characters`);
    expect(await delegateCount(t, THA)).toBe(n);
  });
});

describe("a registration link", () => {
  it("names the contact in clean NFC, and the contact's delegates are stored so", async () => {
    const link = await invite(t, icd, LAO, { email: "lao.nfd@example.org", name: dirty("Khamphanh Vongsa (sample)") });
    const opened = await a.post("/api/registration/links/open", {}, { token: tokenOf(link.url) });
    expect(opened.statusCode, opened.body).toBe(200);
    const contact = sessionHeaders(opened);
    const [user] = await t.ctx.db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.email, "lao.nfd@example.org"));
    expect(user!.name).toBe("Khamphanh Vongsa (sample)");

    const added = await a.post(
      `/api/meetings/${M}/delegations/${LAO}/registration/delegates`,
      contact,
      buildDelegate({ fullName: dirty("Bounmy Phommachanh (sample)"), nationality: "LAO" }),
    );
    expect(added.statusCode, added.body).toBe(201);
    expect(await storedNames(LAO)).toContain("Bounmy Phommachanh (sample)");
    expect((await storedNames(LAO)).every(isClean)).toBe(true);
  });
});
