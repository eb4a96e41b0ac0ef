import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import {
  committeeSubcommittees,
  committeeTaskChecks,
  committeeTaskDeps,
  committeeTaskStatusLog,
  committeeTasks,
} from "./schema.js";
import { addTasks, makeCommittee, moveTask, type Fixture } from "./testing.js";

/**
 * Task templates (issue 13, point 2): the ICD saves a meeting's task list (due dates as days before the opening,
 * sub-committees by key, checklists, dependencies by position) and applies it to the next meeting, which gets the
 * tasks numbered after its own, each with its status log's first row; an item whose sub-committee the meeting lacks
 * is reported, never skipped silently. Nobody else may.
 */

type H = Record<string, string>;
let t: TestApp;
let icd: H, head: H, other: H;
let a: Fixture, b: Fixture;

interface Applied {
  created: { id: string; number: number; title: string; subcommitteeId: string; dueAt: string | null }[];
  skipped: { position: number; title: string; subcommittee: string }[];
}

const post = (h: H, url: string, payload?: object) =>
  t.app.inject({ method: "POST", url, headers: h, ...(payload ? { payload } : {}) });
const writes = async () =>
  (
    (await t.ctx.db.execute(
      sql`select (select count(*) from committee_templates)::int + (select count(*) from committee_tasks)::int + (select count(*) from audit_log)::int as n`,
    )) as unknown as { rows: { n: number }[] }
  ).rows[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  a = await makeCommittee(t, { startDate: "2022-08-02", people: [["health@demo.focal", "head", "security_health"]] });
  b = await makeCommittee(t, { startDate: "2023-08-10", people: [["health@demo.focal", "head", "security_health"]] });
  const ids = await addTasks(t, a.meetingId, [
    {
      subcommitteeId: a.subs.content,
      title: "Danh sách chính thức các đoàn",
      dueAt: new Date("2022-07-20T17:00:00+07:00"),
      checklist: ["Xin danh sách từ Ban Thư ký ASEAN", "Đối chiếu với đăng ký"],
    },
    {
      subcommitteeId: a.subs.content,
      title: "Kịch bản chi tiết phiên khai mạc",
      dueAt: new Date("2022-07-30T09:00:00+07:00"),
      priority: "high",
    },
    { subcommitteeId: a.subs.protocol_logistics, title: "In ấn và quà tặng", dueAt: null },
    { subcommitteeId: a.subs.security_health, title: "Việc đã hủy", dueAt: new Date("2022-07-01T17:00:00+07:00") },
  ]);
  await t.ctx.db.insert(committeeTaskDeps).values({ taskId: ids[1]!, dependsOnId: ids[0]! });
  await moveTask(t, ids[3]!, "cancelled", new Date("2022-07-02T03:00:00Z"));
  // The next meeting has a task of its own already, and no protocol sub-committee.
  await addTasks(t, b.meetingId, [{ subcommitteeId: b.subs.content, title: "Việc có sẵn" }]);
  await t.ctx.db.delete(committeeSubcommittees).where(eq(committeeSubcommittees.id, b.subs.protocol_logistics));
  [icd, head, other] = (await Promise.all(
    ["icd@demo.focal", "health@demo.focal", "committee@demo.focal"].map((e) => t.login(e)),
  )) as [H, H, H];
}, 120_000);
afterAll(async () => t?.close());

describe("task templates", () => {
  it("the ICD saves a meeting's tasks and applies them to the next meeting; what could not be created is reported", async () => {
    const saved = await post(icd, `/api/meetings/${a.meetingId}/task-templates`, {
      nameVi: "Danh sách nhiệm vụ ACCSM",
      nameEn: "ACCSM task list",
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const tpl = saved.json() as { id: string; itemCount: number };
    expect(tpl.itemCount).toBe(3);
    const list = (
      await t.app.inject({ method: "GET", url: `/api/meetings/${b.meetingId}/task-templates`, headers: icd })
    ).json() as {
      id: string;
    }[];
    expect(list.map((x) => x.id)).toContain(tpl.id);

    const res = await post(icd, `/api/meetings/${b.meetingId}/task-templates/${tpl.id}/apply`);
    expect(res.statusCode, res.body).toBe(200);
    const applied = res.json() as Applied;
    expect(applied.created.map((c) => [c.number, c.title])).toEqual([
      [2, "Danh sách chính thức các đoàn"],
      [3, "Kịch bản chi tiết phiên khai mạc"],
    ]);
    // 13 and 3 days before the opening (10/08/2023), at 17:00 in Hanoi.
    expect(applied.created.map((c) => c.dueAt)).toEqual(["2023-07-28T10:00:00.000Z", "2023-08-07T10:00:00.000Z"]);
    expect(applied.skipped).toEqual([{ position: 2, title: "In ấn và quà tặng", subcommittee: "protocol_logistics" }]);

    const [first, second] = applied.created as [Applied["created"][0], Applied["created"][0]];
    const checks = await t.ctx.db
      .select({ text: committeeTaskChecks.text })
      .from(committeeTaskChecks)
      .where(eq(committeeTaskChecks.taskId, first.id))
      .orderBy(asc(committeeTaskChecks.position));
    expect(checks.map((c) => c.text)).toEqual(["Xin danh sách từ Ban Thư ký ASEAN", "Đối chiếu với đăng ký"]);
    const deps = await t.ctx.db.select().from(committeeTaskDeps).where(eq(committeeTaskDeps.taskId, second.id));
    expect(deps.map((d) => d.dependsOnId)).toEqual([first.id]);
    const [row] = await t.ctx.db.select().from(committeeTasks).where(eq(committeeTasks.id, second.id));
    expect(row).toMatchObject({
      priority: "high",
      status: "not_started",
      searchText: expect.stringContaining("kich ban chi tiet"),
    });
    const log = await t.ctx.db
      .select()
      .from(committeeTaskStatusLog)
      .where(eq(committeeTaskStatusLog.taskId, second.id));
    expect(log).toMatchObject([{ status: "not_started" }]);
  });

  it("a meeting without tasks cannot be saved as a template, in the caller's language", async () => {
    const c = await makeCommittee(t, { startDate: "2024-01-10", people: [] });
    const e = expectError(
      await post(icd, `/api/meetings/${c.meetingId}/task-templates`, { nameVi: "x", nameEn: "x" }),
      400,
      "TEMPLATE_EMPTY",
    );
    expect(e.message).toBe("Hội nghị chưa có nhiệm vụ nào để lưu thành mẫu.");
  });

  it("a head of a sub-committee or a member of another meeting may not: 403 and nothing changed", async () => {
    const tpl = (
      await post(icd, `/api/meetings/${a.meetingId}/task-templates`, { nameVi: "Mẫu 2", nameEn: "Template 2" })
    ).json() as {
      id: string;
    };
    const before = await writes();
    for (const h of [head, other]) {
      expectError(
        await t.app.inject({ method: "GET", url: `/api/meetings/${a.meetingId}/task-templates`, headers: h }),
        403,
      );
      expectError(await post(h, `/api/meetings/${a.meetingId}/task-templates`, { nameVi: "x", nameEn: "x" }), 403);
      expectError(await post(h, `/api/meetings/${b.meetingId}/task-templates/${tpl.id}/apply`), 403);
    }
    expect(await writes()).toBe(before);
  });
});
