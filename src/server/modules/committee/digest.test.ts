import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { jobsIdle } from "../jobs/service.js";
import { queueDailyDigests } from "./digest.js";
import { addTasks, makeCommittee, moveTask } from "./testing.js";

/**
 * The owners' daily digest (issue 13, point 2) with the outbox mailer: one mail per owner with an account and
 * something due, in their language, listing overdue tasks and those due within 7 days; nothing twice the same day;
 * nothing when nothing is due; nothing for a closed meeting or one already begun.
 */

let t: TestApp;
const now = new Date("2031-07-25T01:00:00Z"); // 08:00 in Hanoi
const day = (d: string, hh = "10:00") => new Date(`${d}T${hh}:00+07:00`);

const q = async <T>(query: ReturnType<typeof sql>) =>
  ((await t.ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
const writes = async () =>
  (
    await q<{ n: number }>(
      sql`select (select count(*) from mail_outbox)::int + (select count(*) from jobs)::int + (select count(*) from audit_log)::int as n`,
    )
  )[0]!.n;
const digests = () =>
  q<{ to: string; subject: string; text: string }>(
    sql`select "to", subject, text from mail_outbox where topic = 'committee.digest' order by "to", created_at`,
  );

beforeAll(async () => {
  t = await createTestApp();
  const f = await makeCommittee(t, {
    startDate: "2031-08-02",
    people: [
      ["health@demo.focal", "head", "security_health"],
      ["security@demo.focal", "member", "security_health"],
      ["Lê Văn Không Tài Khoản", "member", "content"],
      ["liaison@demo.focal", "member", "protocol_logistics"],
    ],
  });
  const s = f.subs.security_health;
  const [, , , done] = await addTasks(t, f.meetingId, [
    {
      subcommitteeId: s,
      title: "Kịch bản y tế dự phòng",
      ownerId: f.members["health@demo.focal"],
      dueAt: day("2031-07-20"),
    },
    { subcommitteeId: s, title: "Tập huấn sơ cứu", ownerId: f.members["health@demo.focal"], dueAt: day("2031-07-30") },
    {
      subcommitteeId: s,
      title: "Kiểm tra an toàn thực phẩm",
      ownerId: f.members["health@demo.focal"],
      dueAt: day("2031-08-10"),
    },
    {
      subcommitteeId: s,
      title: "Danh sách bác sĩ trực",
      ownerId: f.members["health@demo.focal"],
      dueAt: day("2031-07-21"),
    },
    {
      subcommitteeId: s,
      title: "Phương án an ninh khách sạn",
      ownerId: f.members["security@demo.focal"],
      dueAt: day("2031-07-28"),
    },
    {
      subcommitteeId: f.subs.content,
      title: "Dự thảo tuyên bố chung",
      ownerId: f.members["Lê Văn Không Tài Khoản"],
      dueAt: day("2031-07-22"),
    },
    {
      subcommitteeId: f.subs.protocol_logistics,
      title: "In ấn và quà tặng",
      ownerId: f.members["liaison@demo.focal"],
      dueAt: day("2031-09-30"),
    },
  ]);
  await moveTask(t, done!, "done", day("2031-07-21"));
  // The security officer reads English.
  await t.ctx.db.execute(sql`update users set language = 'en' where email = 'security@demo.focal'`);
  // A closed meeting and one already begun, each with an overdue task of an owner with an account: no digest.
  for (const [startDate, status] of [
    ["2031-08-02", "closed"],
    ["2031-07-20", "ongoing"],
  ] as const) {
    const g = await makeCommittee(t, { startDate, status, people: [["health@demo.focal", "member", "content"]] });
    await addTasks(t, g.meetingId, [
      {
        subcommitteeId: g.subs.content,
        title: "Việc của hội nghị khác",
        ownerId: g.members["health@demo.focal"],
        dueAt: day("2031-07-10"),
      },
    ]);
  }
}, 120_000);
afterAll(async () => t?.close());

describe("daily digest", () => {
  it("nothing due: nothing is written", async () => {
    const before = await writes();
    expect(await queueDailyDigests(t.ctx, new Date("2031-06-01T01:00:00Z"))).toBe(0);
    await jobsIdle(t.ctx.db);
    expect(await writes()).toBe(before);
  });

  it("each owner with an account and something due gets one mail in their language", async () => {
    expect(await queueDailyDigests(t.ctx, now)).toBe(2);
    await jobsIdle(t.ctx.db);
    const mails = await digests();
    expect(mails.map((m) => m.to)).toEqual(["health@demo.focal", "security@demo.focal"]);
    const [vi, en] = mails as [(typeof mails)[0], (typeof mails)[0]];
    expect(vi.subject).toContain("1 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 7 ngày tới");
    expect(vi.text).toContain("Quá hạn:\n  #1 Kịch bản y tế dự phòng — hạn 20/07/2031 10:00");
    expect(vi.text).toContain("#2 Tập huấn sơ cứu — hạn 30/07/2031 10:00");
    expect(vi.text).not.toContain("Kiểm tra an toàn thực phẩm");
    expect(vi.text).not.toContain("Danh sách bác sĩ trực");
    expect(vi.text).not.toContain("Việc của hội nghị khác");
    expect(en.subject).toContain("0 tasks overdue, 1 task due in the next 7 days");
    expect(en.text).toContain("#5 Phương án an ninh khách sạn — due 28 Jul 2031, 10:00");
    const trail = await q<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'committee_task.digest'`,
    );
    expect(trail[0]!.n).toBe(2);
  });

  it("nothing is sent twice on the same day; the next day it is sent again", async () => {
    const before = await writes();
    expect(await queueDailyDigests(t.ctx, new Date(now.getTime() + 3 * 3600_000))).toBe(0);
    await jobsIdle(t.ctx.db);
    expect(await writes()).toBe(before);
    expect(await queueDailyDigests(t.ctx, new Date(now.getTime() + 24 * 3600_000))).toBe(2);
    await jobsIdle(t.ctx.db);
    expect((await digests()).length).toBe(4);
  });
});
