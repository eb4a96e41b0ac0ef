import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { coopActivities, coopPartners, coopPlanItems } from "./schema.js";
import { sendResultsReminders } from "./results.js";

/**
 * The cooperation register's activities, partners and plan through HTTP, on the demo data of seed 002 (issue 12,
 * items 1, 2, 6, 7): who reads and edits what, the refusals that change nothing, search without diacritics, the
 * export, the plan's progress, results reminders.
 */

type H = Record<string, string>;
let t: TestApp;
let icd: H, archives: H, napa: H, minister: H, personnel: H, admin: H;
const units = new Map<string, string>();

interface Act {
  id: string;
  code: string;
  status: string;
  version: number;
  titleVi: string;
  unit: { id: string; code: string };
  partners: { id: string }[];
  members: { name: string; unitNameVi: string | null }[];
  attachments: { id: string; fileName: string; mime: string }[];
  resultsOverdue: boolean;
  resultsDueOn: string | null;
  permissions: Record<string, boolean>;
}

const trail = async () =>
  Number(
    ((await t.ctx.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as { rows: { n: number }[] })
      .rows[0]!.n,
  );
const snapshot = async (id: string) =>
  (await t.ctx.db.select().from(coopActivities).where(eq(coopActivities.id, id)))[0];

const post = (h: H, url: string, payload: object) => t.app.inject({ method: "POST", url, headers: h, payload });
const patch = (h: H, url: string, payload: object) => t.app.inject({ method: "PATCH", url, headers: h, payload });
const get = (h: H, url: string) => t.app.inject({ method: "GET", url, headers: h });

beforeAll(async () => {
  t = await createTestApp();
  const hs = await Promise.all(
    [
      "icd@demo.focal",
      "unit.archives@demo.focal",
      "unit.napa@demo.focal",
      "minister@demo.focal",
      "personnel@demo.focal",
      "admin@demo.focal",
    ].map((e) => t.login(e)),
  );
  [icd, archives, napa, minister, personnel, admin] = hs as [H, H, H, H, H, H];
  const list = (await get(admin, "/api/units")).json() as { id: string; code: string }[];
  for (const u of list) units.set(u.code, u.id);
}, 120_000);
afterAll(async () => t?.close());

async function draft(h: H, body: Record<string, unknown>): Promise<Act> {
  const res = await post(h, "/api/cooperation/activities", { unitId: units.get("ARCHIVES"), titleVi: "Nháp", ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Act;
}

describe("activities: drafts, reading and editing by unit", () => {
  it("a unit officer saves a draft with only unit and title, and edits it with its version", async () => {
    const a = await draft(archives, { titleVi: "Đoàn ra làm việc với Lưu trữ Liên bang Nga" });
    expect(a).toMatchObject({ status: "draft", unit: { code: "ARCHIVES" }, permissions: { read: true, edit: true } });
    expect(a.code).toMatch(/^\d{4}-\d{4}$/);
    const partners = (await get(archives, "/api/cooperation/partners?q=rosarkhiv")).json() as { id: string }[];
    expect(partners).toHaveLength(1);
    const res = await patch(archives, `/api/cooperation/activities/${a.id}`, {
      version: a.version,
      kind: "outbound",
      partnerIds: [partners[0]!.id],
      countries: ["RUS"],
      startDate: "2031-05-04",
      endDate: "2031-05-09",
      leaderName: "Đặng Thanh Tùng",
      leaderRank: "director_general",
      members: [{ name: "Trần Văn Đức", unitId: units.get("ARCHIVES"), position: "Chuyên viên" }],
      details: { note: "ghi chú" },
    });
    expect(res.statusCode, res.body).toBe(200);
    const b = res.json() as Act;
    expect(b.version).toBe(a.version + 1);
    expect(b.partners.map((p) => p.id)).toEqual([partners[0]!.id]);
    expect(b.members).toEqual([
      expect.objectContaining({ name: "Trần Văn Đức", unitNameVi: "Cục Văn thư và Lưu trữ nhà nước" }),
    ]);
    // Stale version: 409, nothing changed.
    const before = await trail();
    expectError(
      await patch(archives, `/api/cooperation/activities/${a.id}`, { version: a.version, titleVi: "X" }),
      409,
      "VERSION_CONFLICT",
    );
    expect((await snapshot(a.id))!.titleVi).toBe("Đoàn ra làm việc với Lưu trữ Liên bang Nga");
    expect(await trail()).toBe(before);
  });

  it("drafts created at the same moment each get their own code (no 500 from a shared number)", async () => {
    const before = await trail();
    const res = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(archives, "/api/cooperation/activities", { unitId: units.get("ARCHIVES"), titleVi: `Cùng lúc ${i}` }),
      ),
    );
    expect(res.map((r) => r.statusCode)).toEqual(Array.from({ length: 12 }, () => 200));
    const codes = res.map((r) => (r.json() as Act).code);
    expect(new Set(codes).size).toBe(12);
    expect(await trail()).toBe(before + 12);
  });

  it("a unit officer cannot read, edit or create another unit's activities (403, nothing changed)", async () => {
    const a = await draft(archives, { titleVi: "Chỉ của Cục Lưu trữ" });
    const before = await trail();
    expectError(await get(napa, `/api/cooperation/activities/${a.id}`), 403, "FORBIDDEN");
    expectError(
      await patch(napa, `/api/cooperation/activities/${a.id}`, { version: a.version, titleVi: "Sửa trộm" }),
      403,
    );
    expectError(await post(napa, `/api/cooperation/activities/${a.id}/cancel`, { version: a.version }), 403);
    expectError(
      await post(napa, "/api/cooperation/activities", { unitId: units.get("ARCHIVES"), titleVi: "Giả" }),
      403,
    );
    // Nor do approvers and the personnel officer read a draft no step has reached.
    expectError(await get(minister, `/api/cooperation/activities/${a.id}`), 403);
    expectError(await get(personnel, `/api/cooperation/activities/${a.id}`), 403);
    expect((await snapshot(a.id))!.titleVi).toBe("Chỉ của Cục Lưu trữ");
    expect(await trail()).toBe(before);
    // The list shows NAPA only its own; the ICD and the administrator read everything.
    const napaList = (await get(napa, "/api/cooperation/activities?limit=200")).json() as Act[];
    expect(napaList.every((x) => x.unit.code === "NAPA")).toBe(true);
    expect((await get(icd, `/api/cooperation/activities/${a.id}`)).statusCode).toBe(200);
    expect((await get(admin, `/api/cooperation/activities/${a.id}`)).statusCode).toBe(200);
  });

  it("refuses an unknown partner, an end before the start, a plan item of another year — changing nothing", async () => {
    const a = await draft(archives, { titleVi: "Kiểm tra dữ liệu", startDate: "2023-04-03" });
    const before = await trail();
    const url = `/api/cooperation/activities/${a.id}`;
    const unknown = expectError(
      await patch(archives, url, { version: a.version, partnerIds: ["0a0c5321-dead-4000-8000-00000000dead"] }),
      400,
      "UNKNOWN_PARTNER",
    );
    expect(unknown.message).toMatch(/Đối tác không có trong danh bạ/);
    const reversed = expectError(
      await patch(archives, url, { version: a.version, startDate: "2023-04-05", endDate: "2023-04-01" }),
      400,
      "END_BEFORE_START",
    );
    expect(reversed.message).toContain("01/04/2023");
    const [item] = await t.ctx.db
      .select()
      .from(coopPlanItems)
      .where(sql`${coopPlanItems.year} = 2022 and ${coopPlanItems.unitId} = ${units.get("ARCHIVES")!}`);
    const other = expectError(
      await patch(archives, url, { version: a.version, planItemId: item!.id }),
      400,
      "PLAN_ITEM_OTHER_YEAR",
    );
    expect(other.message).toContain("2022");
    expect(await snapshot(a.id)).toMatchObject({
      version: a.version,
      startDate: "2023-04-03",
      endDate: null,
      planItemId: null,
    });
    expect(await trail()).toBe(before);
    // The 2022 item links to a 2022 activity.
    const ok = await patch(archives, url, { version: a.version, startDate: "2022-06-13", planItemId: item!.id });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it("refuses details that do not fit the kind", async () => {
    const a = await draft(archives, { kind: "outbound" });
    expectError(
      await patch(archives, `/api/cooperation/activities/${a.id}`, { version: a.version, details: { donor: "KOICA" } }),
      400,
      "KIND_DETAIL",
    );
  });

  it("an activity on its route cannot be edited: a clear 409, nothing changed", async () => {
    const a = await draft(archives, { titleVi: "Đang trình" });
    await t.ctx.db.update(coopActivities).set({ status: "submitted" }).where(eq(coopActivities.id, a.id));
    const before = await trail();
    const res = expectError(
      await patch(archives, `/api/cooperation/activities/${a.id}`, {
        version: a.version,
        titleVi: "Sửa khi đang trình",
      }),
      409,
      "NOT_EDITABLE",
    );
    expect(res.message).toMatch(/chỉ sửa được bản nháp hoặc hoạt động đã được trả lại/);
    expect((await snapshot(a.id))!.titleVi).toBe("Đang trình");
    expect(await trail()).toBe(before);
    const got = (await get(archives, `/api/cooperation/activities/${a.id}`)).json() as Act;
    expect(got.permissions).toMatchObject({ read: true, edit: false, submit: false, cancel: true });
  });
});

describe("the ICD's list", () => {
  it("searches without diacritics over titles, partners, countries, leader and place; pages with X-Total-Count", async () => {
    const byTitle = await get(icd, "/api/cooperation/activities?q=luu%20tru%20hai%20ngoai%20phap");
    expect(byTitle.statusCode, byTitle.body).toBe(200);
    expect(Number(byTitle.headers["x-total-count"])).toBeGreaterThanOrEqual(1);
    const byLeader = (await get(icd, "/api/cooperation/activities?q=vu%20chien%20thang")).json() as Act[];
    expect(byLeader.map((a) => a.titleVi)).toContain("Hội nghị triển khai công tác hợp tác quốc tế năm 2022");
    const byCountry = (await get(icd, "/api/cooperation/activities?q=cu%20ba&year=2022")).json() as Act[];
    expect(byCountry).toEqual([]);
    const accsm = await get(icd, "/api/cooperation/activities?q=accsm&year=2021&kind=conference&limit=2");
    expect(accsm.headers["x-total-count"]).toBe("3");
    expect(accsm.json()).toHaveLength(2);
    const filtered = (await get(icd, `/api/cooperation/activities?country=FRA&inPlan=true`)).json() as Act[];
    expect(filtered.length).toBeGreaterThanOrEqual(1);
  });

  it("exports the filtered list to Excel, with formula-like text neutralised", async () => {
    await draft(archives, { titleVi: '=HYPERLINK("http://x")', startDate: "2021-12-01" });
    const res = await get(icd, "/api/cooperation/activities/export.xlsx?year=2021&lang=en");
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe("Code");
    const titles = ws.getColumn(5).values.slice(2) as string[];
    expect(titles).toContain("Meeting of the ACCSM focal points");
    expect(titles).toContain('\'=HYPERLINK("http://x")');
    expect(ws.rowCount).toBe(5);
  });

  it("a month's calendar lists the activities overlapping it", async () => {
    const res = await get(icd, "/api/cooperation/activities/calendar?month=2022-03");
    expect(res.statusCode, res.body).toBe(200);
    const cal = res.json() as { activities: Act[] };
    expect(cal.activities.map((a) => a.titleVi)).toEqual(["Hội nghị triển khai công tác hợp tác quốc tế năm 2022"]);
  });
});

describe("partners", () => {
  it("the ICD adds and edits partners (audited); a unit officer cannot", async () => {
    const before = await trail();
    expectError(await post(archives, "/api/cooperation/partners", { nameVi: "X", nameEn: "X", kind: "ngo" }), 403);
    expect(await trail()).toBe(before);
    const res = await post(icd, "/api/cooperation/partners", {
      nameVi: "Viện Hành chính công Xinh-ga-po",
      nameEn: "Civil Service College Singapore",
      shortName: "CSC",
      kind: "university",
      country: "SGP",
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as { id: string; version: number; permissions: { edit: boolean } };
    expect(p.permissions.edit).toBe(true);
    const found = (await get(archives, "/api/cooperation/partners?q=xinh%20ga%20po")).json() as {
      id: string;
      permissions: { edit: boolean };
    }[];
    expect(found.map((x) => x.id)).toEqual([p.id]);
    expect(found[0]!.permissions.edit).toBe(false);
    expectError(await patch(icd, `/api/cooperation/partners/${p.id}`, { version: p.version + 5, nameEn: "Y" }), 409);
    const renamed = await patch(icd, `/api/cooperation/partners/${p.id}`, {
      version: p.version,
      nameEn: "Civil Service College",
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await trail()).toBe(before + 2);
    const byCountry = (await get(icd, "/api/cooperation/partners?country=LAO")).json() as unknown[];
    expect(byCountry).toHaveLength(2);
    expectError(
      await post(icd, "/api/cooperation/partners", { nameVi: "X", nameEn: "X", kind: "ngo", country: "XYZ" }),
      400,
    );
  });
});

describe("the annual plan", () => {
  it("shows 2022's approved plan by unit, each item's progress and the out-of-plan activities apart", async () => {
    const res = await get(icd, "/api/cooperation/plans/2022");
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json() as {
      status: string;
      decisionNumber: string;
      items: { titleEn: string; progress: string; status: string; pmApproved: boolean }[];
      outOfPlan: unknown[];
      permissions: Record<string, boolean>;
    };
    expect(plan).toMatchObject({ status: "approved", decisionNumber: "145/QĐ-BNV" });
    const france = plan.items.find((i) => i.titleEn.includes("France"))!;
    expect(france).toMatchObject({ progress: "carried_out", pmApproved: true, status: "included" });
    expect(
      plan.items.find((i) => i.titleEn.startsWith("Training course for senior civil servants of Cuba"))!.progress,
    ).toBe("not_started");
    expect(plan.items.some((i) => i.status === "left_out")).toBe(true);
    expect(plan.permissions).toMatchObject({ propose: false, consolidate: false, approve: false });
  });

  it("units propose, the ICD includes and consolidates, the Minister approves with the decision's number", async () => {
    const body = {
      unitId: units.get("NAPA"),
      kind: "inbound",
      titleVi: "Khóa bồi dưỡng công chức Băng-la-đét",
      countries: ["BGD"],
    };
    expectError(await post(archives, "/api/cooperation/plans/2030/items", body), 403);
    const proposed = await post(napa, "/api/cooperation/plans/2030/items", body);
    expect(proposed.statusCode, proposed.body).toBe(200);
    const item = proposed.json() as { id: string; version: number; permissions: Record<string, boolean> };
    expect(item.permissions).toMatchObject({ edit: true, consolidate: false });
    // A unit cannot include its own item; the ICD can.
    expectError(
      await patch(napa, `/api/cooperation/plan-items/${item.id}`, { version: item.version, status: "included" }),
      403,
    );
    expectError(await post(icd, "/api/cooperation/plans/2030/consolidate", { version: 1 }), 409, "PLAN_EMPTY");
    const inc = await patch(icd, `/api/cooperation/plan-items/${item.id}`, {
      version: item.version,
      status: "included",
    });
    expect(inc.statusCode, inc.body).toBe(200);
    expectError(
      await post(minister, "/api/cooperation/plans/2030/approve", {
        version: 1,
        decisionNumber: "1/QĐ-BNV",
        decisionDate: "2030-01-15",
      }),
      409,
      "PLAN_NOT_CONSOLIDATED",
    );
    expectError(await post(archives, "/api/cooperation/plans/2030/consolidate", { version: 1 }), 403);
    const cons = await post(icd, "/api/cooperation/plans/2030/consolidate", { version: 1 });
    expect(cons.statusCode, cons.body).toBe(200);
    expectError(
      await post(icd, "/api/cooperation/plans/2030/approve", {
        version: 2,
        decisionNumber: "1/QĐ-BNV",
        decisionDate: "2030-01-15",
      }),
      403,
    );
    const ok = await post(minister, "/api/cooperation/plans/2030/approve", {
      version: 2,
      decisionNumber: "12/QĐ-BNV",
      decisionDate: "2030-01-15",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "approved", decisionNumber: "12/QĐ-BNV", decisionDate: "2030-01-15" });
    expectError(await post(napa, "/api/cooperation/plans/2030/items", body), 409, "PLAN_APPROVED");
  });
});

describe("results", () => {
  it("overdue results stand out, one reminder goes to the unit's officers, the unit reports", async () => {
    const a = await draft(archives, { titleVi: "Đoàn đã về", startDate: "2022-09-05", endDate: "2022-09-09" });
    expectError(
      await t.app.inject({
        method: "PUT",
        url: `/api/cooperation/activities/${a.id}/results`,
        headers: archives,
        payload: { version: a.version, results: "x" },
      }),
      409,
      "RESULTS_NOT_YET",
    );
    await t.ctx.db
      .update(coopActivities)
      .set({ status: "approved", resultsDueOn: "2022-10-09" })
      .where(eq(coopActivities.id, a.id));
    const got = (await get(archives, `/api/cooperation/activities/${a.id}`)).json() as Act;
    expect(got).toMatchObject({
      resultsOverdue: true,
      resultsDueOn: "2022-10-09",
      permissions: { reportResults: true, edit: false },
    });
    const overdue = (await get(icd, "/api/cooperation/activities?resultsOverdue=true")).json() as Act[];
    expect(overdue.map((x) => x.id)).toContain(a.id);
    const home = (await get(archives, "/api/home")).json() as
      { items?: { kind: string; count: number }[] } | { kind: string }[];
    const homeItems = Array.isArray(home) ? home : (home.items ?? []);
    expect(homeItems.map((i) => i.kind)).toContain("cooperation.resultsOverdue");

    const mailBefore = Number(
      (
        (await t.ctx.db.execute(sql`select count(*)::int as n from mail_outbox`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );
    const sent = await sendResultsReminders(t.ctx);
    expect(sent).toBeGreaterThanOrEqual(1);
    const mails = (await t.ctx.db.execute(
      sql`select "to" as recipient, subject from mail_outbox where ref_id = ${a.id}`,
    )) as unknown as { rows: { recipient: string; subject: string }[] };
    expect(mails.rows.map((m) => m.recipient)).toEqual(["unit.archives@demo.focal"]);
    expect(mails.rows[0]!.subject).toContain("Quá hạn báo cáo kết quả");
    expect(await sendResultsReminders(t.ctx)).toBe(0);
    const mailAfter = Number(
      (
        (await t.ctx.db.execute(sql`select count(*)::int as n from mail_outbox`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );
    expect(mailAfter).toBe(mailBefore + sent);
    expect((await snapshot(a.id))!.resultsReminderSentAt).not.toBeNull();

    expectError(
      await t.app.inject({
        method: "PUT",
        url: `/api/cooperation/activities/${a.id}/results`,
        headers: napa,
        payload: { version: got.version, results: "x" },
      }),
      403,
    );
    const rep = await t.app.inject({
      method: "PUT",
      url: `/api/cooperation/activities/${a.id}/results`,
      headers: archives,
      payload: { version: got.version, results: "Nhận 120 hồ sơ bản sao", followUp: "Ký kế hoạch trao đổi" },
    });
    expect(rep.statusCode, rep.body).toBe(200);
    expect(rep.json()).toMatchObject({ resultsOverdue: false, results: "Nhận 120 hồ sơ bản sao" });
  });
});

describe("attachments", () => {
  it("uploads an invitation letter (type from its bytes), downloads and deletes it, each audited", async () => {
    const a = await draft(archives, { titleVi: "Có thư mời" });
    const pdf = Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const before = await trail();
    const up = await post(archives, `/api/cooperation/activities/${a.id}/attachments`, {
      kind: "invitation",
      fileName: "../thu moi.pdf",
      data: pdf.toString("base64"),
    });
    expect(up.statusCode, up.body).toBe(200);
    const file = (up.json() as Act).attachments[0]!;
    expect(file).toMatchObject({ fileName: "thu moi.pdf", mime: "application/pdf" });
    const down = await get(archives, `/api/cooperation/activities/${a.id}/attachments/${file.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(pdf)).toBe(true);
    expectError(await get(napa, `/api/cooperation/activities/${a.id}/attachments/${file.id}`), 403);
    expectError(
      await post(archives, `/api/cooperation/activities/${a.id}/attachments`, {
        kind: "programme",
        fileName: "x.exe",
        data: Buffer.from("MZ\x90\x00").toString("base64"),
      }),
      400,
      "ATTACHMENT_TYPE",
    );
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/cooperation/activities/${a.id}/attachments/${file.id}`,
      headers: archives,
    });
    expect(del.statusCode, del.body).toBe(200);
    expect((del.json() as Act).attachments).toEqual([]);
    expect(await trail()).toBe(before + 3);
  });
});

describe("the partner a record names must exist", () => {
  it("keeps the demo's partners searchable by short name", async () => {
    const rows = await t.ctx.db.select().from(coopPartners).where(eq(coopPartners.shortName, "NARA"));
    expect(rows[0]!.searchText).toContain("national archives");
  });
});

describe("the demo (seed 002)", () => {
  it("has activities in every state of the route, made through the services", async () => {
    const all = (await get(icd, "/api/cooperation/activities?limit=200")).json() as (Act & {
      waitingFor: string | null;
      leadShort: boolean;
      leaderName: string | null;
      inPlan: boolean;
    })[];
    const statuses = new Set(all.map((a) => a.status));
    for (const s of ["draft", "submitted", "returned", "approved", "refused", "cancelled"])
      expect(statuses).toContain(s);
    const pm = all.find((a) => a.waitingFor === "pm_permission")!;
    expect(pm).toMatchObject({ leaderName: "Vũ Chiến Thắng", inPlan: false, unit: { code: "LOCALGOV" } });
    const full = (await get(icd, `/api/cooperation/activities/${pm.id}`)).json() as {
      route: { steps: { step: string; status: string }[] };
    };
    expect(full.route.steps.slice(0, 3).map((s) => [s.step, s.status])).toEqual([
      ["icd_review", "approved"],
      ["minister", "approved"],
      ["pm_permission", "current"],
    ]);
    expect(all.some((a) => a.leadShort && a.status === "submitted")).toBe(true);
    expect(all.some((a) => a.resultsOverdue)).toBe(true);
    expect(all.some((a) => a.waitingFor === "minister")).toBe(true);
    const plan2022 = (await get(icd, "/api/cooperation/plans/2022")).json() as { status: string };
    expect(plan2022.status).toBe("approved");
  });
});
