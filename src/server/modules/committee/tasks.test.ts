import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds, DEMO_PASSWORD } from "../../seed/ids.js";
import { hashPassword } from "../../auth/passwords.js";
import { findUserByEmail, insertGrantTx, insertUserTx } from "../people/repo.js";
import { insertMeetingTx, meetingSessionRows } from "../meetings/repo.js";
import { meetingSessions } from "../meetings/schema.js";
import { mailOutbox } from "../mail/schema.js";
import {
  committeeMembers,
  committeeSeats,
  committeeSubcommittees,
  committeeTaskStatusLog,
  committeeTasks,
} from "./schema.js";

/**
 * The committee's tasks through HTTP (issue 13, point 2) on the demo data, with sub-committees and members this file
 * creates in ACCSM 21 (so it does not depend on the demo committee): who creates, edits and moves what, the
 * refusals that change nothing, dependencies, checklist, comments with mentions, files, links, filters, numbering.
 */

type H = Record<string, string>;
const M = demoIds.meetingAccsm21;
let t: TestApp;
let icd: H, director: H, committee: H, other: H, japan: H, registration: H;
const sub = { a: crypto.randomUUID(), b: crypto.randomUUID() };
const member: Record<"director" | "minh" | "outsider" | "noAccount", string> = {
  director: "",
  minh: "",
  outsider: "",
  noAccount: "",
};
let otherMeeting = "";
let otherSession = "";

interface TaskJson {
  id: string;
  number: number;
  title: string;
  status: string;
  version: number;
  dueAt: string | null;
  overdue: boolean;
  owner: { id: string; fullName: string } | null;
  helpers: { id: string }[];
  dependsOn: { id: string; number: number; title: string }[];
  checklist: { id: string; text: string; done: boolean; position: number }[];
  checks: { done: number; total: number };
  comments: { body: string; authorName: string; mentions: { id: string; fullName: string }[] }[];
  files: { id: string; fileName: string; mime: string }[];
  links: { kind: string; targetId: string; labelVi: string }[];
  permissions: { edit: boolean; progress: boolean; comment: boolean };
}

const base = `/api/meetings/${M}/tasks`;
const send = (method: "POST" | "PATCH" | "PUT" | "DELETE" | "GET", h: H, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: h, ...(payload ? { payload } : {}) });
const auditCount = async () =>
  Number(
    ((await t.ctx.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as { rows: { n: number }[] })
      .rows[0]!.n,
  );
const taskRow = async (id: string) =>
  (await t.ctx.db.select().from(committeeTasks).where(eq(committeeTasks.id, id)))[0];

async function memberFor(email: string | null, fullName: string): Promise<string> {
  const user = email ? await findUserByEmail(t.ctx.db, email) : null;
  if (user) {
    const [existing] = await t.ctx.db
      .select()
      .from(committeeMembers)
      .where(and(eq(committeeMembers.meetingId, M), eq(committeeMembers.userId, user.id)));
    if (existing) return existing.id;
  }
  const id = crypto.randomUUID();
  await t.ctx.db
    .insert(committeeMembers)
    .values({ id, meetingId: M, fullName, agencyVi: "Bộ Nội vụ", userId: user?.id ?? null });
  return id;
}

async function create(h: H, body: Record<string, unknown>): Promise<TaskJson> {
  const res = await send("POST", h, base, { subcommitteeId: sub.a, title: "Nhiệm vụ", ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TaskJson;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.ctx.db;
  // Another meeting with a session, and a committee member of that meeting only.
  otherMeeting = crypto.randomUUID();
  otherSession = crypto.randomUUID();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await insertMeetingTx(tx, {
      id: otherMeeting,
      code: "OTHER",
      titleVi: "Hội nghị khác",
      titleEn: "Another meeting",
      startDate: "2022-10-01",
      endDate: "2022-10-02",
      cityVi: "Huế",
      cityEn: "Hue",
      timeZone: "Asia/Ho_Chi_Minh",
      status: "planning",
    });
    await tx.insert(meetingSessions).values({
      id: otherSession,
      meetingId: otherMeeting,
      kind: "Heads",
      titleVi: "Phiên khác",
      titleEn: "Other session",
      startsAt: new Date("2022-10-01T02:00:00Z"),
      endsAt: new Date("2022-10-01T04:00:00Z"),
    });
    const u = await insertUserTx(tx, {
      id: crypto.randomUUID(),
      email: "other.committee@test.focal",
      name: "Người Ban khác",
      passwordHash,
    });
    await insertGrantTx(tx, { userId: u.id, role: "committee_member", scopeKind: "meeting", scopeId: otherMeeting });
  });
  await db.insert(committeeSubcommittees).values([
    { id: sub.a, meetingId: M, nameVi: "Tiểu ban thử A", nameEn: "Test sub-committee A", position: 90 },
    { id: sub.b, meetingId: M, nameVi: "Tiểu ban thử B", nameEn: "Test sub-committee B", position: 91 },
  ]);
  member.director = await memberFor("director.icd@demo.focal", "Chu Tuấn Tú");
  member.minh = await memberFor("committee@demo.focal", "Vũ Đăng Minh");
  member.noAccount = await memberFor(null, "Trần Đức Khánh");
  const [o] = await db
    .insert(committeeMembers)
    .values({ id: crypto.randomUUID(), meetingId: otherMeeting, fullName: "Lê Văn Ngoài", agencyVi: "Bộ Y tế" })
    .returning();
  member.outsider = o!.id;
  await db.insert(committeeSeats).values([
    { subcommitteeId: sub.a, memberId: member.director, role: "head" },
    { subcommitteeId: sub.a, memberId: member.minh, role: "member" },
    { subcommitteeId: sub.b, memberId: member.noAccount, role: "head" },
  ]);
  const hs = await Promise.all(
    [
      "icd@demo.focal",
      "director.icd@demo.focal",
      "committee@demo.focal",
      "other.committee@test.focal",
      "focal.japan@demo.focal",
      "registration@demo.focal",
    ].map((e) => t.login(e)),
  );
  [icd, director, committee, other, japan, registration] = hs as [H, H, H, H, H, H];
}, 180_000);
afterAll(async () => t?.close());

describe("creating and editing tasks", () => {
  it("the head of a sub-committee creates a numbered task with owner, helpers and a first status row", async () => {
    const task = await create(director, {
      title: "Xây dựng kịch bản chi tiết phiên khai mạc",
      description: "Phối hợp Bộ Ngoại giao",
      ownerId: member.minh,
      helperIds: [member.noAccount],
      dueAt: "2022-07-25T10:00:00+07:00",
      priority: "high",
      checklist: ["Dự thảo", "Xin ý kiến"],
    });
    expect(task).toMatchObject({
      status: "not_started",
      owner: { id: member.minh, fullName: "Vũ Đăng Minh" },
      helpers: [{ id: member.noAccount }],
      checks: { done: 0, total: 2 },
      permissions: { edit: true, progress: true, comment: true },
    });
    expect(task.number).toBeGreaterThan(0);
    const log = await t.ctx.db.select().from(committeeTaskStatusLog).where(eq(committeeTaskStatusLog.taskId, task.id));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: "not_started" });
    expect(log[0]!.dueAt?.toISOString()).toBe("2022-07-25T03:00:00.000Z");
    // The owner sees it as theirs (progress, not edit).
    const mine = (await send("GET", committee, `${base}/${task.id}`)).json() as TaskJson;
    expect(mine.permissions).toEqual({ edit: false, progress: true, comment: true });
  });

  it("edits with the version read; a stale version is 409 and changes nothing; status changes are logged", async () => {
    const task = await create(director, { title: "Thông cáo báo chí", ownerId: member.minh });
    const res = await send("PATCH", director, `${base}/${task.id}`, {
      version: task.version,
      title: "Thông cáo báo chí số 1",
    });
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json() as TaskJson;
    expect(edited).toMatchObject({ title: "Thông cáo báo chí số 1", version: task.version + 1 });
    const before = await taskRow(task.id);
    const trail = await auditCount();
    expectError(
      await send("PATCH", director, `${base}/${task.id}`, { version: task.version, title: "Cũ" }),
      409,
      "VERSION_CONFLICT",
    );
    expect(await taskRow(task.id)).toEqual(before);
    expect(await auditCount()).toBe(trail);
    // The owner moves it (status only): logged.
    const moved = await send("PATCH", committee, `${base}/${task.id}`, {
      version: edited.version,
      status: "in_progress",
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const log = await t.ctx.db.select().from(committeeTaskStatusLog).where(eq(committeeTaskStatusLog.taskId, task.id));
    expect(log.map((l) => l.status).sort()).toEqual(["in_progress", "not_started"]);
  });

  it("blocked needs a reason, named in the caller's language", async () => {
    const task = await create(director, { title: "Chờ danh sách" });
    const e = expectError(
      await send("PATCH", { ...director, "accept-language": "en" }, `${base}/${task.id}`, {
        version: task.version,
        status: "blocked",
      }),
      400,
      "VALIDATION_FAILED",
    );
    expect(e.message.length).toBeGreaterThan(0);
    const ok = await send("PATCH", director, `${base}/${task.id}`, {
      version: task.version,
      status: "blocked",
      blockedReason: "Chờ Ban Thư ký ASEAN gửi danh sách",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "blocked", blockedReason: "Chờ Ban Thư ký ASEAN gửi danh sách" });
  });

  it("refuses a due date after the meeting closes, with the dates in the message", async () => {
    const trail = await auditCount();
    const e = expectError(
      await send("POST", director, base, {
        subcommitteeId: sub.a,
        title: "Quá hạn hội nghị",
        dueAt: "2022-08-07T09:00:00+07:00",
      }),
      400,
      "TASK_DUE_AFTER_MEETING",
    );
    expect(e.message).toContain("07/08/2022");
    expect(e.message).toContain("06/08/2022");
    expect(await auditCount()).toBe(trail);
    // The last day itself is fine, late in the evening Hanoi time.
    await create(director, { title: "Đúng hạn", dueAt: "2022-08-06T22:00:00+07:00" });
  });

  it("reads a due time without an offset on the meeting's wall clock, as the form sends it; refuses one that is no time", async () => {
    const wall = await create(director, { title: "Giờ Hà Nội", dueAt: "2022-07-25T17:00" });
    expect(wall.dueAt && new Date(wall.dueAt).toISOString()).toBe("2022-07-25T10:00:00.000Z");
    const trail = await auditCount();
    expectError(
      await send("POST", director, base, { subcommitteeId: sub.a, title: "Giờ sai", dueAt: "2022-07-25T25:00" }),
      400,
      "VALIDATION_FAILED",
    );
    expect(await auditCount()).toBe(trail);
  });
});

describe("dependencies", () => {
  it("refuses a cycle, naming the tasks by number and title", async () => {
    const plan = await create(director, { title: "Kế hoạch truyền thông" });
    const press = await create(director, { title: "Thông cáo báo chí", dependsOn: [plan.id] });
    const conf = await create(director, { title: "Họp báo", dependsOn: [press.id] });
    const before = await taskRow(plan.id);
    const e = expectError(
      await send("PATCH", director, `${base}/${plan.id}`, { version: plan.version, dependsOn: [conf.id] }),
      400,
      "TASK_CYCLE",
    );
    expect(e.message).toContain(`#${plan.number} «Kế hoạch truyền thông»`);
    expect(e.message).toContain(`#${conf.number} «Họp báo»`);
    expect(e.message).toContain(`#${press.number} «Thông cáo báo chí»`);
    expect(await taskRow(plan.id)).toEqual(before);
    expectError(
      await send("PATCH", director, `${base}/${plan.id}`, { version: plan.version, dependsOn: [plan.id] }),
      400,
      "TASK_CYCLE",
    );
  });

  it("a task cannot be done while one it depends on is open; once that is done, it can", async () => {
    const plan = await create(director, { title: "Kế hoạch truyền thông 2" });
    const press = await create(director, { title: "Thông cáo 2", dependsOn: [plan.id], ownerId: member.minh });
    const e = expectError(
      await send("PATCH", committee, `${base}/${press.id}`, { version: press.version, status: "done" }),
      409,
      "TASK_DEPENDENCIES_OPEN",
    );
    expect(e.message).toContain(`#${plan.number} «Kế hoạch truyền thông 2»`);
    expect((await taskRow(press.id))!.status).toBe("not_started");
    expect(
      (await send("PATCH", director, `${base}/${plan.id}`, { version: plan.version, status: "done" })).statusCode,
    ).toBe(200);
    const done = await send("PATCH", committee, `${base}/${press.id}`, { version: press.version, status: "done" });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", dependsOn: [{ id: plan.id, status: "done" }] });
  });

  it("refuses a dependency on another meeting's task or an unknown one", async () => {
    expectError(
      await send("POST", director, base, { subcommitteeId: sub.a, title: "X", dependsOn: [crypto.randomUUID()] }),
      400,
      "TASK_DEPENDENCY_UNKNOWN",
    );
  });
});

describe("checklist, comments, files, links", () => {
  it("the owner adds, ticks, unticks, reorders and deletes checklist items", async () => {
    const task = await create(director, { title: "Chuẩn bị quà tặng", ownerId: member.minh, checklist: ["Chọn mẫu"] });
    let r = (await send("POST", committee, `${base}/${task.id}/checks`, { text: "Đặt in" })).json() as TaskJson;
    expect(r.checklist.map((c) => c.text)).toEqual(["Chọn mẫu", "Đặt in"]);
    const [first, second] = r.checklist;
    r = (await send("PATCH", committee, `${base}/${task.id}/checks/${first!.id}`, { done: true })).json() as TaskJson;
    expect(r.checks).toEqual({ done: 1, total: 2 });
    r = (
      await send("PUT", committee, `${base}/${task.id}/checks/order`, { ids: [second!.id, first!.id] })
    ).json() as TaskJson;
    expect(r.checklist.map((c) => c.text)).toEqual(["Đặt in", "Chọn mẫu"]);
    r = (await send("PATCH", committee, `${base}/${task.id}/checks/${first!.id}`, { done: false })).json() as TaskJson;
    expect(r.checks).toEqual({ done: 0, total: 2 });
    r = (await send("DELETE", committee, `${base}/${task.id}/checks/${second!.id}`)).json() as TaskJson;
    expect(r.checklist.map((c) => c.text)).toEqual(["Chọn mẫu"]);
    expectError(
      await send("PUT", committee, `${base}/${task.id}/checks/order`, { ids: [] }),
      404,
      "TASK_CHECK_NOT_FOUND",
    );
  });

  it("a comment mentioning members mails those with a Focal account (not the author)", async () => {
    const task = await create(director, { title: "Dịch thuật và phiên dịch" });
    const res = await send("POST", committee, `${base}/${task.id}/comments`, {
      body: "@Chu Tuấn Tú @Trần Đức Khánh xin cho ý kiến về phiên dịch viên",
      mentions: [member.director, member.noAccount],
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as TaskJson;
    expect(r.comments[0]).toMatchObject({ authorName: "Vũ Đăng Minh" });
    expect(r.comments[0]!.mentions.map((m) => m.fullName).sort()).toEqual(["Chu Tuấn Tú", "Trần Đức Khánh"]);
    const mails = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.refId, task.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "director.icd@demo.focal", topic: "committee_task_mention" });
    expect(mails[0]!.subject).toContain(`#${task.number}`);
    expect(mails[0]!.text).toContain("xin cho ý kiến về phiên dịch viên");
    expectError(
      await send("POST", committee, `${base}/${task.id}/comments`, { body: "x", mentions: [member.outsider] }),
      400,
      "TASK_MEMBER_UNKNOWN",
    );
  });

  it("accepts a PDF and refuses a file whose content is not an accepted type, whatever its name", async () => {
    const task = await create(director, { title: "Tài liệu hội nghị", ownerId: member.minh });
    const pdf = Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n").toString("base64");
    const ok = await send("POST", committee, `${base}/${task.id}/files`, { fileName: "ke-hoach.pdf", data: pdf });
    expect(ok.statusCode, ok.body).toBe(200);
    const f = (ok.json() as TaskJson).files[0]!;
    expect(f).toMatchObject({ fileName: "ke-hoach.pdf", mime: "application/pdf" });
    const dl = await send("GET", committee, `${base}/${task.id}/files/${f.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const exe = Buffer.from("MZ\x90\x00 not a document").toString("base64");
    expectError(
      await send("POST", committee, `${base}/${task.id}/files`, { fileName: "ke-hoach.pdf", data: exe }),
      400,
      "TASK_FILE_TYPE",
    );
    expect(((await send("GET", committee, `${base}/${task.id}`)).json() as TaskJson).files).toHaveLength(1);
  });

  it("links to the meeting's own session and refuses another meeting's session", async () => {
    const [session] = await meetingSessionRows(t.ctx.db, M);
    const task = await create(director, {
      title: "Khánh tiết phiên khai mạc",
      links: [{ kind: "session", targetId: session!.id }],
    });
    expect(task.links).toEqual([
      { kind: "session", targetId: session!.id, labelVi: session!.titleVi, labelEn: session!.titleEn },
    ]);
    const trail = await auditCount();
    expectError(
      await send("POST", director, base, {
        subcommitteeId: sub.a,
        title: "Sai hội nghị",
        links: [{ kind: "session", targetId: otherSession }],
      }),
      400,
      "TASK_LINK_UNKNOWN",
    );
    expect(await auditCount()).toBe(trail);
  });
});

describe("lists and filters", () => {
  it("filters by sub-committee, status, owner, mine, overdue, due this week and search without diacritics", async () => {
    const s = crypto.randomUUID().slice(0, 6);
    const late = await create(icd, {
      subcommitteeId: sub.b,
      title: `Đón tiếp đoàn ${s}`,
      ownerId: member.minh,
      dueAt: "2022-07-01T09:00:00+07:00",
    });
    const doneLate = await create(icd, {
      subcommitteeId: sub.b,
      title: `Xe đưa đón ${s}`,
      dueAt: "2022-07-01T09:00:00+07:00",
      status: "done",
    });
    const helped = await create(icd, {
      subcommitteeId: sub.b,
      title: `Phòng cháy chữa cháy ${s}`,
      helperIds: [member.minh],
    });
    const list = async (h: H, q: string) => {
      const res = await send("GET", h, `${base}?subcommitteeId=${sub.b}&${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return { ids: (res.json() as TaskJson[]).map((x) => x.id), total: Number(res.headers["x-total-count"]) };
    };
    expect((await list(icd, "")).total).toBe(3);
    expect((await list(icd, "overdue=true")).ids).toEqual([late.id]);
    expect((await list(icd, "status=done")).ids).toEqual([doneLate.id]);
    expect((await list(icd, `owner=${member.minh}`)).ids).toEqual([late.id]);
    expect((await list(committee, "mine=true")).ids.sort()).toEqual([late.id, helped.id].sort());
    expect((await list(icd, "mine=true")).ids).toEqual([]);
    expect((await list(icd, `q=${encodeURIComponent(`phong chay ${s}`)}`)).ids).toEqual([helped.id]);
    expect((await list(icd, `q=${encodeURIComponent("vu dang minh")}`)).ids).toEqual([late.id]);
    expect((await list(icd, "limit=1&offset=1")).ids).toHaveLength(1);
    expect((await list(icd, "dueThisWeek=true")).ids).toEqual([]);
    const late2 = (await list(icd, "overdue=true")).ids;
    expect(((await send("GET", icd, `${base}/${late2[0]}`)).json() as TaskJson).overdue).toBe(true);
  });

  it("numbers stay unique and consecutive under parallel creates", async () => {
    const res = await Promise.all(
      Array.from({ length: 6 }, (_, i) => send("POST", icd, base, { subcommitteeId: sub.b, title: `Song song ${i}` })),
    );
    for (const r of res) expect(r.statusCode, r.body).toBe(200);
    const numbers = res.map((r) => (r.json() as TaskJson).number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers[5]! - numbers[0]!).toBe(5);
  });
});

describe("denials change nothing", () => {
  it("a committee member of another meeting, a delegation contact and a registration manager get 403", async () => {
    const task = await create(director, { title: "Bí mật" });
    const before = await taskRow(task.id);
    const trail = await auditCount();
    for (const h of [other, japan, registration]) {
      expectError(await send("GET", h, base), 403, "FORBIDDEN");
      expectError(await send("GET", h, `${base}/${task.id}`), 403, "FORBIDDEN");
      expectError(await send("GET", h, `${base}/options`), 403, "FORBIDDEN");
      expectError(await send("POST", h, base, { subcommitteeId: sub.a, title: "X" }), 403, "FORBIDDEN");
      expectError(
        await send("PATCH", h, `${base}/${task.id}`, { version: task.version, status: "done" }),
        403,
        "FORBIDDEN",
      );
      expectError(await send("POST", h, `${base}/${task.id}/comments`, { body: "x" }), 403, "FORBIDDEN");
    }
    expect(await taskRow(task.id)).toEqual(before);
    expect(await auditCount()).toBe(trail);
  });

  it("a plain member cannot edit, move, tick or delete a task that is not theirs, nor create one", async () => {
    const task = await create(director, { title: "Không phải của Minh", ownerId: member.director, checklist: ["Một"] });
    const before = await taskRow(task.id);
    const trail = await auditCount();
    const seen = (await send("GET", committee, `${base}/${task.id}`)).json() as TaskJson;
    expect(seen.permissions).toEqual({ edit: false, progress: false, comment: true });
    expectError(
      await send("PATCH", committee, `${base}/${task.id}`, { version: task.version, title: "Đổi" }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await send("PATCH", committee, `${base}/${task.id}`, { version: task.version, status: "done" }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await send("PATCH", committee, `${base}/${task.id}/checks/${seen.checklist[0]!.id}`, { done: true }),
      403,
      "FORBIDDEN",
    );
    expectError(await send("DELETE", committee, `${base}/${task.id}?version=${task.version}`), 403, "FORBIDDEN");
    expectError(await send("POST", committee, base, { subcommitteeId: sub.a, title: "Mới" }), 403, "FORBIDDEN");
    // The head of sub-committee A cannot create in B.
    expectError(await send("POST", director, base, { subcommitteeId: sub.b, title: "Mới" }), 403, "FORBIDDEN");
    expect(await taskRow(task.id)).toEqual(before);
    expect(await auditCount()).toBe(trail);
  });

  it("the owner may not reassign their own task (only move it)", async () => {
    const task = await create(director, { title: "Của Minh", ownerId: member.minh });
    expectError(
      await send("PATCH", committee, `${base}/${task.id}`, { version: task.version, ownerId: member.director }),
      403,
      "FORBIDDEN",
    );
    const del = await send("DELETE", director, `${base}/${task.id}?version=${task.version}`);
    expect(del.statusCode, del.body).toBe(200);
    expectError(await send("GET", director, `${base}/${task.id}`), 404, "TASK_NOT_FOUND");
  });
});

describe("the demo tasks of seed 000", () => {
  it("every sub-committee has tasks due before the opening, some done, some late, with dependencies", async () => {
    const res = await send("GET", icd, `${base}?limit=500`);
    const demoSubs: string[] = [
      demoIds.subcommitteeContent,
      demoIds.subcommitteeProtocol,
      demoIds.subcommitteeSecurity,
    ];
    const all = (res.json() as (TaskJson & { subcommitteeId: string; dueAt: string | null })[]).filter((x) =>
      demoSubs.includes(x.subcommitteeId),
    );
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const s of [demoIds.subcommitteeContent, demoIds.subcommitteeProtocol, demoIds.subcommitteeSecurity])
      expect(all.filter((x) => x.subcommitteeId === s).length).toBeGreaterThanOrEqual(5);
    expect(all.every((x) => x.dueAt !== null && x.dueAt < "2022-08-02")).toBe(true);
    expect(all.every((x) => x.owner !== null)).toBe(true);
    expect(all.some((x) => x.status === "done")).toBe(true);
    expect(all.some((x) => x.overdue)).toBe(true);
    expect(all.some((x) => x.status === "blocked")).toBe(true);
    const press = all.find((x) => x.title === "Xây dựng các thông cáo báo chí")!;
    expect(press.dependsOn.map((d) => d.title)).toContain("Xây dựng kế hoạch tuyên truyền trước, trong và sau sự kiện");
    // Vũ Đăng Minh (committee@demo.focal) has tasks of his own, with a checklist on one.
    const mine = (await send("GET", committee, `${base}?mine=true&limit=500`)).json() as TaskJson[];
    expect(mine.some((x) => x.title === "In ấn tài liệu, quà tặng" && x.checks.total === 3)).toBe(true);
  });
});
