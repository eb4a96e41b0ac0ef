/**
 * The review of a report beyond accept/return (issue 9, point 6): who is told by mail, reopening an accepted report
 * with a reason, locking a whole reporting year, what carries over from last year, and the reports list in pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { auditLog } from "../audit/schema.js";
import { mailOutbox } from "../mail/schema.js";
import { indicatorIds } from "./seed.js";

let t: TestApp;
let icd: Record<string, string>;
let hanoi: Record<string, string>;
let registration: Record<string, string>;
const S = demoIds.scheme1439;
const HNI: string = demoIds.agencyHanoi;
const P = 2025;

interface Report {
  id: string;
  status: string;
  version: number;
  returnComment: string | null;
  permissions: { edit: boolean; review: boolean; reopen: boolean };
  yearLock: { period: number; lockedBy: string } | null;
  events: { action: string; comment: string | null }[];
}

type H = Record<string, string>;
const req = (method: "GET" | "PUT" | "POST" | "DELETE", url: string, headers: H, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url: `/api${url}`, headers, payload });
const reportUrl = (agency = HNI, period = P) => `/schemes/${S}/reports/${agency}/${period}`;
const figures = [
  { indicatorId: indicatorIds.a, achieved: true, achievedOn: "2019-03-29" },
  { indicatorId: indicatorIds.b, numerator: 9000, denominator: 9700 },
  { indicatorId: indicatorIds.c, numerator: 7000, denominator: 9700 },
];
const current = async (): Promise<Report> => (await req("GET", reportUrl(), icd)).json();

/** The messages recorded for a report since `after`, as (to, topic). */
async function mailsOf(reportId: string) {
  const rows = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.refId, reportId));
  return rows.map((r) => ({ to: r.to, topic: r.topic, subject: r.subject, text: r.text }));
}

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  hanoi = await t.login("agency.hanoi@demo.focal");
  registration = await t.login("registration@demo.focal");
});
afterAll(async () => t?.close());

describe("what carries over from last year", () => {
  it("pre-fills the totals and a yes already given from the previous accepted report, never the numerators", async () => {
    const res = await req("GET", `${reportUrl()}/carry-over`, hanoi);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as { fromPeriod: number; values: Record<string, unknown>[] };
    expect(c.fromPeriod).toBe(2024);
    const byId = new Map(c.values.map((v) => [v.indicatorId, v]));
    expect(byId.get(indicatorIds.a)).toMatchObject({ achieved: true, achievedOn: "2019-03-29" });
    expect(byId.get(indicatorIds.b)!.denominator).toBeGreaterThan(9000);
    expect(byId.get(indicatorIds.c)!.denominator).toBe(byId.get(indicatorIds.b)!.denominator);
    expect(JSON.stringify(c)).not.toContain("numerator");
    // Nothing to carry for an agency without an earlier accepted report; another agency's is not readable.
    const none = await req("GET", `${reportUrl(HNI, 2019)}/carry-over`, hanoi);
    expect(none.json()).toEqual({ fromPeriod: null, values: [] });
    expectError(await req("GET", `${reportUrl("P-HPG")}/carry-over`, hanoi), 403, "FORBIDDEN");
  });
});

describe("mail on submission, return and acceptance", () => {
  let id: string;

  it("a submission tells the ICD", async () => {
    const res = await req("PUT", reportUrl(), hanoi, { version: 0, values: figures, submit: true });
    expect(res.statusCode, res.body).toBe(200);
    id = res.json().id;
    const mails = await mailsOf(id);
    expect(mails.map((m) => [m.to, m.topic])).toContainEqual(["icd@demo.focal", "target_report_submitted"]);
    expect(mails.every((m) => m.topic === "target_report_submitted")).toBe(true);
    const toIcd = mails.find((m) => m.to === "icd@demo.focal")!;
    expect(toIcd.subject).toContain(`${P}`);
    expect(toIcd.text).toContain(`/targets/${S}/review`);
    // Nobody at the agency is mailed about its own submission.
    expect(mails.map((m) => m.to)).not.toContain("agency.hanoi@demo.focal");
  });

  it("a return tells the agency, with the comment; the resubmission tells the ICD again", async () => {
    const r = await current();
    const res = await req("POST", `${reportUrl()}/return`, icd, { version: r.version, comment: "Tổng số chưa khớp" });
    expect(res.statusCode, res.body).toBe(200);
    const back = (await mailsOf(id)).filter((m) => m.topic === "target_report_returned");
    expect(back.map((m) => m.to)).toEqual(["agency.hanoi@demo.focal"]);
    expect(back[0]!.text).toContain("Tổng số chưa khớp");
    expect(back[0]!.subject).toContain("trả lại");

    const again = await req("PUT", reportUrl(), hanoi, { version: res.json().version, values: figures, submit: true });
    expect(again.statusCode, again.body).toBe(200);
    const resent = (await mailsOf(id)).filter((m) => m.topic === "target_report_resubmitted");
    expect(resent.map((m) => m.to)).toContain("icd@demo.focal");
  });

  it("an acceptance tells the agency", async () => {
    const r = await current();
    const res = await req("POST", `${reportUrl()}/accept`, icd, { version: r.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "accepted", permissions: { reopen: true, edit: false } });
    const ok = (await mailsOf(id)).filter((m) => m.topic === "target_report_accepted");
    expect(ok.map((m) => m.to)).toEqual(["agency.hanoi@demo.focal"]);
  });
});

describe("reopening an accepted report", () => {
  it("is refused to the agency, to other roles, without a reason, and on a report not accepted — changing nothing", async () => {
    const r = await current();
    expectError(
      await req("POST", `${reportUrl()}/reopen`, hanoi, { version: r.version, reason: "x" }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await req("POST", `${reportUrl()}/reopen`, registration, { version: r.version, reason: "x" }),
      403,
      "FORBIDDEN",
    );
    const blank = await req(
      "POST",
      `${reportUrl()}/reopen`,
      { ...icd, "accept-language": "en" },
      {
        version: r.version,
        reason: "   ",
      },
    );
    // In the officer's language (Vietnamese).
    expect(expectError(blank, 400, "REOPEN_REASON_REQUIRED").message).toBe("Vui lòng ghi rõ lý do mở lại báo cáo.");
    // Đà Nẵng's 2025 report is submitted, not accepted.
    const dng = (await req("GET", reportUrl("P-DNG-2025"), icd)).json() as Report;
    expectError(
      await req("POST", `${reportUrl("P-DNG-2025")}/reopen`, icd, { version: dng.version, reason: "x" }),
      409,
      "REPORT_NOT_ACCEPTED",
    );
    expectError(
      await req("POST", `${reportUrl()}/reopen`, icd, { version: r.version - 1, reason: "x" }),
      409,
      "VERSION_CONFLICT",
    );
    expect(await current()).toMatchObject({ status: "accepted", version: r.version });
  });

  it("the ICD reopens it with a reason: back to the agency to revise, audited, and the agency is told", async () => {
    const r = await current();
    const res = await req("POST", `${reportUrl()}/reopen`, icd, {
      version: r.version,
      reason: "Số liệu cần đối chiếu lại với thống kê năm 2025",
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Report;
    expect(after).toMatchObject({
      status: "returned",
      returnComment: "Số liệu cần đối chiếu lại với thống kê năm 2025",
      permissions: { reopen: false },
    });
    expect(after.events.at(-1)).toMatchObject({
      action: "reopened",
      comment: "Số liệu cần đối chiếu lại với thống kê năm 2025",
    });
    expect(((await req("GET", reportUrl(), hanoi)).json() as Report).permissions.edit).toBe(true);
    const [row] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "target_report.reopen"), eq(auditLog.entityId, r.id)));
    expect(row!.after).toMatchObject({ status: "returned", reason: "Số liệu cần đối chiếu lại với thống kê năm 2025" });
    expect(row!.before).toMatchObject({ status: "accepted" });
    const told = (await mailsOf(r.id)).filter((m) => m.topic === "target_report_reopened");
    expect(told.map((m) => m.to)).toEqual(["agency.hanoi@demo.focal"]);
    expect(told[0]!.text).toContain("Số liệu cần đối chiếu lại");
  });
});

describe("locking a whole reporting year", () => {
  it("only the ICD locks or unlocks; the agency and other roles are refused", async () => {
    expectError(await req("PUT", `/schemes/${S}/year-locks/${P}`, hanoi, {}), 403, "FORBIDDEN");
    expectError(await req("PUT", `/schemes/${S}/year-locks/${P}`, registration, {}), 403, "FORBIDDEN");
    expectError(await req("PUT", `/schemes/${S}/year-locks/2030`, icd, {}), 400, "PERIOD_OUT_OF_RANGE");
    expect((await req("GET", `/schemes/${S}/year-locks`, icd)).json()).toEqual([]);
  });

  it("a locked year refuses saving, submitting, reviewing and reopening its reports, until unlocked", async () => {
    const lock = await req("PUT", `/schemes/${S}/year-locks/${P}`, icd, { reason: "Tổng kết năm 2025" });
    expect(lock.statusCode, lock.body).toBe(200);
    expect(lock.json()).toMatchObject({ period: P, reason: "Tổng kết năm 2025" });
    expectError(await req("PUT", `/schemes/${S}/year-locks/${P}`, icd, {}), 409, "YEAR_ALREADY_LOCKED");
    const audits = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, "target_year.lock"));
    expect(audits).toHaveLength(1);
    expect((await req("GET", `/schemes/${S}/year-locks`, hanoi)).json()).toMatchObject([{ period: P }]);

    // Hà Nội's reopened report cannot be sent again while the year is locked.
    const mine = (await req("GET", reportUrl(), hanoi)).json() as Report;
    expect(mine).toMatchObject({ permissions: { edit: false }, yearLock: { period: P } });
    const save = await req(
      "PUT",
      reportUrl(),
      { ...hanoi, "accept-language": "en" },
      {
        version: mine.version,
        values: figures,
        submit: true,
      },
    );
    expect(expectError(save, 409, "YEAR_LOCKED").message).toMatch(
      /^Năm báo cáo 2025 đã được khóa ngày \d{2}\/\d{2}\/\d{4} \(Nguyễn Thị Hồng Nhung\)/,
    );
    // A new report of that year neither.
    const hp = await t.login("agency.hanoi@demo.focal");
    expectError(
      await req("PUT", reportUrl(HNI, P), hp, { version: mine.version, values: figures }),
      409,
      "YEAR_LOCKED",
    );
    // The ICD cannot review Đà Nẵng's submitted report, nor reopen Nghệ An's accepted one.
    const dng = (await req("GET", reportUrl("P-DNG-2025"), icd)).json() as Report;
    expect(dng.permissions.review).toBe(false);
    expectError(
      await req("POST", `${reportUrl("P-DNG-2025")}/accept`, icd, { version: dng.version }),
      409,
      "YEAR_LOCKED",
    );
    const nan = (await req("GET", reportUrl("P-NAN"), icd)).json() as Report;
    expect(nan.permissions.reopen).toBe(false);
    expectError(
      await req("POST", `${reportUrl("P-NAN")}/reopen`, icd, { version: nan.version, reason: "x" }),
      409,
      "YEAR_LOCKED",
    );
    expect(((await req("GET", reportUrl("P-NAN"), icd)).json() as Report).status).toBe("accepted");
    // Other years are not affected: 2024 reports stay reopenable.
    expect(((await req("GET", reportUrl(HNI, 2024), icd)).json() as Report).permissions.reopen).toBe(true);

    expectError(await req("DELETE", `/schemes/${S}/year-locks/${P}`, hanoi), 403, "FORBIDDEN");
    const unlock = await req("DELETE", `/schemes/${S}/year-locks/${P}`, icd);
    expect(unlock.statusCode, unlock.body).toBe(200);
    expectError(await req("DELETE", `/schemes/${S}/year-locks/${P}`, icd), 409, "YEAR_NOT_LOCKED");
    const again = await req("PUT", reportUrl(), hanoi, { version: mine.version, values: figures, submit: true });
    expect(again.statusCode, again.body).toBe(200);
  });
});

describe("the reports list in pages", () => {
  it("pages with offset and limit and counts every match in X-Total-Count", async () => {
    const all = await req("GET", `/schemes/${S}/reports`, icd);
    const total = Number(all.headers["x-total-count"]);
    expect(total).toBe((all.json() as unknown[]).length);
    expect(total).toBeGreaterThan(20);
    const first = await req("GET", `/schemes/${S}/reports?limit=10`, icd);
    const second = await req("GET", `/schemes/${S}/reports?offset=10&limit=10`, icd);
    expect(Number(first.headers["x-total-count"])).toBe(total);
    const ids = [...first.json(), ...second.json()].map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toEqual((all.json() as { id: string }[]).slice(0, 20).map((r) => r.id));
    expectError(await req("GET", `/schemes/${S}/reports?limit=0`, icd), 400, "VALIDATION_FAILED");
    // An agency counts only its own (and its former units').
    const own = await req("GET", `/schemes/${S}/reports`, hanoi);
    const ownRows = own.json() as { agency: { code: string } }[];
    expect(Number(own.headers["x-total-count"])).toBe(ownRows.length);
    expect(new Set(ownRows.map((r) => r.agency.code))).toEqual(new Set([HNI]));
  });
});
