import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { demoDelegationIds } from "../meetings/seed.js";
import { getMeetingRow } from "../meetings/repo.js";
import { purgeMeetingTx } from "../privacy/purge.js";
import { demoHealthIds } from "./seed.js";
import { needsAttention } from "./repo.js";
import { checkScreening, filterEntries, readAt } from "./service.js";
import type { HealthAttention, HealthEntry, HealthOptions } from "../../../shared/schemas/health.js";

/**
 * The health log (issue 14, point 6) through HTTP on the ACCSM 21 demo: only the meeting's health officer reads or
 * writes it — every other role gets 403 on every route, export included, and nothing changes; entries are added,
 * changed with the version and deleted; screenings follow the active scenario; the audit trail keeps ids and kinds,
 * never the content; other roles see only "needs medical attention"; the purge deletes the log.
 */

type H = Record<string, string>;
let t: TestApp;
let health: H;
const denied: Record<string, H> = {};
const M = demoIds.meetingAccsm21;
const base = `/api/meetings/${M}/health`;
let options: HealthOptions;

const req = (method: "GET" | "POST" | "PATCH" | "DELETE", h: H, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: h, ...(payload ? { payload } : {}) });
const rows = async (q: string) =>
  Number(((await t.ctx.db.execute(sql.raw(q))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const state = async () =>
  `${await rows("select count(*)::int as n from health_entries")}/${await rows("select coalesce(sum(version),0)::int as n from health_entries")}/${await rows("select coalesce(sum(version),0)::int as n from health_scenarios")}/${await rows("select count(*)::int as n from audit_log")}`;

const DENIED = [
  "icd@demo.focal",
  "registration@demo.focal",
  "committee@demo.focal",
  "liaison@demo.focal",
  "security@demo.focal",
  "contact.japan@demo.focal",
  "admin@demo.focal",
];

const delegateOf = (key: keyof typeof demoDelegationIds) => {
  const d = options.delegates.find((x) => x.delegationId === demoDelegationIds[key]);
  if (!d) throw new Error(`no delegate of ${key}`);
  return d;
};

beforeAll(async () => {
  t = await createTestApp();
  health = await t.login("health@demo.focal");
  for (const e of DENIED) denied[e] = await t.login(e);
  const res = await req("GET", health, `${base}/options`);
  expect(res.statusCode, res.body).toBe(200);
  options = res.json();
});
afterAll(async () => t.close());

describe("the pure parts", () => {
  const meeting = { timeZone: "Asia/Ho_Chi_Minh", startDate: "2022-08-02", endDate: "2022-08-06" };
  it("reads the time in the meeting's zone and refuses one outside the meeting and its week either side", () => {
    expect(readAt(meeting, "2022-08-03T10:15").toISOString()).toBe("2022-08-03T03:15:00.000Z");
    expect(readAt(meeting, "2022-07-26T00:00").toISOString()).toBe("2022-07-25T17:00:00.000Z");
    expect(() => readAt(meeting, "2022-07-25T23:59")).toThrow();
    expect(() => readAt(meeting, "2022-08-14T00:00")).toThrow();
    expect(() => readAt(meeting, "2022-02-30T10:00")).toThrow();
    expect(() => readAt(meeting, "tomorrow")).toThrow();
  });
  it("checks a screening against the fields the active scenario asks for", () => {
    const asked = new Set(["temperature", "rapid_test"]);
    expect(checkScreening({ temperature: 37.25, rapid_test: "negative" }, asked)).toEqual({
      temperature: 37.3,
      rapid_test: "negative",
    });
    expect(checkScreening({ symptoms: "  " }, asked)).toBeNull();
    expect(checkScreening(null, asked)).toBeNull();
    expect(() => checkScreening({ symptoms: "ho" }, asked)).toThrow();
    expect(() => checkScreening({ temperature: 33.9 }, asked)).toThrow();
    expect(() => checkScreening({ temperature: 43.1 }, asked)).toThrow();
    expect(checkScreening({ temperature: 43 }, asked)).toEqual({ temperature: 43 });
    expect(() => checkScreening({ temperature: 37 }, new Set())).toThrow();
  });
  it("filters by a name without diacritics and sorts newest first", () => {
    const list = [
      { at: "2022-08-02T10:00:00+07:00", delegateName: "Nguyễn Văn Đức", delegationName: "Việt Nam" },
      { at: "2022-08-03T10:00:00+07:00", delegateName: "Tanaka Hiroshi", delegationName: "Japan" },
      { at: "2022-08-01T10:00:00+07:00", delegateName: "Lê Thị Hà", delegationName: "Việt Nam" },
    ];
    expect(filterEntries([...list], undefined).map((e) => e.delegateName)).toEqual([
      "Tanaka Hiroshi",
      "Nguyễn Văn Đức",
      "Lê Thị Hà",
    ]);
    expect(filterEntries([...list], "van duc").map((e) => e.delegateName)).toEqual(["Nguyễn Văn Đức"]);
    expect(filterEntries([...list], "viet nam").length).toBe(2);
    expect(filterEntries([...list], "nobody")).toEqual([]);
  });
});

describe("the health officer", () => {
  it("reads the demo log: a screening at arrival and an event shared as needing attention", async () => {
    expect(options.scenarios).toEqual([
      expect.objectContaining({
        id: demoHealthIds.covidScenario,
        active: true,
        fields: expect.arrayContaining(["temperature", "rapid_test"]),
      }),
    ]);
    const res = await req("GET", health, base);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as HealthEntry[];
    expect(list.map((e) => e.id)).toEqual([demoHealthIds.entryThailand, demoHealthIds.entryJapan]);
    expect(list.every((e) => e.sample && e.canEdit)).toBe(true);
    expect(list[0]).toMatchObject({ kind: "event", needsAttention: true, at: "2022-08-02T20:15:00+07:00" });
    expect(list[1]).toMatchObject({ kind: "screening", screening: { rapid_test: "negative" } });
    const screenings = (await req("GET", health, `${base}?kind=screening`)).json() as HealthEntry[];
    expect(screenings.map((e) => e.id)).toEqual([demoHealthIds.entryJapan]);
    const shared = (await req("GET", health, `${base}?attention=true`)).json() as HealthEntry[];
    expect(shared.map((e) => e.id)).toEqual([demoHealthIds.entryThailand]);
  });

  it("reads one delegate's log through the API contract's route, and the read is recorded", async () => {
    const thai = delegateOf("THA");
    const before = await rows("select count(*)::int as n from audit_log where action = 'personal_data.read'");
    const res = await req("GET", health, `/api/meetings/${M}/delegates/${thai.id}/health`);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as HealthEntry[]).map((e) => e.id)).toContain(demoHealthIds.entryThailand);
    expect(await rows("select count(*)::int as n from audit_log where action = 'personal_data.read'")).toBe(before + 1);
    const stranger = await req("GET", health, `/api/meetings/${M}/delegates/${crypto.randomUUID()}/health`);
    expectError(stranger, 400, "DELEGATE_NOT_IN_MEETING");
  });

  it("adds an event, changes it with the version, refuses a stale version, deletes it", async () => {
    const lao = delegateOf("LAO");
    const res = await req("POST", health, base, {
      delegateId: lao.id,
      kind: "event",
      at: "2022-08-04T09:05",
      what: "Đau đầu, sốt nhẹ",
      action: "Cho uống hạ sốt",
      followUp: "Đo lại nhiệt độ lúc 14:00",
    });
    expect(res.statusCode, res.body).toBe(200);
    const e = res.json() as HealthEntry;
    expect(e).toMatchObject({
      delegateName: lao.fullName,
      at: "2022-08-04T09:05:00+07:00",
      version: 1,
      needsAttention: false,
      sample: false,
      recordedBy: "Phan Thị Lan",
    });
    // Found by the delegate's name without diacritics.
    const words = lao.fullName.normalize("NFD").replace(/\p{M}/gu, "").split(" ")[0]!.toLowerCase();
    const found = (await req("GET", health, `${base}?q=${encodeURIComponent(words)}`)).json() as HealthEntry[];
    expect(found.map((x) => x.id)).toContain(e.id);

    const upd = await req("PATCH", health, `${base}/${e.id}`, {
      version: 1,
      needsAttention: true,
      action: "Cho uống hạ sốt, nghỉ tại khách sạn",
    });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json()).toMatchObject({ version: 2, needsAttention: true });
    const s = await state();
    expectError(await req("PATCH", health, `${base}/${e.id}`, { version: 1, what: "x" }), 409, "VERSION_CONFLICT");
    expectError(await req("DELETE", health, `${base}/${e.id}?version=1`), 409, "VERSION_CONFLICT");
    expect(await state()).toBe(s);
    expect(await needsAttention(t.ctx.db, M)).toContain(lao.id);

    // The trail keeps ids and the kind, never what happened or what was done.
    const audit = (await t.ctx.db.execute(
      sql`select action, before, after from audit_log where entity = 'health_entry' and entity_id = ${e.id}`,
    )) as unknown as { rows: { action: string; before: unknown; after: unknown }[] };
    expect(audit.rows.map((r) => r.action).sort()).toEqual(["health_entry.create", "health_entry.update"]);
    const trail = JSON.stringify(audit.rows);
    for (const text of ["Đau đầu", "hạ sốt", "nhiệt độ", "khách sạn"]) expect(trail).not.toContain(text);
    expect(trail).toContain(lao.id);

    const del = await req("DELETE", health, `${base}/${e.id}?version=2`);
    expect(del.statusCode, del.body).toBe(200);
    expectError(await req("DELETE", health, `${base}/${e.id}?version=2`), 404, "ENTRY_NOT_FOUND");
  });

  it("records a screening while the scenario is active, and refuses one when none is", async () => {
    const jpn = delegateOf("JPN");
    const ok = await req("POST", health, base, {
      delegateId: jpn.id,
      kind: "screening",
      at: "2022-08-03T07:30",
      what: "",
      screening: { temperature: 37.1, rapid_test: "negative", symptoms: "Không" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const s = await state();
    // The health officer reads messages in her profile's language (Vietnamese).
    const en = health;
    const hot = expectError(
      await req("POST", en, base, {
        delegateId: jpn.id,
        kind: "screening",
        at: "2022-08-03T07:30",
        what: "",
        screening: { temperature: 52 },
      }),
      400,
      "VALIDATION_FAILED",
    );
    expect(hot.message).toContain("34");
    expectError(
      await req("POST", en, base, {
        delegateId: jpn.id,
        kind: "screening",
        at: "2022-08-03T07:30",
        what: "",
        screening: {},
      }),
      400,
      "SCREENING_EMPTY",
    );
    expectError(
      await req("POST", en, base, { delegateId: jpn.id, kind: "event", at: "2022-08-03T07:30", what: "  " }),
      400,
      "VALIDATION_FAILED",
    );
    const outside = expectError(
      await req("POST", en, base, { delegateId: jpn.id, kind: "event", at: "2022-09-30T07:30", what: "Sốt" }),
      400,
      "AT_OUTSIDE_MEETING",
    );
    expect(outside.message).toBe(
      "Thời điểm (30/09/2022) nằm ngoài thời gian hội nghị: chọn từ 26/07/2022 đến 13/08/2022.",
    );
    expectError(
      await req("POST", en, base, {
        delegateId: crypto.randomUUID(),
        kind: "event",
        at: "2022-08-03T07:30",
        what: "Sốt",
      }),
      400,
      "DELEGATE_NOT_IN_MEETING",
    );
    expect(await state()).toBe(s);

    // The scenario is switched off: screenings are refused until it is on again.
    const sc = options.scenarios[0]!;
    const off = await req("PATCH", health, `${base}/scenarios/${sc.id}`, { active: false, version: sc.version });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, version: sc.version + 1 });
    expectError(
      await req("PATCH", health, `${base}/scenarios/${sc.id}`, { active: true, version: sc.version }),
      409,
      "VERSION_CONFLICT",
    );
    const none = expectError(
      await req("POST", en, base, {
        delegateId: jpn.id,
        kind: "screening",
        at: "2022-08-03T07:30",
        what: "",
        screening: { temperature: 37 },
      }),
      400,
      "NO_ACTIVE_SCENARIO",
    );
    expect(none.message).toBe("Chưa có kịch bản dịch bệnh nào đang áp dụng: không ghi được kết quả sàng lọc.");
    const on = await req("PATCH", health, `${base}/scenarios/${sc.id}`, { active: true, version: sc.version + 1 });
    expect(on.statusCode, on.body).toBe(200);
    expectError(
      await req("PATCH", health, `${base}/scenarios/${crypto.randomUUID()}`, { active: true, version: 1 }),
      404,
      "SCENARIO_NOT_FOUND",
    );
  });

  it("exports the log to Excel, audited without its content", async () => {
    const before = await rows("select count(*)::int as n from audit_log where action = 'health_log.export'");
    const res = await req("GET", health, `${base.replace("/health", "/health.xlsx")}?lang=en`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(5).value).toBe("What happened");
    const cells = JSON.stringify(ws.getSheetValues());
    expect(cells).toContain("Chóng mặt");
    expect(await rows("select count(*)::int as n from audit_log where action = 'health_log.export'")).toBe(before + 1);
    const trail = JSON.stringify(
      (
        (await t.ctx.db.execute(sql`select after from audit_log where action = 'health_log.export'`)) as unknown as {
          rows: unknown[];
        }
      ).rows,
    );
    expect(trail).not.toContain("Chóng mặt");
    expect(trail).toContain('"rows"');
  });
});

describe("everyone else", () => {
  it("gets 403 on every health route, in the API and the export, and nothing changes", async () => {
    const thai = delegateOf("THA");
    const sc = options.scenarios[0]!;
    const s = await state();
    for (const [email, h] of Object.entries(denied)) {
      const calls: [string, () => ReturnType<typeof req>][] = [
        ["list", () => req("GET", h, base)],
        ["options", () => req("GET", h, `${base}/options`)],
        ["delegate", () => req("GET", h, `/api/meetings/${M}/delegates/${thai.id}/health`)],
        ["export", () => req("GET", h, `/api/meetings/${M}/health.xlsx`)],
        ["add", () => req("POST", h, base, { delegateId: thai.id, kind: "event", at: "2022-08-03T10:00", what: "x" })],
        ["edit", () => req("PATCH", h, `${base}/${demoHealthIds.entryThailand}`, { version: 1, what: "x" })],
        ["delete", () => req("DELETE", h, `${base}/${demoHealthIds.entryThailand}?version=1`)],
        ["scenario", () => req("PATCH", h, `${base}/scenarios/${sc.id}`, { active: false, version: 1 })],
      ];
      for (const [name, call] of calls) {
        const res = await call();
        expect(res.statusCode, `${email}: ${name}`).toBe(403);
        expectError(res, 403, "FORBIDDEN");
      }
    }
    expect(await state()).toBe(s);
  });

  it("sees at most that a delegate needs medical attention, where the health officer shared it", async () => {
    const thai = delegateOf("THA");
    for (const email of [
      "icd@demo.focal",
      "registration@demo.focal",
      "committee@demo.focal",
      "liaison@demo.focal",
      "security@demo.focal",
    ]) {
      const res = await req("GET", denied[email]!, `${base}/attention`);
      expect(res.statusCode, `${email} ${res.body}`).toBe(200);
      const list = res.json() as HealthAttention[];
      expect(list.map((a) => a.delegateId)).toContain(thai.id);
      expect(Object.keys(list[0]!).sort()).toEqual(["delegateId", "delegationId", "delegationName", "fullName"]);
      expect(res.body).not.toContain("Chóng mặt");
      expect(res.body).not.toContain(delegateOf("JPN").id);
    }
    for (const email of ["contact.japan@demo.focal", "admin@demo.focal"])
      expectError(await req("GET", denied[email]!, `${base}/attention`), 403, "FORBIDDEN");
    expect((await req("GET", health, `${base}/attention`)).statusCode).toBe(200);
  });
});

describe("the purge", () => {
  it("deletes the meeting's health log with its personal data; the scenario stays", async () => {
    expect(await rows(`select count(*)::int as n from health_entries where meeting_id = '${M}'`)).toBeGreaterThan(0);
    const icd = denied["icd@demo.focal"]!;
    const m = (await req("GET", icd, `/api/meetings/${M}`)).json() as { version: number };
    const upd = await req("PATCH", icd, `/api/meetings/${M}`, {
      version: m.version,
      status: "closed",
      purgeAt: "2022-09-06",
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const meeting = await getMeetingRow(t.ctx.db, M);
    const result = await purgeMeetingTx(t.ctx.db, null, meeting!);
    expect(result.erased.health).toMatchObject({ healthEntries: expect.any(Number) });
    expect(await rows(`select count(*)::int as n from health_entries where meeting_id = '${M}'`)).toBe(0);
    expect(await rows(`select count(*)::int as n from health_scenarios where meeting_id = '${M}'`)).toBe(1);
    expect((await req("GET", health, base)).json()).toEqual([]);
  });
});
