import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import JSZip from "jszip";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { todayInHanoi } from "../../../shared/dates.js";
import { countryName } from "../../../shared/countries.js";
import { addWorkingDays, isWorkingDay } from "../calendar/service.js";
import { mailOutbox } from "../mail/schema.js";
import { coopActivities, coopRouteSteps, coopStepLog } from "./schema.js";

/**
 * An activity's approval route through HTTP (issue 12 items 3–8): submit, decide step by step, return and resubmit,
 * refuse, the queue, the log, the lead time, the two documents, the decision table's API — and every denial, after
 * which nothing has changed. On PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
type H = Record<string, string>;
let t: TestApp;
let icd: H, archives: H, napa: H, minister: H, deputy: H, director: H, personnel: H, admin: H;
let archivesUnit = "";
let partnerId = "";

interface Step {
  step: string;
  status: string;
  decidedBy: string | null;
  decision: string | null;
  comment: string | null;
  documentNumber: string | null;
}
interface Act {
  id: string;
  code: string;
  status: string;
  version: number;
  titleVi: string;
  endDate: string;
  resultsDueOn: string | null;
  decidedAt: string | null;
  route: { ruleId: string; ruleVersion: number; steps: Step[]; current: number | null } | null;
  leadTime: { required: number; available: number; short: boolean; latestSubmitDate?: string | null } | null;
  permissions: Record<string, boolean>;
}

const post = (h: H, url: string, payload?: object) =>
  t.app.inject({ method: "POST", url, headers: h, ...(payload ? { payload } : {}) });
const get = (h: H, url: string) => t.app.inject({ method: "GET", url, headers: h });
const decide = (h: H, id: string, body: object) => post(h, `/api/cooperation/activities/${id}/decisions`, body);
const submit = (h: H, id: string) => post(h, `/api/cooperation/activities/${id}/submit`, {});
const count = async (table: string) =>
  Number(
    (
      (await t.ctx.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

/** Everything a refused request must leave alone. */
async function state(id: string) {
  const [a] = await t.ctx.db.select().from(coopActivities).where(eq(coopActivities.id, id));
  const steps = await t.ctx.db.select().from(coopRouteSteps).where(eq(coopRouteSteps.activityId, id));
  const log = await t.ctx.db.select().from(coopStepLog).where(eq(coopStepLog.activityId, id));
  return {
    a,
    steps: steps.sort((x, y) => x.idx - y.idx),
    log: log.length,
    audit: await count("audit_log"),
    mail: await count("mail_outbox"),
    documents: await count("issued_documents"),
  };
}

const START = "2027-06-07";
const END = "2027-06-12";

/** An out-of-plan outbound delegation of the Archives led by the Deputy Minister (seed 002's case), as a draft. */
async function draft(h: H = archives, body: Record<string, unknown> = {}): Promise<Act> {
  const res = await post(h, "/api/cooperation/activities", {
    unitId: archivesUnit,
    kind: "outbound",
    titleVi: "Đoàn công tác làm việc với Lưu trữ Quốc gia Pháp",
    countries: ["FRA"],
    partnerIds: [partnerId],
    startDate: START,
    endDate: END,
    leaderName: "Vũ Chiến Thắng",
    leaderRank: "deputy_minister",
    fundingSource: "state_budget",
    fundingEstimate: 350000000,
    purpose: "Trao đổi kinh nghiệm số hóa tài liệu lưu trữ và tiếp nhận bản sao tài liệu về Việt Nam",
    outOfPlanReason: "Phía Pháp mời sau khi Kế hoạch năm đã được phê duyệt",
    members: [{ name: "Nguyễn Thị Mẫu", unitId: archivesUnit, position: "Chuyên viên chính" }],
    ...body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Act;
}

async function submitted(h: H = archives, body: Record<string, unknown> = {}): Promise<Act> {
  const a = await draft(h, body);
  const res = await submit(h, a.id);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Act;
}

async function ok(res: Awaited<ReturnType<typeof post>>): Promise<Act> {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Act;
}

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:p[ >].*?<\/w:p>/gs, (p) => `${p.replace(/<[^>]+>/g, "")}\n`)
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

beforeAll(async () => {
  t = await createTestApp();
  const hs = await Promise.all(
    [
      "icd@demo.focal",
      "unit.archives@demo.focal",
      "unit.napa@demo.focal",
      "minister@demo.focal",
      "deputy@demo.focal",
      "director.icd@demo.focal",
      "personnel@demo.focal",
      "admin@demo.focal",
    ].map((e) => t.login(e)),
  );
  [icd, archives, napa, minister, deputy, director, personnel, admin] = hs as [H, H, H, H, H, H, H, H];
  const units = (await get(admin, "/api/units")).json() as { id: string; code: string }[];
  archivesUnit = units.find((u) => u.code === "ARCHIVES")!.id;
  const partners = (await get(icd, "/api/cooperation/partners")).json() as { id: string; country: string | null }[];
  partnerId = partners[0]!.id;
}, 180_000);
afterAll(async () => t?.close());

describe("the route of seed 002: an out-of-plan outbound delegation led by the Deputy Minister", () => {
  it("unit → ICD review → Minister → the Prime Minister's permission → the Personnel decision with its number", async () => {
    const mailBefore = await count("mail_outbox");
    let a = await submitted();
    expect(a.status).toBe("submitted");
    expect(a.route).toMatchObject({ ruleId: "outbound-deputy-not-pm-plan", ruleVersion: 1, current: 0 });
    expect(a.route!.steps.map((s) => [s.step, s.status])).toEqual([
      ["icd_review", "current"],
      ["minister", "waiting"],
      ["pm_permission", "waiting"],
      ["personnel_decision", "waiting"],
    ]);
    expect(a.leadTime).toMatchObject({ required: 30, short: false });
    // The ICD is told the activity waits for its review.
    const mails = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.refId, a.id));
    expect(mails.map((m) => [m.to, m.topic])).toContainEqual(["icd@demo.focal", "coop_waiting"]);
    expect(await count("mail_outbox")).toBeGreaterThan(mailBefore);

    // The queue: the ICD sees it, the Minister not yet.
    const queue = async (h: H) =>
      ((await get(h, "/api/cooperation/queue")).json() as { id: string }[]).map((x) => x.id);
    expect(await queue(icd)).toContain(a.id);
    expect(await queue(minister)).not.toContain(a.id);
    const home = (await get(icd, "/api/home")).json() as { items?: { kind: string }[] } | { kind: string }[];
    expect(JSON.stringify(home)).toContain("cooperation.decide");

    a = await ok(await decide(icd, a.id, { decision: "approve", comment: "Đủ hồ sơ, trình Bộ trưởng" }));
    expect(a.route!.current).toBe(1);
    expect(a.route!.steps[0]).toMatchObject({ status: "approved", decision: "approve", decidedBy: expect.any(String) });
    expect(a.route!.steps[0]!.documentNumber).toMatch(/^\d{2,}\/TTr-HTQT$/);
    expect(await queue(minister)).toContain(a.id);

    a = await ok(await decide(minister, a.id, { decision: "approve" }));
    expect(a.route!.current).toBe(2);

    // The Prime Minister's permission is recorded by the ICD with its document's number.
    const noNumber = await decide(icd, a.id, { decision: "approve" });
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().error.details[0].field).toBe("documentNumber");
    a = await ok(await decide(icd, a.id, { decision: "approve", documentNumber: "1234/VPCP-QHQT" }));
    expect(a.route!.steps[2]!.documentNumber).toBe("1234/VPCP-QHQT");
    expect(a.route!.current).toBe(3);

    // The Personnel Department's number comes from its register: a typed one is refused.
    const typed = await decide(personnel, a.id, { decision: "approve", documentNumber: "999/QĐ-BNV" });
    expect(typed.statusCode).toBe(400);
    a = await ok(await decide(personnel, a.id, { decision: "approve" }));
    expect(a.status).toBe("approved");
    expect(a.route!.current).toBeNull();
    expect(a.decidedAt).not.toBeNull();
    expect(a.resultsDueOn).toBe("2027-06-27");
    const decisionNumber = a.route!.steps[3]!.documentNumber!;
    expect(decisionNumber).toMatch(/^\d{2,}\/QĐ-BNV$/);

    // The log: who, when, what, and which rule chose the route and why.
    const log = (await get(archives, `/api/cooperation/activities/${a.id}/log`)).json() as {
      rule: { id: string; version: number; reasonVi: string; reasonEn: string };
      facts: { inPlan: boolean; leaderRank: string };
      entries: { decision: string; step: string; decidedBy: string; documentNumber: string | null; round: number }[];
    };
    expect(log.rule).toMatchObject({ id: "outbound-deputy-not-pm-plan", version: 1 });
    expect(log.rule.reasonVi).toMatch(/Thủ tướng/);
    expect(log.facts).toMatchObject({ inPlan: false, leaderRank: "deputy_minister" });
    expect(log.entries.map((e) => `${e.step}:${e.decision}`)).toEqual([
      "icd_review:submit",
      "icd_review:approve",
      "minister:approve",
      "pm_permission:approve",
      "personnel_decision:approve",
    ]);
    expect(log.entries.every((e) => e.decidedBy && e.round === 1)).toBe(true);

    // The decision, downloaded: the activity's title, the number and the date line.
    const doc = await get(personnel, `/api/cooperation/activities/${a.id}/documents/decision.docx`);
    expect(doc.statusCode, doc.body).toBe(200);
    expect(doc.headers["content-type"]).toContain("wordprocessingml");
    const text = await docxText(doc.rawPayload);
    expect(text).toContain(`Số: ${decisionNumber}`);
    expect(text).toMatch(/Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(text).toContain(countryName("FRA", "vi"));
    expect(text).toContain("1234/VPCP-QHQT");
    expect(text).toContain("trao đổi kinh nghiệm số hóa tài liệu lưu trữ");
    const sub = await get(archives, `/api/cooperation/activities/${a.id}/documents/submission.docx`);
    expect(sub.statusCode, sub.body).toBe(200);
    const subText = await docxText(sub.rawPayload);
    expect(subText).toContain(`Số: ${a.route!.steps[0]!.documentNumber}`);
    // The title, as the submission's sentence writes it ("… về việc đoàn công tác làm việc với …").
    expect(subText).toContain(a.titleVi.slice(1));
    expect(subText).toMatch(/Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}/);

    // The documents register names the activity each number belongs to and links to it.
    const year = todayInHanoi().slice(0, 4);
    const register = (
      await get(personnel, `/api/documents/register?issuer=PERSONNEL&year=${year}&limit=500`)
    ).json() as {
      number: string;
      link: string | null;
      recordLabel: string | null;
      kind: string;
    }[];
    expect(register.find((d) => d.number === decisionNumber)).toMatchObject({
      kind: "decision",
      link: `/cooperation/activities/${a.id}`,
      recordLabel: `${a.code} · ${a.titleVi}`,
    });
    // The audit trail names the issuer and the kind, not their codes (in the administrator's language).
    const trail = await get(admin, `/api/audit?entity=issued_document&limit=200`);
    expect(trail.statusCode, trail.body).toBe(200);
    const rows = trail.json() as { entityLabel: string | null; changes: { field: string; after: unknown }[] }[];
    const row = rows.find((r) => r.entityLabel?.startsWith(decisionNumber));
    const after = Object.fromEntries((row?.changes ?? []).map((c) => [c.field, c.after]));
    expect(["Vụ Tổ chức cán bộ", "Personnel Department"]).toContain(after.issuer);
    expect(["Quyết định", "Decision"]).toContain(after.kind);
  });
});

describe("return, resubmission and refusal", () => {
  it("a return needs a comment, goes back to the unit, and the resubmitted route continues from the returned step", async () => {
    let a = await submitted();
    a = await ok(await decide(icd, a.id, { decision: "approve" }));
    const before = await state(a.id);
    const noComment = await decide(minister, a.id, { decision: "return", comment: "  " });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.message).toMatch(/Nhận xét/);
    expect(await state(a.id)).toEqual(before);

    a = await ok(await decide(minister, a.id, { decision: "return", comment: "Bổ sung chương trình làm việc" }));
    expect(a.status).toBe("returned");
    expect(a.route!.current).toBeNull();
    expect(a.route!.steps[1]).toMatchObject({ status: "returned", comment: "Bổ sung chương trình làm việc" });
    const mails = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.refId, a.id));
    expect(mails.map((m) => [m.to, m.topic])).toContainEqual(["unit.archives@demo.focal", "coop_returned"]);

    // The ICD edits the rules meanwhile: the returned activity keeps the version it was routed with.
    const table = (await get(icd, "/api/cooperation/rules")).json() as { version: number; rules: unknown[] };
    const put = await t.app.inject({
      method: "PUT",
      url: "/api/cooperation/rules",
      headers: icd,
      payload: { version: table.version, rules: table.rules, note: "no change in substance" },
    });
    expect(put.statusCode, put.body).toBe(200);

    a = await ok(await submit(archives, a.id));
    expect(a.status).toBe("submitted");
    expect(a.route).toMatchObject({ ruleId: "outbound-deputy-not-pm-plan", ruleVersion: 1, current: 1 });
    expect(a.route!.steps.map((s) => s.status)).toEqual(["approved", "current", "waiting", "waiting"]);
    const log = (await get(icd, `/api/cooperation/activities/${a.id}/log`)).json() as {
      entries: { decision: string; round: number }[];
    };
    expect(log.entries.map((e) => `${e.round}:${e.decision}`)).toEqual([
      "1:submit",
      "1:approve",
      "1:return",
      "2:submit",
    ]);
  });

  it("a refusal (with its reason) ends the route; nobody decides after it", async () => {
    let a = await submitted();
    a = await ok(await decide(icd, a.id, { decision: "refuse", comment: "Không phù hợp chủ trương" }));
    expect(a.status).toBe("refused");
    expect(a.route!.current).toBeNull();
    const before = await state(a.id);
    const again = await decide(icd, a.id, { decision: "approve" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("STEP_ALREADY_DECIDED");
    // The Minister's step was never reached: the Minister does not even read the activity.
    const other = await decide(minister, a.id, { decision: "approve" });
    expect(other.statusCode).toBe(403);
    expect(await state(a.id)).toEqual(before);
    expect((await submit(archives, a.id)).statusCode).toBe(409);
  });
});

describe("denials change nothing", () => {
  it("not the holder of the current step, nobody skips a step, a second decision on a step", async () => {
    const a = await submitted();
    let before = await state(a.id);
    for (const h of [minister, personnel, deputy, director]) {
      const res = await decide(h, a.id, { decision: "approve" });
      expect(res.statusCode).toBe(403);
      expect(await state(a.id)).toEqual(before);
    }
    // Someone who reads the activity but does not hold the current step is told which step it waits for.
    const skip = await decide(archives, a.id, { decision: "approve" });
    expect(skip.statusCode).toBe(403);
    expect(skip.json().error.code).toBe("NOT_YOUR_STEP");
    expect(skip.json().error.message).toMatch(/Vụ Hợp tác quốc tế thẩm định/);
    // The unit itself, another unit, an administrator: not holders either.
    for (const h of [archives, napa, admin])
      expect((await decide(h, a.id, { decision: "approve" })).statusCode).toBe(403);
    expect(await state(a.id)).toEqual(before);

    await ok(await decide(icd, a.id, { decision: "approve" }));
    before = await state(a.id);
    const second = await decide(icd, a.id, { decision: "approve" });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe("STEP_ALREADY_DECIDED");
    expect(second.json().error.message).toMatch(/đã được .* quyết định/);
    expect(await state(a.id)).toEqual(before);
  });

  it("two simultaneous decisions on one step: exactly one passes", async () => {
    const a = await submitted();
    const results = await Promise.all([
      decide(icd, a.id, { decision: "approve" }),
      decide(icd, a.id, { decision: "approve" }),
      decide(icd, a.id, { decision: "return", comment: "Thiếu hồ sơ" }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    const s = await state(a.id);
    expect(s.log).toBe(2);
    expect(s.steps.filter((x) => x.status === "approved" || x.status === "returned")).toHaveLength(1);
  });

  it("a unit officer of another unit cannot submit; an incomplete draft is refused field by field; no second submission", async () => {
    const a = await draft();
    let before = await state(a.id);
    expect((await submit(napa, a.id)).statusCode).toBe(403);
    expect(await state(a.id)).toEqual(before);

    const bare = await draft(archives, { purpose: null, leaderRank: null, outOfPlanReason: null, countries: [] });
    before = await state(bare.id);
    const res = await submit(archives, bare.id);
    expect(res.statusCode).toBe(400);
    const fields = (res.json().error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(["countries", "leaderRank", "outOfPlanReason", "purpose"]);
    expect(res.json().error.message).toMatch(/Mục đích: bắt buộc nhập/);
    expect(res.json().error.message).toMatch(/Lý do ngoài kế hoạch: bắt buộc nhập khi hoạt động không thuộc/);
    expect(await state(bare.id)).toEqual(before);

    await ok(await submit(archives, a.id));
    before = await state(a.id);
    const twice = await submit(archives, a.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("NOT_SUBMITTABLE");
    expect(await state(a.id)).toEqual(before);
  });
});

describe("lead time in working days", () => {
  it("a draft shows the rule's lead time and the latest day to submit; a late submission is flagged to the route", async () => {
    const today = todayInHanoi();
    const start = await addWorkingDays(t.ctx.db, today, 5);
    // From today (counted when it is a working day) to the day before the start.
    const left = (await isWorkingDay(t.ctx.db, today)) ? 5 : 4;
    const a = await draft(archives, { startDate: start, endDate: start });
    const lt = (await get(archives, `/api/cooperation/activities/${a.id}/lead-time`)).json() as {
      leadTime: { required: number; available: number; short: boolean; latestSubmitDate: string };
      ruleId: string;
    };
    expect(lt.ruleId).toBe("outbound-deputy-not-pm-plan");
    expect(lt.leadTime).toMatchObject({ required: 30, available: left, short: true });
    expect(lt.leadTime.latestSubmitDate).toBe(await addWorkingDays(t.ctx.db, start, -30));

    const s = await ok(await submit(archives, a.id));
    expect(s.leadTime).toMatchObject({ required: 30, available: left, short: true });
    const mails = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.refId, a.id));
    const short = mails.filter((m) => m.topic === "coop_short").map((m) => m.to);
    expect(short).toEqual(expect.arrayContaining(["icd@demo.focal", "minister@demo.focal", "personnel@demo.focal"]));
    expect(mails.find((m) => m.topic === "coop_short" && m.to === "minister@demo.focal")!.text).toMatch(
      new RegExp(`chỉ còn ${left} ngày làm việc.*cần 30 ngày làm việc`, "s"),
    );
  });
});

describe("the decision table's API", () => {
  it("everyone in the register reads it; only the ICD and administrators write it, with its version", async () => {
    const read = (await get(archives, "/api/cooperation/rules")).json() as {
      version: number;
      rules: { id: string; when: object }[];
      canEdit: boolean;
    };
    expect(read.canEdit).toBe(false);
    expect(read.rules.at(-1)!.when).toEqual({});
    const auditBefore = await count("audit_log");
    const put = (h: H, payload: object) =>
      t.app.inject({ method: "PUT", url: "/api/cooperation/rules", headers: h, payload });
    expect((await put(archives, { version: read.version, rules: read.rules })).statusCode).toBe(403);
    expect((await put(minister, { version: read.version, rules: read.rules })).statusCode).toBe(403);
    const stale = await put(icd, { version: read.version - 1 || 99, rules: read.rules });
    expect(stale.statusCode).toBe(409);
    const noCatchAll = await put(icd, { version: read.version, rules: read.rules.slice(0, -1) });
    expect(noCatchAll.statusCode).toBe(400);
    expect(noCatchAll.json().error.message).toMatch(/quy tắc cuối cùng phải không có điều kiện/);
    const dup = await put(admin, { version: read.version, rules: [read.rules[0], ...read.rules] });
    expect(dup.statusCode).toBe(400);
    expect(await count("audit_log")).toBe(auditBefore);

    const saved = await put(admin, { version: read.version, rules: read.rules.slice(-2), note: "Rút gọn" });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: read.version + 1, canEdit: true, note: "Rút gọn" });
    expect(await count("audit_log")).toBe(auditBefore + 1);
    const versions = (await get(director, "/api/cooperation/rules/versions")).json() as { version: number }[];
    expect(versions[0]!.version).toBe(read.version + 1);
    expect(versions.map((v) => v.version)).toContain(1);
  });
});
