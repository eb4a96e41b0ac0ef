import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { indicatorIds } from "./seed.js";
import { targetReportValues, targetReports } from "./schema.js";
import { signInAgency } from "./testing.js";

/**
 * Integration tests of the targets module through HTTP, on the demo data (Scheme 1439 and its sample reports).
 * Exact progress figures are tested in progress-api.test.ts on a scheme whose every figure the test sets.
 */

let t: TestApp;
let icd: Record<string, string>;
let hanoi: Record<string, string>;
let admin: Record<string, string>;
const S = demoIds.scheme1439;

interface Report {
  id: string;
  period: number;
  status: string;
  version: number;
  returnComment: string | null;
  agency: { code: string };
  permissions: { edit: boolean; review: boolean; reopen: boolean };
  values: { indicatorId: string; numerator: number | null; denominator: number | null; achieved: boolean | null }[];
  events: { action: string; comment: string | null }[];
}

const agencyUser = (code: string, language: "vi" | "en" = "vi") => signInAgency(t, admin, code, language);

const figures = (b: [number, number], c: [number, number], plan: string | null = "2019-04-01") => [
  { indicatorId: indicatorIds.a, achieved: plan !== null, achievedOn: plan },
  { indicatorId: indicatorIds.b, numerator: b[0], denominator: b[1] },
  { indicatorId: indicatorIds.c, numerator: c[0], denominator: c[1] },
];

const put = (h: Record<string, string>, agency: string, period: number, payload: Record<string, unknown>) =>
  t.app.inject({ method: "PUT", url: `/api/schemes/${S}/reports/${agency}/${period}`, headers: h, payload });

const review = (
  h: Record<string, string>,
  agency: string,
  period: number,
  action: "accept" | "return",
  payload: Record<string, unknown>,
) =>
  t.app.inject({ method: "POST", url: `/api/schemes/${S}/reports/${agency}/${period}/${action}`, headers: h, payload });

async function reportRows(agency: string, period: number) {
  return t.ctx.db
    .select()
    .from(targetReports)
    .where(sql`${targetReports.agencyCode} = ${agency} and ${targetReports.period} = ${period}`);
}

async function auditCount() {
  const [a] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return a!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  hanoi = await t.login("agency.hanoi@demo.focal");
  admin = await t.login("admin@demo.focal");
});
afterAll(async () => t?.close());

describe("schemes and agencies", () => {
  it("lists Scheme 1439 with its three indicators, targets and deadlines", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/schemes", headers: icd });
    expect(res.statusCode).toBe(200);
    const [s] = res.json() as {
      id: string;
      decisionNo: string;
      decisionDate: string;
      titleVi: string;
      indicators: { code: string; kind: string; targetPercent: number; deadline: string }[];
    }[];
    expect(s!.id).toBe(S);
    expect(s!.decisionNo).toBe("1439/QĐ-TTg");
    expect(s!.decisionDate).toBe("2018-10-29");
    expect(s!.titleVi).toContain("Tuyên bố ASEAN về vai trò của nền công vụ");
    expect(s!.indicators.map((i) => [i.code, i.kind, i.targetPercent, i.deadline])).toEqual([
      ["a", "boolean", 100, "2019-12-31"],
      ["b", "ratio", 100, "2025-12-31"],
      ["c", "ratio", 80, "2025-12-31"],
    ]);
  });

  it("lets a reporting agency read the schemes, and nobody else outside the ICD", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/schemes", headers: hanoi })).statusCode).toBe(200);
    const unit = await t.login("unit.archives@demo.focal");
    expectError(await t.app.inject({ method: "GET", url: "/api/schemes", headers: unit }), 403, "FORBIDDEN");
    expectError(await t.app.inject({ method: "GET", url: `/api/schemes/${S}`, headers: unit }), 403, "FORBIDDEN");
  });

  it("has 63 provinces until 30/6/2025 and 34 from 1/7/2025, with each former province's successor", async () => {
    type A = { code: string; kind: string; nameVi: string; successorCode: string | null; validTo: string | null };
    const on = async (d: string) =>
      (
        await t.app.inject({ method: "GET", url: `/api/reporting-agencies?asOf=${d}&kind=province`, headers: icd })
      ).json() as A[];
    const before = await on("2025-06-30");
    const after = await on("2025-07-01");
    expect(before).toHaveLength(63);
    expect(after).toHaveLength(34);
    const hg = before.find((a) => a.code === "P-HGG")!;
    expect(hg.nameVi).toBe("Hà Giang");
    expect(hg.validTo).toBe("2025-06-30");
    expect(hg.successorCode).toBe("P-TQU-2025");
    expect(after.find((a) => a.code === "P-TQU-2025")!.nameVi).toBe("Tuyên Quang");
    // Every former province that ended names a successor in force on 1/7/2025; the 11 unchanged go on.
    const ended = before.filter((a) => a.validTo === "2025-06-30");
    expect(ended).toHaveLength(52);
    const afterCodes = new Set(after.map((a) => a.code));
    for (const a of ended) expect(afterCodes.has(a.successorCode!), a.code).toBe(true);
    expect(before.filter((a) => afterCodes.has(a.code)).map((a) => a.code)).toHaveLength(11);
    // Each of the 23 new units was formed from two or three former ones.
    const formedFrom = new Map<string, number>();
    for (const a of ended) formedFrom.set(a.successorCode!, (formedFrom.get(a.successorCode!) ?? 0) + 1);
    expect(formedFrom.size).toBe(23);
    for (const n of formedFrom.values()) expect([2, 3]).toContain(n);
    expect(formedFrom.get("P-PTO-2025")).toBe(3);
    expect(formedFrom.get("P-HCM-2025")).toBe(3);
  });

  it("searches agencies ignoring diacritics and case, and by a former name", async () => {
    const find = async (q: string) =>
      (
        (
          await t.app.inject({
            method: "GET",
            url: `/api/reporting-agencies?q=${encodeURIComponent(q)}`,
            headers: hanoi,
          })
        ).json() as {
          code: string;
        }[]
      ).map((a) => a.code);
    // Every word, anywhere and in any order: `ha` is also in Hậu Giang (`hau giang`).
    expect(await find("HA GIANG")).toEqual(["P-HGG", "P-HGI"]);
    expect(await find("giang ha")).toEqual(["P-HGG", "P-HGI"]);
    expect(await find("ha giang p-hgg")).toEqual(["P-HGG"]);
    expect(await find("da nang")).toEqual(expect.arrayContaining(["P-DNG", "P-DNG-2025"]));
    expect(await find("thua thien")).toEqual(["P-HUE"]);
    expect(await find("bo noi vu")).toEqual(["M-MOHA"]);
  });

  it("labels an agency scope by the agency's name, and refuses a grant for an agency that does not exist", async () => {
    const me = (await t.app.inject({ method: "GET", url: "/api/me", headers: hanoi })).json() as {
      grants: { role: string; scopeId: string; scopeLabel: string }[];
      nav: string[];
    };
    expect(me.grants).toEqual([
      expect.objectContaining({ role: "reporting_agency", scopeId: "P-HNI", scopeLabel: "Hà Nội" }),
    ]);
    expect(me.nav).toEqual(["targets"]);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: admin,
      payload: {
        email: "nobody@test.focal",
        name: "X",
        language: "vi",
        grants: [{ role: "reporting_agency", scopeId: "P-XXX" }],
      },
    });
    expectError(res, 400, "INVALID_SCOPE");
  });
});

describe("an agency's report, from figures to the locked period", () => {
  it("refuses impossible figures, naming each field in the user's language, and stores nothing", async () => {
    const auditBefore = await auditCount();
    const res = await put(hanoi, "P-HNI", 2025, {
      version: 0,
      submit: true,
      values: [
        { indicatorId: indicatorIds.a, achieved: true, achievedOn: "2019-03-29" },
        { indicatorId: indicatorIds.b, numerator: 12000, denominator: 9700 },
        { indicatorId: indicatorIds.c, numerator: -5, denominator: 9700.5 },
      ],
    });
    const e = expectError(res, 400, "FIGURES_INVALID");
    expect(e.message).toContain("Số liệu không hợp lệ");
    expect(e.message).toContain(
      "«Số công chức đã được tập huấn về Cộng đồng ASEAN (lũy kế từ năm 2019)» (12.000) không thể lớn hơn «Tổng số công chức» (9.700)",
    );
    expect(e.message).toContain("không được là số âm");
    expect(e.message).toContain("«Tổng số công chức» phải là số nguyên");
    const details = e.details as { indicatorCode: string; field: string; problem: string }[];
    expect(details.map((d) => [d.indicatorCode, d.field, d.problem])).toEqual([
      ["b", "numerator", "above_denominator"],
      ["c", "numerator", "negative"],
      ["c", "denominator", "not_integer"],
    ]);
    expect(await reportRows("P-HNI", 2025)).toEqual([]);
    expect(await auditCount()).toBe(auditBefore);
    expectError(
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports/P-HNI/2025`, headers: hanoi }),
      404,
      "REPORT_NOT_FOUND",
    );
  });

  it("gives the same refusal in English to an English-speaking user", async () => {
    const en = await agencyUser("P-HNI", "en");
    const res = await put(en, "P-HNI", 2025, {
      version: 0,
      values: [{ indicatorId: indicatorIds.b, numerator: 10, denominator: 0 }],
    });
    const e = expectError(res, 400, "FIGURES_INVALID");
    expect(e.message).toBe("The figures are not valid: (b) “Civil servants in total” must be more than 0");
  });

  it("refuses a submission with a figure missing, and a yes/no date that is impossible", async () => {
    const missing = await put(hanoi, "P-HNI", 2025, {
      version: 0,
      submit: true,
      values: [{ indicatorId: indicatorIds.b, numerator: 10, denominator: 20 }],
    });
    const e = expectError(missing, 400, "FIGURES_INVALID");
    expect((e.details as { problem: string; field: string }[]).map((d) => `${d.field}:${d.problem}`)).toEqual([
      "achieved:missing",
      "numerator:missing",
      "denominator:missing",
    ]);
    // Explicit nulls stay nulls (not 0 or "no"): each is reported missing.
    const nulls = await put(hanoi, "P-HNI", 2025, {
      version: 0,
      submit: true,
      note: null,
      values: [
        { indicatorId: indicatorIds.a, achieved: null, achievedOn: null },
        { indicatorId: indicatorIds.b, numerator: null, denominator: 0 },
        { indicatorId: indicatorIds.c, numerator: 0, denominator: null },
      ],
    });
    const n = expectError(nulls, 400, "FIGURES_INVALID");
    expect(
      (n.details as { indicatorCode: string; field: string; problem: string }[]).map(
        (d) => `${d.indicatorCode}.${d.field}:${d.problem}`,
      ),
    ).toEqual(["a.achieved:missing", "b.numerator:missing", "b.denominator:zero_denominator", "c.denominator:missing"]);
    const late = await put(hanoi, "P-HNI", 2019, {
      version: 0,
      values: [{ indicatorId: indicatorIds.a, achieved: true, achievedOn: "2020-01-15" }],
    });
    expect(expectError(late, 400, "FIGURES_INVALID").message).toContain("ở sau kỳ báo cáo (31/12/2019)");
    const early = await put(hanoi, "P-HNI", 2019, {
      version: 0,
      values: [{ indicatorId: indicatorIds.a, achieved: true, achievedOn: "2018-01-15" }],
    });
    expect(expectError(early, 400, "FIGURES_INVALID").message).toContain("trước ngày ban hành Quyết định (29/10/2018)");
    expect(await reportRows("P-HNI", 2019)).toHaveLength(1); // the sample report of 2019, unchanged
  });

  it("refuses a year outside the scheme and a report by a unit that no longer existed at the end of the year", async () => {
    expectError(await put(hanoi, "P-HNI", 2018, { version: 0, values: [] }), 400, "PERIOD_OUT_OF_RANGE");
    const hg = await agencyUser("P-HGG");
    const e = expectError(await put(hg, "P-HGG", 2025, { version: 0, values: [] }), 400, "AGENCY_NOT_IN_FORCE");
    expect(e.message).toBe("Hà Giang không tồn tại vào ngày 31/12/2025; kỳ báo cáo này thuộc về Tuyên Quang.");
  });

  it("saves a draft, submits, is returned with a comment, resubmits, is accepted, and is then locked", async () => {
    const draft = await put(hanoi, "P-HNI", 2025, {
      version: 0,
      values: figures([9000, 9700], [7000, 9700]).slice(1),
    });
    expect(draft.statusCode, draft.body).toBe(200);
    let r = draft.json() as Report;
    expect([r.status, r.version, r.permissions.edit, r.permissions.review]).toEqual(["draft", 1, true, false]);

    const stale = await put(hanoi, "P-HNI", 2025, { version: 0, values: figures([9000, 9700], [7000, 9700]) });
    expectError(stale, 409, "VERSION_CONFLICT");

    const submitted = await put(hanoi, "P-HNI", 2025, {
      version: r.version,
      submit: true,
      values: figures([9000, 9700], [7000, 9700], "2019-03-29"),
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    r = submitted.json() as Report;
    expect([r.status, r.version, r.permissions.edit]).toEqual(["submitted", 2, false]);

    // Under review: the agency cannot change it.
    const again = await put(hanoi, "P-HNI", 2025, { version: r.version, values: figures([1, 2], [1, 2]) });
    expectError(again, 409, "REPORT_UNDER_REVIEW");

    // The ICD sees it in the queue and returns it; a return needs a reason.
    const queue = (
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports?status=submitted`, headers: icd })
    ).json() as Report[];
    const mine = queue.find((q) => q.agency.code === "P-HNI")!;
    expect(mine.permissions.review).toBe(true);
    expectError(
      await review(icd, "P-HNI", 2025, "return", { version: r.version, comment: "  " }),
      400,
      "RETURN_COMMENT_REQUIRED",
    );
    const returned = await review(icd, "P-HNI", 2025, "return", {
      version: r.version,
      comment: "Tổng số công chức khác báo cáo thống kê; đề nghị kiểm tra.",
    });
    expect(returned.statusCode, returned.body).toBe(200);
    r = returned.json() as Report;
    expect(r.status).toBe("returned");

    const seen = (
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports/P-HNI/2025`, headers: hanoi })
    ).json() as Report;
    expect(seen.returnComment).toBe("Tổng số công chức khác báo cáo thống kê; đề nghị kiểm tra.");
    expect(seen.permissions.edit).toBe(true);

    const resubmitted = await put(hanoi, "P-HNI", 2025, {
      version: seen.version,
      submit: true,
      values: figures([9100, 9650], [7100, 9650], "2019-03-29"),
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    r = resubmitted.json() as Report;
    expect([r.status, r.returnComment]).toEqual(["submitted", null]);

    expectError(await review(icd, "P-HNI", 2025, "accept", { version: r.version - 1 }), 409, "VERSION_CONFLICT");
    const accepted = await review(icd, "P-HNI", 2025, "accept", { version: r.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    r = accepted.json() as Report;
    expect(r.status).toBe("accepted");
    expect(r.events.map((e) => e.action)).toEqual(["saved", "submitted", "returned", "resubmitted", "accepted"]);
    expect(r.events[2]!.comment).toContain("đề nghị kiểm tra");

    // Locked: neither the agency nor the ICD can change it, and nothing moves.
    const locked = await put(hanoi, "P-HNI", 2025, { version: r.version, values: figures([1, 2], [1, 2]) });
    const e = expectError(locked, 409, "PERIOD_LOCKED");
    expect(e.message).toBe("Báo cáo năm 2025 của Hà Nội đã được chấp nhận và khóa; không thể thay đổi.");
    expectError(await review(icd, "P-HNI", 2025, "return", { version: r.version, comment: "x" }), 409, "PERIOD_LOCKED");
    expectError(await review(icd, "P-HNI", 2025, "accept", { version: r.version }), 409, "PERIOD_LOCKED");
    const [row] = await reportRows("P-HNI", 2025);
    expect([row!.status, row!.version]).toEqual(["accepted", r.version]);
    const vals = await t.ctx.db.select().from(targetReportValues).where(eq(targetReportValues.reportId, row!.id));
    expect(vals.find((v) => v.indicatorId === indicatorIds.b)).toMatchObject({ numerator: 9100, denominator: 9650 });

    // Every step left an audit row.
    const trail = await t.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(trail.map((a) => a.action).sort()).toEqual(
      [
        "target_report.save",
        "target_report.submit",
        "target_report.return",
        "target_report.submit",
        "target_report.accept",
      ].sort(),
    );
  });

  it("a sample report accepted in 2024 is locked too", async () => {
    const [row] = await reportRows("P-HNI", 2024);
    expect(row!.status).toBe("accepted");
    expectError(
      await put(hanoi, "P-HNI", 2024, { version: row!.version, values: figures([1, 2], [1, 2]) }),
      409,
      "PERIOD_LOCKED",
    );
  });

  it("only a submitted report can be accepted", async () => {
    const d = await put(hanoi, "P-HNI", 2023, { version: 0, values: [] });
    // 2023 has an accepted sample report: locked.
    expectError(d, 409, "PERIOD_LOCKED");
    const tq = await agencyUser("P-TQU");
    const draft = await put(tq, "P-TQU", 2024, { version: 1, values: [] });
    expectError(draft, 409, "PERIOD_LOCKED");
    const returned = (
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports?status=returned`, headers: icd })
    ).json() as Report[];
    const moj = returned.find((r) => r.agency.code === "M-MOJ")!;
    expectError(await review(icd, "M-MOJ", 2025, "accept", { version: moj.version }), 409, "REPORT_NOT_SUBMITTED");
  });
});

describe("who sees and writes which reports", () => {
  it("a reporting agency lists only its own reports, and is refused another agency's", async () => {
    const list = (
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports`, headers: hanoi })
    ).json() as Report[];
    expect(list.length).toBeGreaterThan(5);
    expect(new Set(list.map((r) => r.agency.code))).toEqual(new Set(["P-HNI"]));
    expectError(
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports?agency=M-MOHA`, headers: hanoi }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports/M-MOHA/2024`, headers: hanoi }),
      403,
      "FORBIDDEN",
    );
  });

  it("a reporting agency cannot submit for another agency, nor review, nor open the dashboard", async () => {
    const before = await reportRows("M-MOHA", 2024);
    expectError(await put(hanoi, "M-MOHA", 2024, { version: before[0]!.version, values: [] }), 403, "FORBIDDEN");
    expectError(await put(hanoi, "P-QNH", 2025, { version: 0, values: figures([1, 2], [1, 2]) }), 403, "FORBIDDEN");
    expect(await reportRows("P-QNH", 2025)).toEqual([]);
    const queue = (
      await t.app.inject({
        method: "GET",
        url: `/api/schemes/${S}/reports?status=submitted&agency=M-MOFA`,
        headers: icd,
      })
    ).json() as Report[];
    expectError(await review(hanoi, "M-MOFA", 2025, "accept", { version: queue[0]!.version }), 403, "FORBIDDEN");
    expect((await reportRows("M-MOFA", 2025))[0]!.status).toBe("submitted");
    expectError(
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/progress`, headers: hanoi }),
      403,
      "FORBIDDEN",
    );
  });

  it("the ICD reads every report but does not file an agency's figures", async () => {
    const all = (
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports`, headers: icd })
    ).json() as Report[];
    expect(new Set(all.map((r) => r.agency.code)).size).toBeGreaterThan(8);
    expectError(await put(icd, "P-QNH", 2025, { version: 0, values: [] }), 403, "FORBIDDEN");
  });

  it("a unit formed in 2025 reads its former units' reports but files only its own", async () => {
    const tq = await agencyUser("P-TQU-2025");
    const list = (
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports`, headers: tq })
    ).json() as Report[];
    expect(new Set(list.map((r) => r.agency.code))).toEqual(new Set(["P-HGG", "P-TQU"]));
    const hg2024 = list.find((r) => r.agency.code === "P-HGG" && r.period === 2024)!;
    expect(hg2024.permissions.edit).toBe(false);
    expectError(await put(tq, "P-HGG", 2024, { version: hg2024.version, values: [] }), 403, "FORBIDDEN");
    const e = expectError(await put(tq, "P-TQU-2025", 2024, { version: 0, values: [] }), 400, "AGENCY_NOT_IN_FORCE");
    expect(e.message).toContain("31/12/2024");
    expectError(
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/reports?agency=P-HNI`, headers: tq }),
      403,
      "FORBIDDEN",
    );
  });
});

describe("the dashboard on the demo data", () => {
  type Row = {
    code: string;
    values: {
      indicatorId: string;
      numerator: number;
      denominator: number;
      sources: { code: string; period: number }[];
    }[];
  };
  type P = { period: number; agencies: Row[]; agencyCount: { provinces: number; ministries: number } };
  const progress = async (asOf: string) => {
    const res = await t.app.inject({ method: "GET", url: `/api/schemes/${S}/progress?asOf=${asOf}`, headers: icd });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as P;
  };

  it("shows Hà Giang's 2024 report under Tuyên Quang as of 31/12/2025, and under Hà Giang as of 31/12/2024", async () => {
    const late = await progress("2025-12-31");
    expect(late.agencyCount.provinces).toBe(34);
    expect(late.agencies.find((a) => a.code === "P-HGG")).toBeUndefined();
    const tq = late.agencies.find((a) => a.code === "P-TQU-2025")!;
    const b = tq.values.find((v) => v.indicatorId === indicatorIds.b)!;
    expect(b.sources.map((s) => [s.code, s.period]).sort()).toEqual([
      ["P-HGG", 2024],
      ["P-TQU", 2024],
    ]);

    const early = await progress("2024-12-31");
    expect(early.agencyCount.provinces).toBe(63);
    const hg = early.agencies.find((a) => a.code === "P-HGG")!.values.find((v) => v.indicatorId === indicatorIds.b)!;
    const tqOld = early.agencies.find((a) => a.code === "P-TQU")!.values.find((v) => v.indicatorId === indicatorIds.b)!;
    expect(b.numerator).toBe(hg.numerator + tqOld.numerator);
    expect(b.denominator).toBe(hg.denominator + tqOld.denominator);
  });

  it("refuses a malformed date", async () => {
    expectError(
      await t.app.inject({ method: "GET", url: `/api/schemes/${S}/progress?asOf=31/12/2025`, headers: icd }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await t.app.inject({
        method: "GET",
        url: `/api/schemes/0a0c5321-0000-4000-8000-000000000000/progress`,
        headers: icd,
      }),
      404,
      "SCHEME_NOT_FOUND",
    );
  });
});
