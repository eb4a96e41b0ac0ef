import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/harness.js";
import { expectError } from "../../test/expect.js";
import { demoIds } from "../../seed/ids.js";
import { mailOutbox } from "../mail/schema.js";
import { grants, users } from "../people/schema.js";
import { committeeMembers, committeeSeats, committeeSubcommittees, committeeTasks } from "./schema.js";
import type { Committee, CommitteeMember } from "../../../shared/schemas/committee.js";

/**
 * The organising committee itself (issue 13, point 1) through HTTP on its own fixtures in ACCSM 21: the ICD builds
 * sub-committees, members and seats (once per sub-committee, one head), deletes only what carries no work, invites
 * a member from another agency through the people module's invitation; readers see phones and e-mails; a committee
 * member of another meeting, a delegation contact and a registration manager see nothing, a plain committee member
 * writes nothing, and a refusal changes nothing.
 */

type H = Record<string, string>;
let t: TestApp;
let otherMeeting = "";
let icd: H, committee: H, registration: H, japan: H, otherMember: H, admin: H;
const M = demoIds.meetingAccsm21;
const base = `/api/meetings/${M}/committee`;

const send = (method: "POST" | "PATCH" | "DELETE", h: H, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: h, ...(payload && { payload }) });
const get = (h: H, url = base) => t.app.inject({ method: "GET", url, headers: h });
const read = async (): Promise<Committee> => {
  const res = await get(icd);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Committee;
};

/** Everything a committee write touches, to prove a refusal changed nothing. */
async function state() {
  const n = async (q: string) =>
    Number(
      ((await t.ctx.db.execute(sql.raw(`select count(*)::int as n from ${q}`))) as unknown as { rows: { n: number }[] })
        .rows[0]!.n,
    );
  return {
    subs: await t.ctx.db.select().from(committeeSubcommittees).orderBy(committeeSubcommittees.id),
    members: await t.ctx.db.select().from(committeeMembers).orderBy(committeeMembers.id),
    seats: await n("committee_seats"),
    audit: await n("audit_log where action like 'committee%'"),
    mail: await n("mail_outbox"),
    users: await n("users"),
    grants: await n("grants"),
  };
}

async function addSub(nameVi: string, nameEn: string) {
  const res = await send("POST", icd, `${base}/subcommittees`, { nameVi, nameEn, remitVi: "Phụ trách" });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as Committee).subcommittees.find((s) => s.nameVi === nameVi)!;
}
async function addMember(body: Record<string, unknown>): Promise<CommitteeMember> {
  const res = await send("POST", icd, `${base}/members`, body);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as Committee).members.find((m) => m.fullName === body.fullName)!;
}

beforeAll(async () => {
  t = await createTestApp();
  [icd, committee, registration, japan, admin] = (await Promise.all(
    [
      "icd@demo.focal",
      "committee@demo.focal",
      "registration@demo.focal",
      "focal.japan@demo.focal",
      "admin@demo.focal",
    ].map((e) => t.login(e)),
  )) as [H, H, H, H, H];
  // A second meeting and a committee member of it alone, who signs in through their invitation.
  const created = await t.app.inject({
    method: "POST",
    url: "/api/meetings",
    headers: icd,
    payload: {
      code: "TEST-COMMITTEE",
      titleVi: "Hội nghị thử",
      titleEn: "Test meeting",
      startDate: "2023-05-02",
      endDate: "2023-05-03",
      cityVi: "Hà Nội",
      cityEn: "Hanoi",
      timeZone: "Asia/Ho_Chi_Minh",
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const other = (otherMeeting = (created.json() as { id: string }).id);
  const invited = await send("POST", admin, "/api/users", {
    email: "other.committee@example.org",
    name: "Thành viên hội nghị khác",
    language: "vi",
    external: true,
    grants: [{ role: "committee_member", scopeId: other }],
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const token = (invited.json() as { link: string }).link.split("/").at(-1)!;
  const accepted = await t.app.inject({
    method: "POST",
    url: "/api/auth/invitations/accept",
    payload: { token, password: "mot-mat-khau-dai-2022" },
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  otherMember = await t.login("other.committee@example.org", "mot-mat-khau-dai-2022");
  // The demo may already hold the lead's committee (seed 000); this file works beside it on its own records.
}, 120_000);
afterAll(async () => t?.close());

describe("the ICD builds the committee", () => {
  it("reads seed 000's committee: the three sub-committees in order with their heads, the Minister first", async () => {
    const c = await read();
    expect(c.subcommittees.slice(0, 3).map((s) => s.id)).toEqual([
      demoIds.subcommitteeContent,
      demoIds.subcommitteeProtocol,
      demoIds.subcommitteeSecurity,
    ]);
    expect(c.subcommittees[0]!.head?.fullName).toBe("Chu Tuấn Tú");
    expect(c.subcommittees[1]!.head?.fullName).toBe("Vũ Đăng Minh");
    expect(c.members[0]).toMatchObject({ fullName: "Phạm Thị Thanh Trà", committeeRole: "chair", hasAccount: true });
    expect(c.permissions).toEqual({ read: true, manage: true });
  });

  it("adds sub-committees, members and seats; readers see them in order with phones and e-mails", async () => {
    const sec = await addSub("Tiểu ban An ninh thử", "Test Security sub-committee");
    expect(sec).toMatchObject({ head: null, members: [], taskCount: 0, permissions: { edit: true, delete: true } });
    const chair = await addMember({
      fullName: "Phạm Thị Thanh Trà",
      agencyVi: "Bộ Nội vụ",
      agencyEn: "Ministry of Home Affairs",
      position: "Bộ trưởng",
      committeeRole: "chair",
    });
    const police = await addMember({
      fullName: "Đỗ Văn Hùng",
      agencyVi: "Bộ Công an",
      agencyEn: "Ministry of Public Security",
      position: "Phó Cục trưởng",
      phone: "+84 912 345 678",
      email: "Hung.DV@Example.gov.vn",
    });
    expect(police).toMatchObject({ email: "hung.dv@example.gov.vn", account: "none", committeeRole: "member" });
    expect(police.permissions).toEqual({ edit: true, delete: true, invite: true });
    expect(chair.permissions.invite).toBe(false); // no e-mail to invite

    const seated = await send("POST", icd, `${base}/subcommittees/${sec.id}/seats`, {
      memberId: police.id,
      role: "head",
    });
    expect(seated.statusCode, seated.body).toBe(200);

    // A plain committee member of the meeting reads it all, phone and e-mail included, but may change nothing.
    const res = await get(committee);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as Committee;
    expect(c.permissions).toEqual({ read: true, manage: false });
    const s = c.subcommittees.find((x) => x.id === sec.id)!;
    expect(s.head).toMatchObject({ fullName: "Đỗ Văn Hùng", phone: "+84 912 345 678", role: "head" });
    expect(s.members.map((m) => m.fullName)).toEqual(["Đỗ Văn Hùng"]);
    expect(s.permissions).toEqual({ edit: false, delete: false });
    expect(c.members[0]).toMatchObject({ committeeRole: "chair" }); // the chair first
    const p = c.members.find((m) => m.id === police.id)!;
    expect(p).toMatchObject({ email: "hung.dv@example.gov.vn", seats: [{ subcommitteeId: sec.id, role: "head" }] });
    expect(p.permissions).toEqual({ edit: false, delete: false, invite: false });
  });

  it("refuses a second seat in the same sub-committee and a second head, in the caller's language", async () => {
    const sub = await addSub("Tiểu ban Lễ tân thử", "Test Protocol sub-committee");
    const a = await addMember({
      fullName: "Lê Thị Thu",
      agencyVi: "Bộ Ngoại giao",
      agencyEn: "Ministry of Foreign Affairs",
    });
    const b = await addMember({ fullName: "Trần Quốc Bảo", agencyVi: "Công an TP Hà Nội", agencyEn: "Hanoi Police" });
    const seats = `${base}/subcommittees/${sub.id}/seats`;
    expect((await send("POST", icd, seats, { memberId: a.id, role: "head" })).statusCode).toBe(200);
    expect((await send("POST", icd, seats, { memberId: b.id, role: "member" })).statusCode).toBe(200);
    const before = await state();

    const twice = await send("POST", icd, seats, { memberId: b.id, role: "deputy" });
    expectError(twice, 409, "SEAT_TAKEN");
    expect(twice.json().error.message).toBe(
      "Trần Quốc Bảo đã có trong Tiểu ban Lễ tân thử: mỗi thành viên chỉ được phân công một lần vào một tiểu ban.",
    );
    // In English for an officer who reads Focal in English.
    expect((await send("PATCH", icd, "/api/me", { language: "en" })).statusCode).toBe(200);
    const twiceEn = await send("POST", icd, seats, { memberId: b.id, role: "member" });
    expect((await send("PATCH", icd, "/api/me", { language: "vi" })).statusCode).toBe(200);
    expectError(twiceEn, 409, "SEAT_TAKEN");
    expect(twiceEn.json().error.message).toBe(
      "Trần Quốc Bảo already sits in the Test Protocol sub-committee: a member is assigned to a sub-committee only once.",
    );

    const current = (await read()).subcommittees.find((s) => s.id === sub.id)!;
    const head = await send("PATCH", icd, `${seats}/${b.id}`, { role: "head", version: current.version });
    expectError(head, 409, "HEAD_TAKEN");
    expect(head.json().error.message).toContain("Lê Thị Thu");
    expect(await state()).toEqual(before);

    // Moving the head down first lets the other take the chair; a stale version is refused.
    const down = await send("PATCH", icd, `${seats}/${a.id}`, { role: "deputy", version: current.version });
    expect(down.statusCode, down.body).toBe(200);
    const stale = await send("PATCH", icd, `${seats}/${b.id}`, { role: "head", version: current.version });
    expectError(stale, 409, "VERSION_CONFLICT");
    const up = await send("PATCH", icd, `${seats}/${b.id}`, { role: "head", version: current.version + 1 });
    expect(up.statusCode, up.body).toBe(200);
    const s = (up.json() as Committee).subcommittees.find((x) => x.id === sub.id)!;
    expect(s.head?.fullName).toBe("Trần Quốc Bảo");
    expect(s.deputies.map((d) => d.fullName)).toEqual(["Lê Thị Thu"]);

    // The same member sits in another sub-committee with another role.
    const other = await addSub("Tiểu ban Nội dung thử", "Test Content sub-committee");
    const again = await send("POST", icd, `${base}/subcommittees/${other.id}/seats`, {
      memberId: b.id,
      role: "secretary",
    });
    expect(again.statusCode, again.body).toBe(200);
    const mb = (again.json() as Committee).members.find((m) => m.id === b.id)!;
    expect(mb.seats.map((x) => x.role).sort()).toEqual(["head", "secretary"]);

    const out = await send("DELETE", icd, `${seats}/${a.id}?version=${s.version}`);
    expect(out.statusCode, out.body).toBe(200);
    expect((out.json() as Committee).subcommittees.find((x) => x.id === sub.id)!.deputies).toEqual([]);
  });

  it("renames a sub-committee with its version; deletes one only when it has no tasks", async () => {
    const sub = await addSub("Tiểu ban Hậu cần thử", "Test Logistics sub-committee");
    const renamed = await send("PATCH", icd, `${base}/subcommittees/${sub.id}`, {
      nameVi: "Tiểu ban Hậu cần (sửa)",
      nameEn: "Logistics (renamed)",
      position: 99,
      version: sub.version,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const after = (renamed.json() as Committee).subcommittees;
    expect(after.at(-1)).toMatchObject({ id: sub.id, nameVi: "Tiểu ban Hậu cần (sửa)", version: sub.version + 1 });
    expectError(
      await send("PATCH", icd, `${base}/subcommittees/${sub.id}`, { nameVi: "Cũ", version: sub.version }),
      409,
      "VERSION_CONFLICT",
    );

    // A task of the sub-committee (written here directly: tasks are another area's) blocks the deletion.
    const task = crypto.randomUUID();
    await t.ctx.db
      .insert(committeeTasks)
      .values({ id: task, meetingId: M, subcommitteeId: sub.id, number: 90_001, title: "Thử" });
    const before = await state();
    const refused = await send("DELETE", icd, `${base}/subcommittees/${sub.id}?version=${sub.version + 1}`);
    expectError(refused, 409, "SUBCOMMITTEE_HAS_TASKS");
    expect(await state()).toEqual(before);
    await t.ctx.db.delete(committeeTasks).where(eq(committeeTasks.id, task));
    const gone = await send("DELETE", icd, `${base}/subcommittees/${sub.id}?version=${sub.version + 1}`);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((gone.json() as Committee).subcommittees.some((s) => s.id === sub.id)).toBe(false);
    const trail = await t.ctx.db.execute(sql`select action from audit_log where entity_id = ${sub.id} order by id`);
    expect((trail as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        "committee_subcommittee.create",
        "committee_subcommittee.update",
        "committee_subcommittee.delete",
      ]),
    );
  });

  it("edits a member with its version; deletes one only while they own no task", async () => {
    const sub = await addSub("Tiểu ban Y tế thử", "Test Health sub-committee");
    const m = await addMember({ fullName: "Ngô Thị Hạnh", agencyVi: "Bộ Y tế", agencyEn: "Ministry of Health" });
    const edited = await send("PATCH", icd, `${base}/members/${m.id}`, {
      position: "Phó Vụ trưởng",
      phone: "024 3826 4061",
      committeeRole: "standing_member",
      version: m.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const e = (edited.json() as Committee).members.find((x) => x.id === m.id)!;
    expect(e).toMatchObject({ position: "Phó Vụ trưởng", committeeRole: "standing_member", version: m.version + 1 });
    expectError(
      await send("PATCH", icd, `${base}/members/${m.id}`, { position: "x", version: m.version }),
      409,
      "VERSION_CONFLICT",
    );
    const bad = await send("PATCH", icd, `${base}/members/${m.id}`, { email: "not-an-email", version: e.version });
    expect(bad.statusCode).toBe(400);

    const task = crypto.randomUUID();
    await t.ctx.db
      .insert(committeeTasks)
      .values({ id: task, meetingId: M, subcommitteeId: sub.id, number: 90_002, title: "Thử", ownerId: m.id });
    const before = await state();
    const refused = await send("DELETE", icd, `${base}/members/${m.id}?version=${e.version}`);
    expectError(refused, 409, "MEMBER_HAS_WORK");
    expect(refused.json().error.message).toContain("Ngô Thị Hạnh");
    expect(await state()).toEqual(before);
    await t.ctx.db.delete(committeeTasks).where(eq(committeeTasks.id, task));
    const gone = await send("DELETE", icd, `${base}/members/${m.id}?version=${e.version}`);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((gone.json() as Committee).members.some((x) => x.id === m.id)).toBe(false);
  });
});

describe("inviting a member from another agency to Focal", () => {
  it("creates the account, a committee_member grant on this meeting, links it and sends the invitation mail", async () => {
    const m = await addMember({
      fullName: "Hoàng Minh Đức",
      agencyVi: "Bộ Văn hóa, Thể thao và Du lịch",
      agencyEn: "Ministry of Culture, Sports and Tourism",
      email: "duc.hm@example.gov.vn",
    });
    const res = await send("POST", icd, `${base}/members/${m.id}/invite`, { language: "vi" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { committee: Committee; invited: boolean };
    expect(body.invited).toBe(true);
    expect(body.committee.members.find((x) => x.id === m.id)).toMatchObject({ hasAccount: true, account: "invited" });

    const [u] = await t.ctx.db.select().from(users).where(eq(users.email, "duc.hm@example.gov.vn"));
    expect(u).toMatchObject({ name: "Hoàng Minh Đức", external: true, passwordHash: null });
    const g = await t.ctx.db.select().from(grants).where(eq(grants.userId, u!.id));
    expect(g).toEqual([expect.objectContaining({ role: "committee_member", scopeKind: "meeting", scopeId: M })]);
    const [row] = await t.ctx.db.select().from(committeeMembers).where(eq(committeeMembers.id, m.id));
    expect(row!.userId).toBe(u!.id);
    const mails = await t.ctx.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.to, "duc.hm@example.gov.vn"), eq(mailOutbox.topic, "invitation")));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Tài khoản Focal của bạn");
    expect(mails[0]!.text).toContain("Kính gửi Hoàng Minh Đức");

    // A second invitation is refused; the member invited once is enough.
    expectError(await send("POST", icd, `${base}/members/${m.id}/invite`, {}), 409, "MEMBER_HAS_ACCOUNT");
  });

  it("reuses an existing account with the same e-mail (no second user), and refuses a member without e-mail", async () => {
    const m = await addMember({
      fullName: "Người dùng có sẵn",
      agencyVi: "Bộ Nội vụ",
      email: "Unit.Archives@demo.focal",
    });
    const usersBefore = (await state()).users;
    const res = await send("POST", icd, `${base}/members/${m.id}/invite`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { invited: boolean }).invited).toBe(false); // they already sign in: no invitation mail
    expect((await state()).users).toBe(usersBefore);
    const [u] = await t.ctx.db.select().from(users).where(eq(users.email, "unit.archives@demo.focal"));
    const [row] = await t.ctx.db.select().from(committeeMembers).where(eq(committeeMembers.id, m.id));
    expect(row!.userId).toBe(u!.id);
    const archives = await t.login("unit.archives@demo.focal");
    expect((await get(archives)).statusCode).toBe(200); // the new grant opens the committee

    const none = await addMember({ fullName: "Không có email", agencyVi: "Bộ Y tế" });
    const before = await state();
    expectError(await send("POST", icd, `${base}/members/${none.id}/invite`, {}), 400, "MEMBER_NO_EMAIL");
    expect(await state()).toEqual(before);
  });
});

describe("who may not", () => {
  it("a committee member of another meeting, a delegation contact and a registration manager read nothing", async () => {
    for (const h of [otherMember, japan, registration]) {
      expectError(await get(h), 403, "FORBIDDEN");
    }
    // The other meeting's member does read their own meeting's (empty) committee.
    const mine = await get(otherMember, `/api/meetings/${otherMeeting}/committee`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ subcommittees: [], members: [], permissions: { read: true, manage: false } });
  });

  it("a plain committee member, and the others, get 403 on every write and nothing changes", async () => {
    const c = await read();
    const sub = c.subcommittees[0]!;
    const member = c.members.find((m) => m.permissions.invite) ?? c.members[0]!;
    const writes: [method: "POST" | "PATCH" | "DELETE", url: string, body?: object][] = [
      ["POST", `${base}/subcommittees`, { nameVi: "X", nameEn: "X" }],
      ["PATCH", `${base}/subcommittees/${sub.id}`, { nameVi: "X", version: sub.version }],
      ["DELETE", `${base}/subcommittees/${sub.id}?version=${sub.version}`],
      ["POST", `${base}/subcommittees/${sub.id}/seats`, { memberId: member.id, role: "member" }],
      ["PATCH", `${base}/subcommittees/${sub.id}/seats/${member.id}`, { role: "member", version: sub.version }],
      ["DELETE", `${base}/subcommittees/${sub.id}/seats/${member.id}?version=${sub.version}`],
      ["POST", `${base}/members`, { fullName: "X", agencyVi: "X" }],
      ["PATCH", `${base}/members/${member.id}`, { fullName: "X", version: member.version }],
      ["DELETE", `${base}/members/${member.id}?version=${member.version}`],
      ["POST", `${base}/members/${member.id}/invite`, {}],
    ];
    const before = await state();
    for (const h of [committee, otherMember, japan, registration]) {
      for (const [method, url, body] of writes) expectError(await send(method, h, url, body), 403, "FORBIDDEN");
    }
    expect(await state()).toEqual(before);
    expect(await t.ctx.db.select().from(committeeSeats)).toHaveLength(before.seats);
  });

  it("an ICD officer asking for a meeting that does not exist gets 404", async () => {
    expectError(await get(icd, `/api/meetings/${crypto.randomUUID()}/committee`), 404, "MEETING_NOT_FOUND");
  });
});
