import JSZip from "jszip";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";

let t: TestApp;
let icd: Record<string, string>;
let japan: Record<string, string>;
const ACCSM = demoIds.workplanAccsm;
const PLUS3 = demoIds.workplanAccsmPlus3;
const SOM = "2022-08-03";

beforeAll(async () => {
  t = await createTestApp();
  icd = await t.login("icd@demo.focal");
  japan = await t.login("focal.japan@demo.focal");
});
afterAll(async () => t?.close());

type H = Record<string, string>;
const get = (url: string, headers: H) => t.app.inject({ method: "GET", url, headers });
const post = (url: string, payload: unknown, headers: H) =>
  t.app.inject({ method: "POST", url, payload: payload as object, headers });
const patch = (url: string, payload: unknown, headers: H) =>
  t.app.inject({ method: "PATCH", url, payload: payload as object, headers });

interface Activity {
  id: string;
  code: string | null;
  titleVi: string | null;
  titleEn: string;
  leads: string[];
  coLeads: string[];
  status: string;
  version: number;
  permissions: { speakFor: boolean; recordStatus: boolean };
  proposedBy: string | null;
}
const activities = async (wp: string, h: H = icd, qs = ""): Promise<Activity[]> =>
  (await get(`/api/workplans/${wp}/activities${qs}`, h)).json();
const review = async (wp: string, asOf: string, h: H = icd) => {
  const res = await get(`/api/workplans/${wp}/review?asOf=${asOf}`, h);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const counts = (r: { byStatus: { status: string; count: number; percent: number }[] }) =>
  Object.fromEntries(r.byStatus.map((s) => [s.status, [s.count, s.percent]]));
const auditCount = async () => {
  const admin = await t.login("admin@demo.focal");
  return ((await get("/api/audit?entity=workplan_activity&limit=200", admin)).json() as unknown[]).length;
};
const historyLength = async (wp: string, id: string) =>
  ((await get(`/api/workplans/${wp}/activities/${id}`, icd)).json() as { history: unknown[] }).history.length;

describe("the review as of a date, from the status histories", () => {
  it("reproduces seed 001 for ACCSM on 3 August 2022: 31 → 7 (23%) completed, 5 (16%) ongoing, 19 (61%) planned", async () => {
    const r = await review(ACCSM, SOM);
    expect(r.asOf).toBe(SOM);
    expect(r.total).toBe(31);
    expect(r.byStatus).toEqual([
      { status: "planned", count: 19, percent: 61 },
      { status: "ongoing", count: 5, percent: 16 },
      { status: "completed", count: 7, percent: 23 },
      { status: "cancelled", count: 0, percent: 0 },
    ]);
    expect(r.completedOrOngoing).toEqual({ count: 12, percent: 39 });
    expect(r.proposals).toBe(0);
    expect(r.onTrack).toEqual({
      judgement: "on_track",
      completedOrOngoingShare: 38.7,
      elapsedShare: 31.8,
      marginPoints: 10,
    });
    expect(r.activities).toHaveLength(31);
  });

  it("reproduces seed 003 for ACCSM+3: 32 → 7 completed, 4 ongoing, 21 planned; Japan's proposal is counted apart", async () => {
    const r = await review(PLUS3, SOM);
    expect(r.total).toBe(32);
    expect(counts(r)).toEqual({ planned: [21, 66], ongoing: [4, 12], completed: [7, 22], cancelled: [0, 0] });
    expect(r.completedOrOngoing).toEqual({ count: 11, percent: 34 });
    expect(r.proposals).toBe(1);
    expect(r.activities).toHaveLength(33);
    expect(r.activities.at(-1)).toMatchObject({ status: "proposed", leads: ["JPN"] });
    expect(r.onTrack.judgement).toBe("on_track");
  });

  it("gives different, earlier counts on earlier dates (activities not yet in the plan are left out)", async () => {
    const endOf2021 = await review(ACCSM, "2021-12-31");
    expect(endOf2021.total).toBe(31);
    expect(counts(endOf2021)).toEqual({ planned: [23, 74], ongoing: [4, 13], completed: [4, 13], cancelled: [0, 0] });
    const mid2021 = await review(ACCSM, "2021-06-30");
    expect(mid2021.total).toBe(29);
    expect(counts(mid2021)).toMatchObject({ completed: [1, 3], ongoing: [4, 14], planned: [24, 83] });
    const before = await review(ACCSM, "2020-12-31");
    expect(before.total).toBe(0);
    expect(before.byStatus.map((s: { count: number }) => s.count)).toEqual([0, 0, 0, 0]);
    expect(before.onTrack.judgement).toBe("not_started");
    expect((await review(PLUS3, "2022-08-02")).proposals).toBe(0);
  });

  it("defaults to today, and every status is present with shares adding to 100", async () => {
    const res = await get(`/api/workplans/${ACCSM}/review`, icd);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.byStatus.map((s: { status: string }) => s.status)).toEqual([
      "planned",
      "ongoing",
      "completed",
      "cancelled",
    ]);
    expect(r.byStatus.reduce((a: number, s: { percent: number }) => a + s.percent, 0)).toBe(100);
  });

  it("refuses an impossible date with a 400 in the user's language", async () => {
    expectError(await get(`/api/workplans/${ACCSM}/review?asOf=2022-02-30`, icd), 400, "VALIDATION_FAILED");
    const e = expectError(await get(`/api/workplans/${PLUS3}/review?asOf=3/8/2022`, japan), 400, "VALIDATION_FAILED");
    expect(e.message).toBe("As of: is not a valid date");
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const p of [
      "/api/workplans",
      "/api/workplans/{id}",
      "/api/workplans/{id}/activities",
      "/api/workplans/{id}/review",
      "/api/workplans/{id}/review/export",
      "/api/workplans/{id}/snapshots/compare",
      "/api/workplans/{id}/proposals/{activityId}/adopt",
    ]) {
      expect(Object.keys(doc.paths), p).toContain(p);
    }
    const schema = doc.paths["/api/workplans/{id}/review"].get.responses["200"].content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["asOf", "total", "byStatus", "proposals"]));
  });
});

describe("reading programmes and activities", () => {
  it("lists both programmes to the ICD with today's counts and members' names in both languages", async () => {
    const list = (await get("/api/workplans", icd)).json();
    expect(list.map((w: { code: string }) => w.code)).toEqual(["ACCSM", "ACCSM+3"]);
    expect(list[0]).toMatchObject({ activityCount: 31, proposalCount: 0, periodStart: "2021-01-01" });
    expect(list[1]).toMatchObject({ activityCount: 32, proposalCount: 1 });
    expect(list[1].members).toContainEqual({ code: "JPN", nameVi: "Nhật Bản", nameEn: "Japan" });
    expect(list[1].members).toHaveLength(13);
  });

  it("searches ignoring diacritics and case, and filters by status and country", async () => {
    const adapt = await activities(ACCSM, icd, "?q=" + encodeURIComponent("THICH UNG cua nen cong vu"));
    expect(adapt.map((a) => a.leads)).toEqual([["VNM"]]);
    expect(adapt[0]!.titleVi).toContain("Tuyên bố ASEAN về tăng cường sự thích ứng");
    const japanese = await activities(PLUS3, icd, "?q=nhat%20ban");
    expect(japanese.length).toBeGreaterThanOrEqual(4);
    expect(japanese.every((a) => a.leads.includes("JPN") || a.coLeads.includes("JPN"))).toBe(true);
    const completed = await activities(ACCSM, icd, "?status=completed");
    expect(completed).toHaveLength(7);
    const vn = await activities(ACCSM, icd, "?country=VNM");
    expect(vn.length).toBeGreaterThan(0);
    expect(vn.every((a) => a.leads.includes("VNM") || a.coLeads.includes("VNM"))).toBe(true);
    expectError(await get(`/api/workplans/${ACCSM}/activities?status=done`, icd), 400, "VALIDATION_FAILED");
  });

  it("answers 404 for an unknown programme or activity", async () => {
    expectError(await get(`/api/workplans/${crypto.randomUUID()}`, icd), 404, "WORKPLAN_NOT_FOUND");
    const [a] = await activities(ACCSM);
    expectError(await get(`/api/workplans/${PLUS3}/activities/${a!.id}`, icd), 404, "ACTIVITY_NOT_FOUND");
  });

  it("shows nothing to people without a work-plan role", async () => {
    const unit = await t.login("unit.archives@demo.focal");
    expect((await get("/api/workplans", unit)).json()).toEqual([]);
    expectError(await get(`/api/workplans/${ACCSM}`, unit), 403, "FORBIDDEN");
    expectError(await get(`/api/workplans/${ACCSM}/review?asOf=${SOM}`, unit), 403, "FORBIDDEN");
    expectError(await get(`/api/workplans/${ACCSM}/review/export?format=docx&asOf=${SOM}`, unit), 403, "FORBIDDEN");
  });
});

describe("the activities list, a page at a time", () => {
  it("pages in code order with the count of every match in X-Total-Count, filters included", async () => {
    const url = `/api/workplans/${ACCSM}/activities`;
    const all = await get(url, icd);
    const every = all.json() as { id: string; code: string | null }[];
    expect(Number(all.headers["x-total-count"])).toBe(every.length);
    expect(every.length).toBeGreaterThan(4);
    const pages = [];
    for (let offset = 0; offset < every.length; offset += 3) {
      const res = await get(`${url}?offset=${offset}&limit=3`, icd);
      expect(Number(res.headers["x-total-count"])).toBe(every.length);
      pages.push(...(res.json() as { id: string }[]));
    }
    expect(pages.map((a) => a.id)).toEqual(every.map((a) => a.id));
    const ongoing = await get(`${url}?status=ongoing&limit=1`, icd);
    expect(ongoing.json()).toHaveLength(1);
    expect(Number(ongoing.headers["x-total-count"])).toBeLessThanOrEqual(every.length);
    expectError(await get(`${url}?limit=501`, icd), 400, "VALIDATION_FAILED");
    expectError(await get(`${url}?offset=-1`, icd), 400, "VALIDATION_FAILED");
    expectError(await get(`${url}?offset=0&limit=10`, japan), 403, "FORBIDDEN");
  });
});

describe("a member focal point (Japan, ACCSM+3)", () => {
  it("sees only their programme", async () => {
    const list = (await get("/api/workplans", japan)).json();
    expect(list.map((w: { id: string }) => w.id)).toEqual([PLUS3]);
    expect(list[0].permissions).toEqual({ read: true, manage: false, countries: ["JPN"] });
    expectError(await get(`/api/workplans/${ACCSM}`, japan), 403, "FORBIDDEN");
    expectError(await get(`/api/workplans/${ACCSM}/activities`, japan), 403, "FORBIDDEN");
    expectError(await get(`/api/workplans/${ACCSM}/review?asOf=${SOM}`, japan), 403, "FORBIDDEN");
    expectError(await get(`/api/workplans/${ACCSM}/snapshots`, japan), 403, "FORBIDDEN");
  });

  it("records the status of an activity Japan leads; the history names them and the review follows", async () => {
    const mine = (await activities(PLUS3, japan)).find((a) => a.leads.includes("JPN") && a.status === "planned")!;
    expect(mine.permissions.recordStatus).toBe(true);
    const res = await post(
      `/api/workplans/${PLUS3}/activities/${mine.id}/status`,
      { version: mine.version, status: "ongoing", effectiveOn: "2023-02-01", note: "Preparations started in Tokyo" },
      japan,
    );
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail.status).toBe("ongoing");
    expect(detail.version).toBe(mine.version + 1);
    expect(detail.history.at(-1)).toMatchObject({
      fromStatus: "planned",
      status: "ongoing",
      effectiveOn: "2023-02-01",
      note: "Preparations started in Tokyo",
      recordedByName: "Sato Haruka",
    });
    // The past is not rewritten: the review of 3 August 2022 is unchanged, a later one moves.
    expect(counts(await review(PLUS3, SOM))).toMatchObject({ ongoing: [4, 12], planned: [21, 66] });
    expect(counts(await review(PLUS3, "2023-03-01"))).toMatchObject({ ongoing: [5, 16], planned: [20, 62] });
  });

  it("is refused on another country's activity, and nothing is stored", async () => {
    const other = (await activities(PLUS3, japan)).find(
      (a) => !a.leads.includes("JPN") && !a.coLeads.includes("JPN") && a.status !== "proposed",
    )!;
    expect(other.permissions.recordStatus).toBe(false);
    const before = await historyLength(PLUS3, other.id);
    const audits = await auditCount();
    const e = expectError(
      await post(
        `/api/workplans/${PLUS3}/activities/${other.id}/status`,
        { version: other.version, status: "completed", effectiveOn: "2023-01-10" },
        japan,
      ),
      403,
      "FORBIDDEN",
    );
    expect(e.message).toBe("You are not allowed to do this.");
    expect(await historyLength(PLUS3, other.id)).toBe(before);
    expect(await auditCount()).toBe(audits);
  });

  it("is refused on the other programme's activities, even one led by a country they speak for elsewhere", async () => {
    const [a] = await activities(ACCSM);
    expectError(
      await post(
        `/api/workplans/${ACCSM}/activities/${a!.id}/status`,
        { version: a!.version, status: "completed", effectiveOn: "2023-01-10" },
        japan,
      ),
      403,
      "FORBIDDEN",
    );
    // Pointing at the other programme's activity through their own programme's URL finds nothing.
    expectError(
      await post(
        `/api/workplans/${PLUS3}/activities/${a!.id}/status`,
        { version: a!.version, status: "completed", effectiveOn: "2023-01-10" },
        japan,
      ),
      404,
      "ACTIVITY_NOT_FOUND",
    );
  });

  it("cannot manage: no new activities, edits, snapshots, adoptions or audit trail", async () => {
    const [a] = await activities(PLUS3, japan);
    expectError(
      await post(
        `/api/workplans/${PLUS3}/activities`,
        {
          code: "X-1",
          titleVi: "x",
          titleEn: "x",
          leads: ["JPN"],
          plannedYears: [2024],
          kind: "activity",
          effectiveOn: SOM,
        },
        japan,
      ),
      403,
      "FORBIDDEN",
    );
    expectError(
      await patch(`/api/workplans/${PLUS3}/activities/${a!.id}`, { version: a!.version, titleEn: "x" }, japan),
      403,
    );
    expectError(await post(`/api/workplans/${PLUS3}/snapshots`, { name: "Mine", asOf: SOM }, japan), 403);
    expectError(await get(`/api/workplans/${PLUS3}/activities/${a!.id}/audit`, japan), 403);
    const proposal = (await activities(PLUS3, japan, "?status=proposed"))[0]!;
    expectError(
      await post(
        `/api/workplans/${PLUS3}/proposals/${proposal.id}/adopt`,
        { version: proposal.version, meeting: "SOM+3 7", adoptedOn: "2023-06-01" },
        japan,
      ),
      403,
      "FORBIDDEN",
    );
  });

  it("proposes for Japan only", async () => {
    const ok = await post(
      `/api/workplans/${PLUS3}/proposals`,
      {
        proposedBy: "JPN",
        titleEn: "Study visit on human resource digitalisation (test)",
        kind: "activity",
        plannedYears: [2024],
      },
      japan,
    );
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      status: "proposed",
      code: null,
      proposedBy: "JPN",
      leads: ["JPN"],
      titleVi: null,
    });
    expectError(
      await post(
        `/api/workplans/${PLUS3}/proposals`,
        { proposedBy: "KOR", titleEn: "On Korea's behalf", kind: "activity", plannedYears: [2024] },
        japan,
      ),
      403,
      "FORBIDDEN",
    );
  });
});

describe("the ICD sees who changed what and when", () => {
  it("in the plan's recent changes and the activity's audit trail", async () => {
    const changes = (await get(`/api/workplans/${PLUS3}/changes?limit=5`, icd)).json();
    const japanChange = changes.find(
      (c: { recordedByName: string; status: string }) => c.recordedByName === "Sato Haruka" && c.status === "ongoing",
    );
    expect(japanChange).toBeTruthy();
    expect(japanChange.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const trail = (await get(`/api/workplans/${PLUS3}/activities/${japanChange.activity.id}/audit`, icd)).json();
    expect(trail[0]).toMatchObject({
      actorName: "Sato Haruka",
      action: "workplan.activity.status",
      before: { status: "planned" },
      after: { status: "ongoing", statusOn: "2023-02-01" },
    });
  });
});

describe("status changes keep their rules", () => {
  let a: Activity;
  beforeAll(async () => {
    a = (await activities(ACCSM, icd, "?status=planned"))[0]!;
  });

  it("a stale version gets 409 and changes nothing", async () => {
    const first = await post(
      `/api/workplans/${ACCSM}/activities/${a.id}/status`,
      { version: a.version, status: "ongoing", effectiveOn: "2023-01-15" },
      icd,
    );
    expect(first.statusCode, first.body).toBe(200);
    const len = await historyLength(ACCSM, a.id);
    const e = expectError(
      await post(
        `/api/workplans/${ACCSM}/activities/${a.id}/status`,
        { version: a.version, status: "cancelled", effectiveOn: "2023-02-01", note: "Lost update?" },
        icd,
      ),
      409,
      "VERSION_CONFLICT",
    );
    expect(e.message).toContain("người khác");
    expect(await historyLength(ACCSM, a.id)).toBe(len);
    expect((await get(`/api/workplans/${ACCSM}/activities/${a.id}`, icd)).json().status).toBe("ongoing");
  });

  it("bad input gets 400 in the user's language and stores nothing", async () => {
    const current = (await get(`/api/workplans/${ACCSM}/activities/${a.id}`, icd)).json();
    const url = `/api/workplans/${ACCSM}/activities/${a.id}/status`;
    const v = current.version;
    const audits = await auditCount();
    const len = current.history.length;
    for (const [body, code] of [
      [{ version: v, status: "proposed", effectiveOn: "2023-03-01" }, "VALIDATION_FAILED"],
      [{ version: v, status: "finished", effectiveOn: "2023-03-01" }, "VALIDATION_FAILED"],
      [{ version: v, status: "completed", effectiveOn: "2023-02-29" }, "VALIDATION_FAILED"],
      [{ version: v, status: "completed" }, "VALIDATION_FAILED"],
      [{ version: v, status: "completed", effectiveOn: "2099-01-01" }, "DATE_IN_FUTURE"],
      [{ version: v, status: "completed", effectiveOn: "2022-12-31" }, "DATE_BEFORE_LAST_CHANGE"],
      [{ version: v, status: "ongoing", effectiveOn: "2023-03-01" }, "NOTHING_TO_RECORD"],
      [{ version: v, status: "ongoing", effectiveOn: "2023-03-01", note: "   " }, "NOTHING_TO_RECORD"],
    ] as const) {
      expectError(await post(url, body, icd), 400, code);
    }
    const e = expectError(await post(url, { version: v, status: "completed", effectiveOn: "2022-12-31" }, icd), 400);
    expect(e.message).toBe("Ngày hiệu lực không được trước ngày của lần cập nhật gần nhất (15/01/2023).");
    // The focal point works in English and gets English messages.
    const jp = (await activities(PLUS3, japan)).find((x) => x.permissions.recordStatus)!;
    const en = expectError(
      await post(
        `/api/workplans/${PLUS3}/activities/${jp.id}/status`,
        { version: jp.version, status: "completed", effectiveOn: "2099-01-01" },
        japan,
      ),
      400,
      "DATE_IN_FUTURE",
    );
    expect(en.message).toBe("The effective date cannot be later than today.");
    expect(await historyLength(ACCSM, a.id)).toBe(len);
    expect(await auditCount()).toBe(audits);
    // A note on an unchanged status is a valid record.
    const note = await post(
      url,
      { version: v, status: "ongoing", effectiveOn: "2023-03-01", note: "Kick-off held" },
      icd,
    );
    expect(note.statusCode).toBe(200);
    expect(note.json().history.at(-1)).toMatchObject({
      fromStatus: "ongoing",
      status: "ongoing",
      note: "Kick-off held",
    });
  });

  it("the ICD adds and edits activities; members, years and codes are checked first", async () => {
    const url = `/api/workplans/${ACCSM}/activities`;
    const base = {
      code: "ACCSM-40",
      titleVi: "Hội thảo kiểm thử (mẫu)",
      titleEn: "Test workshop (sample)",
      leads: ["THA"],
      plannedYears: [2024],
      kind: "activity",
      effectiveOn: "2023-05-01",
    };
    const audits = await auditCount();
    expectError(await post(url, { ...base, leads: ["JPN"] }, icd), 400, "NOT_A_MEMBER");
    expectError(await post(url, { ...base, coLeads: ["USA"] }, icd), 400, "NOT_A_MEMBER");
    expectError(await post(url, { ...base, leads: ["tha"] }, icd), 400, "VALIDATION_FAILED");
    expectError(await post(url, { ...base, leads: [] }, icd), 400, "VALIDATION_FAILED");
    expectError(await post(url, { ...base, plannedYears: [2026] }, icd), 400, "YEAR_OUTSIDE_PERIOD");
    expectError(await post(url, { ...base, code: "ACCSM-01" }, icd), 409, "ACTIVITY_CODE_TAKEN");
    expect(await auditCount()).toBe(audits);
    expect((await review(ACCSM, "2023-06-01")).total).toBe(31);

    const created = await post(url, base, icd);
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ code: "ACCSM-40", status: "planned", statusOn: "2023-05-01", leads: ["THA"] });
    expect((await review(ACCSM, "2023-04-30")).total).toBe(31);
    expect((await review(ACCSM, "2023-05-01")).total).toBe(32);
    expect((await review(ACCSM, SOM)).total).toBe(31);

    const edited = await patch(
      `${url}/${c.id}`,
      { version: c.version, titleEn: "Test workshop, renamed (sample)", coLeads: ["VNM"] },
      icd,
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      titleEn: "Test workshop, renamed (sample)",
      coLeads: ["VNM"],
      version: c.version + 1,
    });
    expectError(await patch(`${url}/${c.id}`, { version: c.version, titleEn: "Stale" }, icd), 409, "VERSION_CONFLICT");
    expect((await activities(ACCSM, icd, "?q=renamed"))[0]!.id).toBe(c.id);
  });
});

describe("proposals", () => {
  let proposal: Activity;
  beforeAll(async () => {
    proposal = (await get(`/api/workplans/${PLUS3}/proposals`, icd))
      .json()
      .find((p: Activity) => p.titleEn.includes("50th anniversary"));
  });

  it("Japan's 2023 proposal from seed 003 waits for adoption, outside the total", async () => {
    expect(proposal).toMatchObject({
      status: "proposed",
      proposedBy: "JPN",
      proposedOn: SOM,
      code: null,
      adoptedAt: null,
    });
    expect(proposal.titleVi).toContain("Kỷ niệm 50 năm quan hệ hợp tác hữu nghị ASEAN - Nhật Bản");
    expect(proposal.permissions.recordStatus).toBe(false);
    expectError(
      await post(
        `/api/workplans/${PLUS3}/activities/${proposal.id}/status`,
        { version: proposal.version, status: "ongoing", effectiveOn: "2023-01-01" },
        icd,
      ),
      409,
      "PROPOSAL_NOT_ADOPTED",
    );
  });

  it("is adopted by a meeting the ICD names, and joins the plan from that day", async () => {
    const url = `/api/workplans/${PLUS3}/proposals/${proposal.id}/adopt`;
    expectError(await post(url, { version: proposal.version, meeting: "", adoptedOn: "2023-06-01" }, icd), 400);
    expectError(
      await post(url, { version: proposal.version, meeting: "SOM+3 7", adoptedOn: "2022-08-01" }, icd),
      400,
      "ADOPTION_BEFORE_PROPOSAL",
    );
    expectError(
      await post(url, { version: proposal.version + 1, meeting: "SOM+3 7", adoptedOn: "2023-06-01" }, icd),
      409,
    );
    const res = await post(
      url,
      {
        version: proposal.version,
        meeting: "SOM+3 lần thứ 7 (mẫu)",
        adoptedOn: "2023-06-01",
        titleVi: proposal.titleVi,
      },
      icd,
    );
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      status: "planned",
      code: "ACCSM+3-33",
      adoptedAt: "SOM+3 lần thứ 7 (mẫu)",
      adoptedOn: "2023-06-01",
    });
    expect(a.history.map((h: { status: string }) => h.status)).toEqual(["proposed", "planned"]);
    expect(a.history.at(-1).note).toContain("SOM+3 lần thứ 7 (mẫu)");

    const onSom = await review(PLUS3, SOM);
    expect([onSom.total, onSom.proposals]).toEqual([32, 1]);
    const after = await review(PLUS3, "2023-06-01");
    expect(after.total).toBe(33);
    expect(after.proposals).toBe(0); // the focal point's 2024 study visit was proposed later (today)
    expect((await get(`/api/workplans/${PLUS3}/review`, icd)).json().proposals).toBe(1);
    expectError(
      await post(url, { version: a.version, meeting: "Again", adoptedOn: "2023-07-01" }, icd),
      409,
      "NOT_PENDING_PROPOSAL",
    );
  });
});

describe("snapshots", () => {
  it("the seeded SOM 21 snapshot is frozen: later changes do not move it", async () => {
    const list = (await get(`/api/workplans/${ACCSM}/snapshots`, icd)).json();
    const som = list.find((s: { name: string }) => s.name === "SOM 21, 3 August 2022");
    expect(som).toMatchObject({ asOf: SOM, total: 31 });
    const snap = (await get(`/api/workplans/${ACCSM}/snapshots/${som.id}`, icd)).json();
    expect(counts(snap.review)).toEqual({ planned: [19, 61], ongoing: [5, 16], completed: [7, 23], cancelled: [0, 0] });
  });

  it("are taken by the ICD under a unique name and compared: which activities changed status", async () => {
    const url = `/api/workplans/${ACCSM}/snapshots`;
    const created = await post(url, { name: "Test review, 1 June 2023", asOf: "2023-06-01" }, icd);
    expect(created.statusCode, created.body).toBe(201);
    const snap = created.json();
    expect(snap.review.total).toBe(32);
    expectError(
      await post(url, { name: "Test review, 1 June 2023", asOf: "2023-07-01" }, icd),
      409,
      "SNAPSHOT_NAME_TAKEN",
    );
    expectError(await post(url, { name: "Future", asOf: "2099-01-01" }, icd), 400, "DATE_IN_FUTURE");
    expectError(await post(url, { name: "", asOf: SOM }, icd), 400, "VALIDATION_FAILED");

    const list = (await get(url, icd)).json();
    const som = list.find((s: { name: string }) => s.name === "SOM 21, 3 August 2022");
    const nov = list.find((s: { asOf: string }) => s.asOf === "2021-11-18");
    const cmp = (await get(`${url}/compare?from=${nov.id}&to=${som.id}`, icd)).json();
    expect(cmp.from.id).toBe(nov.id);
    // Nov 2021 → Aug 2022: c5 and c7 (and others) moved; no activity joined or left between these dates.
    expect(cmp.changes.length).toBeGreaterThan(0);
    expect(cmp.changes.length + cmp.unchanged).toBe(31);
    for (const c of cmp.changes) expect(c.fromStatus).not.toBe(c.toStatus);
    expect(cmp.byStatus).toContainEqual({ status: "completed", from: 3, to: 7 });

    const later = (await get(`${url}/compare?from=${som.id}&to=${snap.id}`, icd)).json();
    const joined = later.changes.find((c: { fromStatus: string | null }) => c.fromStatus === null);
    expect(joined).toMatchObject({ code: "ACCSM-40", toStatus: "planned" });
    expectError(await get(`${url}/compare?from=${som.id}&to=${crypto.randomUUID()}`, icd), 404, "SNAPSHOT_NOT_FOUND");
  });
});

describe("exports as meeting documents", () => {
  it("Word: a download named after the plan and date whose text carries the table and shares", async () => {
    const res = await get(`/api/workplans/${ACCSM}/review/export?format=docx&asOf=${SOM}&lang=vi`, icd);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="ACCSM-review-2022-08-03.docx"');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, " ");
    expect(text).toContain("Kế hoạch làm việc ACCSM giai đoạn 2021–2025");
    expect(text).toContain("03/08/2022");
    for (const s of ["23%", "16%", "61%", "39%", "Đúng tiến độ"]) expect(text).toContain(s);
  });

  it("Excel, in English, from a snapshot", async () => {
    const snaps = (await get(`/api/workplans/${PLUS3}/snapshots`, icd)).json();
    const som = snaps.find((s: { asOf: string }) => s.asOf === SOM);
    const res = await get(`/api/workplans/${PLUS3}/review/export?format=xlsx&snapshotId=${som.id}&lang=en`, icd);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="ACCSM-plus-3-review-2022-08-03.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Review")!;
    const rows = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(["ACCSM+3 Work Plan 2021–2025"]);
    expect(rows).toContainEqual(["Completed", 7, 0.22]);
    expect(rows).toContainEqual(["Ongoing/annual", 4, 0.12]);
    expect(rows).toContainEqual(["Planned", 21, 0.66]);
    expect(rows).toContainEqual(["Proposals not yet adopted (not in the total)", 1]);
    expect(wb.getWorksheet("Activities")!.rowCount).toBe(1 + 33);
  });

  it("needs a date or a snapshot, and a known format", async () => {
    expectError(await get(`/api/workplans/${ACCSM}/review/export?format=docx`, icd), 400, "SNAPSHOT_SOURCE_REQUIRED");
    expectError(
      await get(`/api/workplans/${ACCSM}/review/export?format=pdf&asOf=${SOM}`, icd),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("is open to the focal point for their programme only", async () => {
    const ok = await get(`/api/workplans/${PLUS3}/review/export?format=docx&asOf=${SOM}`, japan);
    expect(ok.statusCode).toBe(200);
    const text = (await (await JSZip.loadAsync(ok.rawPayload)).file("word/document.xml")!.async("string")).replace(
      /<[^>]+>/g,
      " ",
    );
    expect(text).toContain("Implementation review"); // the focal point works in English
    expectError(await get(`/api/workplans/${ACCSM}/review/export?format=docx&asOf=${SOM}`, japan), 403, "FORBIDDEN");
  });
});

describe("work-plan member grants", () => {
  it("are validated and labelled through the scope resolver", async () => {
    const admin = await t.login("admin@demo.focal");
    const users = (await get("/api/users", admin)).json();
    const japanUser = users.find((u: { email: string }) => u.email === "focal.japan@demo.focal");
    expect(japanUser.grants[0].scopeLabel).toBe("Nhật Bản — Kế hoạch làm việc ACCSM+3 giai đoạn 2021–2025");
    const nope = [`${ACCSM}:JPN`, `${ACCSM}`, `${crypto.randomUUID()}:THA`, "x:THA", `${ACCSM}:THA:1`];
    for (const scopeId of nope) {
      expectError(
        await post(`/api/users/${japanUser.id}/grants`, { role: "member_focal_point", scopeId }, admin),
        400,
        "INVALID_SCOPE",
      );
    }
    const unit = users.find((u: { email: string }) => u.email === "unit.archives@demo.focal");
    const ok = await post(
      `/api/users/${unit.id}/grants`,
      { role: "member_focal_point", scopeId: `${ACCSM}:VNM` },
      admin,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().grants.map((g: { scopeLabel: string }) => g.scopeLabel)).toContain(
      "Việt Nam — Kế hoạch làm việc ACCSM giai đoạn 2021–2025",
    );
    // The new grant opens ACCSM to them, and Vietnam's activities only.
    const h = await t.login("unit.archives@demo.focal");
    const acts = await activities(ACCSM, h);
    expect(
      acts.filter((a) => a.permissions.recordStatus).every((a) => a.leads.includes("VNM") || a.coLeads.includes("VNM")),
    ).toBe(true);
    expect(acts.some((a) => a.permissions.recordStatus)).toBe(true);
    expectError(await get(`/api/workplans/${PLUS3}`, h), 403, "FORBIDDEN");
  });
});
