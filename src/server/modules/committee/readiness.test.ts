import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { dayEndIn, readinessAt, type ReadinessTask, type StatusLogRow } from "./readiness-calc.js";
import { addTasks, makeCommittee, moveTask, type Fixture } from "./testing.js";

/**
 * Readiness at a glance (issue 13, point 3): the pure counting as of a date (before and after a status change, a
 * task created later, a due date moved, cancelled tasks), then the route on a meeting of the test's own, and who is
 * refused.
 */

const at = (s: string) => new Date(s);
const end = (day: string) => dayEndIn(day, "Asia/Ho_Chi_Minh");

describe("readiness as of a date (pure)", () => {
  const tasks: ReadinessTask[] = [
    { id: "a", subcommitteeId: "s1", createdAt: at("2022-07-01T02:00:00Z"), status: "done", dueAt: null },
    { id: "b", subcommitteeId: "s1", createdAt: at("2022-07-01T02:00:00Z"), status: "in_progress", dueAt: null },
    { id: "c", subcommitteeId: "s2", createdAt: at("2022-07-20T02:00:00Z"), status: "blocked", dueAt: null },
    { id: "d", subcommitteeId: "s2", createdAt: at("2022-07-01T02:00:00Z"), status: "cancelled", dueAt: null },
  ];
  const log: StatusLogRow[] = [
    { taskId: "a", status: "not_started", dueAt: at("2022-07-10T10:00:00Z"), at: at("2022-07-01T02:00:00Z") },
    // Done on 15/07 at 23:30 Hanoi time (16:30 UTC): still the 15th in Hanoi.
    { taskId: "a", status: "done", dueAt: at("2022-07-10T10:00:00Z"), at: at("2022-07-15T16:30:00Z") },
    { taskId: "b", status: "not_started", dueAt: at("2022-07-12T10:00:00Z"), at: at("2022-07-01T02:00:00Z") },
    // Its due date moved from 12/07 to 25/07 on 14/07.
    { taskId: "b", status: "in_progress", dueAt: at("2022-07-25T10:00:00Z"), at: at("2022-07-14T03:00:00Z") },
    { taskId: "c", status: "blocked", dueAt: at("2022-07-22T10:00:00Z"), at: at("2022-07-20T02:00:00Z") },
    { taskId: "d", status: "not_started", dueAt: at("2022-07-05T10:00:00Z"), at: at("2022-07-01T02:00:00Z") },
    { taskId: "d", status: "cancelled", dueAt: at("2022-07-05T10:00:00Z"), at: at("2022-07-08T02:00:00Z") },
  ];
  const edges = [{ taskId: "c", dependsOnId: "b" }];

  it("the end of a day is midnight in the meeting's time zone", () => {
    expect(end("2022-07-15").toISOString()).toBe("2022-07-15T17:00:00.000Z");
    expect(dayEndIn("2022-03-26", "Europe/Paris").toISOString()).toBe("2022-03-26T23:00:00.000Z");
    expect(dayEndIn("2022-03-27", "Europe/Paris").toISOString()).toBe("2022-03-27T22:00:00.000Z");
  });

  it("before a status change: the status then; a cancelled task is left out once cancelled", () => {
    const r = readinessAt(tasks, log, edges, end("2022-07-06"));
    // a, b open; d open and overdue (due 05/07) as it was not cancelled yet; c did not exist.
    expect(r.overall).toEqual({ done: 0, open: 3, overdue: 1, blocked: 0, percent: 0 });
    const later = readinessAt(tasks, log, edges, end("2022-07-09"));
    expect(later.overall).toEqual({ done: 0, open: 2, overdue: 0, blocked: 0, percent: 0 });
  });

  it("a due date moved: overdue before the move, not after it", () => {
    expect(readinessAt(tasks, log, edges, end("2022-07-13")).overall).toMatchObject({ open: 2, overdue: 2 });
    expect(readinessAt(tasks, log, edges, end("2022-07-14")).overall).toMatchObject({ open: 2, overdue: 1 });
  });

  it("after a status change, at the end of the day in Hanoi; a task created later does not count", () => {
    const r = readinessAt(tasks, log, edges, end("2022-07-15"));
    expect(r.overall).toEqual({ done: 1, open: 1, overdue: 0, blocked: 0, percent: 50 });
    expect(r.bySubcommittee.get("s1")).toEqual({ done: 1, open: 1, overdue: 0, blocked: 0, percent: 50 });
    expect(r.bySubcommittee.get("s2")).toBeUndefined();
    expect(r.criticalPath).toEqual(["b"]);
    const after = readinessAt(tasks, log, edges, end("2022-07-23"));
    expect(after.overall).toEqual({ done: 1, open: 2, overdue: 1, blocked: 1, percent: 33 });
    expect(after.bySubcommittee.get("s2")).toEqual({ done: 0, open: 1, overdue: 1, blocked: 1, percent: 0 });
    expect(after.criticalPath).toEqual(["b", "c"]);
  });

  it("nothing counted: zero everywhere", () => {
    expect(readinessAt(tasks, log, edges, end("2022-06-30")).overall).toEqual({
      done: 0,
      open: 0,
      overdue: 0,
      blocked: 0,
      percent: 0,
    });
  });
});

type H = Record<string, string>;
let t: TestApp;
let icd: H, head: H, plain: H, other: H, contact: H, registration: H;
let f: Fixture;
let ids: string[];

interface R {
  asOf: string;
  overall: Record<string, number>;
  subcommittees: ({ id: string; nameVi: string; nameEn: string } & Record<string, unknown>)[];
  criticalPath: { number: number; title: string; owner: { fullName: string } | null; dueAt: string; status: string }[];
  permissions: { manageTemplates: boolean };
}

beforeAll(async () => {
  t = await createTestApp();
  f = await makeCommittee(t, {
    startDate: "2022-08-02",
    endDate: "2022-08-06",
    people: [
      ["health@demo.focal", "head", "security_health"],
      ["security@demo.focal", "member", "security_health"],
    ],
  });
  const created = at("2022-07-01T02:00:00Z");
  ids = await addTasks(t, f.meetingId, [
    {
      subcommitteeId: f.subs.content,
      title: "Danh sách chính thức các đoàn",
      dueAt: at("2022-07-20T10:00:00Z"),
      createdAt: created,
    },
    {
      subcommitteeId: f.subs.content,
      title: "Kịch bản chi tiết phiên khai mạc",
      dueAt: at("2022-07-28T10:00:00Z"),
      createdAt: created,
    },
    {
      subcommitteeId: f.subs.security_health,
      title: "Phương án y tế và kịch bản dịch bệnh",
      ownerId: f.members["health@demo.focal"],
      dueAt: at("2022-07-25T10:00:00Z"),
      createdAt: created,
    },
    {
      subcommitteeId: f.subs.security_health,
      title: "Theo dõi sức khỏe đại biểu",
      dueAt: at("2022-08-01T10:00:00Z"),
      createdAt: at("2022-07-22T02:00:00Z"),
    },
  ]);
  // #4 depends on #3 depends on #1 … the chain of the health side; #2 depends on #1.
  await t.ctx.db.transaction(async (tx) => {
    const { committeeTaskDeps } = await import("./schema.js");
    await tx.insert(committeeTaskDeps).values([
      { taskId: ids[2]!, dependsOnId: ids[0]! },
      { taskId: ids[3]!, dependsOnId: ids[2]! },
      { taskId: ids[1]!, dependsOnId: ids[0]! },
    ]);
  });
  await moveTask(t, ids[0]!, "done", at("2022-07-19T03:00:00Z"));
  await moveTask(t, ids[2]!, "blocked", at("2022-07-21T03:00:00Z"));
  [icd, head, plain, other, contact, registration] = (await Promise.all(
    [
      "icd@demo.focal",
      "health@demo.focal",
      "security@demo.focal",
      "committee@demo.focal",
      "focal.japan@demo.focal",
      "registration@demo.focal",
    ].map((e) => t.login(e)),
  )) as [H, H, H, H, H, H];
}, 120_000);
afterAll(async () => t?.close());

const get = (h: H, url: string) => t.app.inject({ method: "GET", url, headers: h });

describe("GET /api/meetings/{id}/readiness", () => {
  it("as of two preparatory meetings: counts per sub-committee and overall, and the critical path", async () => {
    const before = await get(plain, `/api/meetings/${f.meetingId}/readiness?asOf=2022-07-18`);
    expect(before.statusCode, before.body).toBe(200);
    const b = before.json() as R;
    expect(b.asOf).toBe("2022-07-18");
    expect(b.overall).toEqual({ done: 0, open: 3, overdue: 0, blocked: 0, percent: 0 });
    expect(b.subcommittees.map((s) => s.nameEn)).toEqual([
      "Content",
      "Protocol, Logistics and Communications",
      "Security and Health",
    ]);
    expect(b.criticalPath.map((c) => c.number)).toEqual([1, 3]);
    expect(b.permissions.manageTemplates).toBe(false);

    const after = (await get(plain, `/api/meetings/${f.meetingId}/readiness?asOf=2022-07-26`)).json() as R;
    expect(after.overall).toEqual({ done: 1, open: 3, overdue: 1, blocked: 1, percent: 25 });
    const health = after.subcommittees.find((s) => s.id === f.subs.security_health);
    expect(health).toMatchObject({ done: 0, open: 2, overdue: 1, blocked: 1, percent: 0 });
    expect(after.subcommittees.find((s) => s.id === f.subs.content)).toMatchObject({ done: 1, open: 1, percent: 50 });
    expect(after.criticalPath).toMatchObject([
      {
        number: 3,
        title: "Phương án y tế và kịch bản dịch bệnh",
        status: "blocked",
        owner: { fullName: "Phan Thị Lan" },
      },
      { number: 4, title: "Theo dõi sức khỏe đại biểu", status: "not_started", owner: null },
    ]);
  });

  it("today when asOf is absent; the ICD may manage templates", async () => {
    const r = (await get(icd, `/api/meetings/${f.meetingId}/readiness`)).json() as R;
    expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.overall).toEqual({ done: 1, open: 3, overdue: 3, blocked: 1, percent: 25 });
    expect(r.permissions.manageTemplates).toBe(true);
    expect((await get(head, `/api/meetings/${f.meetingId}/readiness`)).statusCode).toBe(200);
  });

  it("a bad date is refused in the caller's language", async () => {
    const e = expectError(await get(icd, `/api/meetings/${f.meetingId}/readiness?asOf=2022-13-40`), 400);
    expect(e.message).toContain("Tính đến ngày");
  });

  it("a committee member of another meeting, a delegation contact, a registration manager: 403", async () => {
    for (const h of [other, contact, registration]) {
      expectError(await get(h, `/api/meetings/${f.meetingId}/readiness`), 403, "FORBIDDEN");
    }
  });
});
