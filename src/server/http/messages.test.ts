/**
 * Messages in the caller's language, always (issue 9, point 8, server side): the schema layer's problems name the
 * field by its label and say the rule plainly in Vietnamese or English, never "body.name must NOT have …"; dates in
 * messages are dd/MM/yyyy in Vietnamese and "05 Aug 2022" in English; text holding a NUL or a lone surrogate gets a
 * 400 that says so, not a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../test/harness.js";
import { expectError } from "../test/expect.js";
import { demoIds } from "../seed/ids.js";
import { demoDelegationIds } from "../modules/meetings/seed.js";
import { users } from "../modules/people/schema.js";
import { delegates } from "../modules/meetings/schema.js";
import { ajvIssues } from "./validation.js";
import { errorMessage, fillTemplate } from "../../shared/errors.js";

let t: TestApp;
let admin: Record<string, string>;
let icd: Record<string, string>;
const M = demoIds.meetingAccsm21;
const THA = demoDelegationIds.THA;
const EN = { "accept-language": "en-GB,en;q=0.9" };
const en = (h: Record<string, string>) => ({ ...h, ...EN });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login("admin@demo.focal");
  icd = await t.login("icd@demo.focal");
  // Signed-in callers get their account's language: these two read Vietnamese, or are set to.
  for (const email of ["admin@demo.focal", "icd@demo.focal"]) {
    await t.ctx.db.update(users).set({ language: "vi" }).where(eq(users.email, email));
  }
});
afterAll(async () => t?.close());

type Issue = { field: string; label: string; message: string };

/** The ICD officer's language, changed as a person changes it (PATCH /api/me), so the session cache hears of it. */
async function setLanguage(language: "vi" | "en") {
  const res = await t.app.inject({ method: "PATCH", url: "/api/me", headers: icd, payload: { language } });
  expect(res.statusCode, res.body).toBe(200);
}

describe("schema-layer problems", () => {
  it("name each field by its label and say the rule, in Vietnamese", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: { email: "not-an-email", language: "fr", grants: [] },
    });
    const e = expectError(res, 400, "VALIDATION_FAILED");
    const details = e.details as Issue[];
    const by = new Map(details.map((d) => [d.field, d.message]));
    expect(by.get("body.name")).toBe("Tên: bắt buộc nhập");
    expect(by.get("body.email")).toBe("Thư điện tử: không phải địa chỉ thư điện tử hợp lệ");
    expect(by.get("body.language")).toBe("Ngôn ngữ: phải là một trong: vi, en");
    for (const d of details) expect(e.message).toContain(d.message);
    expect(e.message).not.toMatch(/body\.|must|NOT/);
  });

  it("and in English for an English caller", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: EN,
      payload: { email: "admin@demo.focal" },
    });
    const e = expectError(res, 400, "VALIDATION_FAILED");
    expect(e.message).toBe("Password: is required");
    expect(e.details).toEqual([{ field: "body.password", label: "Password", message: "Password: is required" }]);
  });

  it("say lengths, dates, e-mails, identifiers and bounds plainly", async () => {
    const base = `/api/meetings/${M}/delegations/${THA}/delegates`;
    const body = {
      fullName: "x".repeat(201),
      passportExpiry: "31/12/2030",
      email: "somebody-at-example.org",
      gender: "unknown",
    };
    const vi = expectError(await t.app.inject({ method: "POST", url: base, headers: icd, payload: body }), 400);
    const viBy = new Map((vi.details as Issue[]).map((d) => [d.field, d.message]));
    expect(viBy.get("body.fullName")).toBe("Họ và tên: tối đa 200 ký tự");
    expect(viBy.get("body.passportExpiry")).toBe("Ngày hết hạn hộ chiếu: không phải ngày hợp lệ");
    expect(viBy.get("body.email")).toBe("Thư điện tử: không phải địa chỉ thư điện tử hợp lệ");
    expect(viBy.get("body.gender")).toBe("Giới tính: phải là một trong: female, male, other");

    const english = expectError(
      await t.app.inject({ method: "POST", url: base, headers: en(icd), payload: body }),
      400,
    );
    // A signed-in caller's own language wins over the header: the ICD officer reads Vietnamese.
    expect(english.message).toContain("Họ và tên: tối đa 200 ký tự");
    const anon = expectError(
      await t.app.inject({ method: "GET", url: "/api/meetings/not-a-uuid", headers: EN }),
      401,
      "UNAUTHENTICATED",
    );
    expect(anon.message).toBe("Please sign in.");

    const uuid = expectError(await t.app.inject({ method: "GET", url: "/api/meetings/not-a-uuid", headers: icd }), 400);
    expect(uuid.message).toBe("Mã bản ghi: không phải mã định danh hợp lệ");

    const days = expectError(
      await t.app.inject({
        method: "POST",
        url: `/api/meetings/${M}/delegations/${THA}/invitations`,
        headers: icd,
        payload: { days: 0 },
      }),
      400,
    );
    expect(days.message).toBe("Số ngày: tối thiểu 1");
  });

  it("fall back to a humanised name for a field without a label, never its path", () => {
    const issues = ajvIssues(
      [{ keyword: "required", instancePath: "", params: { missingProperty: "reportingOfficerPhone" } }],
      "body",
      "en",
    );
    expect(issues).toEqual([
      {
        field: "body.reportingOfficerPhone",
        label: "Reporting officer phone",
        message: "Reporting officer phone: is required",
      },
    ]);
    // A union (an e-mail or nothing) reports its most telling problem only.
    const union = ajvIssues(
      [
        { keyword: "format", instancePath: "/email", params: { format: "email" } },
        { keyword: "const", instancePath: "/email", params: { allowedValue: "" } },
        { keyword: "anyOf", instancePath: "/email", params: {} },
      ],
      "body",
      "vi",
    );
    expect(union.map((i) => i.message)).toEqual(["Thư điện tử: không phải địa chỉ thư điện tử hợp lệ"]);
  });

  it("a service's own refusal names the field by its label too", async () => {
    const added = await t.app.inject({
      method: "POST",
      url: `/api/meetings/${M}/delegations/${THA}/delegates`,
      headers: icd,
      payload: { fullName: "Reject Me (sample)" },
    });
    expect(added.statusCode, added.body).toBe(201);
    const d = added.json() as { id: string; version: number };
    const url = `/api/meetings/${M}/delegations/${THA}/delegates/${d.id}/accreditation`;
    const payload = { status: "rejected", version: d.version };
    const vi = expectError(
      await t.app.inject({ method: "POST", url, headers: icd, payload }),
      400,
      "VALIDATION_FAILED",
    );
    expect(vi.message).toBe("Lý do: bắt buộc nhập khi từ chối");
    await setLanguage("en");
    try {
      const e = expectError(await t.app.inject({ method: "POST", url, headers: icd, payload }), 400);
      expect(e.message).toBe("Reason: is required for a rejection");
      expect(e.details).toEqual([{ field: "reason", label: "Reason", message: "Reason: is required for a rejection" }]);
    } finally {
      await setLanguage("vi");
    }
  });
});

describe("dates in messages", () => {
  it("are dd/MM/yyyy in Vietnamese and 05 Aug 2022 in English", async () => {
    const session = {
      kind: "SOM",
      titleVi: "Phiên ngoài lịch (mẫu)",
      titleEn: "Out of dates (sample)",
      start: "2022-08-20T09:00",
      end: "2022-08-20T10:00",
    };
    const url = `/api/meetings/${M}/sessions`;
    const vi = expectError(await t.app.inject({ method: "POST", url, headers: icd, payload: session }), 400);
    expect(vi.message).toBe("Phiên họp phải nằm trong thời gian hội nghị (02/08/2022 – 06/08/2022).");
    await setLanguage("en");
    try {
      const e = expectError(await t.app.inject({ method: "POST", url, headers: icd, payload: session }), 400);
      expect(e.message).toBe("The session must fall within the meeting's dates (02 Aug 2022 – 06 Aug 2022).");
    } finally {
      await setLanguage("vi");
    }
  });

  it("write days, moments and two-language values in the message's language", () => {
    const tpl = "{day} · {at} · {label} · {typed}";
    const params = {
      day: "2021-01-01",
      at: new Date("2022-08-02T03:05:00Z"),
      label: { vi: "Họ và tên", en: "Full name" },
      typed: "1980-13-01",
    };
    expect(fillTemplate(tpl, params, "vi")).toBe("01/01/2021 · 02/08/2022 10:05 (UTC+7) · Họ và tên · 1980-13-01");
    expect(fillTemplate(tpl, params, "en")).toBe("01 Jan 2021 · 02 Aug 2022, 10:05 (UTC+7) · Full name · 1980-13-01");
    expect(errorMessage("TEXT_INVALID", "en", { field: { vi: "Tên", en: "Name" } })).toMatch(/^Name: /);
  });
});

describe("NUL and lone surrogates", () => {
  const url = `/api/meetings/${M}/delegations/${THA}/delegates`;
  const count = async () => (await t.ctx.db.select({ id: delegates.id }).from(delegates)).length;

  it("a NUL in a JSON body gets a 400 naming the field, in the caller's language, and stores nothing", async () => {
    const before = await count();
    const vi = expectError(
      await t.app.inject({ method: "POST", url, headers: icd, payload: { fullName: "Nul\u0000 Name (sample)" } }),
      400,
      "TEXT_INVALID",
    );
    expect(vi.message).toMatch(/^Họ và tên: văn bản chứa ký tự không được phép/);
    expect(vi.details).toEqual({ field: "body.fullName", reason: "nul" });
    const anon = expectError(
      await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        headers: EN,
        payload: { email: "a\u0000@b.c", password: "x" },
      }),
      400,
      "TEXT_INVALID",
    );
    expect(anon.message).toMatch(/^E-mail: the text holds a character that is not allowed/);
    expect(await count()).toBe(before);
  });

  it("a lone surrogate (raw JSON escape) gets a 400, not a 500, and stores nothing", async () => {
    const before = await count();
    const res = await t.app.inject({
      method: "POST",
      url,
      headers: { ...icd, "content-type": "application/json" },
      payload: '{"fullName":"Half \\ud83d pair (sample)","position":"x"}',
    });
    const e = expectError(res, 400, "TEXT_INVALID");
    expect(e.details).toEqual({ field: "body.fullName", reason: "surrogate" });
    expect(await count()).toBe(before);
  });

  it("a NUL in the query string gets a 400 too", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/meetings/${M}/delegates?q=a%00b`, headers: icd });
    const e = expectError(res, 400, "TEXT_INVALID");
    expect(e.message).toMatch(/^Từ khóa tìm kiếm: /);
  });
});
